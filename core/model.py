"""The rule and finding model: frozen dataclasses, no I/O."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .sites import SITES as SITES  # the one list of sites, re-exported

if TYPE_CHECKING:
    from .draft import Draft


class Severity(enum.StrEnum):
    """How much a finding matters. Ordered: info < warning < serious."""

    INFO = "info"
    WARNING = "warning"
    SERIOUS = "serious"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.SERIOUS: 2}


class Tip(enum.StrEnum):
    """The guide's top tips; every rule names the one it comes from."""

    THINK = "Think before you post"
    AUDIENCE = "Think about who will see your post"
    PROFESSIONAL = "Maintain appropriate professional standards of communication"
    IDENTIFIERS = "Do not post unique identifiers"
    OFFENSIVE = "Do not post offensive or inappropriate material"
    WHATSAPP_GROUPS = "WhatsApp: be useful in large groups"


@dataclass(frozen=True)
class Span:
    """A half-open range of Python string indices into the original text."""

    start: int
    end: int


@dataclass(frozen=True)
class Reminder(Span):
    """A span its matcher is less sure of: reported at ``info`` (a reminder, never a warning),
    whatever its rule's severity (``core.learned``: a sentence the scorer alone finds, by a small
    margin)."""


@dataclass(frozen=True)
class Context:
    """What a matcher may know besides the text."""

    site: str | None = None
    names: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


class Matcher(Protocol):
    """Finds spans in a draft's normalised text, reported in its original text. The closed set of
    implementations lives in core.matchers."""

    def find(self, draft: Draft, context: Context) -> Iterable[Span]: ...


@dataclass(frozen=True)
class Rule:
    """A rule is data beside its examples.

    ``flags`` examples mark the expected span(s) with ``[[`` and ``]]``; ``passes`` examples are
    near-misses that must stay clean. Both are required (a meta-test enforces it).
    """

    id: str
    severity: Severity
    tip: Tip
    message: str
    why: str
    suggestion: str
    matcher: Matcher
    flags: tuple[str, ...]
    passes: tuple[str, ...]
    replacement: str | None = None
    severity_by_site: Mapping[str, Severity] = field(default_factory=dict)
    example_site: str | None = None
    example_context: Context | None = None
    """What the examples run with when ``example_site`` is not enough (the custom pack's lists)."""
    pack: str = field(init=False, repr=False, compare=False)
    """The pack's id, the part of ``id`` before its dot: set once when the rule is made, not
    worked out again at each of the fifty rules of every check."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "pack", self.id.split(".", 1)[0])

    def severity_on(self, site: str | None) -> Severity:
        if site is not None and site in self.severity_by_site:
            return self.severity_by_site[site]
        return self.severity


@dataclass(frozen=True)
class Finding:
    """One thing the checker found. Offsets are UTF-16 code units, end exclusive."""

    rule: str
    pack: str
    severity: Severity
    start: int
    end: int
    match: str
    message: str
    why: str
    suggestion: str
    replacement: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "pack": self.pack,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "message": self.message,
            "why": self.why,
            "suggestion": self.suggestion,
        }
        if self.replacement is not None:
            out["replacement"] = self.replacement
        return out

    @classmethod
    def made(
        cls,
        rule: str,
        pack: str,
        severity: Severity,
        start: int,
        end: int,
        match: str,
        message: str,
        why: str,
        suggestion: str,
        replacement: str | None,
    ) -> Finding:
        """``Finding(...)``, made the cheap way: its fields given in their order and set as one
        dictionary, without the frozen dataclass's ``object.__setattr__`` call for each of the
        ten (a third of the cost; a long draft has a thousand findings). Equal to the finding
        ``Finding(...)`` makes of the same values, and as frozen."""
        finding = _new_object(cls)
        _set_attribute(
            finding,
            "__dict__",
            {
                "rule": rule,
                "pack": pack,
                "severity": severity,
                "start": start,
                "end": end,
                "match": match,
                "message": message,
                "why": why,
                "suggestion": suggestion,
                "replacement": replacement,
            },
        )
        return finding


_new_object = object.__new__
_set_attribute = object.__setattr__


@dataclass(frozen=True)
class Pack:
    """A group of rules the user switches on and off together."""

    id: str
    title: str
    description: str
    tip: Tip
    rules: tuple[Rule, ...]
    default_on: bool = True
    reads_english: bool = True
    """Whether the rules read English words: such a pack runs only on drafts written in English
    (``core.language``). The identifiers pack and the user's own lists read numbers and names."""


@dataclass(frozen=True)
class Checked:
    """What a check found, and the packs it left out: those that read English words, when the
    draft is written in another language (``skipped``, in registry order)."""

    findings: list[Finding]
    skipped: tuple[str, ...] = ()


Validator = Callable[[str], bool]
