"""The README's rules section is generated from the registry and must be kept in step."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.docs import BEGIN, END, replace_section, rules_markdown
from core.registry import ALL_RULES

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_rule_is_documented() -> None:
    text = rules_markdown()
    for rule in ALL_RULES:
        assert f"`{rule.id}`" in text


@pytest.mark.skipif(not README.exists(), reason="README.md is not in this copy of the tests")
def test_readme_rules_section_is_up_to_date() -> None:
    current = README.read_text(encoding="utf-8")
    assert current == replace_section(current), "run `python build.py readme` to rewrite it"


def test_replace_section_needs_both_markers() -> None:
    with pytest.raises(ValueError):
        replace_section("no markers here")
    assert replace_section(f"a\n{BEGIN}\nold\n{END}\nb").startswith(f"a\n{BEGIN}\n")
