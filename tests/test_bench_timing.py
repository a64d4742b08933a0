"""The benchmark times first checks of a text: everything the core keeps from one check to the
next must be a memo of core.memo's registry, and emptying the memos keyed by a draft's text
(what the benchmark does before each timed check) must leave none of them holding anything."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import core
from bench.drafts import long_draft
from core import memo


def core_modules() -> list[ModuleType]:
    names = [core.__name__] + [
        name for _, name, _ in pkgutil.walk_packages(core.__path__, prefix=core.__name__ + ".")
    ]
    return [importlib.import_module(name) for name in names if name != "core.__main__"]


def test_the_core_keeps_no_cache_outside_the_registry() -> None:
    functools_caches = []
    memos = []
    for module in core_modules():
        for attribute, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)):
                functools_caches.append((f"{module.__name__}:{attribute}", value))
            held = getattr(value, "memo", value)
            if isinstance(held, type):
                continue
            if isinstance(getattr(held, "keyed_by_text", None), bool):
                memos.append(held)
    assert memos
    assert all(any(m is r for r in memo.REGISTRY) for m in memos)
    assert len({m.name for m in memo.REGISTRY}) == len(memo.REGISTRY)
    registered = [getattr(m, "cached", None) for m in memo.REGISTRY]
    unregistered = [name for name, cache in functools_caches if cache not in registered]
    assert unregistered == []


def test_clearing_the_text_memos_makes_the_next_check_a_first_check() -> None:
    # The name in lower case after a title asks the gazetteers both for a surname and a stem; a
    # name of the writer's family asks whether the draft speaks of the writer's shifts.
    text = (
        long_draft(5_000, seed=11)
        + " You are a bunch of idiots. Ihate women. Pop in on mrs ellis."
        + " My nanny Joan's had a fall so I'm gonna be late, sorry all."
    )
    core.check(text, packs=core.PACK_IDS, site="facebook", phrases=("rota",))
    # A draft this long has its words read at once (core.draft._INDEXED_FROM); a shorter one has
    # them searched for one by one, which fills the memo of compiled searches.
    core.check(text[:2_000], packs=core.PACK_IDS, site="facebook", phrases=("rota",))
    by_text = [m for m in memo.REGISTRY if m.keyed_by_text]
    others = [m for m in memo.REGISTRY if not m.keyed_by_text]
    assert by_text and others
    assert all(len(m) for m in memo.REGISTRY), [m.name for m in memo.REGISTRY if not len(m)]
    memo.clear_text_memos()
    assert [m.name for m in by_text if len(m)] == []
    assert all(len(m) for m in others)
    memo.clear_memos()
    assert [m.name for m in memo.REGISTRY if len(m)] == []


def test_time_rules_has_a_figure_for_every_rule() -> None:
    from bench.core_timing import time_rules
    from core.registry import ALL_RULES

    found = time_rules(["Her NHS number is 943 476 5919, lol. What the f*ck is going on?"], 1)
    assert {rule.id for rule in ALL_RULES} | {"in_english", "learned"} == set(found)
    assert all(ms >= 0 for ms in found.values())


def test_the_benchs_long_drafts_check_without_error() -> None:
    # The bench times these drafts; a rule that fails on one (a circle of analyses reading each
    # other ended the bench's 100,000-character draft in a RecursionError once) fails here first.
    from bench.run import core_groups

    groups, _ = core_groups(quick=True)
    for text in groups["5000"] + groups["100000"]:
        assert isinstance(core.check(text), list)
