"""Every rule's time grows linearly with the draft's length, on any input.

Linear is judged by growth, not by a duration: each search or check is timed (CPU time, the best
of a few runs) at a length n and at 4n. A linear one takes about 4 times as long at 4n, a quadratic
one 16 times; the test fails above ``MAX_GROWTH`` (8), and only when the longer run took long
enough to be measured (``MEASURABLE``) and the same growth shows again from 4n to 16n, so noise on
a loaded machine cannot fail a linear pattern. A search that is far worse than quadratic would
never finish: each runs in a child Python process that reports after each case, and a case that
has not finished within ``CASE_TIMEOUT`` fails too.

What is timed:
- every compiled regular expression the rules use (the matchers' own, every ``re.Pattern`` the
  pack modules and the text modules hold however deeply, and the byte patterns that gate scans on
  a draft's shape), over runs of what its quantifiers accept and of its own literal words;
- every rule, through the engine, over drafts that are one long run of a character of each class
  (capitals, digits, spaces, punctuation, emoji, invisible and full-width characters) or of short
  alternations of them, so the rules' Python code is held to the same growth as their patterns.
(A pasted block of capitals is the kind of input this catches: a shape gate that reads each word
again from each of its letters grows with the square of the block.)

Pyodide cannot start processes, so these run on CPython only. Its ``re`` engine is the same C
code; the hostile corpus test checks the 100,000-character draft's findings in Pyodide too. The
time a 65,536-character draft of each family takes belongs to the benchmark.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import itertools
import pkgutil
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType, ModuleType
from typing import IO

import pytest

import core
from bench.drafts import WORST_CASE_UNITS, long_draft, worst_case_draft
from core.engine import run_rules
from core.memo import clear_memos
from core.model import Context, Rule
from core.registry import ALL_RULES

needs_processes = pytest.mark.skipif(
    sys.platform == "emscripten", reason="Pyodide cannot start the child process that times out"
)

REPO = Path(__file__).resolve().parents[1]
LENGTH = 5_000  # n: each case is timed at n and 4n, and again at 16n when it grew too fast
MAX_GROWTH = 8.0  # time(4n) / time(n): linear is about 4, quadratic about 16
MEASURABLE = 0.005  # seconds at 4n below which a time is mostly noise (a quadratic is far above)
# n for the quadratic demonstration: at 4n it takes about 20 ms, well above MEASURABLE. At 1,000 it
# took about 5 ms, so an idle machine could read it as noise and cap its growth near 4.
DEMO_LENGTH = 2_000
REPEATS = 3  # timed runs of each case at each length; the best counts
CASE_TIMEOUT = 20.0  # seconds for one case at every length; a linear one needs well under 1 s
DRAFT_TIMEOUT = 60.0  # seconds for all of _long_draft_check(); it needs about 5 s
START_TIMEOUT = 60.0  # starting the child and importing the core

# What quantifiers in the rules accept, as units to repeat.
UNITS = (
    "1", "1 ", "12-", "1.", "+4", "(0", "a", "a ", "A", "A1 ", ".", "@", "a@", "-", " ", "\n ",
    "a'", "*", "!", "a, ", "aaa",
)  # fmt: skip
# The same for the byte patterns over Normalised.shape, in its alphabet ("0" a digit or any
# non-ASCII character, "A" and "a" letters, "\t" other white space, "x" other punctuation).
SHAPE_UNITS = (
    b"0", b"A", b"a", b" ", b"\t", b"x", b",", b"-", b"(", b"+", b"0 ", b"A ", b"a ", b"A0",
    b"0A", b"Ax", b"0,", b"A,", b"0a ", b"00 A", b"A A", b"0x",
)  # fmt: skip
LITERAL_WORDS = 3  # per pattern: its longest literal words, whole and cut short
# Patterns the core only ever runs anchored (``fullmatch`` on one token, or ``match`` at one
# place: the spaces and the word just after a name), with how it runs them: they are tried that
# way, and a test below checks their module never searches with them.
ANCHORED = {
    "core.obfuscation._QUANTITY": "fullmatch",
    "core.packs.offensive.forms.PEOPLE_SUFFIX": "fullmatch",
    "core.packs.identifiers._GLUED_WORD": "match",
}
# Whole drafts that are one long run, for every rule through the engine (see bench.drafts).
DRAFT_RUNS = WORST_CASE_UNITS
DRAFT_CONTEXT = Context(site="facebook", names=("Ann Smith",), phrases=("that place",))


@dataclass(frozen=True)
class Case:
    where: str
    pattern: re.Pattern[str] | re.Pattern[bytes]
    unit: str | bytes
    mode: str = "finditer"

    def describe(self) -> str:
        return f"{self.where}: /{self.pattern.pattern[:80]!s}/ on {self.unit!a} * n"

    def run(self, length: int) -> None:
        text = self.unit * max(1, length // len(self.unit))
        if self.mode == "fullmatch":
            self.pattern.fullmatch(text)  # type: ignore[arg-type]
            return
        if self.mode == "match":
            self.pattern.match(text)  # type: ignore[arg-type]
            return
        for _ in self.pattern.finditer(text):  # type: ignore[arg-type]
            pass


@dataclass(frozen=True)
class DraftCase:
    rule: Rule
    unit: str

    def describe(self) -> str:
        return f"{self.rule.id} on a draft of {self.unit!a} * n"

    def run(self, length: int) -> None:
        # A different tail on each run, so that no cache keyed by the draft answers a repeat.
        text = worst_case_draft(self.unit, length) + str(next(_RUNS))
        run_rules(text, [self.rule], DRAFT_CONTEXT)


_RUNS = itertools.count()


def _best_time(run: Callable[[int], None], length: int) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        run(length)
        best = min(best, time.process_time() - started)
    return best


def growth(run: Callable[[int], None], length: int = LENGTH) -> float:
    """How much longer ``run`` takes at 4 times the length: about 4 when it is linear. Above
    MAX_GROWTH at a measurable time, it is timed again at 16 times the length, and the smaller of
    the two growths is reported (a real quadratic grows 16-fold both times; noise does not)."""
    short, long = _best_time(run, length), _best_time(run, 4 * length)
    if long < MEASURABLE or long / max(short, 1e-9) <= MAX_GROWTH:
        return long / max(short, MEASURABLE / 4)
    longer = _best_time(run, 16 * length)
    return min(long / max(short, 1e-9), longer / long)


def most_growth(run: Callable[[int], None], length: int, tries: int = 3) -> float:
    """The largest of a few ``growth`` measures, for the demonstrations that a real quadratic
    fails: a busy machine can slow the short run and hide a growth (the measure then stops at
    4n), but cannot make a quadratic grow linearly every time."""
    most = 0.0
    for _ in range(tries):
        most = max(most, growth(run, length))
        if most > MAX_GROWTH:
            break
    return most


def _modules() -> Iterator[ModuleType]:
    """Every module of the core but the command line."""
    for info in pkgutil.walk_packages(core.__path__, prefix="core."):
        if info.name != "core.__main__":
            yield importlib.import_module(info.name)


Found = dict[tuple[str | bytes, int], str]


def _walk(obj: object, where: str, seen: set[int], out: Found) -> None:
    """Every re.Pattern reachable from ``obj`` through containers, objects and closures."""
    if id(obj) in seen or isinstance(obj, str | bytes | int | float | type | ModuleType):
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
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


def collect_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    # The memos are emptied first: what they hold depends on the drafts checked before (the
    # sentence reader compiles a search for each word it is asked about), and the child processes
    # that time the cases must find the same list as this process.
    clear_memos()
    found: Found = {}
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
        units: tuple[str | bytes, ...]
        if isinstance(pattern.pattern, bytes):
            units = SHAPE_UNITS
        else:
            units = (*UNITS, *_literal_units(pattern.pattern))
        for unit in units:
            out.append(Case(where, pattern, unit, mode))
    return out


def draft_cases() -> list[DraftCase]:
    return [DraftCase(rule, unit) for unit in DRAFT_RUNS for rule in ALL_RULES]


# A linear pattern, then a quadratic one (each start reads the run to its end, then fails), then
# one that is exponential on its input: (a+)+$ on "aaaa...!".
DEMO_CASES = (
    Case("demo", re.compile(r"a+b"), "ab"),
    Case("demo", re.compile(r"a+b"), "a"),
    Case("demo", re.compile(r"(?:a+)+$"), "a" * 40 + "!"),
)


def _long_draft_check() -> None:
    text = long_draft(100_000, seed=7)
    for site in (None, "facebook", "linkedin", "whatsapp"):
        core.check(text, packs=core.PACK_IDS, site=site)
    for unit in DRAFT_RUNS:
        core.check(worst_case_draft(unit, 20_000), packs=core.PACK_IDS, site="facebook")


def child(kind: str, start: int) -> None:
    """In the child process: time the cases from ``start``, printing each one's index and growth
    when done."""
    if kind == "draft":
        print("ready", flush=True)
        _long_draft_check()
        print(0, 0.0, flush=True)
        return
    all_cases: tuple[Case, ...] | list[Case] | list[DraftCase] = DEMO_CASES
    if kind == "regex":
        all_cases = cases()
    elif kind == "rules":
        all_cases = draft_cases()
    print("ready", flush=True)
    for index in range(start, len(all_cases)):
        if kind == "demo" and index == 2:  # far too slow to time: only the timeout can tell
            all_cases[index].run(40)
            print(index, 0.0, flush=True)
            continue
        if kind == "demo" and index == 1:
            # The quadratic demo, timed up to 16n and measured again if a busy machine hid it.
            print(index, most_growth(all_cases[index].run, DEMO_LENGTH), flush=True)
            continue
        length = LENGTH if kind != "demo" else DEMO_LENGTH
        print(index, growth(all_cases[index].run, length), flush=True)


def _forward(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)  # the child has ended


@dataclass
class Sweep:
    hung: list[int]  # cases that did not finish within the timeout
    growths: dict[int, float]  # of the cases that finished


def _run_in_child(kind: str, total: int, timeout: float) -> Sweep:
    """Time the cases in a child process, restarted after each one that hangs."""
    sweep = Sweep([], {})
    start = 0
    while start < total:
        code = f"import tests.test_regex_linear as t; t.child({kind!r}, {start})"
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        lines: queue.Queue[str | None] = queue.Queue()
        stdout = process.stdout
        assert stdout is not None
        threading.Thread(target=_forward, args=(stdout, lines), daemon=True).start()
        try:
            first = lines.get(timeout=START_TIMEOUT)
            assert first is not None and first.strip() == "ready", "the child did not start"
            while start < total:
                line = lines.get(timeout=timeout)
                assert line is not None, (
                    f"the child ended after case {start - 1} of {total}: it found other cases"
                )
                index, grew = line.split()
                sweep.growths[int(index)] = float(grew)
                start = int(index) + 1
        except queue.Empty:
            sweep.hung.append(start)
            start += 1
        finally:
            process.kill()
            process.wait()
    return sweep


def _failures(sweep: Sweep, described: list[str]) -> str:
    slow = [(g, i) for i, g in sweep.growths.items() if g > MAX_GROWTH]
    lines = [f"did not finish in {CASE_TIMEOUT} s: {described[i]}" for i in sweep.hung]
    lines += [f"grew {g:.1f}-fold from n to 4n: {described[i]}" for g, i in sorted(slow)[::-1]]
    return "\n".join(lines[:20])


def test_the_collector_finds_the_rules_patterns() -> None:
    patterns = collect_patterns()
    sources = {p.pattern for _, p in patterns}
    assert len(patterns) >= 40
    # One from a Pattern matcher, one held by a pack module, one from the text modules, and the
    # byte patterns that gate scans on the draft's shape.
    from core.packs import identifiers

    assert identifiers._CHI_PATTERN._compiled.pattern in sources
    assert any(isinstance(s, str) and "(?P<inward>" in s for s in sources)  # postcode scan
    assert any(isinstance(s, str) and s.startswith("(?<![a-z0-9_])[a-z](?:") for s in sources)
    shouting = next(r for r in ALL_RULES if r.id == "professional.shouting")
    assert shouting.matcher.shape.pattern in sources  # type: ignore[attr-defined]


def test_anchored_patterns_are_only_used_anchored() -> None:
    for where, mode in ANCHORED.items():
        module_name, name = where.rsplit(".", 1)
        source = inspect.getsource(importlib.import_module(module_name))
        uses = re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source)
        assert uses and set(uses) == {mode}, f"{where} is used with {uses}, not only {mode}"


def test_growth_tells_linear_from_quadratic() -> None:
    # The measure itself must be able to fail: "a+b" on "aaa..." reads the rest of the run from
    # every start, so 4 times the text takes about 16 times as long.
    assert growth(DEMO_CASES[0].run) < MAX_GROWTH
    assert most_growth(DEMO_CASES[1].run, DEMO_LENGTH) > MAX_GROWTH


def test_growth_of_a_rule_through_the_engine_can_fail() -> None:
    from core.matchers import Custom

    def quadratic(text: object, context: Context) -> list[object]:
        raw = text.text  # type: ignore[attr-defined]
        for i in range(len(raw)):
            DEMO_CASES[1].pattern.match(raw, i)  # reads the rest of the run from every character
        return []

    rule = next(r for r in ALL_RULES if r.id == "professional.shouting")
    slow = dataclasses.replace(rule, matcher=Custom(quadratic))
    assert most_growth(DraftCase(slow, "a").run, 4_000) > MAX_GROWTH
    assert growth(DraftCase(rule, "a").run) < MAX_GROWTH


@needs_processes
def test_the_timeout_catches_a_catastrophic_pattern() -> None:
    # The quadratic demo (case 1) is timed up to 32,000 characters: about 1 s on an idle machine,
    # several on a loaded one, and up to three times if load hid its growth. The timeout only has to
    # be met by the cases that end.
    sweep = _run_in_child("demo", len(DEMO_CASES), 25.0)
    assert sweep.hung == [2]
    assert sweep.growths[1] > MAX_GROWTH > sweep.growths[0]


@needs_processes
def test_every_pattern_grows_linearly() -> None:
    all_cases = cases()
    sweep = _run_in_child("regex", len(all_cases), CASE_TIMEOUT)
    assert len(sweep.growths) + len(sweep.hung) == len(all_cases)
    assert not _failures(sweep, [c.describe() for c in all_cases]), _failures(
        sweep, [c.describe() for c in all_cases]
    )


@needs_processes
def test_every_rule_grows_linearly_on_long_runs() -> None:
    all_cases = draft_cases()
    sweep = _run_in_child("rules", len(all_cases), CASE_TIMEOUT)
    assert len(sweep.growths) + len(sweep.hung) == len(all_cases)
    assert not _failures(sweep, [c.describe() for c in all_cases]), _failures(
        sweep, [c.describe() for c in all_cases]
    )


@needs_processes
def test_a_100k_character_draft_and_long_runs_are_checked() -> None:
    assert _run_in_child("draft", 1, DRAFT_TIMEOUT).hung == []
