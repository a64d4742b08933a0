"""Train the learned scorer (``core.learned``) and write its weights, ``core/learned/weights.py``.

    python -m bench.train_scorer            # cross-validate, train, write the weights
    python -m bench.train_scorer --check    # exit 1 unless the weights match the inputs' digest
    python -m bench.train_scorer --cv-only  # the cross-validated figures (also at other
                                            # clean budgets, to compare features), nothing written
    python -m bench.train_scorer --jobs 4   # the folds trained four at a time (same weights)

What it learns from (never a held-out batch: ``bench.accuracy_fresh.HELD_OUT``):

- the fresh tuning batches (``TRAINING``, the false-alarm batch ``cleanA`` among them), each
  sentence labelled by the labels it overlaps:
  a sentence overlapping a label of a learned kind of a pack (``KINDS``) is a positive of that
  pack, given to the kind's rule; one overlapping only labels of the kinds the rules alone answer
  (shouting, text speak, pet names, swearing, slurs) is left out of that pack's training; every
  other sentence, clean drafts' included, is a negative;
- every rule's own examples: a ``flags`` example of a learned rule is a positive of its pack,
  a ``passes`` example (a near-miss) a negative;
- for the offensive pack only, HateCheck's development half (``../shared/data/hatecheck``, read
  in place, never copied; CC BY 4.0, see the README): its hateful cases and the abuse of
  individuals and other groups are positives, its cases that must not be flagged negatives.

How: each pack's head is a logistic regression over the features of ``core.learned.features``
(those seen in two sentences or more), trained by AdaGrad with L2 in a fixed order from a fixed
seed; each pack's rules are told apart by a softmax over the same features, trained on the
pack's positives. Weights are quantised to integers (each head's largest weight is 127) and the
small ones pruned. The packs' thresholds are chosen together by cross-validation that leaves one
batch out at a time (``FOLD_BATCHES``: a batch's drafts are scored by weights that never read its
writer; the rules' examples and HateCheck's templates are spread over the folds), with the folds'
own quantised weights: the scorer may add a
finding to no more than ``CLEAN_BUDGET`` of the clean tuning drafts, all packs together, and the
budget goes to the pack that finds the most labels the rules miss for each clean draft it adds
(``joint_thresholds``). The L2 strength is chosen the same way, by the cross-validated recall.
Each shipped threshold is then raised, where needed, over the shipped model's scores of the rules'
own near-misses (``example_floors``): those thresholds swing with small changes of the data, and
the rules' ``passes`` examples are what a pack promises to let through.

Everything is pure Python and deterministic: the same inputs give the same weights bit for bit.
``--check`` hashes the inputs and the weights file and compares them with the digests written in
it, which a test runs cheaply; ``tests/test_learned_training.py`` retrains on a small sample.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import hashlib
import json
import math
import multiprocessing
import random
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.accuracy_fresh import FRESH, HELD_OUT, above_info, load, to_hits
from bench.accuracy_fresh import PACKS as ALL_PACKS
from core import check
from core.draft import Draft
from core.learned.features import sentence_features
from core.learned.scorer import LARGEST, pieces, rules_alone, table_text
from core.matchers.sentences import Sentence, sentence_span
from core.registry import ALL_RULES
from tests.examples import unmark

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "core" / "learned" / "weights.py"
HATECHECK = ROOT / ".." / "shared" / "data" / "hatecheck" / "dev_cases.csv"
TRAINING = (
    "batch1",
    "batch2",
    "conduct_own1",
    "conduct_own2",
    "conduct_own6",
    "conduct_own8",
    "conduct_own10",
    "conduct_own12",
    "conduct_own14",
    "conduct_own16",
    "conduct_own18",
    "conduct_own20",
    "conduct_own22",
    "conduct_own24",
    "conduct_own26",
    "conduct_own28",
    "conduct_own30",
    "conduct_own32",
    "conduct_own34",
    "conduct_own36",
    "conduct_own38",
    "conduct_own40",
    "conduct_own42",
    "conduct_own44",
    "conduct_own46",
    "conduct_own48",
    "conduct_own50",
    "professional_own1",
    "professional_own3",
    "professional_own5",
    "professional_own7",
    "professional_own9",
    "professional_own11",
    "professional_own13",
    "professional_own15",
    "professional_own17",
    "professional_own19",
    "professional_own21",
    "professional_own23",
    "professional_own25",
    "professional_own27",
    "professional_own29",
    "professional_own31",
    "professional_own33",
    "professional_own35",
    "professional_own37",
    "professional_own39",
    "professional_own41",
    "professional_own43",
    "offensive_own1",
    "offensive_own3",
    "offensive_own5",
    "offensive_own7",
    "offensive_own9",
    "identifiers_own1",
    "identifiers_own2",
    "identifiers_own4",
    "identifiers_own8",
    "identifiers_own10",
    "identifiers_own12",
    "identifiers_own14",
    "identifiers_own16",
    "identifiers_own18",
    "identifiers_own20",
    "identifiers_own22",
    "identifiers_own24",
    "identifiers_own28",
    "identifiers_own26",
    "identifiers_own30",
    "identifiers_own32",
    "identifiers_own34",
    "identifiers_own36",
    "identifiers_own38",
    "identifiers_own40",
    "identifiers_own42",
    "identifiers_own44",
    "identifiers_own46",
    "identifiers_own48",
    "identifiers_own50",
    "identifiers_own52",
    "identifiers_own54",
    "identifiers_own56",
    "identifiers_own58",
    "identifiers_own60",
    "identifiers_own62",
    "identifiers_own64",
    "identifiers_own66",
    "identifiers_own68",
    "identifiers_own70",
    "identifiers_own72",
    "identifiers_own73",
    "identifiers_own76",
    "identifiers_own77",
    "identifiers_own80",
    "identifiers_own82",
    "regulators_own1",
    "regulators_own4",
    "trainA",
    "trainB",
    "trainC",
    "trainD",
    "trainE",
    "trainF",
    "trainG",
    "cleanA",
    "cleanB",
    "trainH",
    "trainH2",
    "trainI",
    "trainI2",
    "trainJ",
    "trainJ2",
    "trainK",
    "trainK2",
    "trainL",
    "trainM",
    "trainN",
    "trainO",
    "trainP",
    "trainQ",
    "trainR",
    "trainS",
    "trainT",
    "trainU",
)
# Cross-validation leaves one batch out at a time, so that a batch's drafts are scored by weights
# that never read its writer's voice: each shared batch of ``TRAINING`` is a fold of its own, and
# the small batches written for one pack (``<pack>_own*``) share the last fold. The rules'
# examples and HateCheck are spread over the folds by a digest of their group.
FOLD_BATCHES = tuple(name for name in TRAINING if "_own" not in name)
FOLDS = len(FOLD_BATCHES) + 1
PACKS = ("offensive", "professional", "peer_support")
# The labelled kinds the scorer learns, and the rule each is given to. Kinds missing here are
# answered by the rules alone (their words or shapes say it all).
KINDS: dict[str, dict[str, str]] = {
    "offensive": {
        "insult": "offensive.insult",
        "threat": "offensive.threat",
        "dehumanising": "offensive.dehumanising",
        "derogatory_group": "offensive.derogatory_group",
    },
    "professional": {
        "confidential_detail": "professional.confidential",
        "safeguarding_detail": "professional.safeguarding_matter",
        "medication_advice": "professional.clinical_advice",
        "boundary": "professional.boundaries",
        "disparaging": "professional.running_down",
        "demeaning": "professional.demeaning",
        "speaking_for_org": "professional.speaking_for_organisation",
    },
    "peer_support": {
        "chasing": "peer_support.chasing",
        "guilt_trip": "peer_support.guilt_trip",
        "pressure_to_disclose": "peer_support.pressing_to_disclose",
        "telling_to_leave": "peer_support.telling_to_leave",
        "low_value_reply": "peer_support.low_value_reply",
        "cheer_up": "peer_support.dismissive",
        "minimising": "peer_support.minimising",
    },
}
RULE_ONLY = {
    "offensive": {"swearing", "slur"},
    "professional": {"shouting", "text_speak", "pet_name"},
    "peer_support": set(),
}
HATECHECK_MUST_NOT = {
    "ident_neutral_nh",
    "ident_pos_nh",
    "negate_neg_nh",
    "slur_homonym_nh",
    "target_obj_nh",
}
HATECHECK_LEFT_OUT = {  # rules' kinds, or counter-speech that quotes hate to oppose it
    "slur_h",
    "profanity_h",
    "profanity_nh",
    "counter_quote_nh",
    "counter_ref_nh",
    "slur_reclaimed_nh",
}
HATECHECK_KIND = {
    "threat_dir_h": "offensive.threat",
    "threat_norm_h": "offensive.threat",
    "derog_dehum_h": "offensive.dehumanising",
    "target_indiv_nh": "offensive.insult",
}

SEED = 20261203
EPOCHS = 12
RATE = 0.3
POSITIVE_WEIGHT = 3.0
L2_GRID = (1e-3,)  # chosen by cross-validation over (1e-4, 1e-3) in every run before
MIN_COUNT = 2
LONGEST = 48  # longer features (a pair of long words, a link) are left out: rare and noise
HATECHECK_WEIGHT = 0.5  # its templates repeat: a case counts for half a care draft's sentence
# A sentence of a clean draft (a near-miss its writer meant to let through) against one of a
# flagged draft's other sentences.
CLEAN_WEIGHT = 1.0
# The share of the clean tuning drafts the rules leave alone that the scorer may warn, all packs
# together: each pack's threshold is lowered in turn where it finds the most labels for the
# clean drafts it adds (``joint_thresholds``).
CLEAN_BUDGET = 0.015
# The share of those drafts it may warn (a finding above info): a finding under its pack's
# ``WARN`` threshold is a reminder, at info (``warn_thresholds``).
WARN_BUDGET = 0.007
LEVELS = LARGEST  # a head's largest weight, quantised (one character a weight: scorer.Table)
PRUNE = 2  # quantised weights of this size or less are dropped


@dataclass
class Example:
    """One sentence to learn from."""

    group: str  # what the folds split by: the draft, the rule example, the HateCheck template
    features: list[str]
    # pack -> the rule it is a positive of, "" a negative; None or absent: left out
    target: dict[str, str | None]
    draft: str | None = None  # the fresh draft it is from
    span: tuple[int, int] = (0, 0)
    weight: float = 1.0
    batch: str | None = None  # the fresh batch it is from


@dataclass
class FreshDraft:
    id: str
    clean: bool
    labels: list[tuple[str, int, int]]  # (pack, start, end), every pack
    rules_found: list[bool]  # for each label, whether the rules alone find it
    rules_warned: bool  # whether the rules alone find anything above info
    sentences: list[int] = field(default_factory=list)  # indices into the examples
    batch: str = ""  # the fresh batch it is from


def read_sentences(text: str) -> list[tuple[list[str], tuple[int, int]]]:
    """The features of each sentence (or piece of a long one) of ``text`` holding a word, and
    its span in the text, as the scorer reads a draft (``core.learned.scorer.pieces``)."""
    draft = Draft(text)
    found = []
    for lo, hi, tokens, question, caps in pieces(draft):
        span = sentence_span(draft, Sentence(lo, hi, [], []))
        found.append((sentence_features(tokens, question, caps), (span.start, span.end)))
    return found


def _target(pack: str, kinds: Iterable[tuple[str, int]]) -> str | None:
    """A sentence's target for ``pack`` from the (kind, overlap) of its labels of that pack."""
    learned = [(overlap, kind) for kind, overlap in kinds if kind in KINDS[pack]]
    if learned:
        return KINDS[pack][max(learned)[1]]
    return None if any(kind in RULE_ONLY[pack] for kind, _ in kinds) else ""


