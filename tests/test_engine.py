"""The finding format and the public API's contract."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

import core
from core.text import normalise

DRAFT = "Her NHS number is 943 476 5919, can anyone help?"


def test_check_returns_frozen_findings_with_the_contracted_fields() -> None:
    (finding,) = core.check(DRAFT)
    assert dataclasses.is_dataclass(finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 0  # type: ignore[misc]
    assert finding.to_dict() == {
        "rule": "identifiers.nhs_number",
        "pack": "identifiers",
        "severity": "serious",
        "start": 18,
        "end": 30,
        "match": "943 476 5919",
        "message": finding.message,
        "why": finding.why,
        "suggestion": finding.suggestion,
        "replacement": "[NHS number]",
    }


def test_a_finding_holds_every_field_as_its_constructor_would_set_it() -> None:
    # The engine makes its findings with ``Finding.made``, which fills a finding's fields
    # directly: each finding must still equal, hash and read as the one ``Finding(...)`` makes
    # from the same values, with a value for every field (one added to ``Finding`` and not set
    # there would be missing), and ``made`` takes them in their order.
    findings = core.check(DRAFT + " Get in touch: jo.bloggs@example.com", packs=["identifiers"])
    assert len(findings) == 2
    names = [field.name for field in dataclasses.fields(core.Finding)]
    assert list(inspect.signature(core.Finding.made).parameters) == names
    for finding in findings:
        assert list(vars(finding)) == names
        made = core.Finding(**vars(finding))
        assert made == finding and hash(made) == hash(finding) and repr(made) == repr(finding)


def test_offsets_are_utf16_code_units() -> None:
    text = "😀😀 NHS 943 476 5919"
    (finding,) = core.check(text)
    # Each emoji is one Python character but two UTF-16 code units.
    assert (finding.start, finding.end) == (9, 21)
    assert text.encode("utf-16-le")[finding.start * 2 : finding.end * 2].decode("utf-16-le") == (
        "943 476 5919"
    )


def test_invisible_characters_do_not_hide_a_number_and_the_span_covers_them() -> None:
    text = "NHS 943\u200b476\u200b5919"
    (finding,) = core.check(text)
    assert finding.match == "943\u200b476\u200b5919"


def test_switching_a_pack_off_silences_its_rules() -> None:
    assert core.check(DRAFT, packs=[]) == []
    assert core.check(DRAFT, packs=["custom"]) == []
    assert len(core.check(DRAFT, packs=["identifiers"])) == 1


def test_each_pack_reports_a_sentence_whatever_other_packs_say_of_it() -> None:
    # Both packs read the whole sentence: as offensive, and as demeaning the people supported.
    text = "The residents here are a bunch of useless vegetables."
    alone = {pack: core.check(text, packs=[pack]) for pack in ("offensive", "professional")}
    assert all(alone.values())
    together = core.check(text, packs=["offensive", "professional"])
    for pack, findings in alone.items():
        assert [f for f in together if f.pack == pack] == findings
    assert len({(f.start, f.end) for f in together}) < len(together)  # the same span, twice


def test_unknown_pack_and_site_are_errors() -> None:
    with pytest.raises(core.UnknownPack):
        core.check(DRAFT, packs=["nope"])
    with pytest.raises(ValueError):
        core.check(DRAFT, site="myspace")


def test_empty_and_clean_drafts_have_no_findings() -> None:
    assert core.check("") == []
    assert core.check("Thanks all, the training on Tuesday was really useful.") == []


def test_normalise_maps_back_to_original_positions() -> None:
    norm = normalise("ａ\u200bb")
    assert norm.text == "ab"
    assert norm.to_original(0, 2) == (0, 3)
    assert norm.to_original(1, 2) == (2, 3)


def test_a_check_leaves_its_reading_of_the_draft_to_be_freed_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The readings of a draft refer back to it: unless the check drops them, every check leaves
    # a cycle that only the cycle collector frees, after going through all of it.
    import gc
    import weakref

    from core import draft as draft_module
    from core.engine import run_rules
    from core.model import Context
    from core.registry import ALL_RULES, PACK_IDS

    made: list[weakref.ref[draft_module.Draft]] = []
    plain_init = draft_module.Draft.__init__

    def init(self: draft_module.Draft, original: str) -> None:
        plain_init(self, original)
        made.append(weakref.ref(self))

    monkeypatch.setattr(draft_module.Draft, "__init__", init)
    text = (
        "Mrs Patel's NHS number is 943 476 5919. Honestly the agency staff were bloody useless, "
        "still waiting for an answer!!! Just crush her tablets into her yoghurt, lol. "
    ) * 20
    enabled = gc.isenabled()
    gc.disable()
    try:
        core.check(text, packs=PACK_IDS)
        run_rules(text, ALL_RULES, Context())
        assert made and all(ref() is None for ref in made)
    finally:
        if enabled:
            gc.enable()


def test_a_check_holds_the_cycle_collector_off_only_while_it_runs() -> None:
    import gc
    import json

    from core.bridge import start
    from core.engine import cycles_collected_after

    assert gc.isenabled()
    with cycles_collected_after():
        assert not gc.isenabled()
    assert gc.isenabled()
    core.check("Her NHS number is 943 476 5919. " * 200)
    assert gc.isenabled()
    job = start(json.dumps({"type": "check", "text": "Ring me on 07700 900123. " * 100}))
    while job.step(1) is None:
        assert gc.isenabled()  # not held off between a job's steps
    gc.disable()
    try:
        core.check("A draft checked while the collector is off leaves it off.")
        assert not gc.isenabled()
    finally:
        gc.enable()
