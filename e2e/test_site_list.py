"""The list of sites is kept once, in core/sites.py; every other place is generated from it or
reads it. These tests fail when a place disagrees, or when a second copy of the list appears."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.generated import site_name_key, sites_js
from builder.manifests import content_scripts, manifest, match_patterns
from core.model import SITES as MODEL_SITES
from core.sites import HOSTS, SITES
from e2e import sites as replicas

ROOT = Path(__file__).resolve().parents[1]
ADAPTERS = ROOT / "extension" / "content" / "sites"
HOST_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")


def test_each_site_has_exact_host_names() -> None:
    assert SITES and SITES == tuple(HOSTS) == MODEL_SITES
    for site, hosts in HOSTS.items():
        assert re.fullmatch(r"[a-z]+", site), site
        assert hosts and len(set(hosts)) == len(hosts), site
        for host in hosts:
            assert HOST_NAME.fullmatch(host), f"{site}: {host!r} is not one exact host name"
    every_host = [host for hosts in HOSTS.values() for host in hosts]
    assert len(every_host) == len(set(every_host)), "a host belongs to one site only"


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_the_manifest_runs_the_content_scripts_on_the_sites_hosts_only(browser: str) -> None:
    """One entry for every site (builder/manifests.py, content_scripts: Chromium keeps each
    entry's scripts in the browser process), with every adapter: content/main.js runs the one
    whose hosts the page is on, and each adapter takes its hosts from the list (below)."""
    data = manifest(browser)
    scripts = data["content_scripts"]
    assert isinstance(scripts, list) and len(scripts) == 1
    (entry,) = scripts
    assert entry["matches"] == [f"https://{h}/*" for site in SITES for h in HOSTS[site]]
    adapters = [js for js in entry["js"] if js.startswith("content/sites/")]
    assert adapters == ["content/sites/site_adapter.js"] + [f"content/sites/{s}.js" for s in SITES]
    assert entry["js"] == content_scripts()
    assert data["host_permissions"] == [p for site in SITES for p in match_patterns(site)]


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_the_built_extension_carries_the_same_list(dist: Path, browser: str) -> None:
    built = dist / browser
    assert json.loads((built / "manifest.json").read_text(encoding="utf-8")) == manifest(browser)
    assert (built / "shared" / "sites.js").read_text(encoding="utf-8") == sites_js()
    assert all(f'"{site}"' in sites_js() for site in SITES)


def test_every_site_has_an_adapter_that_takes_its_hosts_from_the_list() -> None:
    files = {path.stem for path in ADAPTERS.glob("*.js")} - {"site_adapter"}
    assert files == set(SITES), "one adapter per site in core/sites.py, named by its id"
    for site in SITES:
        source = (ADAPTERS / f"{site}.js").read_text(encoding="utf-8")
        assert re.findall(r'\bid: "([a-z]+)"', source) == [site]
        assert re.findall(r"\bhosts: (.+),", source) == [f"TBYP.SITE_HOSTS.{site}"], (
            f"{site}.js: hosts come from core/sites.py, through shared/sites.js"
        )


def test_every_site_is_named_in_every_language() -> None:
    for messages in (ROOT / "extension" / "_locales").glob("*/messages.json"):
        names = json.loads(messages.read_text(encoding="utf-8"))
        for site in SITES:
            assert names.get(site_name_key(site), {}).get("message"), (messages, site)


def test_every_replica_stands_in_for_hosts_of_its_site() -> None:
    assert {replica.site_id for replica in replicas.SITES} == set(SITES)
    for replica in replicas.SITES:
        assert replica.host in HOSTS[replica.site_id], replica
    pages = {path.stem for path in (ROOT / "e2e" / "replicas").glob("*.html")}
    assert pages == set(SITES), "scripts/bundle_editors.mjs bundles every e2e/replicas/*.html"


def test_no_source_writes_out_the_list_again() -> None:
    # A line naming every site's id in quotes is a copy of the list. (With one site, any mention.)
    quoted = [re.compile(rf"[\"'`]{site}[\"'`]") for site in SITES]
    sources = [
        *(ROOT / "extension").rglob("*.js"),
        *(ROOT / "extension").rglob("*.html"),
        *(ROOT / "builder").glob("*.*"),
        *(ROOT / "scripts").glob("*.*"),
        *(ROOT / "core").rglob("*.py"),
        ROOT / "build.py",
    ]
    copies = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sources
        if path != ROOT / "core" / "sites.py" and path.suffix in {".py", ".js", ".mjs", ".html"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if all(pattern.search(line) for pattern in quoted)
    ]
    assert not copies, "keep the list of sites in core/sites.py only:\n" + "\n".join(copies)