def fresh_examples(
    names: Sequence[str], *, with_rules: bool = True
) -> tuple[list[Example], list[FreshDraft]]:
    """The sentences of the fresh batches ``names``, and their drafts; ``with_rules``: with what
    the rules alone find in each draft (for the figures; training does not read it)."""
    examples: list[Example] = []
    drafts: list[FreshDraft] = []
    for name in names:
        if name in HELD_OUT:
            raise SystemExit(f"{name} is held out: it is never trained on")
        path = FRESH / f"{name}.jsonl"
        if not path.exists():
            continue
        for d in load(path):
            hits = []
            if with_rules:
                with rules_alone():
                    hits = to_hits(d.text, check(d.text, packs=ALL_PACKS, site=d.site))
            found = [
                any(h.pack == lab.pack and h.start < lab.end and lab.start < h.end for h in hits)
                for lab in d.labels
            ]
            fresh = FreshDraft(
                d.id,
                not d.labels,
                [(lab.pack, lab.start, lab.end) for lab in d.labels],
                found,
                any(above_info(h) for h in hits),
                batch=name,
            )
            for features, (start, end) in read_sentences(d.text):
                target: dict[str, str | None] = {}
                for pack in PACKS:
                    kinds = [
                        (lab.kind, min(end, lab.end) - max(start, lab.start))
                        for lab in d.labels
                        if lab.pack == pack and lab.start < end and start < lab.end
                    ]
                    target[pack] = _target(pack, kinds)
                fresh.sentences.append(len(examples))
                weight = CLEAN_WEIGHT if not d.labels else 1.0
                examples.append(
                    Example(d.id, features, target, d.id, (start, end), weight, batch=name)
                )
            drafts.append(fresh)
    return examples, drafts


