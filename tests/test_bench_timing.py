"""The benchmark times first checks of a text: every cache in the core must be known to it, as
keyed by a draft's text (emptied before each timed check) or by something else (kept)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import pytest

import core

ROOT = Path(__file__).resolve().parent.parent


def caches_in_core() -> set[str]:
    found = set()
    modules = [core.__name__] + [
        name for _, name, _ in pkgutil.walk_packages(core.__path__, prefix=core.__name__ + ".")
    ]
    for name in modules:
        if name == "core.__main__":
            continue
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                callable(getattr(value, "cache_clear", None))
                and getattr(value, "__module__", None) == name
            ):
                found.add(f"{name}:{attribute}")
    return found


@pytest.mark.skipif(not (ROOT / "bench").is_dir(), reason="needs the bench package")
def test_every_cache_in_the_core_is_classified_for_the_benchmark() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.core_timing import OTHER_CACHES, TEXT_CACHES, cache_clearers

    assert caches_in_core() == set(TEXT_CACHES) | set(OTHER_CACHES)
    assert len(cache_clearers()) == len(TEXT_CACHES)
