"""Learn the identifiers pack's decisions over ordinary words that are names too ("will", "hope",
"Patience") and over listed given names read alone that the rules' frames left open ("Tudur up
twice for the toilet"), and judge each against the name rules alone by leaving one tuning batch out
at a time.

    python -m bench.train_name_decision            # cross-validate, print, write nothing
    python -m bench.train_name_decision --write    # and write core/lexicons/name_decision.py

Candidates are the words of the tuning batches (never a held-out one, ``accuracy_fresh.HELD_OUT``)
that the gazetteer lists as given names and as ordinary words, outside the names the rules find
already (``identifiers.rule_names``); for the second decision, the listed given names that are
not ordinary words which the rules read alone without settling them
(``identifiers.given_name_candidates``). A candidate is a name when it overlaps a labelled
``identifiers.name`` span. Its features are the cues the name rules compute
(``identifiers.ORDINARY_NAME_FEATURES``); the model is a logistic regression with an L2 penalty,
trained by gradient descent in pure Python, and its threshold is the lowest at which its additions
on the training batches keep a precision of ``--precision``. A decision's weights are written
only when, left out batch by batch, the rules and the decision together find more names than the
rules alone, the decision's additions are names at a precision of at least 0.95, and no more clean
drafts are warned; otherwise the weights it has are kept.
"""

from __future__ import annotations

import argparse
import math
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import accuracy_fresh
from core.draft import Draft
from core.lexicons import name_data, name_decision, names
from core.packs import identifiers

FRESH = Path(__file__).resolve().parent / "fresh"
OUT = Path(__file__).resolve().parent.parent / "core" / "lexicons" / "name_decision.py"
FEATURES = identifiers.ORDINARY_NAME_FEATURES


def candidate_words() -> frozenset[str]:
    """Listed given names that are ordinary words too, of three letters or more; the words of
    grammar among them only "will" (a modal far more often than a name, but a name often
    enough)."""
    common = name_data.COMMON.split()
    return frozenset(
        w
        for w in common
        if len(w) >= 3
        and w.isalpha()
        and names.is_given_name(w)
        and (w not in names.FUNCTION_WORDS or w == "will")
    )


KINDS = ("ordinary", "given")


@dataclass
class Example:
    kind: str
    batch: str
    draft: str
    clean: bool
    features: tuple[int, ...]
    name: bool
    span: tuple[int, int]


@dataclass
class BatchFacts:
    """What the name rules alone do on one batch: its name labels, how many they find, their
    name findings and how many overlap a name label, and the clean drafts they warn."""

    labels: int
    found: int
    findings: int
    right: int
    clean_warned: set[str]
    # For each draft: its name labels, and which of them the rules find.
    draft_labels: dict[str, list[tuple[int, int]]]
    draft_found: dict[str, set[int]]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def collect(batches: Sequence[str]) -> tuple[list[Example], dict[str, BatchFacts]]:
    index = {name: i for i, name in enumerate(FEATURES)}
    examples: list[Example] = []
    facts: dict[str, BatchFacts] = {}
    for batch in batches:
        bf = BatchFacts(0, 0, 0, 0, set(), {}, {})
        for item in accuracy_fresh.load(FRESH / f"{batch}.jsonl"):
            labels = [
                (lab.start, lab.end)
                for lab in item.labels
                if lab.pack == "identifiers" and lab.kind == "name"
            ]
            draft = Draft(item.text)
            spans = draft.analysis(identifiers.rule_names)
            rule_spans = [draft.to_original(s, e) for s, e in spans]
            found = {i for i, lab in enumerate(labels) if any(overlaps(lab, r) for r in rule_spans)}
            bf.labels += len(labels)
            bf.found += len(found)
            bf.findings += len(rule_spans)
            bf.right += sum(1 for r in rule_spans if any(overlaps(r, lab) for lab in labels))
            if not item.labels and rule_spans:
                bf.clean_warned.add(item.id)
            bf.draft_labels[item.id] = labels
            bf.draft_found[item.id] = found
            candidates = [
                ("ordinary", c) for c in identifiers.ordinary_name_candidates(draft, spans)
            ] + [("given", c) for c in identifiers.given_name_candidates(draft, spans)]
            if not candidates:
                continue
            about_care = not identifiers.people.CARE_WORDS.isdisjoint(draft.words) or bool(
                draft.analysis(identifiers._identifier_spans)
            )
            for kind, (start, end) in candidates:
                on = identifiers.ordinary_name_features(draft, start, end, about_care, bool(spans))
                span = draft.to_original(start, end)
                examples.append(
                    Example(
                        kind,
                        batch,
                        item.id,
                        not item.labels,
                        tuple(sorted(index[f] for f in on)),
                        any(overlaps(span, lab) for lab in labels),
                        span,
                    )
                )
        facts[batch] = bf
    return examples, facts


