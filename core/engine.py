"""Runs the enabled rules over a draft and turns spans into findings."""

from __future__ import annotations

import gc
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .draft import Draft
from .model import SITES, Checked, Context, Finding, Reminder, Rule, Severity
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
    draft = Draft(text)
    try:
        return _run(draft, rules, context)
    finally:
        draft.forget()


def _run(draft: Draft, rules: Iterable[Rule], context: Context) -> list[Finding]:
    return finish(_steps(draft, rules, context))


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
    text = draft.original
    astral = astral_positions(text)
    best: dict[tuple[str, int, int], Finding] = {}
    for rule in rules:
        severity = rule.severity_on(context.site)
        for span in rule.matcher.find(draft, context):
            if span.end <= span.start:
                continue
            start16 = utf16_offset(span.start, astral)
            end16 = utf16_offset(span.end, astral)
            finding = Finding(
                rule=rule.id,
                pack=rule.pack,
                severity=Severity.INFO if type(span) is Reminder else severity,
                start=start16,
                end=end16,
                match=text[span.start : span.end],
                message=rule.message,
                why=rule.why,
                suggestion=rule.suggestion,
                replacement=rule.replacement,
            )
            key = (rule.pack, start16, end16)
            kept = best.get(key)
            if kept is None or finding.severity.rank > kept.severity.rank:
                best[key] = finding
        yield
    return sorted(best.values(), key=lambda f: (f.start, -f.severity.rank, f.end, f.rule))


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
    return finish(check_steps(text, packs=packs, site=site, names=names, phrases=phrases))


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
    if site is not None and site not in SITES:
        raise ValueError(f"unknown site: {site}")
    context = Context(site=site, names=tuple(names), phrases=tuple(phrases))
    chosen = packs_for(packs)
    if not text:
        return Checked([])
    draft = Draft(text)
    try:
        skipped: tuple[str, ...] = ()
        if any(p.reads_english for p in chosen) and not draft.in_english:
            skipped = tuple(p.id for p in chosen if p.reads_english)
            chosen = tuple(p for p in chosen if not p.reads_english)
        yield
        rules = [r for p in chosen for r in p.rules]
        findings = yield from _steps(draft, rules, context)
        return Checked(findings, skipped)
    finally:
        draft.forget()


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
