"""The tenth round: a learned decision over the ordinary words that are names too ("will",
"hope", "Patience"), beside near-misses that must stay clean, and the data it reads."""

from __future__ import annotations

import pytest

from core.draft import Draft
from core.lexicons import name_decision, names
from core.packs import identifiers
from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("popped in to grace at tea, she hadnt eaten her dinner and was very muddled", "grace"),
        ("hope was in a lot of pain with her knee again, paracetamol at 2", "hope"),
        ("Patience is asking for you, she wants her nails done before the party", "Patience"),
    ],
)
def test_an_ordinary_word_said_as_a_person_supported_is_a_name(text: str, name: str) -> None:
    assert names_found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "grace period for the timesheets ends friday so get them in please",
        "hope everyone got home ok in the snow, roads were awful",
        "will let the office know the key safe code has changed",
        "Patience is wearing thin with this rota app, it logged me out again",
        "Cherry Tree Avenue is closed for the gas works, use the back road to the office",
    ],
)
def test_the_same_words_as_words_stay_clean(text: str) -> None:
    assert names_found(text) == []


def test_the_decision_reads_listed_names_that_are_ordinary_words() -> None:
    assert name_decision.CANDIDATES
    for word in name_decision.CANDIDATES:
        assert names.is_given_name(word) and names.is_common_word(word), word
    assert set(name_decision.WEIGHTS) <= set(identifiers.ORDINARY_NAME_FEATURES)


@pytest.mark.parametrize(
    "text",
    [
        "popped in to grace at tea, she hadnt eaten her dinner and was very muddled",
        "will let the office know. hope ur all ok, will was up all night and he's tired",
        "Ward called about Joy, she needs her tablets at 6. Faith in this team restored!",
    ],
)
def test_reading_the_costly_features_only_when_needed_decides_the_same(text: str) -> None:
    # The shortcut in ``ordinary_word_names`` skips the costly features when they cannot tip
    # the decision: it must decide as the sum over every feature does.
    draft = Draft(text)
    spans = draft.analysis(identifiers.rule_names)
    about_care = bool(identifiers.people.CARE_WORDS.intersection(draft.words)) or bool(
        draft.analysis(identifiers._identifier_spans)
    )
    full = [
        (start, end)
        for start, end in identifiers.ordinary_name_candidates(draft, spans)
        if name_decision.BIAS
        + sum(
            name_decision.WEIGHTS.get(f, 0.0)
            for f in identifiers.ordinary_name_features(draft, start, end, about_care, bool(spans))
        )
        > 0
    ]
    assert identifiers.ordinary_word_names(draft, spans) == full
