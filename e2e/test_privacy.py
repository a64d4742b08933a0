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
from e2e.tabs import ChromiumTab, FirefoxTab
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
    seen = https_sites.requests[before:]
    assert seen, "the session reached the sites' server not even for the page itself"
    assert all(method == "GET" and replica_file(url) for method, url, _status in seen), seen
