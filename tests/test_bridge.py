"""The JSON boundary the engine worker uses."""

from __future__ import annotations

import json

from core.bridge import handle


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
