"""The core builds the same regular expressions in every process, whatever order sets iterate in.

The engine's plain start takes the core's patterns precompiled at build time (boot_cache.marshal,
keyed by the pattern's text); a pattern whose alternatives came out in another order would miss
that table and be compiled again in the browser. String hashing is randomised per process, so this
runs the core under two hash seeds and compares every pattern it compiled.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RECORD = """
import json
from re import _compiler
seen = []
original = _compiler.compile
def record(pattern, flags=0):
    if isinstance(pattern, str):
        seen.append([pattern, int(flags)])
    return original(pattern, flags)
_compiler.compile = record
import core.bridge
from core.registry import describe
draft = "Her NHS number is 943 476 5919, ring 07700 900123. The manager is an idiot. Anyone?"
for site in (None, "facebook", "linkedin", "whatsapp"):
    core.bridge.handle(json.dumps({"type": "check", "text": draft, "site": site,
                                   "packs": [p["id"] for p in describe()]}))
print(json.dumps(sorted(seen)))
"""


def patterns_under_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", RECORD], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(sys.platform == "emscripten", reason="needs a child process")
def test_the_core_compiles_the_same_patterns_under_any_hash_seed() -> None:
    first = patterns_under_seed("1")
    assert len(first) > 10_000
    assert patterns_under_seed("2") == first
    assert patterns_under_seed("12345") == first
