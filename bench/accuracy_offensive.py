"""Accuracy of the offensive pack on the HateCheck development cases, beside three libraries.

Run from the repository: ``python -m bench.accuracy_offensive [--misses]``. Scoring follows
``shared/data/hatecheck/README.md``: recall on the functionalities that must be flagged, the
false-positive rate on those that must not, and the flag rate of the others (reported only).
The reference libraries come from requirements-bench.txt; one that is missing is reported as such.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from core.engine import run_rules
from core.model import Context
from core.registry import rules_for

DATA = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "hatecheck" / "dev_cases.csv"
)

MUST_FLAG = str.split(
    "slur_h profanity_h profanity_nh spell_char_del_h spell_char_swap_h spell_leet_h "
    "spell_space_add_h spell_space_del_h threat_dir_h threat_norm_h derog_dehum_h "
    "derog_neg_emote_h derog_neg_attrib_h target_indiv_nh target_group_nh"
)
MUST_NOT = ["ident_neutral_nh", "ident_pos_nh", "negate_neg_nh", "slur_homonym_nh", "target_obj_nh"]
RECALL_TARGET = 0.90
FPR_TARGET = 0.05

Detector = Callable[[str], bool]


def load_cases(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def ours() -> Detector:
    rules = rules_for(["offensive"])
    context = Context()
    return lambda text: bool(run_rules(text, rules, context))


def alt_profanity_check() -> Detector:
    from profanity_check import predict

    return lambda text: bool(predict([text])[0])


def better_profanity() -> Detector:
    from better_profanity import profanity

    profanity.load_censor_words()
    return lambda text: bool(profanity.contains_profanity(text))


def pyobscenity() -> Detector:
    import pyobscenity as obscenity

    return lambda text: bool(obscenity.check(text))


REFERENCES: dict[str, Callable[[], Detector]] = {
    "alt-profanity-check": alt_profanity_check,
    "better-profanity": better_profanity,
    "pyobscenity": pyobscenity,
}


def score(cases: Sequence[dict[str, str]], detect: Detector) -> dict[str, tuple[int, int]]:
    """Per functionality: (flagged, total)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        counts[case["functionality"]][0] += detect(case["test_case"])
        counts[case["functionality"]][1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def summary(scores: dict[str, tuple[int, int]]) -> tuple[float, float]:
    """(recall on must-flag, false-positive rate on must-not), pooled over cases."""
    hit = sum(scores[f][0] for f in MUST_FLAG if f in scores)
    n_hit = sum(scores[f][1] for f in MUST_FLAG if f in scores)
    fp = sum(scores[f][0] for f in MUST_NOT if f in scores)
    n_fp = sum(scores[f][1] for f in MUST_NOT if f in scores)
    return hit / n_hit, fp / n_fp


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list our misses and false alarms")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"HateCheck development cases not found at {DATA}", file=sys.stderr)
        return 2
    cases = load_cases()
    names = ["offensive pack"]
    results = {"offensive pack": score(cases, ours())}
    notes: list[str] = []
    for name, make in REFERENCES.items():
        try:
            results[name] = score(cases, make())
            names.append(name)
        except Exception as exc:  # a reference that cannot be installed or run is reported
            notes.append(f"{name}: not run ({type(exc).__name__}: {exc})")
    functionalities = sorted({c["functionality"] for c in cases})
    width = max(map(len, functionalities)) + 2
    header = "functionality".ljust(width) + "kind      " + "".join(f"{n[:19]:>20}" for n in names)
    print(f"HateCheck development cases: {len(cases)} ({DATA.name})\n")
    print(header)
    print("-" * len(header))
    for group, kind in ((MUST_FLAG, "recall"), (MUST_NOT, "FPR"), (None, "reported")):
        for f in functionalities:
            in_group = f in group if group is not None else f not in MUST_FLAG + MUST_NOT
            if not in_group:
                continue
            cells = "".join(
                f"{results[n][f][0] / results[n][f][1]:>14.3f} ({results[n][f][1]:>3})"
                for n in names
            )
            print(f.ljust(width) + kind.ljust(10) + cells)
        print()
    overall = {n: summary(results[n]) for n in names}
    print("overall".ljust(width) + "recall    " + "".join(f"{overall[n][0]:>20.3f}" for n in names))
    print("overall".ljust(width) + "FPR       " + "".join(f"{overall[n][1]:>20.3f}" for n in names))
    print(f"\ntargets: recall >= {RECALL_TARGET:.2f}, false-positive rate <= {FPR_TARGET:.2f}")
    for note in notes:
        print(note)
    if args.misses:
        detect = ours()
        print("\nour misses (must flag) and false alarms (must not):")
        for case in cases:
            f = case["functionality"]
            flagged = detect(case["test_case"])
            if (f in MUST_FLAG and not flagged) or (f in MUST_NOT and flagged):
                print(f"  {f:20} {case['test_case'].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
