"""The scorer's training (bench.train_scorer): deterministic, it learns, and the shipped weights
were made from the inputs in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import train_scorer
from bench.train_scorer import (
    PACKS,
    Example,
    FreshDraft,
    Model,
    Quantised,
    Validation,
    cross_validate,
    example_floors,
    figures,
    fold_of,
    fresh_examples,
    hatecheck_examples,
    joint_thresholds,
    render,
    train,
)

FRESH = Path(__file__).parents[1] / "bench" / "fresh"
needs_fresh = pytest.mark.skipif(
    not (FRESH / "batch1.jsonl").exists(), reason="the fresh batches are not beside the tests"
)


@pytest.fixture(scope="module")
def sample() -> list[Example]:
    if not (FRESH / "batch1.jsonl").exists():
        pytest.skip("the fresh batches are not beside the tests")
    examples, _ = fresh_examples(["batch1", "conduct_own1"], with_rules=False)
    return examples


def test_held_out_batches_are_never_trained_on() -> None:
    with pytest.raises(SystemExit, match="held out"):
        fresh_examples(["heldout1"], with_rules=False)
    assert not set(train_scorer.TRAINING) & train_scorer.HELD_OUT


def test_folds_leave_one_batch_out_and_are_stable() -> None:
    """A fresh batch's drafts all fall in its batch's fold, the small batches share the last one,
    and the examples from no batch (rules' examples, HateCheck) are spread over every fold."""
    folds = train_scorer.FOLDS
    assert {fold_of(f"cB-{n:03}", "cleanB") for n in range(60)} == {fold_of("x", "cleanB")}
    assert fold_of("b1-001", "batch1") != fold_of("b2-001", "batch2")
    assert fold_of("c1-001", "conduct_own1") == fold_of("i2-001", "identifiers_own2") == folds - 1
    assert len({fold_of(b, b) for b in train_scorer.FOLD_BATCHES}) == folds - 1
    assert set(train_scorer.FOLD_BATCHES) <= set(train_scorer.TRAINING)
    assert fold_of("rule:flags:1") == fold_of("rule:flags:1")
    assert {fold_of(f"hatecheck:{n}") for n in range(200)} == set(range(folds))


@needs_fresh
def test_a_sentence_is_labelled_by_the_labels_it_overlaps(sample: list[Example]) -> None:
    positives = [e for e in sample if any(e.target.get(p) for p in PACKS)]
    negatives = [e for e in sample if all(e.target.get(p) == "" for p in PACKS)]
    assert positives and len(negatives) > 2 * len(positives)
    for example in positives:
        for pack, rule in example.target.items():
            assert rule is None or rule == "" or rule.startswith(pack + ".")


@needs_fresh
def test_training_is_deterministic_and_learns(sample: list[Example]) -> None:
    first = train(sample, 1e-3)
    again = train(sample, 1e-3)
    thresholds = dict.fromkeys(PACKS, 0)
    assert render(first, thresholds, thresholds, "x", []) == render(
        again, thresholds, thresholds, "x", []
    )
    # What it learned tells its own positives from its negatives, for every pack.
    for pack in PACKS:
        head = first.detectors[pack]
        scored = [(head.score(e.features)[0], e.target.get(pack)) for e in sample]
        positive = [s for s, t in scored if t]
        negative = [s for s, t in scored if t == ""]
        assert sum(positive) / len(positive) > sum(negative) / len(negative) + 50, pack


@needs_fresh
def test_folds_trained_at_once_score_as_one_after_another(sample: list[Example]) -> None:
    """``--jobs``: the folds trained in forked processes give every example the same
    out-of-fold score and rule as the folds trained one after another."""
    part = sample[:60] + sample[-60:]  # two batches, so two folds that train on each other
    alone = cross_validate(part, 1e-3)
    assert cross_validate(part, 1e-3, jobs=2) == alone
    assert all(len(scores) == len(part) for scores in alone.scores.values())
    assert len({s for scores in alone.scores.values() for s in scores}) > 10


@needs_fresh
def test_a_change_of_data_changes_the_weights(sample: list[Example]) -> None:
    thresholds = dict.fromkeys(PACKS, 0)
    whole = render(train(sample, 1e-3), thresholds, thresholds, "x", [])
    assert render(train(sample[1:], 1e-3), thresholds, thresholds, "x", []) != whole


def test_hatecheck_is_read_in_place_and_left_out_kinds_are_skipped() -> None:
    if not train_scorer.HATECHECK.exists():
        pytest.skip("HateCheck's development half is not beside the repo")
    examples = hatecheck_examples()
    assert all(set(e.target) == {"offensive"} for e in examples)
    assert any(e.target["offensive"] == "offensive.threat" for e in examples)
    assert any(e.target["offensive"] == "" for e in examples)


@needs_fresh
def test_the_shipped_weights_match_their_inputs() -> None:
    """Fails when the weights file is missing, or when the training data, the features or the
    training script changed since it was made: run ``python -m bench.train_scorer``."""
    if not train_scorer.HATECHECK.exists():
        pytest.skip("HateCheck's development half is not beside the repo")
    assert train_scorer.WEIGHTS.exists()
    assert train_scorer.main(["--check"]) == 0


def test_a_hand_edit_of_the_weights_shows() -> None:
    text = train_scorer.WEIGHTS.read_text(encoding="utf-8")
    assert train_scorer.sealed(text)
    edited = text.replace("THRESHOLD = (", "THRESHOLD = (1", 1)
    assert edited != text and not train_scorer.sealed(edited)


def test_thresholds_are_chosen_together_within_one_clean_budget() -> None:
    """The budget of clean drafts is shared by the packs: a clean draft one pack already warns
    costs another pack nothing, and no threshold lets in a clean draft over the budget."""
    examples: list[Example] = []
    drafts: list[FreshDraft] = []
    clean_scores = {  # each clean draft's one sentence, scored by each pack
        "c1": (5.0, 6.0, -9.0),
        "c2": (1.0, 0.0, -9.0),
        "c3": (0.0, -1.0, -9.0),
        "c4": (0.0, -1.0, -9.0),
    }
    scores: dict[str, list[float]] = {pack: [] for pack in PACKS}
    for name, by_pack in clean_scores.items():
        drafts.append(FreshDraft(name, True, [], [], False, [len(examples)]))
        examples.append(Example(name, [], {}, name, (0, 10)))
        for pack, value in zip(PACKS, by_pack, strict=True):
            scores[pack].append(value)
    # A label of each of the first two packs that the rules miss, its sentence scored 4 and 2.
    for n, (pack, value) in enumerate((("offensive", 4.0), ("professional", 2.0))):
        drafts.append(FreshDraft(f"l{n}", False, [(pack, 0, 10)], [False], False, [len(examples)]))
        examples.append(Example(f"l{n}", [], {}, f"l{n}", (0, 10)))
        for p in PACKS:
            scores[p].append(value if p == pack else -9.0)
    validation = Validation(scores, {pack: [""] * len(examples) for pack in PACKS})
    one = joint_thresholds(examples, drafts, validation, 0.25)  # one clean draft of four
    assert 1.0 < one["offensive"] <= 4.0 and 0.0 < one["professional"] <= 2.0
    assert one["peer_support"] > -9.0
    figs, (clean, _, warned) = figures(examples, drafts, validation, one)
    assert (clean, warned) == (4, 1)
    assert figs["offensive"].both_found == figs["professional"].both_found == 1
    none = joint_thresholds(examples, drafts, validation, 0.0)
    assert none["offensive"] > 5.0 and none["professional"] > 6.0


def test_thresholds_are_floored_over_the_rules_own_near_misses() -> None:
    # Only the rule examples' negatives bound the threshold: a fresh clean sentence or a
    # HateCheck case scoring higher does not, nor does a rule example's positive.
    head = Quantised(1.0, (0,), {"idiot": (70,), "printer": (5,), "you": (90,)})
    flat = Quantised(1.0, (-10,), {})
    model = Model({p: (head if p == "offensive" else flat) for p in PACKS}, {})
    examples = [
        Example("offensive.insult:passes:3", ["idiot", "printer"], {"offensive": ""}),
        Example("offensive.insult:flags:0", ["printer"], {"offensive": ""}),
        Example("offensive.insult:flags:1", ["you", "idiot"], {"offensive": "offensive.insult"}),
        Example("d1", ["you", "idiot"], {"offensive": ""}, draft="d1"),
        Example("hatecheck:7", ["you"], {"offensive": ""}),
    ]
    floors = example_floors(examples, model)
    assert floors["offensive"] == 76
    assert floors["professional"] == floors["peer_support"] == 0


def test_the_shipped_thresholds_leave_every_passes_example_alone() -> None:
    from core.draft import Draft
    from core.learned import scorer, weights
    from core.registry import ALL_RULES

    for rule in ALL_RULES:
        if rule.pack not in PACKS:
            continue
        column = PACKS.index(rule.pack)
        for example in rule.passes:
            for sentence in scorer.read(Draft(example)):
                assert sentence.scores[column] < weights.THRESHOLD[column], (rule.id, example)
