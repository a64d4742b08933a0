"""Nothing leaves the browser: a whole session (typing, checking, the panel, Post anyway, the
options page and the popup) makes no network request of the extension's own.

Chromium records every request of the whole browser in a net-log; requests the extension starts
carry its chrome-extension:// origin as initiator, and there must be none to the network. The pages'
own requests are checked too: only the replica site's own files, all GET. In Firefox, every request
that reached the sites' server is listed; all are the replica's own files, all GET.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from e2e import sites
from e2e.browsers import chromium_extension_id, launch_chromium
from e2e.https_sites import HttpsSites
from e2e.tabs import Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    WHATSAPP,
    click_dialog_button,
    open_panel,
)

NETWORK_SCHEMES = ("http", "https", "ws", "wss", "ftp")


def replica_file(url: str) -> bool:
    """A page or asset the replica site itself serves (or a favicon the browser asks for)."""
    parts = urlsplit(url)
    site = sites.SITES_BY_HOST.get(parts.hostname or "")
    if site is None:
        return False
    return (
        parts.path in site.pages
        or parts.path.startswith(site.asset_prefix)
        or parts.path == "/favicon.ico"
    )


def full_session(tab: ChromiumTab | FirefoxTab) -> None:
    open_panel(tab)
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")


def test_chromium_session_makes_no_request_of_its_own(
    tmp_path: Path, replica_build: Path, dist: Path
) -> None:
    from playwright.sync_api import sync_playwright

    netlog = tmp_path / "netlog.json"
    page_requests: list[tuple[str, str]] = []
    with sync_playwright() as playwright:
        context = launch_chromium(
            playwright,
            tmp_path / "profile",
            extension_dir=dist / "chrome",
            args=[f"--log-net-log={netlog}", "--net-log-capture-mode=Default"],
        )
        context.on("request", lambda r: page_requests.append((r.method, r.url)))
        try:
            sites.route_sites(context, replica_build)
            extension_id = chromium_extension_id(context)
            full_session(ChromiumTab(context.new_page()))
            for page in ("options/options.html", "popup/popup.html"):
                extension_page = context.new_page()
                extension_page.goto(f"chrome-extension://{extension_id}/{page}")
                extension_page.wait_for_load_state("load")
        finally:
            context.close()

    log = json.loads(netlog.read_text(encoding="utf-8"))
    origin = f"chrome-extension://{extension_id}"
    ours = [
        event["params"]["url"]
        for event in log["events"]
        if event.get("params", {}).get("initiator", "").startswith(origin)
        and urlsplit(event["params"].get("url", "")).scheme in NETWORK_SCHEMES
    ]
    assert ours == []
    # Sanity: the log did record the session (the page's own loads are in it).
    assert any(e.get("params", {}).get("url", "").startswith(WHATSAPP) for e in log["events"])

    network = [(m, u) for m, u in page_requests if urlsplit(u).scheme in NETWORK_SCHEMES]
    assert network, "the session made no page request at all: the recording is broken"
    assert all(method == "GET" and replica_file(url) for method, url in network), network


def test_firefox_session_sends_nothing_to_the_sites(
    https_sites: HttpsSites, firefox_with_extension: Any
) -> None:
    before = len(https_sites.requests)
    full_session(FirefoxTab(firefox_with_extension))
    driver = firefox_with_extension
    for page in ("options/options.html", "popup/popup.html"):
        driver.get(driver.extension_base + page)
    # Only the three sites' names: under TBYP_E2E_LOOPBACK Firefox sends every name to this server,
    # its own update and settings requests too (with the default address only these names reach it).
    seen = [r for r in https_sites.requests[before:] if urlsplit(r[1]).hostname in sites.HOSTS]
    assert seen, "the session reached the sites' server not even for the page itself"
    assert all(method == "GET" and replica_file(url) for method, url, _status in seen), seen


def test_chromium_content_scripts_cannot_read_the_extensions_storage(
    chromium_with_extension: Any,
) -> None:
    """storage.local (private names, allow list and its key) and storage.sync (phrases) are
    limited to the extension's own pages: its content script, beside the site's scripts, is
    refused, and gets what it needs (whether the site is on) from the background."""
    page = chromium_with_extension.new_page()
    try:
        tab = ChromiumTab(page)
        tab.open(WHATSAPP)
        cdp = page.context.new_cdp_session(page)
        contexts: list[dict[str, Any]] = []
        cdp.on("Runtime.executionContextCreated", lambda event: contexts.append(event["context"]))
        cdp.send("Runtime.enable")
        origin = f"chrome-extension://{chromium_with_extension.extension_id}"
        tab.wait_until("true")  # one round trip more, for the context events to arrive
        (world,) = [c for c in contexts if c.get("origin") == origin]
        read = """(async () => {
          const tries = {};
          for (const area of ["local", "sync"]) {
            try {
              const got = await chrome.storage[area].get(null);
              tries[area] = "read " + Object.keys(got).length;
            } catch (error) {
              tries[area] = "refused";
            }
          }
          tries.runtime = typeof chrome.runtime.connect;
          return tries;
        })()"""
        result = cdp.send(
            "Runtime.evaluate",
            {
                "expression": read,
                "contextId": world["id"],
                "awaitPromise": True,
                "returnByValue": True,
            },
        )["result"]["value"]
        # The sanity line: this is the content script's world, which can reach the background.
        assert result == {"local": "refused", "sync": "refused", "runtime": "function"}
    finally:
        page.close()


def test_extension_pages_cannot_reach_the_network(browser: Browser) -> None:
    """The extension pages' CSP (connect-src 'self'): a fetch to a site is refused by the browser
    before any request is made, and reported as a connect-src violation."""
    probe = """
      const violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(e.effectiveDirective));
      fetch("https://www.facebook.com/groups/carers/").then(
        () => done({fetched: true, violations}),
        (error) => setTimeout(() => done({fetched: false, violations}), 0));
    """
    if browser.kind == "chromium":
        page = browser.handle.new_page()
        try:
            page.goto(browser.options_url())
            result = page.evaluate(f"() => new Promise((done) => {{ {probe} }})")
        finally:
            page.close()
    else:
        tab = browser.tab()
        assert isinstance(tab, FirefoxTab)
        (result,) = tab.in_extension_page(f"const done = arguments[arguments.length - 1]; {probe}")
    assert result == {"fetched": False, "violations": ["connect-src"]}
