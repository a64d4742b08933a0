"""Custom: the user's own names and phrases, kept on their device and matched as literal text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..draft import Draft
from ..matchers import Custom
from ..memo import memoised
from ..model import Context, Rule, Severity, Span, Tip
from ..text import normalise


@memoised("custom.literal_words", 32, keyed_by_text=False)
def _literal_words(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive alternation of the entries, longest first; spaces inside an
    entry match any run of space. An entry that ends in a symbol is a prefix (a local record
    number's, such as "RC-"): it matches with the word that follows it. Entries are normalised
    like the draft, so look-alike letters in either do not stop a match."""
    words = {" ".join(normalise(e).text.split()) for e in entries}
    words.discard("")
    if not words:
        return None

    def part(word: str) -> str:
        body = re.escape(word).replace(r"\ ", r"\s+")
        return body + (r"(?!\w)" if re.match(r"\w", word[-1]) else r"\w*")

    parts = sorted((part(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _find_entries(draft: Draft, entries: tuple[str, ...]) -> Iterable[Span]:
    regex = _literal_words(entries)
    if regex is None:
        return
    for m in regex.finditer(draft.text):
        yield Span(*draft.to_original(m.start(), m.end()))


def find_names(draft: Draft, context: Context) -> Iterable[Span]:
    """The names on the user's private list of people they support."""
    return _find_entries(draft, context.names)


def find_phrases(draft: Draft, context: Context) -> Iterable[Span]:
    """The user's own phrases to think twice about."""
    return _find_entries(draft, context.phrases)


NAME = Rule(
    id="custom.name",
    severity=Severity.SERIOUS,
    tip=Tip.IDENTIFIERS,
    message="This is a name on your list of people you support.",
    why=(
        "You listed this name as someone you support, and 'Do not post unique identifiers' "
        "asks that nothing in a post lets others tell who they are."
    ),
    suggestion="Use a description instead, such as 'a gentleman I support'.",
    replacement="[name]",
    matcher=Custom(find_names),
    example_context=Context(names=("Doris Pemberton", "Bert", "Zoë")),
    flags=(
        "Popped in to see [[Doris Pemberton]] today.",
        "[[bert]] is asking for his tea again",
        "Took [[BERT]] and [[Doris  Pemberton]] to the garden.",
        "[[Zoë]] joined the art group.",
    ),
    passes=(
        "Bertie came to the quiz.",
        "Albert is on the rota.",
        "Doris came for coffee (only her full name is on the list).",
    ),
)

PHRASE = Rule(
    id="custom.phrase",
    severity=Severity.WARNING,
    tip=Tip.THINK,
    message="This is one of the phrases you asked to be reminded about.",
    why=(
        "You added this phrase to your own list, so it is worth a moment to "
        "'Think before you post' and check it belongs here."
    ),
    suggestion="Read the sentence again, and keep it only if you are happy for anyone to see it.",
    matcher=Custom(find_phrases),
    example_context=Context(phrases=("Rose Court", "night shift", "C++", "RC-")),
    flags=(
        "Another long day at [[Rose Court]].",
        "[[Night  shift]] again, who else is up?",
        "Learning [[c++]] in my spare time",
        "Her record is [[RC-004512]], can anyone check it?",
    ),
    passes=(
        "The rose courtyard looks lovely.",
        "Nightshift workers' forum starts soon.",
        "Learning C in my spare time",
        "The ARC-welding course starts soon.",
    ),
)

RULES = (NAME, PHRASE)