def rule_examples() -> list[Example]:
    """Each learned rule's ``flags`` examples (the sentences holding a marked span) as positives
    and the ``passes`` examples of every rule of the three packs as negatives, of its pack."""
    learned = {rule for kinds in KINDS.values() for rule in kinds.values()}
    examples = []
    for rule in ALL_RULES:
        if rule.pack not in PACKS:
            continue
        for number, example in enumerate(rule.flags):
            if rule.id not in learned:
                continue
            text, marked = unmark(example)
            for features, (start, end) in read_sentences(text):
                hit = any(s < end and start < e for s, e in marked)
                target: dict[str, str | None] = {rule.pack: rule.id if hit else ""}
                examples.append(Example(f"{rule.id}:flags:{number}", features, target))
        for number, example in enumerate(rule.passes):
            for features, _ in read_sentences(example):
                examples.append(Example(f"{rule.id}:passes:{number}", features, {rule.pack: ""}))
    return examples


def hatecheck_examples(path: Path = HATECHECK) -> list[Example]:
    if not path.exists():
        raise SystemExit(f"HateCheck's development half is not at {path}")
    examples = []
    with path.open(newline="", encoding="utf-8") as handle:
        for case in csv.DictReader(handle):
            kind = case["functionality"]
            if kind in HATECHECK_LEFT_OUT:
                continue
            if kind in HATECHECK_MUST_NOT:
                target = ""
            elif kind.endswith("_h") or kind in ("target_indiv_nh", "target_group_nh"):
                target = HATECHECK_KIND.get(kind, "offensive.derogatory_group")
            else:
                continue
            for features, _ in read_sentences(case["test_case"]):
                group = f"hatecheck:{case['templ_id']}"
                examples.append(
                    Example(group, features, {"offensive": target}, weight=HATECHECK_WEIGHT)
                )
    return examples


