"""The only place that speaks JSON to the browser.

The engine worker calls ``handle(request_json)`` with one request and gets one JSON reply back.
Requests: ``{"type": "check", "text": ..., "packs": [...] | null, "site": ... | null}`` and
``{"type": "packs"}``. Replies always carry ``"ok"``; a bad request gets ``"ok": false`` and an
``"error"`` sentence rather than an exception, so the extension can fail open.
"""

from __future__ import annotations

import json
from typing import Any

from . import __version__
from .engine import check
from .registry import describe


def findings_json(text: str, packs: list[str] | None, site: str | None) -> dict[str, Any]:
    return {"version": 1, "findings": [f.to_dict() for f in check(text, packs=packs, site=site)]}


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
            reply: dict[str, Any] = findings_json(text, packs, request.get("site"))
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
