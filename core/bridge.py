"""The only place that speaks JSON to the browser.

The engine worker calls ``handle(request_json)`` with one request and gets one JSON reply back.
Requests: ``{"type": "check", "text": ..., "packs": [...] | null, "site": ... | null,
"names": [...], "phrases": [...]}`` and
``{"type": "packs"}``. Replies always carry ``"ok"``; a bad request gets ``"ok": false`` and an
``"error"`` sentence rather than an exception, so the extension can fail open.
"""

from __future__ import annotations

import json
from typing import Any

from . import __version__
from .engine import check
from .registry import describe


def _string_list(request: dict[str, Any], key: str) -> list[str]:
    value = request.get(key) or []
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ValueError(f"{key} must be a list of strings")
    return value


def handle(request_json: str) -> str:
    try:
        request = json.loads(request_json)
        kind = request.get("type")
        if kind == "check":
            text = request.get("text")
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            packs = request.get("packs")
            if packs is not None and not (
                isinstance(packs, list) and all(isinstance(p, str) for p in packs)
            ):
                raise ValueError("packs must be a list of pack ids")
            findings = check(
                text,
                packs=packs,
                site=request.get("site"),
                names=_string_list(request, "names"),
                phrases=_string_list(request, "phrases"),
            )
            reply: dict[str, Any] = {"version": 1, "findings": [f.to_dict() for f in findings]}
        elif kind == "packs":
            reply = {"packs": describe()}
        elif kind == "version":
            reply = {"version": __version__}
        else:
            raise ValueError(f"unknown request type: {kind!r}")
    except (ValueError, TypeError, AttributeError) as error:
        return json.dumps({"ok": False, "error": str(error)})
    reply["ok"] = True
    return json.dumps(reply, ensure_ascii=False)
