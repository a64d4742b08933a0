"""What surrounds a match: the clause before it, and whether its sentence is a question.

Validators of the conduct packs read these: whether a phrase is advice, an order or a report often
depends only on the few words that open its clause, or on the question mark that ends it.
"""

from __future__ import annotations

import re

# Where a clause starts: what comes before a match is read back to the nearest of these.
CLAUSE_BREAK = re.compile(r"[.!?\n;:,(]")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
_QUESTION_OPENING = re.compile(
    r"(?:how|what|who|when|where|why|which|can|could|should|would|will|do|does|did|is|are|has|"
    r"have|any\s?one|anybody)\b"
)


def clause_before(m: re.Match[str], limit: int = 80, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The lower-cased text of the clause leading up to the match (at most ``limit`` characters)."""
    lo = max(0, m.start() - limit)
    chunk = m.string[lo : m.start()]
    ends = [b.end() for b in breaks.finditer(chunk)]
    return chunk[ends[-1] if ends else 0 :].strip().lower()


def is_question(m: re.Match[str]) -> bool:
    """True when the sentence the match sits in ends with a question mark."""
    rest = m.string[m.end() : m.end() + 160]
    end = re.search(r"[.!?\n]", rest)
    return end is not None and end.group() == "?"


def asks_in_general(m: re.Match[str]) -> bool:
    """True when the match sits inside a question ("How do I raise a safeguarding concern about
    a neighbour?"), as opposed to a statement followed by a question."""
    sentence = clause_before(m, 120, SENTENCE_BREAK)
    return is_question(m) and _QUESTION_OPENING.match(sentence) is not None


def previous_word(m: re.Match[str]) -> str:
    """The word just before the match, lower-cased ("" at the start)."""
    before = re.search(r"([\w'’]+)\W*$", m.string[max(0, m.start() - 30) : m.start()])
    return before.group(1).lower() if before else ""
