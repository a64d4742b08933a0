"""The JSON boundary the engine worker uses."""

from __future__ import annotations

import json

from core.bridge import MAX_DRAFT_UTF16, MAX_FINDINGS, checked_part, handle


def test_check_request_returns_findings() -> None:
    reply = json.loads(handle(json.dumps({"type": "check", "text": "NHS 943 476 5919"})))
    assert reply["ok"] is True
    assert reply["findings"][0]["replacement"] == "[NHS number]"


def test_bad_requests_get_an_error_not_an_exception() -> None:
    for request in (
        "not json",
        "[]",
        json.dumps({"type": "check", "text": 5}),
        json.dumps({"type": "check", "text": "x", "packs": ["nope"]}),
        json.dumps({"type": "dance"}),
    ):
        reply = json.loads(handle(request))
        assert reply["ok"] is False and reply["error"]


def test_packs_request_describes_the_registry() -> None:
    reply = json.loads(handle(json.dumps({"type": "packs"})))
    assert reply["packs"][0]["rules"][0]["id"] == "identifiers.nhs_number"


def _check(text: str) -> dict[str, object]:
    reply: dict[str, object] = json.loads(handle(json.dumps({"type": "check", "text": text})))
    return reply


def test_check_reply_names_rules_not_their_words() -> None:
    finding = _check("NHS 943 476 5919")["findings"][0]  # type: ignore[index]
    assert finding["rule"] == "identifiers.nhs_number"
    assert finding["severity"] and finding["match"] == "943 476 5919"
    assert not {"message", "why", "suggestion"} & set(finding)


def test_findings_past_the_cap_are_counted_not_sent() -> None:
    text = "NHS 943 476 5919. " * (MAX_FINDINGS + 7)
    reply = _check(text)
    assert len(reply["findings"]) == MAX_FINDINGS  # type: ignore[arg-type]
    assert reply["more"] == 7
    assert "more" not in _check("NHS 943 476 5919")


def test_a_draft_past_the_limit_is_checked_up_to_it() -> None:
    tail = "NHS 943 476 5919"
    reply = _check("a" * MAX_DRAFT_UTF16 + tail)
    assert reply["truncated"] is True and reply["checked"] == MAX_DRAFT_UTF16
    assert reply["findings"] == []
    near = _check("a" * (MAX_DRAFT_UTF16 - len(tail) - 1) + " " + tail)
    assert "truncated" not in near and near["findings"]


def test_the_cut_never_splits_a_surrogate_pair() -> None:
    text = "a" * (MAX_DRAFT_UTF16 - 1) + "\U0001f600" + "b"
    part = checked_part(text)
    assert part == "a" * (MAX_DRAFT_UTF16 - 1)
    assert _check(text)["checked"] == MAX_DRAFT_UTF16 - 1
