"""The JSON boundary the engine worker uses."""

from __future__ import annotations

import json
import sys

import pytest

from core.bridge import MAX_DRAFT_UTF16, MAX_FINDINGS, checked_part, handle, start


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


# Modules the engine never needs: the command line's, and the rules' words in other languages (the
# extension reads them from the generated registry; the bridge describes packs in English only).
# Everything else must be imported by the time the warm-up check has run, because an engine started
# from a memory snapshot has no core files to import from (extension/engine/worker.js does not
# unpack them again).
NOT_IN_THE_ENGINE = {"core.__main__", "core.docs", "core.i18n.cy"}


@pytest.mark.skipif(sys.platform == "emscripten", reason="spawns a subprocess; Pyodide has none")
def test_the_warm_up_check_imports_every_module_the_engine_can_need() -> None:
    import re
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    source = (root / "extension" / "engine" / "engine_start.mjs").read_text(encoding="utf-8")
    warm_up = re.search(r"const WARM_UP_CODE = `(.*?)`;", source, re.S)
    request = re.search(r"const WARM_UP_REQUEST = JSON\.stringify\((\{.*?\})\);", source, re.S)
    assert warm_up and request, "engine_start.mjs no longer has WARM_UP_CODE / WARM_UP_REQUEST"
    # The request is a JavaScript object literal of strings, arrays and null: make it JSON.
    literal = re.sub(r'"\s*\+\s*"', "", request.group(1))
    literal = re.sub(r"(\w+):", r'"\1":', literal)
    literal = re.sub(r",(\s*[}\]])", r"\1", literal)
    json.loads(literal)
    program = (
        f"WARM_UP = {literal!r}\n{warm_up.group(1)}\n"
        "import pkgutil, sys, core\n"
        "every = {m.name for m in pkgutil.walk_packages(core.__path__, 'core.')}\n"
        "print(json.dumps(sorted(every - set(sys.modules))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", program], cwd=root, capture_output=True, text=True, check=True
    )
    missing = set(json.loads(run.stdout.splitlines()[-1])) - NOT_IN_THE_ENGINE
    assert not missing, (
        f"{sorted(missing)} are imported only later: an engine started from its snapshot cannot "
        "import them. Import them where the bridge is imported, or list command-line-only modules "
        "in NOT_IN_THE_ENGINE."
    )


def _requests() -> list[str]:
    """Check requests for the steps' tests: drafts of the conduct and identifiers corpora, on
    their sites, with the user's own names and phrases for some."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parent / "corpus"
    requests = []
    for name in ("conduct.jsonl", "identifiers.jsonl"):
        lines = (corpus / name).read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines[::9]):
            draft = json.loads(line)
            request = {"type": "check", "text": draft["text"], "site": draft.get("site")}
            if i % 3 == 0:
                request |= {"names": ["Jo Bloggs", "Mrs Patel"], "phrases": ["respite"]}
            requests.append(json.dumps(request))
    return requests


def _stepped(request: str) -> tuple[str, int]:
    """The reply to `request` worked out one step at a time, and the number of steps it took."""
    job = start(request)
    steps = 1
    while (reply := job.step(0)) is None:
        steps += 1
    return reply, steps


def test_a_request_in_steps_gets_the_reply_it_gets_in_one_go() -> None:
    requests = _requests()
    assert len(requests) > 60
    for request in [*requests, json.dumps({"type": "packs"}), "[]", json.dumps({"type": "x"})]:
        reply, _ = _stepped(request)
        assert reply == handle(request), request
    for request in ("not json", json.dumps({"type": "check", "text": "x", "packs": ["nope"]})):
        reply, steps = _stepped(request)
        assert json.loads(reply)["ok"] is False and steps == 1
    assert start(requests[0]).step(60_000) == handle(requests[0])  # a whole budget: at once


def test_short_checks_between_the_steps_of_a_long_one_change_no_reply() -> None:
    from bench.drafts import long_draft
    from core.registry import packs_for

    requests = _requests()
    long = json.dumps({"type": "check", "text": long_draft(12_000, 7), "site": "facebook"})
    expected = {request: handle(request) for request in [long, *requests]}
    job = start(long)
    answered = []
    steps = 1
    while (reply := job.step(0)) is None:
        # Between two steps of the long check: a short one in one go, another in steps.
        for request in (requests[steps % len(requests)], requests[-1 - steps % len(requests)]):
            answered.append((request, handle(request) if steps % 2 else _stepped(request)[0]))
        steps += 1
    # It yields after reading the draft and after each rule.
    assert steps == 2 + sum(len(p.rules) for p in packs_for(None))
    assert json.loads(reply)["findings"]
    assert reply == expected[long]
    for request, got in answered:
        assert got == expected[request], request


def test_a_check_given_up_forgets_its_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.draft import Draft

    forgotten = []
    forget = Draft.forget
    monkeypatch.setattr(Draft, "forget", lambda self: forgotten.append(forget(self)))
    job = start(json.dumps({"type": "check", "text": "NHS 943 476 5919. " * 200}))
    assert job.step(0) is None and job.step(0) is None
    assert not forgotten
    job.close()
    assert len(forgotten) == 1
    assert job.step(0) is None  # nothing more to work on, and no reply
