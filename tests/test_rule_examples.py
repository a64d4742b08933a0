"""Every rule's own examples, run as tests: each ``flags`` example fires on exactly the marked
span(s); each ``passes`` example (a near-miss) stays clean for that rule."""

from __future__ import annotations

import pytest

from core.engine import run_rules
from core.model import Context, Rule
from core.registry import ALL_RULES
from tests.examples import to_python_index, unmark

FLAGS = [(rule, ex) for rule in ALL_RULES for ex in rule.flags]
PASSES = [(rule, ex) for rule in ALL_RULES for ex in rule.passes]


def _spans(rule: Rule, text: str) -> list[tuple[int, int]]:
    context = rule.example_context or Context(site=rule.example_site)
    findings = run_rules(text, [rule], context)
    return [(to_python_index(text, f.start), to_python_index(text, f.end)) for f in findings]


@pytest.mark.parametrize(("rule", "example"), FLAGS, ids=[f"{r.id}:{e[:40]}" for r, e in FLAGS])
def test_flags_example_fires_on_the_marked_span(rule: Rule, example: str) -> None:
    text, expected = unmark(example)
    assert expected, f"{rule.id}: a flags example must mark its span with [[ ]]: {example!r}"
    assert _spans(rule, text) == expected


@pytest.mark.parametrize(("rule", "example"), PASSES, ids=[f"{r.id}:{e[:40]}" for r, e in PASSES])
def test_passes_example_stays_clean(rule: Rule, example: str) -> None:
    assert _spans(rule, example) == []
