"""Alternations written as prefix trees (core.matchers.trie) match exactly what they were."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.matchers import Cued, Pattern
from core.matchers.trie import factor
from core.registry import ALL_RULES

CORPUS = Path(__file__).parent / "corpus"


def _matches(regex: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.groups(), tuple(sorted(m.groupdict().items()))) for m in regex.finditer(text)
    ]


def _same(pattern: str, flags: int, texts: list[str]) -> None:
    plain = re.compile(pattern, flags)
    factored = re.compile(factor(pattern, flags), flags)
    for text in texts:
        assert _matches(factored, text) == _matches(plain, text), (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # Longer words first, as words_pattern writes them: greedy.
        (r"(?:foobar|foo|baz)", r"(?:foo(?:bar)?|baz)"),
        # A shorter word first: the longer one is tried only after it.
        (r"(?:foo|foobar|baz)", r"(?:foo(?:bar)??|baz)"),
        # What follows tells the two apart: the order no longer counts.
        (r"(?:a|an|the) x", r"(?:a(?:n)?|the) x"),
        (r"(?:a|an|the)\b", r"(?:a(?:n)?|the)\b"),
        (r"(?:a\s+b|a\s+c|d)", r"(?:a\s+(?:b|c)|d)"),
        # Left as written: a chain whose order is mixed, letters that differ in case only, too
        # few alternatives, anything but literal text.
        (r"(?:abc|ab|abcd)", r"(?:abc|ab|abcd)"),
        # Each node of a chain keeps its own order: "ab", then "abcd", then "abc".
        (r"(?:ab|abcd|abc)", r"(?:ab(?:c(?:d)?)??)"),
        (r"(?:Foo|foo|bar)", r"(?:Foo|foo|bar)"),
        (r"(?:foo|bar)", r"(?:foo|bar)"),
        (r"(?:fo+|bar|baz)", r"(?:fo+|bar|baz)"),
        (r"(?:a\s+|ab|c)", r"(?:a\s+|ab|c)"),
    ],
)
def test_factor_writes_a_tree_only_where_it_keeps_the_order(pattern: str, expected: str) -> None:
    assert factor(pattern) == expected
    _same(pattern, 0, ["foo foobar baz a an the x an x ab abc abcd Foo foo a  b a\tc d fooo"])


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(count)
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:ab|a|abc|b|ba|bab)c?",
        r"(?:a|ab|abc|b|ba|bab)(?:c|b)",
        r"x(?:ab|abc|abd|b)y",
        r"(?P<w>a\s+b|a\s+ba|b|bb)(?!\w)",
        r"(?<![ab])(?:aa|ab|ba|bb)(?![ab])",
        r"(?:|a|b|ab)b",
        r"(?i:(?:ab|aB|b|ba))",
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_factored_patterns_match_as_before_on_random_text(pattern: str, flags: int) -> None:
    _same(pattern, flags, _random_texts("abAB c\t", 400, 7))


def _patterns() -> Iterator[Pattern]:
    seen: list[object] = []

    def walk(matcher: object) -> Iterator[Pattern]:
        if any(matcher is m for m in seen):
            return
        seen.append(matcher)
        if isinstance(matcher, Pattern):
            yield matcher
        elif isinstance(matcher, Cued):
            yield matcher.pattern
        for name in ("matchers", "matcher"):
            inner = getattr(matcher, name, None)
            for m in inner if isinstance(inner, tuple) else [inner] if inner else []:
                yield from walk(m)

    for rule in ALL_RULES:
        yield from walk(rule.matcher)


def test_every_rule_pattern_finds_as_before_on_the_corpus() -> None:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str):
                texts.extend((text, text.lower()))
    patterns = list(_patterns())
    assert len(patterns) > 10
    factored = [p for p in patterns if factor(p.regex, p.flags) != p.regex]
    assert factored, "no rule's pattern has an alternation of words: nothing is tested here"
    for pattern in factored:
        _same(pattern.regex, pattern.flags, texts)
