"""Time core.check, all packs on, over groups of drafts: the same code on CPython (bench/run.py)
and inside Pyodide under Node (bench/pyodide_node.mjs --checks), so the two are comparable.

Every timed check is the first check of its text. A check reads its draft once and forgets it
(core.draft.Draft); what the core keeps from one check to the next is in core.memo's registry.
Before each timed check, the memos keyed by a draft's text or a sentence of it are emptied
(core.memo.clear_text_memos): without that, checking the same text again would time look-ups,
not the work a changed draft costs. The memos keyed by anything else (a word's form, the user's
own phrase list, where a run-together word splits) are kept, as they are in use: the warm-up
check of a draft fills them with that draft's words, so the timed check finds them all. Each
draft is checked once untimed (the first check of a process compiles patterns), then
`repetitions` times, each timed with perf_counter.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import core
from core.draft import Draft
from core.matchers.sentences import Either
from core.memo import clear_text_memos
from core.model import Context, Matcher
from core.registry import describe, packs_for


def all_packs() -> list[str]:
    return [pack["id"] for pack in describe()]


def time_checks(groups: dict[str, list[str]], repetitions: int) -> dict[str, list[float]]:
    """Milliseconds per check, for every draft of every group, `repetitions` times each."""
    packs = all_packs()
    core.check("Warm-up: her NHS number is 943 476 5919.", packs=packs)
    times: dict[str, list[float]] = {}
    for name, drafts in groups.items():
        found: list[float] = []
        for text in drafts:
            core.check(text, packs=packs)
            for _ in range(repetitions):
                clear_text_memos()
                started = time.perf_counter()
                core.check(text, packs=packs)
                found.append((time.perf_counter() - started) * 1000)
        times[name] = found
    return times


def time_checks_json(request_json: str) -> str:
    """The Pyodide entry point: {"groups": {...}, "repetitions": n} -> {name: [ms, ...]}."""
    request = json.loads(request_json)
    return json.dumps(time_checks(request["groups"], request["repetitions"]))


def _parts() -> Iterator[tuple[str, Matcher]]:
    """Each rule's matcher, by rule id; a rule's learned sentences (core.learned) apart, all of
    them under one name, "learned"."""
    for pack in packs_for(all_packs()):
        for rule in pack.rules:
            matcher = rule.matcher
            last = matcher.matchers[-1] if isinstance(matcher, Either) else None
            if last is not None and "learned" in getattr(last, "function", last).__module__:
                rest = matcher.matchers[:-1]  # type: ignore[attr-defined]
                yield rule.id, rest[0] if len(rest) == 1 else Either(rest)
                yield "learned", last
            else:
                yield rule.id, matcher


def time_rules(drafts: list[str], repetitions: int) -> dict[str, float]:
    """Milliseconds per draft spent in each rule (and in reading whether a draft is English),
    every draft read afresh `repetitions` times: where a check's time goes. The first rule to
    ask for something every rule shares (the draft's words, a pack's reading) pays for it."""
    parts = list(_parts())
    context = Context()
    spent = dict.fromkeys(["in_english", *(name for name, _ in parts)], 0.0)
    for text in drafts:
        core.check(text, packs=all_packs())
        for _ in range(repetitions):
            clear_text_memos()
            draft = Draft(text)
            started = time.perf_counter()
            _ = draft.in_english
            spent["in_english"] += time.perf_counter() - started
            for name, matcher in parts:
                started = time.perf_counter()
                for _span in matcher.find(draft, context):
                    pass
                spent[name] += time.perf_counter() - started
            draft.forget()
    count = max(1, len(drafts) * repetitions)
    return {name: seconds * 1000 / count for name, seconds in spent.items()}


if __name__ == "__main__":
    # python -m bench.core_timing [GROUP]: the rules that take longest on a group of the
    # benchmark's drafts (bench.run.core_groups: corpus, 1000, 5000, 100000), on CPython.
    import sys

    from bench.run import core_groups

    groups, _ = core_groups(True)
    group = sys.argv[1] if len(sys.argv) > 1 else "1000"
    found = time_rules(groups[group], 3)
    print(f"{group}: {sum(found.values()):.3f} ms a draft in all")
    for name, ms in sorted(found.items(), key=lambda item: -item[1])[:25]:
        print(f"{ms:9.3f} ms  {name}")