def fold_of(group: str, batch: str | None = None) -> int:
    """The fold of an example: its fresh batch's (``FOLD_BATCHES``, the small batches sharing the
    last), or for a rule's example or a HateCheck case, one chosen by a digest of its group."""
    if batch is not None:
        return FOLD_BATCHES.index(batch) if batch in FOLD_BATCHES else FOLDS - 1
    return zlib.crc32(group.encode()) % FOLDS


# -- the models -------------------------------------------------------------------------------


@dataclass
class Head:
    """A pack's detection head (one weight per feature) or its rules' softmax (one per rule)."""

    bias: list[float]
    weights: dict[str, list[float]]


def _vocabulary(examples: Sequence[Example]) -> list[str]:
    seen: Counter[str] = Counter()
    for example in examples:
        seen.update(set(example.features))
    return sorted(f for f, n in seen.items() if n >= MIN_COUNT and len(f) <= LONGEST)


def _encoded(examples: Sequence[Example], index: dict[str, int]) -> list[list[tuple[int, int]]]:
    out = []
    for example in examples:
        counts = Counter(index[f] for f in example.features if f in index)
        out.append(sorted(counts.items()))
    return out


def train_detector(examples: Sequence[Example], pack: str, l2: float) -> Head:
    """Logistic regression: AdaGrad, L2 on the features each step touches, a fixed order."""
    chosen = [e for e in examples if e.target.get(pack) is not None]
    vocabulary = _vocabulary(chosen)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = _encoded(chosen, index)
    labels = [1.0 if e.target[pack] else 0.0 for e in chosen]
    sample_weights = [e.weight for e in chosen]
    w = [0.0] * len(vocabulary)
    g2 = [1e-8] * len(vocabulary)
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            row, y = rows[i], labels[i]
            z = bias + sum(w[f] * c for f, c in row)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g = (p - y) * (POSITIVE_WEIGHT if y else 1.0) * sample_weights[i]
            bias_g2 += g * g
            bias -= RATE * g / math.sqrt(bias_g2)
            for f, c in row:
                grad = g * c + l2 * w[f]
                g2[f] += grad * grad
                w[f] -= RATE * grad / math.sqrt(g2[f])
    return Head([bias], {f: [w[i]] for i, f in enumerate(vocabulary) if w[i]})


def train_rules(examples: Sequence[Example], pack: str, rules: Sequence[str], l2: float) -> Head:
    """A softmax over the pack's rules, from the pack's positives."""
    chosen = [e for e in examples if e.target.get(pack)]
    vocabulary = _vocabulary(chosen)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = _encoded(chosen, index)
    answers = [rules.index(e.target[pack] or "") for e in chosen]
    k = len(rules)
    w = [[0.0] * k for _ in vocabulary]
    g2 = [[1e-8] * k for _ in vocabulary]
    bias, bias_g2 = [0.0] * k, [1e-8] * k
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            row = rows[i]
            z = list(bias)
            for f, c in row:
                wf = w[f]
                for j in range(k):
                    z[j] += wf[j] * c
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            grads = [e[j] / total - (1.0 if j == answers[i] else 0.0) for j in range(k)]
            for j in range(k):
                bias_g2[j] += grads[j] ** 2
                bias[j] -= RATE * grads[j] / math.sqrt(bias_g2[j])
            for f, c in row:
                wf, gf = w[f], g2[f]
                for j in range(k):
                    grad = grads[j] * c + l2 * wf[j]
                    gf[j] += grad * grad
                    wf[j] -= RATE * grad / math.sqrt(gf[j])
    return Head(bias, {f: w[i] for i, f in enumerate(vocabulary) if any(w[i])})


@dataclass
class Quantised:
    """A head in integers: ``scale`` turns a sum of them back into the head's own units."""

    scale: float
    bias: tuple[int, ...]
    weights: dict[str, tuple[int, ...]]

    def score(self, features: Iterable[str]) -> list[int]:
        total = list(self.bias)
        for f in features:
            found = self.weights.get(f)
            if found is not None:
                total = [a + b for a, b in zip(total, found, strict=True)]
        return total


def quantise(head: Head) -> Quantised:
    largest = max((abs(v) for ws in head.weights.values() for v in ws), default=1.0)
    scale = largest / LEVELS
    weights = {}
    for f, ws in head.weights.items():
        q = tuple(round(v / scale) for v in ws)
        if max(map(abs, q)) > PRUNE:
            weights[f] = q
    return Quantised(scale, tuple(round(b / scale) for b in head.bias), weights)


@dataclass
class Model:
    detectors: dict[str, Quantised]
    rules: dict[str, Quantised]


def train(examples: Sequence[Example], l2: float) -> Model:
    detectors, rules = {}, {}
    for pack in PACKS:
        detectors[pack] = quantise(train_detector(examples, pack, l2))
        rules[pack] = quantise(train_rules(examples, pack, list(KINDS[pack].values()), l2))
    return model_of(detectors, rules)


