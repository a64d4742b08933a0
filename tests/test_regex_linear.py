"""No pattern backtracks catastrophically, and a 100,000-character draft is checked (issue 7).

Every compiled regular expression the rules use (the matchers' own, and every ``re.Pattern`` the
pack modules and the text modules hold, however deeply) is run with ``finditer`` over its worst
cases: 20,000-character runs of what its quantifiers accept (digits, letters, spaces, dots, "@",
hyphens...) and of its own literal words and their prefixes.

How "quickly" is judged without timing asserts: a linear scan of 20,000 characters takes well
50 ms for most patterns and under 0.5 s for the largest case-insensitive alternations, even
on a heavily loaded two-core machine, while a quadratic or exponential one takes from seconds to
hours (the shapes of the offensive pack took 157 s on "a a a ..." before they were bounded). So
the searches run in a child Python process that reports after each one, and a search fails only
if it has not finished after a generous ``CASE_TIMEOUT`` (3 s). Nothing asserts a duration, so a
slow machine cannot make a linear pattern fail; only a pattern far from linear does. The real
budget (250 ms per check in Pyodide) belongs to the benchmark.

Pyodide cannot start processes, so the searches run on CPython only. Its ``re`` engine is the same
C code; the hostile corpus test checks the 100,000-character draft's findings in Pyodide too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType, ModuleType
from typing import IO

import pytest

import core
import core.packs
from core.registry import ALL_RULES

needs_processes = pytest.mark.skipif(
    sys.platform == "emscripten", reason="Pyodide cannot start the child process that times out"
)

REPO = Path(__file__).resolve().parents[1]
LENGTH = 20_000
CASE_TIMEOUT = 3.0  # seconds for one 20,000-character search; a linear one needs < 0.5 s
DRAFT_TIMEOUT = 60.0  # seconds for all of _long_draft_check(); it needs about 5 s
START_TIMEOUT = 60.0  # starting the child and importing the core

# What quantifiers in the rules accept, as units to repeat.
UNITS = (
    "1", "1 ", "12-", "1.", "+4", "(0", "a", "a ", "A", "A1 ", ".", "@", "a@", "-", " ", "\n ",
    "a'", "*", "!", "a, ", "aaa",
)  # fmt: skip
LITERAL_WORDS = 3  # per pattern: its longest literal words, whole and cut short
# Patterns the core only ever runs anchored (``fullmatch`` on one token), with how it runs them:
# they are tried that way, and a test below checks their module never searches with them.
ANCHORED = {
    "core.obfuscation._QUANTITY": "fullmatch",
    "core.packs.offensive._PEOPLE_SUFFIX": "fullmatch",
}


@dataclass(frozen=True)
class Case:
    where: str
    pattern: re.Pattern[str]
    unit: str
    mode: str = "finditer"

    def describe(self) -> str:
        return f"{self.where}: /{self.pattern.pattern[:80]}/ on {self.unit!a} * n"


def _modules() -> Iterator[ModuleType]:
    for name in ("core.text", "core.obfuscation", "core.matchers", "core.validators"):
        yield importlib.import_module(name)
    for info in pkgutil.iter_modules(core.packs.__path__):
        yield importlib.import_module(f"core.packs.{info.name}")


def _walk(obj: object, where: str, seen: set[int], out: dict[tuple[str, int], str]) -> None:
    """Every re.Pattern reachable from ``obj`` through containers, objects and closures."""
    if id(obj) in seen or isinstance(obj, str | bytes | int | float | type | ModuleType):
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            out.setdefault((obj.pattern, obj.flags), where)
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            _walk(value, f"{where}[{key!r}]"[:120], seen, out)
    elif isinstance(obj, tuple | list | set | frozenset):
        for index, item in enumerate(obj):
            _walk(item, f"{where}[{index}]", seen, out)
    elif isinstance(obj, FunctionType):
        for cell in obj.__closure__ or ():
            _walk(cell.cell_contents, f"{where}.<closure>", seen, out)
        for name in obj.__code__.co_names:
            if name in obj.__globals__:
                _walk(obj.__globals__[name], f"{obj.__module__}.{name}", seen, out)
    elif hasattr(obj, "__dict__"):
        for name, value in vars(obj).items():
            _walk(value, f"{where}.{name}", seen, out)


def collect_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[tuple[str, int], str] = {}
    seen: set[int] = set()
    for rule in ALL_RULES:
        _walk(rule.matcher, rule.id, seen, found)
    for module in _modules():
        for name, value in vars(module).items():
            if not name.startswith("__"):
                _walk(value, f"{module.__name__}.{name}", seen, found)
    return [(where, re.compile(p, flags)) for (p, flags), where in found.items()]


def _literal_units(pattern: str) -> list[str]:
    """Words of the pattern's own literal alternatives, whole and cut short, to repeat."""
    words = sorted(set(re.findall(r"[A-Za-z][A-Za-z' ]+[A-Za-z]", re.sub(r"\\.", " ", pattern))))
    words.sort(key=lambda w: (-len(w), w))
    units: list[str] = []
    for word in words[:LITERAL_WORDS]:
        units += [word + " ", word[:-1]]
    return units


