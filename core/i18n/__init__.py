"""The rules' words in languages other than English, as data beside the core: one module per
language (``cy``: Welsh), each with every pack's title and description and every rule's message,
why, suggestion and replacement, keyed by id. The rules themselves keep their English; the
extension gets these through the generated registry, the command line through ``--lang``.
tests/test_i18n.py fails when a rule lacks a text or a text names no rule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..model import Finding


class RuleText(NamedTuple):
    message: str
    why: str
    suggestion: str
    replacement: str | None = None


class PackText(NamedTuple):
    title: str
    description: str


@dataclass(frozen=True)
class Language:
    code: str
    packs: Mapping[str, PackText]
    rules: Mapping[str, RuleText]
    tips: Mapping[str, str]


def _languages() -> dict[str, Language]:
    from . import cy

    return {"cy": Language("cy", cy.PACKS, cy.RULES, cy.TIPS)}


ENGLISH = "en"


def languages() -> dict[str, Language]:
    """The translations, by language code (English, the rules' own, is not among them)."""
    return _languages()


def language_codes() -> tuple[str, ...]:
    return (ENGLISH, *languages())


def localise(finding: Finding, lang: str) -> Finding:
    """The finding with its rule's words in `lang` (English: as it is). A rule with no text in
    that language keeps its English words."""
    if lang == ENGLISH:
        return finding
    text = languages()[lang].rules.get(finding.rule)
    if text is None:
        return finding
    replacement = finding.replacement
    if replacement is not None and text.replacement is not None:
        replacement = text.replacement
    return replace(
        finding,
        message=text.message,
        why=text.why,
        suggestion=text.suggestion,
        replacement=replacement,
    )
