"""The learned scorer (core.learned): its findings are existing rules' findings, it scores the
same by its fast path as by its features, and it adds to the rules only where they found
nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from core import check
from core.draft import Draft
from core.engine import _steps, finish
from core.learned import weights
from core.learned.features import (
    LONGEST,
    SHORT,
    is_shouted,
    sentence_features,
    stem,
    word_features,
)
from core.learned.scorer import (
    BLOCK,
    DETECT,
    LARGEST,
    Table,
    _pieces,
    explain,
    learned,
    pieces,
    read,
    rule_scores,
    rules_alone,
    score_tokens,
    table_text,
    unpack,
    weight_chars,
)
from core.learned.scorer import pack as packed
from core.matchers.custom import Custom
from core.matchers.sentences import WORD, sentence_bounds
from core.memo import REGISTRY
from core.model import Context, Reminder, Rule, Severity, Span, Tip
from core.registry import RULES_BY_ID

TRAINING = Path(__file__).parents[1] / "bench" / "fresh" / "trainA.jsonl"
needs_training_drafts = pytest.mark.skipif(
    not TRAINING.exists(), reason="the fresh training drafts are not beside the tests"
)


def _drafts(limit: int = 160) -> list[dict[str, object]]:
    lines = TRAINING.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:limit] if line.strip()]


def test_the_weights_are_there_for_each_conduct_pack() -> None:
    assert weights.PACKS == ("offensive", "professional", "peer_support")
    assert len(DETECT.unpacked()) > 1000
    for pack in weights.PACKS:
        assert weights.RULES[pack], pack
        assert all(rule.startswith(pack + ".") for rule in weights.RULES[pack])
        assert len(weights.KIND_BIAS[pack]) == len(weights.RULES[pack])


def test_every_rule_the_scorer_learned_is_a_rule_of_its_pack() -> None:
    for pack, rules in weights.RULES.items():
        for rule in rules:
            assert RULES_BY_ID[rule].pack == pack


def test_a_rule_without_weights_cannot_take_the_scorer() -> None:
    with pytest.raises(ValueError, match="no weights"):
        learned("professional.shouting")


def test_word_features_are_the_word_its_stem_and_its_categories() -> None:
    assert list(word_features("u")) == ["w:u"]
    assert list(word_features("idiots")) == ["w:idiots", "s:idiot", "k:insult"]
    assert set(word_features("threatening")) & set(word_features("threatened")) == {
        "s:threaten",
        "k:threat",
    }


def test_sentence_features_read_pairs_negation_and_shape() -> None:
    found = sentence_features(["i", "never", "said", "you", "lied"], question=True, caps=False)
    assert "b:^ i" in found and "b:never said" in found
    assert "n:said" in found and "n:you" in found and "n:lied" in found and "n:i" not in found
    assert "?q" in found and "?you" in found and "?caps" not in found


def test_a_reminder_span_is_reported_at_info_whatever_its_rules_severity() -> None:
    rule = Rule(
        id="offensive.test_reminder",
        severity=Severity.SERIOUS,
        tip=Tip.OFFENSIVE,
        message="m",
        why="w",
        suggestion="s",
        matcher=Custom(lambda draft, context: [Reminder(0, 4), Span(5, 9)]),
        flags=(),
        passes=(),
    )
    found = finish(_steps(Draft("abcd efgh"), [rule], Context()))
    assert [(f.start, f.severity) for f in found] == [(0, Severity.INFO), (5, Severity.SERIOUS)]


def test_a_scorer_finding_under_warn_is_a_reminder_unless_its_packs_rules_warn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under its pack's WARN threshold the scorer's sentence is a reminder (info); beside a rule
    of the same pack that warns by its own words, it takes its rule's severity."""
    monkeypatch.setattr(weights, "THRESHOLD", (-(1 << 20),) * len(weights.PACKS))
    monkeypatch.setattr(weights, "WARN", (1 << 20,) * len(weights.PACKS))
    plain = "The new rota goes up on Friday."

    def scorers(text: str) -> list[tuple[str, Severity]]:
        return [
            (f.rule, f.severity)
            for f in check(text, packs=["offensive"])
            if f.start == 0 and f.pack == "offensive"
        ]

    alone = scorers(plain)
    assert alone and all(severity is Severity.INFO for _, severity in alone)
    with rules_alone():
        insult = [f for f in check("You are an absolute idiot.", packs=["offensive"])]
    assert any(f.severity is not Severity.INFO for f in insult)  # the insult rule's own words
    beside = scorers(plain + " You are an absolute idiot.")
    assert beside and all(severity is not Severity.INFO for _, severity in beside)
    monkeypatch.setattr(weights, "WARN", weights.THRESHOLD)
    assert all(severity is not Severity.INFO for _, severity in scorers(plain))


