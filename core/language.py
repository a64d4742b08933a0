"""Whether a draft is written in English: the packs that read English words (the conduct packs)
run only on drafts that are, and a draft mostly in Welsh, Polish or any other language gets the
packs that do not read words (the identifiers and the user's own lists) instead of false alarms.

The decision counts everyday words (``core.lexicons.languages``): English function words against
those of the other languages care staff in the UK write in. It errs towards English: a short draft
(fewer than ``MIN_WORDS`` words), a draft with as many English everyday words as other ones, or
English with a Welsh greeting in it, is read as English and gets every pack. A draft is another
language's when most of its words are written in another script, or when its other everyday words
are at least ``MIN_OTHER`` and more than ``OTHER_OVER_ENGLISH`` times its English ones.
"""

from __future__ import annotations

import re

from .lexicons.languages import ENGLISH, OTHER

MIN_WORDS = 4
MIN_OTHER = 2
OTHER_OVER_ENGLISH = 2
# A word of letters (any script), with the apostrophes inside it ("i'r", "don't").
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# The last letter of the Latin scripts (Latin Extended-B): past it, another script.
_LAST_LATIN = "\u024f"


def reads_as_english(folded: str) -> bool:
    """Whether ``folded`` (a draft lower-cased, with straight apostrophes) is English enough for
    the packs that read English words."""
    words = _WORD.findall(folded)
    if len(words) < MIN_WORDS:
        return True
    other_script = sum(1 for w in words if w[0] > _LAST_LATIN)
    if 2 * other_script > len(words):
        return False
    english = sum(1 for w in words if w in ENGLISH)
    other = sum(1 for w in words if w in OTHER)
    return not (other >= MIN_OTHER and other > OTHER_OVER_ENGLISH * english)
