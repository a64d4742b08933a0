"""Runs the enabled rules over a draft and turns spans into findings."""

from __future__ import annotations

import gc
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .draft import Draft
from .model import SITES, Checked, Context, Finding, Pack, Reminder, Rule, Severity
from .registry import packs_for
from .text import astral_positions, utf16_offset

T = TypeVar("T")
# A check in steps: a generator that yields between steps and returns what the check found.
Steps = Generator[None, None, T]


def run_rules(text: str, rules: Iterable[Rule], context: Context) -> list[Finding]:
    """Every finding of the given rules, de-duplicated and in reading order.

    The draft is read once (``Draft``) and that reading is handed to every rule.

    Where two findings of one pack cover exactly the same text, only the more severe one is kept;
    findings that merely overlap are both kept, since each explains something different, and so
    are findings of different packs: each pack stands alone, so what one pack says of a sentence
    does not depend on which other packs are switched on (a sentence both offensive and demeaning
    to the people supported is reported by both packs).
    """
    if not text:
        return []
    with cycles_collected_after():
        draft = Draft(text)
        try:
            return _all(draft, rules, context)
        finally:
            draft.forget()


@contextmanager
def cycles_collected_after() -> Iterator[None]:
    """Python's cycle collector held off while the block runs, and let run again after it.

    A check builds its draft's readings (matches, sentences, words) and keeps them until the
    draft is forgotten, and nothing of them forms a cycle: reference counts free them all. The
    collector, run every 700 new objects, would otherwise walk them again and again while they
    live (and every long-lived object of the packs now and then): on a 100,000-character draft,
    some fifty collections, a tenth of the check. Held off for one synchronous stretch only (never
    across a generator's pause), so it cannot stay off; off already, it stays off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def finish(steps: Generator[None, None, T]) -> T:
    """Run a check in steps (``check_steps``) to its end, at once: its value."""
    with cycles_collected_after():
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]


def _steps(draft: Draft, rules: Iterable[Rule], context: Context) -> Steps[list[Finding]]:
    """``_run`` one rule at a time: yields after each rule, returns the findings."""
    found = _Found(draft)
    for rule in rules:
        found.add(rule, draft, context)
        yield
    return found.in_order()


def _all(draft: Draft, rules: Iterable[Rule], context: Context) -> list[Finding]:
    """``_steps`` without the steps: every rule at once, the same findings (a check that runs to
    its end at once need not pause after each rule)."""
    found = _Found(draft)
    for rule in rules:
        found.add(rule, draft, context)
    return found.in_order()


class _Found:
    """The findings of a check so far: for each pack and span, the most severe."""

    __slots__ = ("astral", "best", "text")

    def __init__(self, draft: Draft) -> None:
        self.text = draft.original
        self.astral = astral_positions(self.text)
        self.best: dict[tuple[str, int, int], Finding] = {}

    def add(self, rule: Rule, draft: Draft, context: Context) -> None:
        """The findings of ``rule``."""
        text, astral, best, made = self.text, self.astral, self.best, Finding.made
        severity = rule.severity_on(context.site)
        pack = rule.pack
        for span in rule.matcher.find(draft, context):
            if span.end <= span.start:
                continue
            start16 = utf16_offset(span.start, astral)
            end16 = utf16_offset(span.end, astral)
            found = Severity.INFO if type(span) is Reminder else severity
            key = (pack, start16, end16)
            kept = best.get(key)
            # A finding is made only when it is kept: one less severe than the one kept for its
            # span (or as severe) would be dropped at once.
            if kept is None or found.rank > kept.severity.rank:
                best[key] = made(
                    rule.id,
                    pack,
                    found,
                    start16,
                    end16,
                    text[span.start : span.end],
                    rule.message,
                    rule.why,
                    rule.suggestion,
                    rule.replacement,
                )

    def in_order(self) -> list[Finding]:
        return sorted(self.best.values(), key=lambda f: (f.start, -f.severity.rank, f.end, f.rule))


def check_draft(
    text: str,
    *,
    packs: Iterable[str] | None = None,
    site: str | None = None,
    names: Iterable[str] = (),
    phrases: Iterable[str] = (),
) -> Checked:
    """Check a draft, saying which packs were left out because it is not written in English.

    ``packs``: pack ids (None: the default set); ``site``: where it is posted; ``names`` and
    ``phrases``: the user's own lists for the ``custom`` pack, matched as literal text.
    """
    context, chosen = _setting(packs, site, names, phrases)
    if not text:
        return Checked([])
    with cycles_collected_after():
        draft = Draft(text)
        try:
            chosen, skipped = _in_its_language(draft, chosen)
            return Checked(_all(draft, _rules_of(chosen), context), skipped)
        finally:
            # Forgotten before the collector runs again: the readings are freed by reference
            # counts at once, and the collector, let run with them still alive (20,000 objects
            # on a 100,000-character draft), would walk every one of them once first.
            draft.forget()


def check_steps(
    text: str,
    *,
    packs: Iterable[str] | None = None,
    site: str | None = None,
    names: Iterable[str] = (),
    phrases: Iterable[str] = (),
) -> Steps[Checked]:
    """``check_draft`` in steps, for an engine that serves other checks while a long draft is
    read: a generator that yields once the draft's language is known and after each rule, and
    returns the ``Checked``. The steps are those of ``check_draft`` itself (one reading of the
    draft, the same rules in the same order), so the findings are the same however the steps are
    spread out. Between two steps other checks may run: each has its own ``Draft``, and what they
    share are the memos (``core.memo``), whose answers are pure functions of their keys.
    A generator closed before its end forgets its draft all the same."""
    context, chosen = _setting(packs, site, names, phrases)
    if not text:
        return Checked([])
    draft = Draft(text)
    try:
        chosen, skipped = _in_its_language(draft, chosen)
        yield
        findings = yield from _steps(draft, _rules_of(chosen), context)
        return Checked(findings, skipped)
    finally:
        draft.forget()


def _setting(
    packs: Iterable[str] | None, site: str | None, names: Iterable[str], phrases: Iterable[str]
) -> tuple[Context, tuple[Pack, ...]]:
    """A check's context and packs, as asked for."""
    if site is not None and site not in SITES:
        raise ValueError(f"unknown site: {site}")
    return Context(site=site, names=tuple(names), phrases=tuple(phrases)), packs_for(packs)


def _in_its_language(
    draft: Draft, chosen: tuple[Pack, ...]
) -> tuple[tuple[Pack, ...], tuple[str, ...]]:
    """The packs that may read the draft, and the ids of those left out because it is not
    written in English."""
    if any(p.reads_english for p in chosen) and not draft.in_english:
        skipped = tuple(p.id for p in chosen if p.reads_english)
        return tuple(p for p in chosen if not p.reads_english), skipped
    return chosen, ()


def _rules_of(chosen: tuple[Pack, ...]) -> list[Rule]:
    return [r for p in chosen for r in p.rules]


def check(
    text: str,
    *,
    packs: Iterable[str] | None = None,
    site: str | None = None,
    names: Iterable[str] = (),
    phrases: Iterable[str] = (),
) -> list[Finding]:
    """Check a draft: ``check_draft``'s findings.

    ``packs``: pack ids (None: the default set); ``site``: where it is posted; ``names`` and
    ``phrases``: the user's own lists for the ``custom`` pack, matched as literal text. A draft
    written in another language gets only the packs that do not read English words.
    """
    return check_draft(text, packs=packs, site=site, names=names, phrases=phrases).findings