def test_capitals_are_read_from_the_shape() -> None:
    assert is_shouted(Draft("THIS IS NOT OK at all").shape)
    assert not is_shouted(Draft("This is not OK at all").shape)
    assert not is_shouted(Draft("OK NHS").shape)  # too few letters to shout


@needs_training_drafts
def test_the_fast_path_scores_as_the_features_sum() -> None:
    """Each word's own features are summed once and kept: the total must be the same as summing
    every feature of the sentence."""
    detect = DETECT.unpacked()
    kinds = {
        pack: Table(weights.KIND[pack], weights.KIND_BIAS[pack]).unpacked()
        for pack in weights.PACKS
    }
    checked = 0
    for raw in _drafts(80):
        for sentence in read(Draft(str(raw["text"]))):
            features = sentence.features()
            by_features = [
                b + sum(detect[f][n] for f in features if f in detect)
                for n, b in enumerate(weights.BIAS)
            ]
            assert list(sentence.scores) == by_features
            assert score_tokens(sentence.tokens, sentence.question, sentence.caps) == tuple(
                by_features
            )
            for pack in weights.PACKS:
                table = kinds[pack]
                by_rule = [
                    b + sum(table[f][n] for f in features if f in table)
                    for n, b in enumerate(weights.KIND_BIAS[pack])
                ]
                assert rule_scores(pack, sentence) == by_rule
            checked += 1
    assert checked > 100


@needs_training_drafts
def test_the_scorers_findings_are_existing_rules_with_their_own_words() -> None:
    added = 0
    for raw in _drafts():
        text, site = str(raw["text"]), raw["site"]
        site = site if isinstance(site, str) else None
        with rules_alone():
            alone = {(f.rule, f.start, f.end) for f in check(text, site=site)}
        for finding in check(text, site=site):
            if (finding.rule, finding.start, finding.end) in alone:
                continue
            added += 1
            rule = RULES_BY_ID[finding.rule]
            assert finding.rule in weights.RULES[finding.pack]
            assert (finding.message, finding.why, finding.suggestion) == (
                rule.message,
                rule.why,
                rule.suggestion,
            )
            # Its rule's severity, or a reminder (info) when the scorer alone is not sure.
            assert finding.severity in (rule.severity_on(site), Severity.INFO)
            # A whole sentence, trimmed, that the scorer can say why it found.
            assert finding.match == finding.match.strip() and finding.match
            draft = Draft(finding.match)
            tokens = [t for s in read(draft) for t in s.tokens]
            assert explain(tokens, question=False, caps=False)
    assert added > 0, "the scorer added nothing to the rules on its own training drafts"


def test_rules_alone_switches_the_scorer_off() -> None:
    text = "Bumping again. Seen by 40 of you and not one reply, thanks for nothing."
    with rules_alone():
        alone = check(text)
    assert all(f in check(text) for f in alone)


def test_the_word_memo_is_registered() -> None:
    assert any(m.name == "learned.word_scores" for m in REGISTRY)


def test_a_long_run_without_a_full_stop_is_read_in_pieces() -> None:
    words = " ".join(f"word{n}" for n in range(100)) + " ok?"
    found = list(pieces(Draft(words)))
    assert [len(tokens) for _, _, tokens, _, _ in found] == [LONGEST, LONGEST, 21]
    assert [question for _, _, _, question, _ in found] == [False, False, True]
    start, end, tokens, _, _ = found[1]
    assert words[start:end].split() == list(tokens)


