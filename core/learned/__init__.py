"""A small learned scorer for the conduct packs: which sentences read as offensive, unprofessional
or unkind to peers where no rule's words say so (``scorer``), from features (``features``) and
weights shipped as data (``weights``, made by ``python -m bench.train_scorer``).

``with_scorer(rules)`` is how a pack adds it: each rule the scorer has weights for also reports
the sentences given to it, after its own findings and only where they overlap none of them, with
the rule's own message, why, suggestion and severity.
"""

from __future__ import annotations

from dataclasses import replace

from ..matchers.sentences import Either
from ..model import Rule
from . import weights
from .scorer import learned


def with_scorer(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """``rules``, each that the scorer learned with its sentences added."""
    return tuple(
        replace(rule, matcher=Either((rule.matcher, learned(rule.id))))
        if rule.id in weights.RULES.get(rule.pack, ())
        else rule
        for rule in rules
    )
