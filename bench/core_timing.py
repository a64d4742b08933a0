"""Time core.check, all packs on, over groups of drafts: the same code on CPython (bench/run.py)
and inside Pyodide under Node (bench/pyodide_node.mjs --checks), so the two are comparable.

Every timed check is the first check of its text: the core keeps a few caches keyed by a draft's
text or by one of its sentences (TEXT_CACHES: they let the rules of one pack share one reading of
a draft, and, while someone types, spare the sentences that did not change), and they are emptied
before each timed check. Without that, checking the same text again would time cache lookups, not
the work a changed draft costs. Caches keyed by anything else (a word's form, the user's own phrase
list) are kept, as they are in use. Each draft is checked once untimed (the first check of a
process compiles patterns), then `repetitions` times, each timed with perf_counter.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable

import core
from core.registry import describe

# "module:function" of every cache in the core keyed by a draft's text or a sentence of it.
# tests/test_bench_timing.py fails if the core has a cache that is in neither list.
TEXT_CACHES = (
    "core.packs.professional:draft_view",
    "core.packs.offensive:_analyse",
    "core.packs.offensive:_sentence_spans",
)
OTHER_CACHES = (
    "core.packs.offensive:_is_people_noun",  # a word's form
    "core.packs.custom:_literal_words",  # the user's phrase list
    # Where each token of the revealed text splits into two glued words: keyed by the token (a
    # person's words recur while they type), bounded. The warm-up check of a draft fills it with
    # that draft's tokens, so the timed check finds them all; see the commit for a cold A/B.
    "core.obfuscation:_split_memo",
)


def cache_clearers(names: tuple[str, ...] = TEXT_CACHES) -> list[Callable[[], None]]:
    """The cache_clear of each named cache; raises if one is gone (a renamed cache must not make
    the timing quietly warm)."""
    clearers = []
    for name in names:
        module, _, function = name.partition(":")
        clearers.append(getattr(importlib.import_module(module), function).cache_clear)
    return clearers


def all_packs() -> list[str]:
    return [pack["id"] for pack in describe()]


def time_checks(groups: dict[str, list[str]], repetitions: int) -> dict[str, list[float]]:
    """Milliseconds per check, for every draft of every group, `repetitions` times each."""
    packs = all_packs()
    clearers = cache_clearers()
    core.check("Warm-up: her NHS number is 943 476 5919.", packs=packs)
    times: dict[str, list[float]] = {}
    for name, drafts in groups.items():
        found: list[float] = []
        for text in drafts:
            core.check(text, packs=packs)
            for _ in range(repetitions):
                for clear in clearers:
                    clear()
                started = time.perf_counter()
                core.check(text, packs=packs)
                found.append((time.perf_counter() - started) * 1000)
        times[name] = found
    return times


def time_checks_json(request_json: str) -> str:
    """The Pyodide entry point: {"groups": {...}, "repetitions": n} -> {name: [ms, ...]}."""
    request = json.loads(request_json)
    return json.dumps(time_checks(request["groups"], request["repetitions"]))