@pytest.mark.parametrize("count", [LONGEST - 1, LONGEST, LONGEST + 1, 2 * LONGEST, 2 * LONGEST + 3])
def test_the_pieces_of_a_long_sentence_are_its_words_where_they_stand(count: int) -> None:
    """``pieces`` finds where the words of a long sentence stand from a split of it: each piece
    must run from its first word's start to its last word's end, as the words' own matches say,
    with marks, apostrophes, £ and letters outside ASCII between them; only the last piece of a
    question asks."""
    kinds = ("don't", "£5", "café", "x--y", "it’s", "WARD", "7th", "'quoted'", "ok,", "A.B")
    words = " ".join(f"{kinds[n % len(kinds)]}{n}" for n in range(count))
    text = f"Fine. Intro: {words} fin?"
    draft = Draft(text)
    folded = draft.folded
    lo, hi = sentence_bounds(draft)[1]
    assert folded[lo:hi].endswith("fin?")
    matches = list(WORD.finditer(folded, lo, hi))
    expected = []
    for at in range(0, len(matches), LONGEST):
        piece = matches[at : at + LONGEST]
        start, end = piece[0].start(), piece[-1].end()
        asks = at + LONGEST >= len(matches)
        expected.append((start, end, tuple(m.group() for m in piece), asks))
    found = [(s, e, w, q) for s, e, w, q, _ in pieces(draft) if lo <= s < hi]
    assert found == expected


def test_the_words_of_each_sentence_are_the_words_matches() -> None:
    """``pieces`` reads the words of a sentence without an apostrophe, "£" or "$" from the
    draft's runs of ASCII letters and digits: they must be ``WORD``'s matches there, whatever
    else the sentence holds (marks, digits, letters outside ASCII, controls, a Kelvin sign that
    lower-cases to "k")."""
    parts = (
        "don't",
        "£5",
        "$3",
        "café",
        "x--y",
        "it’s",
        "WARD",
        "7th",
        "'q'",
        "ok,",
        "A.B",
        "\x07bell",
        "\u212aelvin",
        "İstanbul",
        "naïve",
        "a_b",
        "tab\there",
        "😀x",
        "3.5mg",
    )
    rng = random.Random(5)
    for _ in range(400):
        text = " ".join(rng.choice(parts) for _ in range(rng.randrange(1, 12)))
        text += rng.choice((". ", "? ", "\n", "! ")) + " ".join(rng.sample(parts, 4))
        draft = Draft(text)
        folded = draft.folded
        expected: list[tuple[str, ...]] = []
        for lo, hi in sentence_bounds(draft):
            words = tuple(WORD.findall(folded, lo, hi))
            if expected and len(words) <= SHORT and len(expected[-1]) + len(words) <= LONGEST:
                expected[-1] += words  # a short sentence is read with the one before it
            elif words:
                expected.append(words)
        # (``_pieces``: ``pieces`` reads a word spelt out in single letters, "a_b A.B", as one.)
        assert [tokens for _, _, tokens, _, _ in _pieces(draft)] == expected, text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Day 3: f u c k this rota.", ("day", "3", "fuck", "this", "rota")),
        ("S.C.U.M the lot of them", ("scum", "the", "lot", "of", "them")),
        ("I m m i g r a n t s out", ("immigrants", "out")),
        ("w-o-m-e-n", ("women",)),
        # Two letters, or letters set apart by commas, are no word spelt out.
        ("Back at 3 p.m. ok", ("back", "at", "3", "p", "m", "ok")),
        ("Plan a, b or c?", ("plan", "a", "b", "or", "c")),
        ("I am a carer", ("i", "am", "a", "carer")),
    ],
)
def test_a_word_spelt_out_in_single_letters_is_read_as_the_word(
    text: str, words: tuple[str, ...]
) -> None:
    assert [w for _, _, w, _, _ in pieces(Draft(text))] == [words]


def test_a_short_sentence_is_read_with_the_one_before_it() -> None:
    """A closing tag ("Just saying.", "lol") is part of the piece before it: the piece runs over
    both, holds both's words and asks if either does; a short sentence with none before it is
    read on its own, and the short ones after it join it."""
    text = "You should all drink more water on shift. Just saying. lol"
    assert [(s, e, w) for s, e, w, _, _ in pieces(Draft(text))] == [
        (
            0,
            len(text),
            (
                "you",
                "should",
                "all",
                "drink",
                "more",
                "water",
                "on",
                "shift",
                "just",
                "saying",
                "lol",
            ),
        )
    ]
    found = list(pieces(Draft("Hi all. Anyone free? I'm after a swap for Friday's late shift.")))
    assert [(w, q) for _, _, w, q, _ in found] == [
        (("hi", "all", "anyone", "free"), True),
        (("i'm", "after", "a", "swap", "for", "friday's", "late", "shift"), False),
    ]
    shouted = list(pieces(Draft("Please read the rota before you ask. OK THANKS.")))
    assert [caps for *_, caps in shouted] == [False]


