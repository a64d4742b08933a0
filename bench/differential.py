"""Old core against new: the same findings on every draft we have, and how their speeds compare.

Run from the repository: ``python -m bench.differential [--commit REV] [--timing]``. The core of
REV (default: the commit before the refactoring of issue 13) is extracted with ``git archive``
into a temporary directory and imported under another package name, beside the working tree's
``core``. Both check, for every site and none:

- every draft of the corpora in tests/corpus, with the row's own names and phrases;
- every rule example of either core, with the example's own names and phrases;
- the HateCheck development cases (bench.accuracy_offensive reads them);
- long drafts (bench.drafts.long_draft) of 1,000, 5,000 and 100,000 characters;
- drafts that are one long run of each of bench.drafts.WORST_CASE_UNITS.

It prints how many findings differ (a finding in one list and not the other, all fields
compared): the refactoring is right only when that is 0. The exit status is 1 otherwise.

With ``--timing`` it then times ``check`` (all packs, CPU time) of the two cores on the same
drafts, old and new interleaved draft by draft (the order flipped each time) in this one process,
over 1,000- and 100,000-character drafts, and prints new/old ratios. Each timed check is the first
of its text: the caches either core keeps for a draft's text are emptied before it.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.drafts import WORST_CASE_UNITS, long_draft, worst_case_draft

ROOT = Path(__file__).resolve().parents[1]
BASE = "69a5436"  # the last commit before the core was refactored (issue 13)
OLD_NAME = "core_before"
SITES: tuple[str | None, ...] = (None, "facebook", "linkedin", "whatsapp")
WORST_CASE_LENGTH = 20_000


@dataclass(frozen=True)
class Input:
    group: str
    text: str
    names: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


def import_old_core(commit: str, into: Path) -> ModuleType:
    """The core of ``commit``, imported as the package ``core_before`` from ``into``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "core"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "core").rename(into / OLD_NAME)
    sys.path.insert(0, str(into))
    return importlib.import_module(OLD_NAME)


def corpus_inputs() -> Iterator[Input]:
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("text"), str):
                names = tuple(row.get("names") or ())
                phrases = tuple(row.get("phrases") or ())
                yield Input(f"corpus {path.name}", row["text"], names, phrases)


def example_inputs(*cores: ModuleType) -> Iterator[Input]:
    from tests.examples import unmark

    seen = set()
    for core in cores:
        for rule in importlib.import_module(core.__name__ + ".registry").ALL_RULES:
            context = rule.example_context
            names = tuple(context.names) if context else ()
            phrases = tuple(context.phrases) if context else ()
            for example in (*rule.flags, *rule.passes):
                key = (unmark(example)[0], names, phrases)
                if key not in seen:
                    seen.add(key)
                    yield Input("rule examples", key[0], names, phrases)


def hatecheck_inputs() -> Iterator[Input]:
    from bench.accuracy_offensive import DATA, load_cases

    if not DATA.exists():
        raise SystemExit(f"HateCheck development cases not found at {DATA}")
    for case in load_cases():
        yield Input("HateCheck", case["test_case"])


def long_inputs() -> Iterator[Input]:
    for length, seeds in ((1_000, 40), (5_000, 10), (100_000, 2)):
        for seed in range(seeds):
            yield Input(f"long drafts {length:,}", long_draft(length, seed))


def worst_case_inputs() -> Iterator[Input]:
    for unit in WORST_CASE_UNITS:
        text = worst_case_draft(unit, WORST_CASE_LENGTH)
        yield Input(f"worst-case runs {WORST_CASE_LENGTH:,}", text)


def findings(core: ModuleType, item: Input, site: str | None) -> Counter[str]:
    found = core.check(
        item.text, packs=core.PACK_IDS, site=site, names=item.names, phrases=item.phrases
    )
    return Counter(json.dumps(f.to_dict(), sort_keys=True) for f in found)


