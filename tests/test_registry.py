"""Meta-tests over the registry: every rule is complete, has examples and sits in its pack."""

from __future__ import annotations

import importlib
import re

import pytest

from core.model import Rule
from core.registry import ALL_RULES, PACK_IDS, PACKS


def test_pack_ids_are_the_contracted_ones_in_order() -> None:
    contracted = [
        "identifiers",
        "offensive",
        "professional",
        "peer_support",
        "audience",
        "regulators",
        "custom",
    ]
    assert [p for p in contracted if p in PACK_IDS] == list(PACK_IDS)
    assert "identifiers" in PACK_IDS and "custom" in PACK_IDS


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule: Rule) -> None:
    assert rule.flags, f"{rule.id} has no flags examples"
    assert rule.passes, f"{rule.id} has no passes (near-miss) examples"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_id_names_its_pack_and_module(rule: Rule) -> None:
    assert re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", rule.id)
    pack = next(p for p in PACKS if rule in p.rules)
    assert rule.pack == pack.id
    module = importlib.import_module(f"core.packs.{pack.id}")
    assert rule in module.RULES


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_explains_itself_and_names_its_tip(rule: Rule) -> None:
    assert rule.message.strip() and rule.suggestion.strip()
    assert rule.why.strip().endswith(".")
    assert rule.tip.value.lower() in rule.why.lower(), f"{rule.id}: why must name its tip"
