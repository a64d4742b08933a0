"""Accuracy of the identifiers pack on tests/corpus/identifiers.jsonl, beside scrubadub.

Run from the repository: ``python -m bench.accuracy_identifiers [--misses]``. A predicted span is
a true positive when it overlaps a labelled span of the same type; precision counts predicted spans,
recall counts labelled ones. scrubadub (pinned in requirements-bench.txt) runs with its en_GB
detectors plus its date-of-birth detector; types it has no detector for are shown as "-".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from core.engine import run_rules
from core.model import Context
from core.registry import rules_for

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "identifiers.jsonl"

TYPES = (
    "nhs_number", "chi_number", "hc_number", "ni_number", "phone", "email", "date_of_birth",
    "postcode", "address", "record_number", "name",
)  # fmt: skip
STRUCTURED = TYPES[:8]
TARGETS = {t: (0.97, 0.97) if t in STRUCTURED else (0.90, 0.85) for t in TYPES}  # (P, R)

# Rules that stand for one labelled type; identifiers.combination has no single type.
RULE_TYPES = {f"identifiers.{t}": t for t in TYPES}

Span = tuple[str, int, int]  # (type, start, end) in Python string indices
Detector = Callable[[str], list[Span]]


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _python_index(text: str, utf16: int) -> int:
    count = 0
    for index, ch in enumerate(text):
        if count >= utf16:
            return index
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def ours() -> Detector:
    rules = rules_for(["identifiers"])

    def detect(text: str) -> list[Span]:
        out = []
        for f in run_rules(text, rules, Context()):
            kind = RULE_TYPES.get(f.rule)
            if kind is not None:
                out.append((kind, _python_index(text, f.start), _python_index(text, f.end)))
        return out

    return detect


SCRUBADUB_TYPES = {
    "email": "email",
    "phone": "phone",
    "postalcode": "postcode",
    "national_insurance_number": "ni_number",
    "date_of_birth": "date_of_birth",
    "name": "name",
    "address": "address",
}


def scrubadub_detector() -> tuple[Detector, set[str]]:
    """scrubadub with its en_GB defaults and the date-of-birth detector; the types it covers."""
    import scrubadub
    import scrubadub.detectors

    scrubber = scrubadub.Scrubber(locale="en_GB")
    scrubber.add_detector(
        scrubadub.detectors.DateOfBirthDetector(locale="en_GB", require_context=True)
    )
    covered = {SCRUBADUB_TYPES[d.filth_cls.type] for d in scrubber._detectors.values()
               if d.filth_cls.type in SCRUBADUB_TYPES}  # fmt: skip

    def detect(text: str) -> list[Span]:
        return [
            (SCRUBADUB_TYPES[f.type], f.beg, f.end)
            for f in scrubber.iter_filth(text)
            if f.type in SCRUBADUB_TYPES
        ]

    return detect, covered


def score(
    corpus: Iterable[dict[str, object]], detect: Detector, misses: list[str] | None = None
) -> dict[str, tuple[float | None, float | None, int, int]]:
    """Per type: precision, recall, number of labels, number of predictions."""
    tp_pred: dict[str, int] = defaultdict(int)
    n_pred: dict[str, int] = defaultdict(int)
    tp_label: dict[str, int] = defaultdict(int)
    n_label: dict[str, int] = defaultdict(int)
    for row in corpus:
        text = str(row["text"])
        labels = [(str(lb["type"]), int(lb["start"]), int(lb["end"])) for lb in row["labels"]]  # type: ignore[attr-defined]
        predicted = detect(text)
        for kind, start, end in predicted:
            n_pred[kind] += 1
            if any(k == kind and start < e and s < end for k, s, e in labels):
                tp_pred[kind] += 1
            elif misses is not None:
                misses.append(f"FP {kind}: {text[start:end]!r} in {row['id']}: {text}")
        for kind, start, end in labels:
            n_label[kind] += 1
            if any(k == kind and start < e and s < end for k, s, e in predicted):
                tp_label[kind] += 1
            elif misses is not None:
                misses.append(f"FN {kind}: {text[start:end]!r} in {row['id']}: {text}")
    return {
        t: (
            tp_pred[t] / n_pred[t] if n_pred[t] else None,
            tp_label[t] / n_label[t] if n_label[t] else None,
            n_label[t],
            n_pred[t],
        )
        for t in TYPES
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list our false positives/negatives")
    args = parser.parse_args(argv)
    corpus = load_corpus()
    clean = sum(1 for row in corpus if not row["labels"])
    print(f"corpus: {len(corpus)} drafts, {clean} with no identifier ({CORPUS.name})")
    misses: list[str] = []
    our_scores = score(corpus, ours(), misses if args.misses else None)
    try:
        scrub, covered = scrubadub_detector()
        scrub_scores = score(corpus, scrub)
        scrub_note = ""
    except Exception as error:  # a missing or broken reference library is reported, not fatal
        scrub_scores, covered = {}, set()
        scrub_note = f"scrubadub could not run here: {type(error).__name__}: {error}"
    print(f"{'type':15} {'labels':>6} | {'ours P':>7} {'ours R':>7} | {'scrub P':>7} {'scrub R':>7}"
          f" | target P/R")  # fmt: skip
    failed = []
    for t in TYPES:
        p, r, n, _ = our_scores[t]
        sp, sr = (scrub_scores[t][0], scrub_scores[t][1]) if t in covered else (None, None)
        tp, tr = TARGETS[t]
        ok = (p or 0.0) >= tp and (r or 0.0) >= tr
        if not ok:
            failed.append(t)
        scrub_cols = f"{_fmt(sp):>7} {_fmt(sr):>7}" if t in covered else f"{'no detector':>15}"
        print(f"{t:15} {n:6d} | {_fmt(p):>7} {_fmt(r):>7} | {scrub_cols} | {tp:.2f}/{tr:.2f}"
              f"{'' if ok else '  BELOW TARGET'}")  # fmt: skip
    if scrub_note:
        print(scrub_note)
    elif "name" not in covered:
        print(
            "scrubadub: no name or address detector ran (its TextBlob name detector needs NLTK "
            "corpora, which are not installed here; its address detector needs the extra "
            "scrubadub_address package). Its phone detector (phonenumbers) rejects Ofcom's drama "
            "range 07700 900xxx used for the corpus's mobiles, which lowers its phone recall."
        )
    for line in misses:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