def train(examples: Sequence[Example], l2: float, epochs: int = 1500) -> tuple[list[float], float]:
    """Logistic regression over binary features by full-batch gradient descent; examples with
    the same features are weighed together."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for ex in examples:
        groups.setdefault(ex.features, [0, 0])[ex.name] += 1
    rows = [(features, neg, pos) for features, (neg, pos) in groups.items()]
    weights = [0.0] * len(FEATURES)
    bias = 0.0
    rate = 2.0
    n = len(examples) or 1
    for _ in range(epochs):
        grad = [0.0] * len(FEATURES)
        grad_b = 0.0
        for features, neg, pos in rows:
            z = bias + sum(weights[i] for i in features)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            err = (neg + pos) * p - pos
            grad_b += err
            for i in features:
                grad[i] += err
        bias -= rate * grad_b / n
        for i in range(len(weights)):
            weights[i] -= rate * (grad[i] / n + l2 * weights[i])
    return weights, bias


def score(weights: Sequence[float], bias: float, ex: Example) -> float:
    return bias + sum(weights[i] for i in ex.features)


def threshold(
    weights: Sequence[float], bias: float, examples: Sequence[Example], precision: float
) -> float:
    """The lowest score above which the training candidates are names with ``precision``."""
    ranked = sorted(examples, key=lambda ex: -score(weights, bias, ex))
    best = math.inf
    right = 0
    for taken, ex in enumerate(ranked, 1):
        right += ex.name
        if right / taken >= precision and ex.name:
            best = score(weights, bias, ex) - 1e-9
    return best


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    findings: int = 0
    right: int = 0
    clean: int = 0
    clean_warned: int = 0

    def add_rules(self, bf: BatchFacts, clean: int) -> None:
        self.labels += bf.labels
        self.found += bf.found
        self.findings += bf.findings
        self.right += bf.right
        self.clean += clean
        self.clean_warned += len(bf.clean_warned)

    def line(self, what: str) -> str:
        recall = self.found / self.labels if self.labels else 0.0
        precision = self.right / self.findings if self.findings else 0.0
        return (
            f"{what:<28} names {self.labels:5d}  recall {recall:.3f}  findings {self.findings:5d}"
            f"  precision {precision:.3f}  clean warned {self.clean_warned}/{self.clean}"
        )


def with_decision(
    bf: BatchFacts, clean: int, examples: Sequence[Example], chosen: set[int]
) -> Tally:
    """The rules and the decision together on one batch; ``chosen`` indexes ``examples``."""
    tally = Tally()
    tally.add_rules(bf, clean)
    found = {d: set(f) for d, f in bf.draft_found.items()}
    warned = set(bf.clean_warned)
    for i in chosen:
        ex = examples[i]
        labels = bf.draft_labels[ex.draft]
        tally.findings += 1
        hit = [j for j, lab in enumerate(labels) if overlaps(ex.span, lab)]
        if hit:
            tally.right += 1
            found[ex.draft].update(hit)
        if ex.clean:
            warned.add(ex.draft)
    tally.found = sum(len(f) for f in found.values())
    tally.clean_warned = len(warned)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument("--l2", type=float, default=0.01)
    args = parser.parse_args(argv)
    batches = [b for b in accuracy_fresh.BATCHES if b not in accuracy_fresh.HELD_OUT]
    saved = identifiers.name_decision.CANDIDATES
    identifiers.name_decision.CANDIDATES = candidate_words()  # type: ignore[misc]
    try:
        examples, facts = collect(batches)
    finally:
        identifiers.name_decision.CANDIDATES = saved  # type: ignore[misc]
    cleans = {
        b: sum(1 for item in accuracy_fresh.load(FRESH / f"{b}.jsonl") if not item.labels)
        for b in batches
    }
    print(
        f"{len(examples)} candidates in {len(batches)} tuning batches, "
        f"{sum(ex.name for ex in examples)} of them labelled names"
    )
    decided: dict[str, tuple[dict[str, float], float]] = {
        "ordinary": (dict(name_decision.WEIGHTS), name_decision.BIAS),
        "given": (dict(name_decision.GIVEN_WEIGHTS), name_decision.GIVEN_BIAS),
    }
    for kind in KINDS:
        learned = judge(
            kind, [ex for ex in examples if ex.kind == kind], batches, facts, cleans, args
        )
        if learned is not None:
            decided[kind] = learned
        elif args.write:
            print(
                f"{kind}: not written, the decision does not beat the rules alone", file=sys.stderr
            )
    if args.write:
        write(candidate_words(), decided)
    return 0


def judge(
    kind: str,
    examples: Sequence[Example],
    batches: Sequence[str],
    facts: dict[str, BatchFacts],
    cleans: dict[str, int],
    args: argparse.Namespace,
) -> tuple[dict[str, float], float] | None:
    """Cross-validate the decision over ``examples`` (one kind) batch by batch, print it, and
    return its weights and bias trained on every batch when it beats the rules alone."""
    print(f"== {kind}: {len(examples)} candidates, {sum(ex.name for ex in examples)} names")
    rules, learned = Tally(), Tally()
    for batch in batches:
        train_on = [ex for ex in examples if ex.batch != batch]
        weights, bias = train(train_on, args.l2)
        cut = threshold(weights, bias, train_on, args.precision)
        chosen = {
            i
            for i, ex in enumerate(examples)
            if ex.batch == batch and score(weights, bias, ex) > cut
        }
        rules.add_rules(facts[batch], cleans[batch])
        both = with_decision(facts[batch], cleans[batch], examples, chosen)
        for field in ("labels", "found", "findings", "right", "clean", "clean_warned"):
            setattr(learned, field, getattr(learned, field) + getattr(both, field))
        if both.found != facts[batch].found or both.findings != facts[batch].findings:
            added = both.findings - facts[batch].findings
            print(
                f"  {batch:<20} +{both.found - facts[batch].found} names found, "
                f"{added - (both.right - facts[batch].right)} of {added} additions wrong"
            )
    print("left out batch by batch:")
    print(rules.line("  the rules alone"))
    print(learned.line("  the rules and the decision"))
    weights, bias = train(examples, args.l2)
    cut = threshold(weights, bias, examples, args.precision)
    print("weights on every tuning batch:")
    for name, w in sorted(zip(FEATURES, weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:<24} {w:+.3f}")
    print(f"  bias {bias:+.3f}, threshold {cut:+.3f}")
    added = learned.findings - rules.findings
    added_right = learned.right - rules.right
    better = (
        learned.found > rules.found
        and added_right >= 0.95 * added
        and learned.clean_warned <= rules.clean_warned
    )
    print(
        f"beats the rules alone (more names, its additions names at >= 0.95, no more clean "
        f"drafts warned): {better} ({added_right} of {added} additions right)"
    )
    if not better or math.isinf(cut):
        return None
    return dict(zip(FEATURES, weights, strict=True)), bias - cut


def write(candidates: frozenset[str], decided: dict[str, tuple[dict[str, float], float]]) -> None:
    """Write the decisions: weights to three decimals, and each bias halfway between two
    thousandths, so that no sum of weights and the bias is zero and the decision does not hang
    on the order in which floats are added (half a thousandth more lets a tie through). A bias
    kept from the file already ends in that half."""

    def table(weights: dict[str, float]) -> str:
        return "\n".join(f'    "{k}": {v:.3f},' for k, v in weights.items() if abs(v) >= 0.0005)

    def bias_of(value: float) -> float:
        return value if round(value * 10000) % 10 == 5 else round(value, 3) + 0.0005

    body = "\n    ".join(textwrap.wrap(" ".join(sorted(candidates)), 92))
    weights, bias = decided["ordinary"]
    given_weights, given_bias = decided["given"]
    OUT.write_text(
        f'''"""The learned decisions over ordinary words that are names too and over listed given
names read alone: written by ``bench/train_name_decision.py`` from the tuning batches, read by
``core.packs.identifiers``.

Do not edit by hand: rerun the script.
"""

from __future__ import annotations

# Listed given names that are ordinary words too, the words the decision reads.
CANDIDATES = frozenset(
    str.split(
        """{body}"""
    )
)
# The weight of each feature (``identifiers.ORDINARY_NAME_FEATURES``) and the bias: a word is
# read as a name when the sum of its features' weights and the bias is above zero.
WEIGHTS: dict[str, float] = {{
{table(weights)}
}}
BIAS = {bias_of(bias):.4f}
# The decision over listed given names that are not ordinary words, read alone where the rules'
# frames left them open: the same features, weights and bias of its own.
GIVEN_WEIGHTS: dict[str, float] = {{
{table(given_weights)}
}}
GIVEN_BIAS = {bias_of(given_bias):.4f}
''',
        encoding="utf-8",
    )
    print(f"wrote {OUT.name}")


if __name__ == "__main__":
    raise SystemExit(main())