def model_of(detectors: dict[str, Quantised], rules: dict[str, Quantised]) -> Model:
    return Model(detectors, rules)


def example_floors(examples: Sequence[Example], model: Model) -> dict[str, int]:
    """Each pack's lowest threshold (in the shipped model's integers) that leaves its rules' own
    near-misses alone: every sentence of a rule example that must stay clean (a ``passes``
    example, or a flags example's sentence outside its marked span) scores under it. The
    cross-validated thresholds spend a budget of clean fresh drafts; these sentences are the
    project's written promise of what a pack lets through, so they bound it from below."""
    floors = {}
    for pack in PACKS:
        head = model.detectors[pack]
        scores = [
            head.score(e.features)[0]
            for e in examples
            if (":flags:" in e.group or ":passes:" in e.group) and e.target.get(pack) == ""
        ]
        floors[pack] = max(scores, default=-1) + 1
    return floors


# -- cross-validation --------------------------------------------------------------------------


@dataclass
class Validation:
    """Out-of-fold scores (in each head's own units) of every example, and what they give."""

    scores: dict[str, list[float]]  # pack -> one score per example (nan where left out)
    rules: dict[str, list[str]]  # pack -> the rule each example would be given to


# What the folds' worker processes read (``_fold``): set before they are forked, not sent.
_FOLD_INPUT: tuple[Sequence[Example], list[int], float] | None = None


def _fold(k: int) -> list[tuple[int, str, float, str]]:
    """Fold ``k``'s out-of-fold results: (example, pack, score, rule) for each of its examples."""
    assert _FOLD_INPUT is not None
    examples, folds, l2 = _FOLD_INPUT
    model = train([e for e, f in zip(examples, folds, strict=True) if f != k], l2)
    out = []
    for i, example in enumerate(examples):
        if folds[i] != k:
            continue
        for pack in PACKS:
            head = model.detectors[pack]
            choice = model.rules[pack].score(example.features)
            rule = list(KINDS[pack].values())[choice.index(max(choice))]
            out.append((i, pack, head.score(example.features)[0] * head.scale, rule))
    return out


def cross_validate(examples: Sequence[Example], l2: float, jobs: int = 1) -> Validation:
    """Every example scored by the weights of the fold that left it out. The folds are
    independent: with ``jobs`` over 1 they are trained in that many forked processes, with the
    same results as one after another."""
    global _FOLD_INPUT
    scores = {pack: [math.nan] * len(examples) for pack in PACKS}
    rules = {pack: [""] * len(examples) for pack in PACKS}
    _FOLD_INPUT = (examples, [fold_of(e.group, e.batch) for e in examples], l2)
    try:
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                results = pool.map(_fold, range(FOLDS), chunksize=1)
        else:
            results = [_fold(k) for k in range(FOLDS)]
    finally:
        _FOLD_INPUT = None
    for result in results:
        for i, pack, score, rule in result:
            scores[pack][i] = score
            rules[pack][i] = rule
    return Validation(scores, rules)


def threshold_for(
    pack: str, scores: Sequence[float], drafts: Sequence[FreshDraft], budget: float
) -> float:
    """The lowest threshold at which at most ``budget`` of the clean drafts that the rules leave
    alone have a sentence of ``pack`` at or over it."""
    clean = [d for d in drafts if d.clean]
    allowed = math.floor(budget * len(clean))
    highest = sorted(
        (
            max((scores[i] for i in d.sentences), default=-math.inf)
            for d in clean
            if not d.rules_warned
        ),
        reverse=True,
    )
    # Over the (allowed + 1)th highest clean draft's score, by a hair.
    return math.nextafter(highest[allowed], math.inf) if allowed < len(highest) else -math.inf


