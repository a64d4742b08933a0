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

import core
from core.memo import clear_text_memos
from core.registry import describe


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
