"""The engine's fast start, in Chromium with the real dist/ build: the first start in a profile
boots Pyodide plain and keeps a memory snapshot in the extension's IndexedDB; the next browser start
with the same profile boots from it; a damaged snapshot is never a broken engine (it falls back to a
plain start, which still underlines, and a fresh snapshot is stored). Timings live in the benchmark
(python build.py bench), never here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from e2e import sites
from e2e.browsers import launch_chromium
from e2e.tabs import ChromiumTab
from e2e.test_extension_send import (
    DRAFT,
    MARKS,
    NUMBER,
    WA_COMPOSER,
    type_draft,
    underline_covers,
)

ENGINE_WAIT_MS = 90_000

# Run in the extension's service worker: start the engine, then wait (polling its status) until it
# is ready and, when `stored` is true, until its snapshot has been written. Returns the status.
WAIT_READY = """async ({ stored, waitMs }) => {
  const until = Date.now() + waitMs;
  await TBYP.engine.warmUp();
  for (;;) {
    const status = await TBYP.engine.status();
    const done = status.status === "ready" && (!stored || status.snapshot === "stored");
    if (done || status.status === "failed" || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}"""

# Damage the stored snapshot in place. "memory": flip a byte in every stored 4 KiB page, so damaged
# memory is actually loaded (nothing but the warm-up check, an error or the host's time limit can
# tell). "layout": drop the last stored page, so the record no longer adds up when it is read.
CORRUPT = """async ({ db, store, key, damage }) => {
  const open = indexedDB.open(db);
  const conn = await new Promise((ok, ko) => { open.onsuccess = () => ok(open.result);
                                               open.onerror = () => ko(open.error); });
  const run = (mode, act) => new Promise((ok, ko) => {
    const tx = conn.transaction(store, mode);
    const req = act(tx.objectStore(store));
    tx.oncomplete = () => ok(req.result);
    tx.onerror = () => ko(tx.error);
  });
  const record = await run("readonly", (s) => s.get(key));
  const data = new Uint8Array(await record.data.arrayBuffer());
  if (damage === "memory") {
    for (let i = 1000; i < data.length; i += 4096) data[i] ^= 0xff;
    record.data = new Blob([data]);
  } else {
    record.data = new Blob([data.slice(0, data.length - 4096)]);
  }
  await run("readwrite", (s) => s.put(record, key));
  conn.close();
  return record.byteLength;
}"""


@contextmanager
def chromium(profile: Path, dist: Path, replica_build: Path) -> Iterator[Any]:
    """One browser start with this profile: the context and its extension service worker."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch_chromium(playwright, profile, extension_dir=dist / "chrome")
        sites.route_sites(context, replica_build)
        try:
            workers = context.service_workers
            context.worker = (
                workers[0] if workers else context.wait_for_event("serviceworker", timeout=30_000)
            )
            yield context
        finally:
            context.close()


def engine_ready(context: Any, *, stored: bool = False) -> dict[str, Any]:
    status = context.worker.evaluate(WAIT_READY, {"stored": stored, "waitMs": ENGINE_WAIT_MS})
    assert status["status"] == "ready", status
    return status


def snapshot_names(context: Any) -> dict[str, Any]:
    return context.worker.evaluate("({ ...TBYP.SNAPSHOT })")


def corrupt_snapshot(context: Any, *, damage: str) -> None:
    names = snapshot_names(context)
    length = context.worker.evaluate(
        CORRUPT, {"db": names["DB"], "store": names["STORE"], "key": names["KEY"], "damage": damage}
    )
    assert length > 1_000_000


def check_finds_the_nhs_number(context: Any) -> None:
    reply = context.worker.evaluate(
        "(text) => TBYP.engine.request({ type: 'check', text, packs: null }, 30000)", DRAFT
    )
    assert reply["ok"], reply
    assert [f["match"] for f in reply["findings"] if f["rule"] == "identifiers.nhs_number"] == [
        NUMBER
    ]


def underlines_in_a_page(context: Any) -> None:
    tab = ChromiumTab(context.new_page())
    type_draft(tab)
    tab.wait_until(f"{MARKS}.length > 0")
    assert underline_covers(tab, WA_COMPOSER, NUMBER, "identifiers.nhs_number")


def test_a_later_browser_start_boots_from_the_snapshot(
    tmp_path: Path, dist: Path, replica_build: Path
) -> None:
    profile = tmp_path / "profile"
    with chromium(profile, dist, replica_build) as first:
        status = engine_ready(first, stored=True)
        assert status["from"] == "plain"
        assert status["snapshot"] == "stored"
        # The plain start took its patterns and generated code from the build's boot cache: all
        # but the three patterns made from the warm-up's own name and phrase (a user's names and
        # phrases are not known at build time), and nothing was compiled from generated source.
        used, compiled = status["bootCache"]["patterns"]
        assert used > 200 and compiled <= 3, status["bootCache"]
        assert status["bootCache"]["sources"][1] == 0, status["bootCache"]
        # Only the pages that are not all zeros are kept.
        assert 0 < status["storedBytes"] < status["snapshotBytes"]
        check_finds_the_nhs_number(first)

    with chromium(profile, dist, replica_build) as later:
        status = engine_ready(later)
        assert status["from"] == "snapshot", status
        assert status["snapshot"] == "loaded"
        assert "fallback" not in status
        check_finds_the_nhs_number(later)
        underlines_in_a_page(later)
    # Pyodide's Wasm is compiled from its bytes in Chrome, so Chromium stored no code cache of it
    # (about 1 MB after two starts when it was streamed), which a later start would load and keep
    # at the cost of 3.5 MiB more written memory (extension/engine/engine_start.mjs).
    assert wasm_code_cache_bytes(profile) < 10_000


def wasm_code_cache_bytes(profile: Path) -> int:
    """The bytes of Chromium's Wasm code cache in the profile (its index alone when empty)."""
    cache = profile / "Default" / "Code Cache" / "wasm"
    return sum(f.stat().st_size for f in cache.rglob("*") if f.is_file())


@pytest.mark.parametrize("damage", ["memory", "layout"])
def test_a_damaged_snapshot_falls_back_to_a_plain_start_that_still_underlines(
    tmp_path: Path, dist: Path, replica_build: Path, damage: str
) -> None:
    profile = tmp_path / "profile"
    with chromium(profile, dist, replica_build) as first:
        engine_ready(first, stored=True)
        corrupt_snapshot(first, damage=damage)

    with chromium(profile, dist, replica_build) as later:
        status = engine_ready(later, stored=True)
        assert status["from"] == "plain", status
        assert status.get("fallback"), status
        if damage == "layout":
            assert "layout" in status["fallback"], status
        check_finds_the_nhs_number(later)
        underlines_in_a_page(later)
        # A fresh snapshot replaced the damaged one ...

    with chromium(profile, dist, replica_build) as again:
        # ... and the start after that uses it.
        assert engine_ready(again)["from"] == "snapshot"