def joint_thresholds(
    examples: Sequence[Example],
    drafts: Sequence[FreshDraft],
    validation: Validation,
    budget: float,
) -> dict[str, float]:
    """The packs' thresholds, chosen together: at most ``budget`` of the clean drafts may be
    warned by the scorer where the rules leave them alone, whichever pack finds something in
    them. Each pack's threshold steps down through its clean drafts' best scores; each round, the
    pack and the number of steps that add the most recall (the labels the rules miss that it then
    finds, over the pack's labels: each pack's recall counts alike) for each clean draft newly
    warned (one another pack warns already costs nothing) take their steps, until no step fits
    in the budget. Looking several steps ahead passes over runs of clean drafts that bring no
    label on their own. Labels are counted as ``figures`` counts them."""
    clean = [d for d in drafts if d.clean and not d.rules_warned]
    allowed = math.floor(budget * sum(d.clean for d in drafts))
    scores = validation.scores
    # Each pack's clean drafts from the highest-scored down: where its threshold steps to.
    steps = {
        pack: sorted(
            ((max((scores[pack][i] for i in d.sentences), default=-math.inf), d.id) for d in clean),
            reverse=True,
        )
        for pack in PACKS
    }
    # The labels the rules alone miss, each by the best score of a sentence overlapping it.
    missed: dict[str, list[float]] = {pack: [] for pack in PACKS}
    labels = dict.fromkeys(PACKS, 0)
    for d in drafts:
        for (pack, start, end), by_rules in zip(d.labels, d.rules_found, strict=True):
            if pack not in missed:
                continue
            labels[pack] += 1
            if by_rules:
                continue
            near = [i for i in d.sentences if _overlaps(examples[i].span, (start, end))]
            missed[pack].append(max((scores[pack][i] for i in near), default=-math.inf))
    for found_scores in missed.values():
        found_scores.sort()
    taken = dict.fromkeys(PACKS, 0)  # how many of each pack's clean drafts are over it
    added: set[str] = set()

    def threshold(pack: str, count: int) -> float:
        ranked = steps[pack]
        return math.nextafter(ranked[count][0], math.inf) if count < len(ranked) else -math.inf

    def found(pack: str, count: int) -> int:
        at = threshold(pack, count)
        return len(missed[pack]) - bisect.bisect_left(missed[pack], at)

    while True:
        best: tuple[float, str, int] | None = None
        for pack in PACKS:
            count, ranked = taken[pack], steps[pack]
            before = found(pack, count)
            newly: set[str] = set()
            for ahead in range(1, len(ranked) - count + 1):
                draft_id = ranked[count + ahead - 1][1]
                if draft_id not in added:
                    newly.add(draft_id)
                if len(added) + len(newly) > allowed:
                    break
                gain = (found(pack, count + ahead) - before) / max(labels[pack], 1)
                rate = gain / max(len(newly), 0.5)  # a free step is worth twice a paid one
                if gain > 0 and (best is None or rate > best[0]):
                    best = (rate, pack, ahead)
        if best is None:
            break
        _, pack, ahead = best
        added.update(d for _, d in steps[pack][taken[pack] : taken[pack] + ahead])
        taken[pack] += ahead
    return {pack: threshold(pack, taken[pack]) for pack in PACKS}


def warn_thresholds(
    examples: Sequence[Example],
    drafts: Sequence[FreshDraft],
    validation: Validation,
    thresholds: dict[str, float],
) -> dict[str, float]:
    """The scores at which the scorer's finding takes its rule's severity (``WARN``): chosen as
    the thresholds are (``joint_thresholds``), within ``WARN_BUDGET`` of the clean drafts, and
    never under the pack's threshold. Under it, a finding is a reminder at info (unless a rule of
    its pack warns in the same draft, which warns that draft already)."""
    warn = joint_thresholds(examples, drafts, validation, WARN_BUDGET)
    return {pack: max(warn[pack], thresholds[pack]) for pack in PACKS}


@dataclass
class Figures:
    """One pack's figures on the fresh tuning drafts (the learned part out of fold)."""

    learned_labels: int = 0  # labels of the kinds the scorer learns
    learned_found: int = 0  # ... found by the scorer
    labels: int = 0  # every label of the pack
    rules_found: int = 0
    both_found: int = 0
    added_warned: int = 0  # clean drafts the rules leave alone and the scorer finds something in
    rule_right: int = 0
    rule_total: int = 0


def figures(
    examples: Sequence[Example],
    drafts: Sequence[FreshDraft],
    validation: Validation,
    thresholds: dict[str, float],
) -> tuple[dict[str, Figures], tuple[int, int, int]]:
    """Each pack's recall on the fresh tuning drafts, by the scorer on the kinds it learns, by
    the rules alone and by both (a label is found by the scorer when a sentence overlapping it
    is over the threshold), how often a found sentence goes to its label's rule; and the clean
    drafts (how many, warned by the rules alone, and by both)."""
    out = {pack: Figures() for pack in PACKS}
    clean = rules_warned = both_warned = 0
    for d in drafts:
        warned = False
        for pack in PACKS:
            over = {i for i in d.sentences if validation.scores[pack][i] >= thresholds[pack]}
            fig = out[pack]
            if d.clean and over and not d.rules_warned:
                fig.added_warned += 1
            warned = warned or bool(over)
            for (lab_pack, start, end), by_rules in zip(d.labels, d.rules_found, strict=True):
                if lab_pack != pack:
                    continue
                near = [i for i in d.sentences if _overlaps(examples[i].span, (start, end))]
                by_scorer = any(i in over for i in near)
                fig.labels += 1
                fig.rules_found += by_rules
                fig.both_found += by_rules or by_scorer
                if any(examples[i].target.get(pack) for i in near):
                    fig.learned_labels += 1
                    fig.learned_found += by_scorer
            for i in over:
                wanted = examples[i].target.get(pack)
                if wanted:
                    fig.rule_total += 1
                    fig.rule_right += validation.rules[pack][i] == wanted
        if d.clean:
            clean += 1
            rules_warned += d.rules_warned
            both_warned += d.rules_warned or warned
    return out, (clean, rules_warned, both_warned)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# -- writing and checking the weights ----------------------------------------------------------


def inputs_digest(examples: Sequence[Example]) -> str:
    """A digest of everything training reads: the examples and this script's settings."""
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    h.update((ROOT / "core" / "learned" / "features.py").read_bytes())
    for e in examples:
        h.update(repr((e.group, e.features, sorted(e.target.items()))).encode())
    return h.hexdigest()


