"""Reading the ``[[ ]]`` span markers in a rule's ``flags`` examples, and what the identifiers
pack finds in a draft: the names, and one rule's spans with their severities."""

from __future__ import annotations

import re

import core
from core.model import Severity

_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


def unmark(example: str) -> tuple[str, list[tuple[int, int]]]:
    """The example without markers, and the marked spans as Python string indices."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(example):
        out.append(example[pos : m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(example[pos:])
    return "".join(out), spans


def to_python_index(text: str, utf16_offset: int) -> int:
    """Convert a UTF-16 offset back to a Python index (for checking spans)."""
    count = 0
    for index, ch in enumerate(text):
        if count >= utf16_offset:
            return index
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def professional_found(
    rule_id: str, text: str, site: str | None = "facebook"
) -> list[tuple[int, int]]:
    """Where the professional pack's rule ``rule_id`` finds something in ``text``, as UTF-16
    spans."""
    return [
        (f.start, f.end)
        for f in core.check(text, packs=["professional"], site=site)
        if f.rule == rule_id
    ]


def names_found(text: str, site: str | None = "whatsapp") -> list[str]:
    """The words the identifiers pack reads as names of people supported (identifiers.name)."""
    return [
        f.match
        for f in core.check(text, packs=["identifiers"], site=site)
        if f.rule == "identifiers.name"
    ]


def identifier_severities(
    text: str, rule: str, site: str | None = "whatsapp"
) -> dict[str, Severity]:
    """Each span the identifiers pack's ``rule`` finds in ``text``, with its severity."""
    return {
        text[f.start : f.end]: f.severity
        for f in core.check(text, packs=["identifiers"], site=site)
        if f.rule == rule
    }
