"""A small learned scorer for the conduct packs: which sentences read as offensive, unprofessional
or unkind to peers where no rule's words say so (``scorer``), from features (``features``) and
weights shipped as data (``weights``, made by ``python -m bench.train_scorer``).

``with_scorer(rules)`` is how a pack adds it: each rule the scorer has weights for also reports
the sentences given to it, after its own findings and only where they overlap none of them, with
the rule's own message, why, suggestion and severity. A sentence the scorer finds by a small
margin only (under its pack's ``WARN`` threshold) is a reminder, at info, unless one of the pack's
own rules warns about something else in the same draft, or the pack's own reading backs that
sentence (``seconded``): the scorer alone is sure of little, and a warning on a clean draft costs
the writer's trust more than a missed reminder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from ..draft import Draft
from ..matchers.custom import Custom
from ..matchers.sentences import Either
from ..model import Context, Reminder, Rule, Severity, Span
from . import weights
from .scorer import given, learned


def with_scorer(
    rules: tuple[Rule, ...], seconded: Callable[[Draft, Span], bool] | None = None
) -> tuple[Rule, ...]:
    """``rules``, each that the scorer learned with its sentences added. ``seconded``, if given,
    tells whether the pack's own reading backs a reminder's sentence (a word of its lexicons in
    it): such a reminder warns too."""

    def asked(draft: Draft) -> dict[Context, bool]:
        """``own_rules_warn``'s answers for a draft, by context: several of the pack's rules
        given reminders ask it of one draft, and each asking ran the pack's rules again (3.5 ms
        a time on a 100,000-character draft)."""
        return {}

    def own_rules_warn(draft: Draft, context: Context) -> bool:
        """Whether a rule of the pack, by its own words, warns about something in the draft
        (worked out once per draft and context)."""
        answers = draft.analysis(asked)
        found = answers.get(context)
        if found is None:
            found = answers[context] = _warns(draft, context)
        return found

    def _warns(draft: Draft, context: Context) -> bool:
        return any(
            rule.severity_on(context.site) is not Severity.INFO
            and any(span.end > span.start for span in rule.matcher.find(draft, context))
            for rule in rules
        )

    def scored(rule_id: str) -> Custom:
        learned(rule_id)  # refuses a rule the scorer has no weights for

        def find(draft: Draft, context: Context) -> Iterable[Span]:
            # ``learned(rule_id)``'s spans, read straight from the draft's scoring: a list, not
            # a generator (most rules are given no sentence of most drafts).
            spans = given(rule_id, draft)
            if not spans:
                return spans
            if any(type(span) is Reminder for span in spans):
                if own_rules_warn(draft, context):
                    spans = [Span(span.start, span.end) for span in spans]
                elif seconded is not None:
                    spans = [
                        Span(span.start, span.end)
                        if type(span) is Reminder and seconded(draft, span)
                        else span
                        for span in spans
                    ]
            return spans

        return Custom(find)

    return tuple(
        replace(rule, matcher=Either((rule.matcher, scored(rule.id))))
        if rule.id in weights.RULES.get(rule.pack, ())
        else rule
        for rule in rules
    )
