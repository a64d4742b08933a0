"""Whether a draft is written in English: the packs that read English words (the conduct packs)
run only on drafts that are, and a draft mostly in Welsh, Polish or any other language gets the
packs that do not read words (the identifiers and the user's own lists) instead of false alarms.

The decision compares the draft's distinct everyday words (``core.lexicons.languages``): English
function words against those of the other languages care staff in the UK write in, looked up in
the words every check reads anyway (``Draft.words``), so it costs two set intersections. It errs
towards English: a short draft (fewer than ``MIN_WORDS`` distinct words), a draft with as many
English everyday words as other ones, or English with a Welsh greeting in it, is read as English
and gets every pack. A draft is another language's when its other everyday words are at least
``MIN_OTHER`` and more than ``OTHER_OVER_ENGLISH`` times its English ones, or when most of its
words are written in another script.
"""

from __future__ import annotations

import re

from .lexicons.languages import ENGLISH, OTHER

MIN_WORDS = 4
MIN_OTHER = 2
OTHER_OVER_ENGLISH = 2
# Past this many English everyday words a draft is not mostly in another script.
SURELY_LATIN = 3


# Draft.words holds runs of ASCII letters and digits only ("się" is "si"): the words of the lists
# written in ASCII are the ones looked for.
_ENGLISH = frozenset(w for w in ENGLISH if w.isascii())
_OTHER = frozenset(w for w in OTHER if w.isascii()) - _ENGLISH
# A letter of a script other than the Latin ones (Arabic, Bengali, Gurmukhi, Chinese...).
_OTHER_SCRIPT_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")


def reads_as_english(words: frozenset[str], folded: str) -> bool:
    """Whether a draft is English enough for the packs that read English words, given its
    distinct ASCII words (``Draft.words``) and its lower-cased text (``Draft.folded``)."""
    english = len(words & _ENGLISH)
    other = len(words & _OTHER)
    if len(words) >= MIN_WORDS and other >= MIN_OTHER and other > OTHER_OVER_ENGLISH * english:
        return False
    if english >= SURELY_LATIN or folded.isascii():
        return True
    # Mostly written in another script: more of its letters than the ASCII words hold.
    other_script = len(_OTHER_SCRIPT_LETTER.findall(folded))
    return other_script < MIN_WORDS or other_script <= sum(map(len, words))