def _literal(value: object) -> str:
    """A literal as ``ruff format`` writes it: strings in double quotes (no feature holds one)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        inner = ", ".join(map(_literal, value))
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def render(
    model: Model,
    thresholds: dict[str, int],
    warn: dict[str, int],
    digest: str,
    notes: Sequence[str],
) -> str:
    lines = [
        '"""Weights of the learned scorer (``core.learned``): generated by',
        "``python -m bench.train_scorer``, do not edit.",
        "",
        *notes,
        "",
        "Trained on the project's fresh tuning batches, its rules' examples, and the development",
        "half of HateCheck (Paul Röttger, Bertram Vidgen, Dong Nguyen, Zeerak Waseem, Helen",
        'Margetts and Janet Pierrehumbert, "HateCheck: Functional Tests for Hate Speech Detection',
        'Models", ACL 2021; data from paul-rottger/hatecheck-data, licensed under Creative Commons',
        "Attribution 4.0 International): these weights are derived from it.",
        '"""',
        "",
        "# fmt: off",
        f"INPUTS = {_literal(digest)}",
        f"PACKS = {_literal(tuple(PACKS))}",
        f"BIAS = {_literal(tuple(model.detectors[p].bias[0] for p in PACKS))}",
        f"THRESHOLD = {_literal(tuple(thresholds[p] for p in PACKS))}",
        f"WARN = {_literal(tuple(warn[p] for p in PACKS))}",
        "RULES: dict[str, tuple[str, ...]] = {",
    ]
    for pack in PACKS:
        lines.append(f"    {_literal(pack)}: (")
        lines.extend(f"        {_literal(rule)}," for rule in KINDS[pack].values())
        lines.append("    ),")
    lines.append("}")
    lines.append("KIND_BIAS: dict[str, tuple[int, ...]] = {")
    lines.extend(f"    {_literal(p)}: {_literal(model.rules[p].bias)}," for p in PACKS)
    lines.append("}")
    merged: dict[str, list[int]] = {}
    for n, pack in enumerate(PACKS):
        for f, (v,) in model.detectors[pack].weights.items():
            merged.setdefault(f, [0] * len(PACKS))[n] = v
    lines.append("# Each table: a line per feature, sorted, in blocks of scorer.BLOCK lines; the")
    lines.append("# feature (after a block's first, what it adds to the one before), then its")
    lines.append("# weight for each head as a character, then a line break: scorer.table_text.")
    lines.append("DETECT = (")
    lines.extend(table_lines(merged))
    lines.append(")")
    lines.append("KIND: dict[str, str] = {")
    for pack in PACKS:
        lines.append(f"    {_literal(pack)}: (")
        lines.extend("    " + line for line in table_lines(model.rules[pack].weights))
        lines.append("    ),")
    lines.append("}")
    lines.append("# fmt: on")
    body = "\n".join(lines) + "\n"
    return body + _seal(body)


def table_lines(weights: Mapping[str, Sequence[int]]) -> list[str]:
    """A table of weights as ``core.learned.scorer.Table`` reads it (``table_text``: one line a
    feature, sorted, in blocks, each feature after a block's first written as what it adds to
    the one before it, then its weights, a character each), as the lines of a string literal,
    one line of the table each. A character is written as itself when it is printable ASCII,
    else as an escape."""
    for f in weights:
        if not f or not f.isprintable() or '"' in f or "\\" in f:
            raise ValueError(
                f"a feature cannot be empty nor hold a control character, quote or backslash: {f!r}"
            )
    # A line break is only ever a line's end: no weight, nor the count of characters a feature
    # shares with the one before it, is written as one (``scorer.weight_chars``).
    return [
        '    "'
        + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\x{ord(c):02x}" for c in line)
        + '\\n"'
        for line in table_text(weights).split("\n")[:-1]
    ]


def _seal(body: str) -> str:
    """The last line of the weights file: a digest of everything above it, so that a hand edit
    of the weights shows (``--check``)."""
    return f"# sha256 of the lines above: {hashlib.sha256(body.encode()).hexdigest()}\n"


def sealed(text: str) -> bool:
    """Whether the weights file's text ends with the digest of everything above its last line."""
    body, _, last = text.rstrip("\n").rpartition("\n")
    return _seal(body + "\n") == last + "\n"


def all_examples(
    names: Sequence[str] = TRAINING, *, with_rules: bool = True
) -> tuple[list[Example], list[FreshDraft]]:
    fresh, drafts = fresh_examples(names, with_rules=with_rules)
    return [*fresh, *rule_examples(), *hatecheck_examples()], drafts


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "-"


def report(name: str, figs: dict[str, Figures], clean: tuple[int, int, int]) -> None:
    print(f"  {name}")
    for pack, f in figs.items():
        print(
            f"    {pack:13} recall: rules {_share(f.rules_found, f.labels)}, rules + scorer "
            f"{_share(f.both_found, f.labels)}; scorer on its kinds "
            f"{_share(f.learned_found, f.learned_labels)}, to the label's rule "
            f"{_share(f.rule_right, f.rule_total)}; clean drafts it adds {f.added_warned}"
        )
    total, by_rules, by_both = clean
    print(
        f"    clean drafts warned: rules {_share(by_rules, total)}, "
        f"rules + scorer {_share(by_both, total)}"
    )


