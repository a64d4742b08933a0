"""Time core.check, all packs on, over groups of drafts: the same code on CPython (bench/run.py)
and inside Pyodide under Node (bench/pyodide_node.mjs --checks), so the two are comparable.

Each draft is checked once untimed (the first check of a text fills no cache, but the first check
of a process compiles patterns), then `repetitions` times, each timed with perf_counter.
"""

from __future__ import annotations

import json
import time

import core
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
                started = time.perf_counter()
                core.check(text, packs=packs)
                found.append((time.perf_counter() - started) * 1000)
        times[name] = found
    return times


def time_checks_json(request_json: str) -> str:
    """The Pyodide entry point: {"groups": {...}, "repetitions": n} -> {name: [ms, ...]}."""
    request = json.loads(request_json)
    return json.dumps(time_checks(request["groups"], request["repetitions"]))
