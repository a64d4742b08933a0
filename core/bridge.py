"""The only place that speaks JSON to the browser.

The engine worker calls ``handle(request_json)`` with one request and gets one JSON reply back.
Requests: ``{"type": "check", "text": ..., "packs": [...] | null, "site": ... | null,
"names": [...], "phrases": [...]}`` and
``{"type": "packs"}``. Replies always carry ``"ok"``; a bad request gets ``"ok": false`` and an
``"error"`` sentence rather than an exception, so the extension can fail open.

A check's reply is bounded whatever the draft: only its first ``MAX_DRAFT_UTF16`` UTF-16 units
are read (the longest post any of the sites accepts; the reply then says ``"truncated": true``
and ``"checked": n``, the units read), and at most ``MAX_FINDINGS`` findings are sent, the rest
counted in ``"more"``. Each finding carries its rule id, severity, span, words and replacement:
the message, why and suggestion are the rule's own, which the extension ships in
shared/registry.js, so a reply does not repeat them. A draft written in another language is
checked by the packs that do not read English words only, and the reply says
``"skipped": {"packs": [...], "reason": "language"}``. The command line (``python -m core``) keeps
the full findings.

``start(request_json)`` is ``handle`` in steps, for the engine worker, which serves every tab: it
gives a ``Job`` whose ``step(budget_ms)`` works on the request for about that long and returns its
reply once done (``None`` until then), so that the worker can answer a short draft that arrives
while a long one is read (``core.engine.check_steps``). The reply is the one ``handle`` gives.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from time import perf_counter
from typing import Any

from . import __version__
from .engine import check_steps, cycles_collected_after, finish
from .model import Finding
from .registry import describe

MAX_DRAFT_UTF16 = 65_536
MAX_FINDINGS = 200


def _string_list(request: dict[str, Any], key: str) -> list[str]:
    value = request.get(key) or []
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ValueError(f"{key} must be a list of strings")
    return value


def checked_part(text: str) -> str:
    """The draft up to MAX_DRAFT_UTF16 UTF-16 units, never splitting a surrogate pair."""
    if len(text) <= MAX_DRAFT_UTF16 // 2:
        return text
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) <= 2 * MAX_DRAFT_UTF16:
        return text
    # A high surrogate cut from its pair is dropped by "ignore".
    return units[: 2 * MAX_DRAFT_UTF16].decode("utf-16-le", "ignore")


# What a page is sent of each finding: its words come from the registry the extension ships.
_BRIEF_FIELDS = frozenset(("rule", "severity", "start", "end", "match", "replacement"))


def _brief(finding: Finding) -> dict[str, object]:
    return {k: v for k, v in finding.to_dict().items() if k in _BRIEF_FIELDS}


def _check(request: dict[str, Any]) -> Generator[None, None, dict[str, Any]]:
    text = request.get("text")
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    packs = request.get("packs")
    if packs is not None and not (
        isinstance(packs, list) and all(isinstance(p, str) for p in packs)
    ):
        raise ValueError("packs must be a list of pack ids")
    part = checked_part(text)
    checked = yield from check_steps(
        part,
        packs=packs,
        site=request.get("site"),
        names=_string_list(request, "names"),
        phrases=_string_list(request, "phrases"),
    )
    findings = checked.findings
    reply: dict[str, Any] = {
        "version": 2,
        "findings": [_brief(f) for f in findings[:MAX_FINDINGS]],
    }
    if len(findings) > MAX_FINDINGS:
        reply["more"] = len(findings) - MAX_FINDINGS
    if checked.skipped:
        # The draft is not in English: the packs that read English words were left out.
        reply["skipped"] = {"packs": list(checked.skipped), "reason": "language"}
    if part is not text:
        reply["truncated"] = True
        reply["checked"] = len(part.encode("utf-16-le", "surrogatepass")) // 2
    return reply


# What a request that is not understood gets instead of a reply.
_BAD_REQUEST = (ValueError, TypeError, AttributeError)


def _error(error: Exception) -> str:
    return json.dumps({"ok": False, "error": str(error)})


def _reply(request: Any) -> Generator[None, None, str]:
    """The reply to a parsed request, in steps (a check yields between its rules)."""
    kind = request.get("type")
    if kind == "check":
        reply = yield from _check(request)
    elif kind == "packs":
        reply = {"packs": describe()}
    elif kind == "version":
        reply = {"version": __version__}
    else:
        raise ValueError(f"unknown request type: {kind!r}")
    reply["ok"] = True
    return json.dumps(reply, ensure_ascii=False)


def handle(request_json: str) -> str:
    try:
        return finish(_reply(json.loads(request_json)))
    except _BAD_REQUEST as error:
        return _error(error)


class Job:
    """One request worked on in steps (``start``)."""

    def __init__(self, request_json: str) -> None:
        self._reply: str | None = None
        self._steps: Generator[None, None, str] | None = None
        try:
            self._steps = _reply(json.loads(request_json))
        except _BAD_REQUEST as error:
            self._reply = _error(error)

    def step(self, budget_ms: float) -> str | None:
        """Work on the request for about ``budget_ms`` (at least one step: one rule of a check,
        which a long draft can take longer over): the reply once it is ready, else None."""
        if self._reply is not None or self._steps is None:
            return self._reply
        deadline = perf_counter() + budget_ms / 1000
        try:
            with cycles_collected_after():
                while True:
                    next(self._steps)
                    if perf_counter() >= deadline:
                        return None
        except StopIteration as done:
            self._reply = done.value
        except _BAD_REQUEST as error:
            self._reply = _error(error)
        self._steps = None
        return self._reply

    def close(self) -> None:
        """Give the request up before its end (its draft is forgotten)."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None


def start(request_json: str) -> Job:
    """``handle`` in steps: the ``Job`` that works out the reply to ``request_json``."""
    return Job(request_json)