def report_by_batch(
    examples: Sequence[Example],
    drafts: Sequence[FreshDraft],
    validation: Validation,
    thresholds: dict[str, float],
) -> None:
    """Each batch's clean drafts warned and labels found, by the rules alone and with the scorer
    scoring it out of fold (the weights of the fold that left the batch out)."""
    print("    by batch: clean drafts warned, rules -> rules + scorer; labels found, the same")
    for name in dict.fromkeys(d.batch for d in drafts):
        figs, (clean, by_rules, by_both) = figures(
            examples, [d for d in drafts if d.batch == name], validation, thresholds
        )
        found = ", ".join(
            f"{p} {f.rules_found}->{f.both_found}/{f.labels}" for p, f in figs.items() if f.labels
        )
        print(f"      {name:17} clean {by_rules}->{by_both}/{clean}; {found or '-'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the inputs' digest")
    parser.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    parser.add_argument(
        "--jobs", type=int, default=1, help="folds trained at once, in forked processes"
    )
    args = parser.parse_args(argv)
    examples, drafts = all_examples(with_rules=not args.check)
    digest = inputs_digest(examples)
    if args.check:
        from core.learned import weights

        if digest != weights.INPUTS:
            print("core/learned/weights.py is stale: run python -m bench.train_scorer")
            return 1
        if not sealed(WEIGHTS.read_text(encoding="utf-8")):
            print("core/learned/weights.py was edited by hand: run python -m bench.train_scorer")
            return 1
        print("core/learned/weights.py matches its inputs")
        return 0
    positives = Counter(e.target.get(p) or "" for e in examples for p in PACKS)
    print(f"{len(examples)} sentences from {len(drafts)} fresh drafts, rule examples, HateCheck")
    shown = ", ".join(f"{r} {n}" for r, n in sorted(positives.items()) if r)
    print(f"  positives by rule: {shown}")
    best: tuple[float, float, dict[str, float], dict[str, float]] | None = None
    for l2 in L2_GRID:
        validation = cross_validate(examples, l2, args.jobs)
        thresholds = joint_thresholds(examples, drafts, validation, CLEAN_BUDGET)
        warn = warn_thresholds(examples, drafts, validation, thresholds)
        figs, clean = figures(examples, drafts, validation, thresholds)
        shown = ", ".join(f"{p} {t:.2f}" for p, t in thresholds.items())
        report(f"cross-validated, L2 {l2:g}, thresholds {shown} (any finding)", figs, clean)
        report_by_batch(examples, drafts, validation, thresholds)
        figs_warn, clean_warn = figures(examples, drafts, validation, warn)
        shown = ", ".join(f"{p} {t:.2f}" for p, t in warn.items())
        report(f"cross-validated, warned at {shown}", figs_warn, clean_warn)
        mean = sum(f.both_found / max(f.labels, 1) for f in figs.values()) / len(figs)
        if best is None or mean > best[0]:
            best = (mean, l2, thresholds, warn)
    assert best is not None
    _, l2, thresholds, warn = best
    if args.cv_only:
        for budget in (0.003, 0.007, 0.015, 0.03):
            for how, ts in (
                (
                    "per pack",
                    {p: threshold_for(p, validation.scores[p], drafts, budget) for p in PACKS},
                ),
                ("together", joint_thresholds(examples, drafts, validation, 3 * budget)),
            ):
                figs, clean = figures(examples, drafts, validation, ts)
                shown = ", ".join(
                    f"{p} {f.both_found / max(f.labels, 1):.3f}" for p, f in figs.items()
                )
                print(
                    f"  budget {budget:.1%} {how}: {shown}; clean warned {clean[2] / clean[0]:.3f}"
                )
        return 0
    model = train(examples, l2)
    quantised = {p: math.ceil(thresholds[p] / model.detectors[p].scale) for p in PACKS}
    quantised_warn = {p: math.ceil(warn[p] / model.detectors[p].scale) for p in PACKS}
    floors = example_floors(examples, model)
    for p in PACKS:
        if floors[p] > quantised[p]:
            print(
                f"  {p}: threshold {quantised[p]} raised to {floors[p]} over its rules' near-misses"
            )
        quantised[p] = max(quantised[p], floors[p])
        quantised_warn[p] = max(quantised_warn[p], quantised[p])
    notes = [
        f"L2 {l2:g}, {EPOCHS} epochs, thresholds chosen together by {FOLDS}-fold cross-",
        f"validation so that the scorer adds a finding to at most {CLEAN_BUDGET:.1%} of the clean",
        f"tuning drafts, all packs together, and a warning (WARN) to at most {WARN_BUDGET:.1%}.",
    ]
    WEIGHTS.write_text(render(model, quantised, quantised_warn, digest, notes), encoding="utf-8")
    size = WEIGHTS.stat().st_size
    print(
        f"wrote {WEIGHTS.relative_to(ROOT)}: {size} bytes, L2 {l2:g}, thresholds {quantised}, "
        f"warn {quantised_warn}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