def cases() -> list[Case]:
    out = []
    for where, pattern in collect_patterns():
        mode = ANCHORED.get(where, "finditer")
        for unit in (*UNITS, *_literal_units(pattern.pattern)):
            out.append(Case(where, pattern, unit, mode))
    return out


def run_case(case: Case) -> None:
    text = case.unit * max(1, LENGTH // len(case.unit))
    if case.mode == "fullmatch":
        case.pattern.fullmatch(text)
        return
    for _ in case.pattern.finditer(text):
        pass


# Whole drafts that are one long run, through check() with every pack: the rules' Python code
# (custom finders, the offensive pack's reading) must be linear too, not only their patterns.
DRAFT_RUNS = (*UNITS, "\u200b", "😀", "\ud83d", "fuck ", "sh1t ", "f u c k ", "LS1 4AP ", "the ")


def _long_draft_check() -> None:
    from bench.drafts import long_draft

    text = long_draft(100_000, seed=7)
    for site in (None, "facebook", "linkedin", "whatsapp"):
        core.check(text, packs=core.PACK_IDS, site=site)
    for unit in DRAFT_RUNS:
        core.check(unit * (LENGTH // len(unit)), packs=core.PACK_IDS, site="facebook")


def child(kind: str, start: int) -> None:
    """In the child process: run the cases from ``start``, printing each one's index when done."""
    if kind == "draft":
        print("ready", flush=True)
        _long_draft_check()
        print(0, flush=True)
        return
    all_cases = demo_cases() if kind == "demo" else cases()
    print("ready", flush=True)
    for index in range(start, len(all_cases)):
        run_case(all_cases[index])
        print(index, flush=True)


def _forward(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)


def _run_in_child(kind: str, total: int, timeout: float) -> list[int]:
    """Indices of the cases that did not finish within ``timeout``; the child is restarted after
    each one that hangs."""
    hung: list[int] = []
    start = 0
    while start < total:
        code = f"import tests.test_regex_linear as t; t.child({kind!r}, {start})"
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        lines: queue.Queue[str] = queue.Queue()
        stdout = process.stdout
        assert stdout is not None
        threading.Thread(target=_forward, args=(stdout, lines), daemon=True).start()
        try:
            assert lines.get(timeout=START_TIMEOUT).strip() == "ready", "the child did not start"
            while start < total:
                start = int(lines.get(timeout=timeout)) + 1
        except queue.Empty:
            hung.append(start)
            start += 1
        finally:
            process.kill()
            process.wait()
    return hung


def test_the_collector_finds_the_rules_patterns() -> None:
    patterns = collect_patterns()
    sources = {p.pattern for _, p in patterns}
    assert len(patterns) >= 40
    # One from a Pattern matcher, one held by a pack module, one from the text modules.
    nhs = next(r for r in ALL_RULES if r.id == "identifiers.nhs_number")
    assert nhs.matcher._compiled.pattern in sources  # type: ignore[attr-defined]
    assert any("(?P<inward>" in s for s in sources)  # identifiers' postcode scan
    assert any(s.startswith("(?<![a-z0-9_])[a-z](?:") for s in sources)  # obfuscation's spacing


def test_anchored_patterns_are_only_used_anchored() -> None:
    for where, mode in ANCHORED.items():
        module_name, name = where.rsplit(".", 1)
        source = inspect.getsource(importlib.import_module(module_name))
        uses = re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source)
        assert uses and set(uses) == {mode}, f"{where} is used with {uses}, not only {mode}"


def demo_cases() -> list[Case]:
    """A linear pattern, then one that is exponential on its input: (a+)+$ on "aaaa...!"."""
    return [
        Case("demo", re.compile(r"a+$"), "a" * 40 + "!"),
        Case("demo", re.compile(r"(?:a+)+$"), "a" * 40 + "!"),
    ]


@needs_processes
def test_the_timeout_catches_a_catastrophic_pattern() -> None:
    # The check itself must be able to fail.
    # A shorter timeout than the sweep's keeps this quick: the linear case takes microseconds.
    assert _run_in_child("demo", 2, 1.0) == [1]


@needs_processes
def test_no_pattern_backtracks_catastrophically() -> None:
    all_cases = cases()
    hung = _run_in_child("regex", len(all_cases), CASE_TIMEOUT)
    assert not hung, (
        f"{len(hung)} searches of {LENGTH:,} characters did not finish in {CASE_TIMEOUT} s "
        "(a linear one takes < 50 ms):\n" + "\n".join(all_cases[i].describe() for i in hung[:10])
    )


@needs_processes
def test_a_100k_character_draft_and_long_runs_are_checked() -> None:
    assert _run_in_child("draft", 1, DRAFT_TIMEOUT) == []