def test_a_short_sentence_stays_alone_after_a_full_piece() -> None:
    """A piece never holds more than ``LONGEST`` words: a short sentence after a sentence of
    that many is read on its own, and after a long sentence's pieces it joins the last."""
    full = " ".join(f"word{n}" for n in range(LONGEST))
    found = list(pieces(Draft(f"{full}. Just saying.")))
    assert [len(w) for _, _, w, _, _ in found] == [LONGEST, 2]
    longer = " ".join(f"word{n}" for n in range(LONGEST + 5))
    found = list(pieces(Draft(f"{longer}. Your call?")))
    assert [(len(w), q) for _, _, w, q, _ in found] == [(LONGEST, False), (7, True)]


def test_length_alone_finds_nothing() -> None:
    """A sum of weights grows with its words: without pieces, 50,000 of the same word in one
    sentence was found offensive."""
    assert check("a " * 50_000, packs=["offensive", "professional", "peer_support"]) == []


def test_packed_weights_sum_as_the_weights() -> None:
    """All heads' weights of a feature are one integer (``pack``): summing packed weights must
    give each head's own sum, negative sums included."""
    rows = [(127, -127, 0, 5), (-3, 0, -127, -128), (64, 99, -1, 1)] * 40
    total = sum(packed(row) for row in rows)
    assert unpack(total, 4) == tuple(sum(column) for column in zip(*rows, strict=True))
    assert unpack(packed((-1, -2, -3)), 3) == (-1, -2, -3)


def test_a_word_never_seen_shares_its_stem_and_category() -> None:
    """A light stemmer and hand-made categories let words the training data never had count:
    "threatening" shares "threaten"'s stem, "numpties" is an insult like "idiots"."""
    assert stem("threatening") == stem("threatened") == stem("threatens") == "threaten"
    assert stem("stopped") == "stop" and stem("bullies") == "bully" and stem("carers") == "carer"
    assert stem("bus") == "bus" and stem("don't") == "don't"
    assert "k:insult" in word_features("numpties") and "k:insult" in word_features("idiots")
    assert "k:medicine" in word_features("tablets")
    assert not any(f.startswith("k:") for f in word_features("kettle"))


@pytest.mark.parametrize("extra", [0, 1, BLOCK - 1, BLOCK, 3 * BLOCK + 5])
def test_a_table_is_read_as_shipped_lines(extra: int) -> None:
    """A table (``Table``) is one string of sorted lines in blocks, a feature written as what it
    adds to the one before it in its block, then a character for each head's weight; a feature
    is found by bisection over the blocks and a reading of its block, and a missing one weighs
    nothing, with any number of lines before and after it."""
    table_weights = {
        "b:^ so": (1, 2),
        "b:so so": (3, -4),
        "b:so what": (-127, 127),
        "b:sob x": (9, 9),
        "w:so": (5, 0),
        "w:sp": (-117, -118),  # the weights whose characters are about the line break's
        "w:" + "x" * 7: (1, 1),  # the next shares its 9 characters: a count of a line break's code
        "w:" + "x" * 7 + "y": (2, 2),
    }
    table_weights |= {f"a:{n:03d}": (n % 127, -n % 127) for n in range(extra)}
    table_weights |= {f"z:{n:03d}": (-n % 127, n % 127) for n in range(extra)}
    text = table_text(table_weights)
    assert text.count("\n") == len(table_weights)
    for lines in (text, text[:-1]):  # with and without a line break at the end
        table = Table(lines, (0, 0))
        assert table.unpacked() == table_weights
        for feature, values in table_weights.items():
            assert unpack(table.get(feature), 2) == values
            for missing in (feature[:-1], feature + " ", feature + "0", "b:so wh", "w:s", "!"):
                if missing not in table_weights:
                    assert table.get(missing) == 0
        assert table.get("") == table.get("~") == table.get("b:so") == 0


def test_a_weight_is_one_character_of_one_byte_and_never_a_line_break() -> None:
    every = range(-LARGEST, LARGEST + 1)
    chars = weight_chars(every)
    assert len(chars) == len(every) and "\n" not in chars
    assert max(map(ord, chars)) <= 255  # a byte a character in a Python string
    assert Table(table_text({"x": every}), every).unpacked() == {"x": tuple(every)}
    for out_of_range in (-LARGEST - 1, LARGEST + 1):
        with pytest.raises(ValueError):
            weight_chars([out_of_range])
