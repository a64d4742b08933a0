"""Accuracy of the conduct packs (professional, peer_support, audience) on the labelled corpus.

    python -m bench.accuracy_conduct [--misses] [--timing]

A draft's ``labels`` name the packs that should speak up: for ``professional`` and
``peer_support`` a finding above ``info``, for ``audience`` any finding. Prints per-pack recall
and precision, and the share of clean drafts (no professional or peer_support label) with a
finding above ``info`` from these packs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import timeit
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from core.engine import check, run_rules
from core.model import Context, Finding, Rule, Severity
from core.registry import rules_for

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "conduct.jsonl"
PACKS = ("professional", "peer_support", "audience")
# Packs whose label means "should raise more than a reminder".
ABOVE_INFO_PACKS = ("professional", "peer_support")


@dataclass(frozen=True)
class Draft:
    id: str
    text: str
    site: str
    labels: frozenset[str]


@dataclass
class PackScore:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    missed: list[str] = field(default_factory=list)
    wrongly_raised: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        found = self.true_pos + self.false_neg
        return self.true_pos / found if found else 1.0

    @property
    def precision(self) -> float:
        raised = self.true_pos + self.false_pos
        return self.true_pos / raised if raised else 1.0


@dataclass
class Report:
    drafts: int
    clean: int
    clean_raised: list[str]
    packs: dict[str, PackScore]

    @property
    def clean_raised_share(self) -> float:
        return len(self.clean_raised) / self.clean if self.clean else 0.0


def load(path: Path = CORPUS) -> list[Draft]:
    drafts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            drafts.append(Draft(row["id"], row["text"], row["site"], frozenset(row["labels"])))
    return drafts


def packs_raised(findings: Iterable[Finding]) -> set[str]:
    """The packs that spoke up, by the corpus's definition of a label."""
    return {
        f.pack
        for f in findings
        if f.pack == "audience"
        or (f.pack in ABOVE_INFO_PACKS and f.severity.rank > Severity.INFO.rank)
    }


def measure(drafts: Sequence[Draft]) -> Report:
    scores = {p: PackScore() for p in PACKS}
    clean = 0
    clean_raised = []
    for d in drafts:
        raised = packs_raised(check(d.text, packs=PACKS, site=d.site))
        for pack, score in scores.items():
            if pack in d.labels and pack in raised:
                score.true_pos += 1
            elif pack in raised:
                score.false_pos += 1
                score.wrongly_raised.append(d.id)
            elif pack in d.labels:
                score.false_neg += 1
                score.missed.append(d.id)
        if not d.labels & set(ABOVE_INFO_PACKS):
            clean += 1
            if raised & set(ABOVE_INFO_PACKS):
                clean_raised.append(d.id)
    return Report(len(drafts), clean, clean_raised, scores)


@dataclass(frozen=True)
class Timing:
    """Median CPU milliseconds per 1,000-character draft."""

    packs: float  # run_rules with the three packs less run_rules with none, draft by draft
    packs_p90: float  # the 90th percentile of the same
    end_to_end: float  # run_rules with the three packs, normalisation included


def time_checks(drafts: Sequence[Draft], length: int = 1000, runs: int = 100) -> Timing:
    """Time the three packs on drafts of ``length`` characters cut from the corpus joined end to
    end, so they hold as many findings as the corpus does.

    CPU time of this process, not wall time, so that other work on the machine does not count;
    each run reads its draft afresh, as each keystroke makes a new draft.
    """
    rules = rules_for(PACKS)
    joined = " ".join(d.text for d in drafts)
    samples = [joined[i : i + length] for i in range(0, len(joined) - length, length)]

    def check_once(sample: str, rules: Sequence[Rule], context: Context) -> None:
        run_rules(sample, rules, context)

    def cpu_ms(sample: str, rules: Sequence[Rule], context: Context) -> float:
        timer = timeit.Timer(partial(check_once, sample, rules, context), timer=time.process_time)
        return min(timer.repeat(repeat=3, number=runs)) / runs * 1000

    full, packs = [], []
    for site in ("facebook", "linkedin", "whatsapp"):
        context = Context(site=site)
        for sample in samples:
            with_rules, without = cpu_ms(sample, rules, context), cpu_ms(sample, (), context)
            full.append(with_rules)
            packs.append(with_rules - without)
    p90 = statistics.quantiles(packs, n=10)[-1]
    return Timing(statistics.median(packs), p90, statistics.median(full))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy_conduct")
    parser.add_argument("--misses", action="store_true", help="list the drafts each pack got wrong")
    parser.add_argument("--timing", action="store_true", help="also time 1,000-character drafts")
    args = parser.parse_args(argv)
    drafts = load()
    report = measure(drafts)
    by_id = {d.id: d for d in drafts}
    print(f"{report.drafts} drafts, {report.clean} clean (no professional/peer_support label)")
    print(f"{'pack':<14}{'recall':>8}{'precision':>11}{'tp':>5}{'fp':>5}{'fn':>5}")
    for pack, s in report.packs.items():
        print(
            f"{pack:<14}{s.recall:>8.3f}{s.precision:>11.3f}"
            f"{s.true_pos:>5}{s.false_pos:>5}{s.false_neg:>5}"
        )
    print(
        f"clean drafts with a finding above info: {len(report.clean_raised)}/{report.clean} "
        f"= {report.clean_raised_share:.1%}"
    )
    if args.misses:
        for pack, s in report.packs.items():
            for kind, ids in (("missed", s.missed), ("wrongly raised", s.wrongly_raised)):
                for draft_id in ids:
                    d = by_id[draft_id]
                    print(f"{pack} {kind}: {d.id} [{d.site}] {d.text!r}")
    if args.timing:
        t = time_checks(drafts)
        print(
            f"CPU ms per 1,000-character draft: three packs median {t.packs:.3f} "
            f"(90th percentile {t.packs_p90:.3f}); end to end median {t.end_to_end:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