def differential(old: ModuleType, new: ModuleType) -> int:
    """Print, per group of drafts, how many findings differ; return the total."""
    groups = [
        corpus_inputs(),
        example_inputs(old, new),
        hatecheck_inputs(),
        long_inputs(),
        worst_case_inputs(),
    ]
    rows: dict[str, list[int]] = {}
    shown = 0
    for items in groups:
        for item in items:
            row = rows.setdefault(item.group, [0, 0, 0])
            for site in SITES:
                before, after = findings(old, item, site), findings(new, item, site)
                differ = sum(((before - after) + (after - before)).values())
                row[0] += 1
                row[1] += sum(before.values())
                row[2] += differ
                if differ and shown < 10:
                    shown += 1
                    print(f"DIFFERS ({item.group}, site {site}): {item.text[:100]!r}")
                    for line in sorted((before - after).elements()):
                        print(f"  only old: {line}")
                    for line in sorted((after - before).elements()):
                        print(f"  only new: {line}")
    print(f"{'drafts':<32}{'checks':>8}{'findings':>10}{'differing':>11}")
    for group, (checks, total, differ) in rows.items():
        print(f"{group:<32}{checks:>8}{total:>10}{differ:>11}")
    differing = sum(row[2] for row in rows.values())
    checks = sum(row[0] for row in rows.values())
    total = sum(row[1] for row in rows.values())
    print(f"{'all':<32}{checks:>8}{total:>10}{differing:>11}")
    return differing


def old_clearers(old: ModuleType) -> list[Callable[[], None]]:
    """The caches the old core keeps for a draft's text or a sentence of it."""
    if hasattr(old, "memo") or (Path(old.__file__).parent / "memo.py").is_file():
        return new_clearers(old)  # an old core with the memo registry (--commit after issue 13)
    professional = importlib.import_module(OLD_NAME + ".packs.professional")
    offensive = importlib.import_module(OLD_NAME + ".packs.offensive")
    return [
        professional.draft_view.cache_clear,
        offensive._analyse.cache_clear,
        offensive._sentence_spans.cache_clear,
    ]


def new_clearers(new: ModuleType) -> list[Callable[[], None]]:
    """The same for the new core: its memos of a draft's text (a Draft lives for one check)."""
    memo = importlib.import_module(new.__name__ + ".memo")
    return [memo.clear_text_memos]


def _cpu_ms(check: Callable[[], Any], clear: list[Callable[[], None]]) -> float:
    for c in clear:
        c()
    started = time.process_time()
    check()
    return (time.process_time() - started) * 1000


def timing(old: ModuleType, new: ModuleType) -> None:
    """Interleaved A/B CPU time of ``check`` with all packs, new/old per draft."""
    cleared = {old: old_clearers(old), new: new_clearers(new)}
    for core in (old, new):
        core.check("Warm-up: her NHS number is 943 476 5919, you idiot.", packs=core.PACK_IDS)
    for length, drafts, repeats in ((1_000, 300, 5), (100_000, 6, 3)):
        ratios = []
        totals = {old: 0.0, new: 0.0}
        for seed in range(drafts):
            text = long_draft(length, 1_000 + seed)
            best = {old: float("inf"), new: float("inf")}
            for repeat in range(repeats):
                order = (old, new) if (seed + repeat) % 2 == 0 else (new, old)
                for core in order:

                    def check(core: ModuleType = core, text: str = text) -> object:
                        return core.check(text, packs=core.PACK_IDS, site="facebook")

                    best[core] = min(best[core], _cpu_ms(check, cleared[core]))
            ratios.append(best[new] / best[old])
            totals[old] += best[old]
            totals[new] += best[new]
        print(
            f"{length:>7,} chars, {drafts} drafts (best of {repeats} each): old "
            f"{totals[old] / drafts:.3f} ms, new {totals[new] / drafts:.3f} ms per draft; "
            f"new/old: mean {statistics.mean(ratios):.3f}, median {statistics.median(ratios):.3f}, "
            f"of the totals {totals[new] / totals[old]:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.differential")
    parser.add_argument("--commit", default=BASE, help=f"the old core's commit (default {BASE})")
    parser.add_argument("--timing", action="store_true", help="also time old against new")
    parser.add_argument("--timing-only", action="store_true", help="only time old against new")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    new = importlib.import_module("core")
    with tempfile.TemporaryDirectory() as tmp:
        old = import_old_core(args.commit, Path(tmp))
        differing = 0 if args.timing_only else differential(old, new)
        if args.timing or args.timing_only:
            timing(old, new)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
