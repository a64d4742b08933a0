"""Managed settings, in both browsers with the real build: an organisation's policy locks packs,
sites and reminders, adds its own phrases and names, asks for a reason before "Post anyway", and
hides the pause; bad values in it are left out one by one with a notice, and everything else
still works.

How each browser gets the policy:
- Firefox: a real policies.json (`3rdparty.Extensions.<add-on id>`), in a temporary folder named
  by the pref `browser.policies.alternatePath`. Firefox ESR honours that pref only "in automation"
  (EnterprisePoliciesParent.sys.mjs: `Cu.isInAutomation || AppConstants.NIGHTLY_BUILD`), which is
  true when the profile sets `security.turn_off_all_security_so_that_viruses_can_take_over_this_
  computer` and the environment has MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (both are needed: measured
  with Firefox ESR 153). The profile and the folder are this test's own; the distribution folder
  next to the binary, shared by everything on the machine, is left alone.
- Chromium: Debian's chromium reads policies from /etc/chromium/policies/managed/ for every
  browser on the machine, which would reach other test runs. So by default the testing build's
  own path is used (shared/policy.js: a policy the test writes into storage.local, read only by
  the testing build), and the real file only when TBYP_E2E_SYSTEM_POLICY=1 says this machine may
  be changed (test_a_real_chromium_policy_file_is_read; skipped otherwise).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e.browsers import (
    SYSTEM_POLICY_DIR,
    launch_firefox,
    skip_unless_system_policy_allowed,
)
from e2e.conftest import FIREFOX_UUID, GECKO_ID
from e2e.https_sites import HttpsSites, firefox_options
from e2e.tabs import WAIT_MS, Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    DIALOG,
    NUMBER,
    SHADOW,
    WA_COMPOSER,
    WHATSAPP,
    click_dialog_button,
    dialog_buttons,
    sent,
    wait_for_check,
)
from e2e.test_options_page import Options, fresh_options

Tab = ChromiumTab | FirefoxTab
ROOT = Path(__file__).resolve().parents[1]
ORG_NAME = "Bramblewick"
POLICY: dict[str, Any] = {
    "packs": {"offensive": True, "professional": False, "no_such_pack": True},
    "sites": {"linkedin": False},
    "showInfo": False,
    "organisationPhrases": ["Rose Court"],
    "organisationNames": [ORG_NAME],
    "postAnyway": "reason",
    "hidePause": True,
    "colour": "blue",
}
IGNORED = "packs.no_such_pack, colour"
DRAFT = f"Took Mrs {ORG_NAME} to Rose Court, her NHS number is {NUMBER}."
REASON = "Agreed with the ward manager"


def policies_json(policy: dict[str, Any]) -> str:
    return json.dumps({"policies": {"3rdparty": {"Extensions": {GECKO_ID: policy}}}}, indent=2)


@pytest.fixture(scope="module")
def firefox_with_policy(
    https_sites: HttpsSites, dist: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """Firefox with POLICY in a real policies.json, read through browser.policies.alternatePath."""
    folder = tmp_path_factory.mktemp("firefox-policies")
    (folder / "policies.json").write_text(policies_json(POLICY), encoding="utf-8")
    prefs = {
        "security.turn_off_all_security_so_that_viruses_can_take_over_this_computer": True,
        "browser.policies.alternatePath": str(folder / "policies.json"),
    }
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MOZ_DISABLE_NONLOCAL_CONNECTIONS", "1")  # geckodriver passes it to Firefox
        driver = launch_firefox(
            firefox_options(prefs=prefs),
            addon_path=dist / "think-before-you-post-firefox.zip",
            addon_id=GECKO_ID,
            addon_uuid=FIREFOX_UUID,
        )
    driver.extension_base = f"moz-extension://{FIREFOX_UUID}/"
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(params=["chromium", "firefox"])
def managed(request: pytest.FixtureRequest) -> Browser:
    """Each browser with the build installed; Firefox with POLICY in its policies.json."""
    if request.param == "chromium":
        return Browser("chromium", request.getfixturevalue("chromium_with_extension"))
    return Browser("firefox", request.getfixturevalue("firefox_with_policy"))


@pytest.fixture
def options(managed: Browser) -> Iterator[Options]:
    """The options page, with the user's settings cleared; afterwards cleared again."""
    with fresh_options(managed) as page:
        yield page


def set_test_policy(options: Options, policy: Any) -> None:
    """The testing build's own path: a policy written into storage.local (see shared/policy.js)."""
    options.js(f"TBYP.api.storage.local.set({{testManagedPolicy: {json.dumps(policy)}}})")
    options.open()


def with_policy(options: Options) -> None:
    """POLICY in force: Firefox read it from policies.json; Chromium gets it the testing way."""
    if isinstance(options.tab, ChromiumTab):
        set_test_policy(options, POLICY)


def shown(options: Options, element_id: str) -> bool:
    return options.js(f"!document.getElementById({json.dumps(element_id)}).hidden")


# --- the options page -----------------------------------------------------------------------------


def test_the_options_page_shows_what_the_organisation_set_as_locked(options: Options) -> None:
    with_policy(options)
    options.tab.wait_until("!document.getElementById('managed-notice').hidden")
    # Locked: on or off as the organisation said, disabled, with a line saying who set it.
    for switch, checked in [
        ("pack-offensive", True),
        ("pack-professional", False),
        ("site-linkedin", False),
        ("show-info", False),
    ]:
        state = options.js(
            f"(() => {{ const s = document.getElementById('{switch}'); return [s.checked, "
            f"s.disabled, !document.getElementById('{switch}-locked').hidden, "
            f"s.getAttribute('aria-describedby').includes('{switch}-locked')]; }})()"
        )
        assert state == [checked, True, True, True], switch
    assert options.text("#pack-offensive-locked") == "Set by your organisation"
    # Not set by the organisation: the user's to change.
    for switch in ["pack-identifiers", "site-whatsapp", "quiet-mode"]:
        assert options.js(f"document.getElementById('{switch}').disabled") is False, switch
        assert not shown(options, f"{switch}-locked"), switch
    # The pause is hidden; the organisation's lists are shown, read only.
    assert not shown(options, "pause") and not shown(options, "resume")
    assert options.text("#pause-state") == "Your organisation has switched off pausing."
    assert options.text("#org-phrases-list") == "Rose Court"
    assert options.text("#org-names-list") == ORG_NAME
    assert "asks for a short reason" in options.text("#managed-post-anyway")
    # The values it could not use are named, and the rest applies.
    assert options.text("#managed-ignored") == (
        f"Some of your organisation's settings could not be used and were left out: {IGNORED}. "
        "Everything else they set is in use. Please tell whoever looks after your computers."
    )
    # What the user had chosen stays theirs, under the organisation's: clicking a locked switch
    # changes nothing.
    before = options.storage("sync")
    options.js("(document.getElementById('pack-professional').click(), true)")
    assert options.js("document.getElementById('pack-professional').checked") is False
    assert options.storage("sync") == before


def test_a_draft_needs_a_reason_before_post_anyway_and_the_reason_stays_on_the_device(
    options: Options,
) -> None:
    with_policy(options)
    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    # The organisation's name and phrase, though the user has no lists of their own.
    wait_for_check(tab, "findings", ("custom.name", "custom.phrase", "identifiers.nhs_number"))
    rules = tab.js(f"[...{SHADOW}.querySelectorAll('.mark[data-rule]')].map((m) => m.dataset.rule)")
    assert {"custom.name", "custom.phrase", "identifiers.nhs_number"} <= set(rules)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert dialog_buttons(tab) == ["Edit", "Remove identifiers", "Post anyway"]
    post = f"{DIALOG}.querySelector('[data-action=post]')"
    assert tab.js(f"{post}.disabled") is True
    label = tab.js(f"{SHADOW}.querySelector('label[for=tbyp-reason]').textContent")
    assert label == "Your organisation asks for a short reason before posting this anyway"

    click_in_panel(tab, "#tbyp-reason")
    tab.type(REASON)
    tab.wait_until(f"!{post}.disabled")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": DRAFT}]

    options.open()
    local = wait_for_storage(options, "postAnywayReasons")
    [entry] = local["postAnywayReasons"]
    assert set(entry) == {"time", "rules", "reason"}
    assert entry["reason"] == REASON
    assert {"custom.name", "identifiers.nhs_number"} <= set(entry["rules"])
    # Nothing of the draft anywhere in storage (the organisation's policy aside: as the test wrote
    # it, and as last read, which hold its phrase and name).
    policy_keys = {"testManagedPolicy", "managedPolicySeen"}
    kept = json.dumps({k: v for k, v in local.items() if k not in policy_keys})
    kept += json.dumps(options.storage("sync"))
    assert NUMBER not in kept and "Rose Court" not in kept and ORG_NAME not in kept


def wait_for_storage(options: Options, key: str) -> dict[str, Any]:
    """storage.local once it holds `key` (the background writes it a moment after the click)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        local = options.storage("local")
        if key in local or time.monotonic() > deadline:
            return local
        options.tab.wait_until("new Promise((ok) => requestAnimationFrame(() => ok(true)))")


def click_in_panel(tab: Tab, css: str) -> None:
    if isinstance(tab, ChromiumTab):
        tab.page.locator(f"tbyp-root {css}").click()
    else:
        tab.driver.execute_script(f"return {SHADOW}.querySelector({json.dumps(css)})").click()


def test_a_tick_is_asked_for_when_the_organisation_says_so(options: Options) -> None:
    set_test_policy(options, {"postAnyway": "tick"})
    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(f"Her NHS number is {NUMBER}")
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    post = f"{DIALOG}.querySelector('[data-action=post]')"
    assert tab.js(f"{post}.disabled") is True
    label = tab.js(f"{SHADOW}.querySelector('label[for=tbyp-checked]').textContent.trim()")
    assert label == "I have checked this"
    click_in_panel(tab, "#tbyp-checked")
    tab.wait_until(f"!{post}.disabled")
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": f"Her NHS number is {NUMBER}"}]


def test_bad_policy_values_are_left_out_one_by_one_and_the_rest_applies(
    options: Options,
) -> None:
    set_test_policy(
        options,
        {
            "packs": "all of them",
            "sites": {"whatsapp": "yes", "facebook": False},
            "postAnyway": "never",
            "organisationPhrases": ["Rose Court", 42, "x" * 61, "  "],
            "hidePause": "yes",
        },
    )
    options.tab.wait_until("!document.getElementById('managed-ignored').hidden")
    assert options.text("#managed-ignored").startswith(
        "Some of your organisation's settings could not be used and were left out: packs, "
        "sites.whatsapp, organisationPhrases[1], organisationPhrases[2], "
        "organisationPhrases[3], postAnyway, hidePause."
    )
    # What could be used applies; the rest is the user's as usual.
    assert options.js("document.getElementById('site-facebook').disabled") is True
    assert options.js("document.getElementById('site-whatsapp').disabled") is False
    assert shown(options, "pause")
    assert options.text("#org-phrases-list") == "Rose Court"

    # The extension still checks, and Post anyway works as usual.
    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(f"Back at Rose Court, her NHS number is {NUMBER}")
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert tab.js(f"{DIALOG}.querySelector('[data-action=post]').disabled") is False
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")


def test_a_policy_that_is_not_an_object_is_left_out_with_a_notice(options: Options) -> None:
    set_test_policy(options, ["not", "a", "policy"])
    options.tab.wait_until("!document.getElementById('managed-ignored').hidden")
    assert "left out: everything." in options.text("#managed-ignored")
    assert options.js("document.getElementById('pack-identifiers').disabled") is False


# --- the rules of validation, one value at a time -----------------------------------------------

VALIDATION_CASES: list[tuple[Any, dict[str, Any], list[str]]] = [
    (None, {}, []),
    ({}, {}, []),
    ({"packs": {"identifiers": False}}, {"packs": {"identifiers": False}}, []),
    ({"packs": {"identifiers": 0}}, {"packs": {}}, ["packs.identifiers"]),
    ({"packs": []}, {"packs": {}}, ["packs"]),
    ({"sites": {"myspace": True}}, {"sites": {}}, ["sites.myspace"]),
    ({"showInfo": "false"}, {"showInfo": None}, ["showInfo"]),
    ({"quietMode": True}, {"quietMode": True}, []),
    ({"postAnyway": "tick"}, {"postAnyway": "tick"}, []),
    ({"postAnyway": "Reason"}, {"postAnyway": "direct"}, ["postAnyway"]),
    ({"hidePause": 1}, {"hidePause": False}, ["hidePause"]),
    (
        {"organisationNames": ["Ann", "ann", None, "Bo"]},
        {"names": ["Ann", "Bo"]},
        ["organisationNames[2]"],
    ),
    ({"organisationPhrases": "Rose Court"}, {"phrases": []}, ["organisationPhrases"]),
    ([1, 2], {}, ["everything"]),
    ("packs", {}, ["everything"]),
]


def test_policy_values_are_checked_one_by_one(options: Options) -> None:
    for raw, expected, ignored in VALIDATION_CASES:
        got = options.js(
            f"(() => {{ const r = TBYP.policy.validate({json.dumps(raw)}); "
            "return {policy: r.policy, ignored: r.ignored}; })()"
        )
        for key, value in expected.items():
            assert got["policy"].get(key) == value, (raw, key)
        assert got["ignored"] == ignored, raw
    phrases = [f"phrase {n}" for n in range(101)]
    got = options.js(f"TBYP.policy.validate({{organisationPhrases: {json.dumps(phrases)}}})")
    assert got["policy"]["phrases"] == phrases[:100]
    assert got["ignored"] == ["organisationPhrases[100…]"]


def test_the_schema_chrome_checks_has_the_keys_the_extension_reads(
    options: Options, dist: Path
) -> None:
    schema = json.loads((dist / "chrome" / "managed_schema.json").read_text(encoding="utf-8"))
    manifest = json.loads((dist / "chrome" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["storage"] == {"managed_schema": "managed_schema.json"}
    assert list(schema["properties"]) == options.js("TBYP.policy.POLICY_KEYS")
    modes = options.js("Object.values(TBYP.policy.POST_ANYWAY)")
    assert schema["properties"]["postAnyway"]["enum"] == modes
    assert list(schema["properties"]["packs"]["properties"]) == options.js(
        "TBYP.REGISTRY.packs.map((p) => p.id)"
    )
    assert list(schema["properties"]["sites"]["properties"]) == options.js("TBYP.SITES")


# --- the popup ------------------------------------------------------------------------------------


def test_the_popup_shows_a_locked_site_and_no_pause(managed: Browser) -> None:
    """The popup as it opens over a LinkedIn tab (Chromium: the tab the popup asks about is
    stood in for before its script runs, as a popup opened as a page has no site tab)."""
    if managed.kind != "chromium":
        pytest.skip("the popup's tab is stood in for through Playwright's init scripts")
    context = managed.handle
    page = context.new_page()
    try:
        options = Options(ChromiumTab(page), managed.options_url())
        options.open()
        set_test_policy(options, POLICY)
        page.add_init_script(
            """
            chrome.tabs.query = async () => [{ id: 4242, active: true }];
            chrome.tabs.sendMessage = async () => ({ ok: true, site: "linkedin", composers: 1,
              general: 0, enabled: false, engineReady: true });
            """
        )
        page.goto(managed.options_url().replace("options/options.html", "popup/popup.html"))
        page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
        assert page.locator("#site-enabled").is_disabled()
        assert page.locator("#site-enabled").is_checked() is False
        assert page.locator("#site-locked").text_content() == "Set by your organisation"
        assert page.locator("#site-locked").is_visible()
        assert page.locator("#pause").is_hidden() and page.locator("#resume").is_hidden()
        page.evaluate("() => chrome.storage.local.clear()")
    finally:
        page.close()


# --- a real policy file for Chromium, only where the machine may be changed --------------------


def unpacked_extension_id(path: Path) -> str:
    """Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits
    written with the letters a to p."""
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def test_a_real_chromium_policy_file_is_read(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, dist: Path
) -> None:
    skip_unless_system_policy_allowed("setting a policy for the whole machine")
    from playwright.sync_api import sync_playwright

    from e2e import sites
    from e2e.browsers import chromium_extension_id, launch_chromium

    extension = dist / "chrome"
    file = SYSTEM_POLICY_DIR / "think-before-you-post-e2e.json"
    # The folders this test makes, removed afterwards (those that were there are left).
    made = [d for d in (SYSTEM_POLICY_DIR, SYSTEM_POLICY_DIR.parent) if not d.exists()]
    SYSTEM_POLICY_DIR.mkdir(parents=True, exist_ok=True)
    policy = {"3rdparty": {"extensions": {unpacked_extension_id(extension): POLICY}}}
    file.write_text(json.dumps(policy), encoding="utf-8")
    try:
        with sync_playwright() as playwright:
            context = launch_chromium(
                playwright, tmp_path_factory.mktemp("chromium-policy"), extension_dir=extension
            )
            try:
                sites.route_sites(context, replica_build)
                context.extension_id = chromium_extension_id(context)
                assert context.extension_id == unpacked_extension_id(extension)
                page = context.new_page()
                options = Options(ChromiumTab(page), Browser("chromium", context).options_url())
                options.open()
                # Chromium checked the policy against managed_schema.json: what fits is there.
                managed = options.js("TBYP.api.storage.managed.get(null)")
                assert managed["postAnyway"] == "reason"
                assert managed["organisationNames"] == [ORG_NAME]
                options.tab.wait_until("!document.getElementById('managed-notice').hidden")
                assert options.js("document.getElementById('pack-professional').disabled")
            finally:
                context.close()
    finally:
        file.unlink(missing_ok=True)
        for folder in made:
            folder.rmdir()


# --- accessibility of what changed ----------------------------------------------------------------


def test_the_managed_options_page_and_the_reason_panel_have_no_wcag_violations(
    chromium_with_extension: Any,
) -> None:
    from e2e.test_accessibility import axe_violations, describe

    page = chromium_with_extension.new_page()
    try:
        tab = ChromiumTab(page)
        options = Options(tab, Browser("chromium", chromium_with_extension).options_url())
        options.open()
        set_test_policy(options, POLICY)
        options.tab.wait_until("!document.getElementById('managed-ignored').hidden")
        for scheme in ["light", "dark"]:
            page.emulate_media(color_scheme=scheme)
            violations = axe_violations(page)
            assert violations == [], describe(violations)

        tab.open(WHATSAPP)
        tab.click(WA_COMPOSER)
        tab.type(DRAFT)
        wait_for_check(tab, "findings")
        tab.press("Enter")
        tab.wait_until(f"Boolean({DIALOG})")
        for scheme in ["light", "dark"]:
            page.emulate_media(color_scheme=scheme)
            violations = axe_violations(page, include="tbyp-root")
            assert violations == [], describe(violations)
        click_dialog_button(tab, "Edit")
        options.open()
        options.js("TBYP.api.storage.sync.clear().then(() => TBYP.api.storage.local.clear())")
    finally:
        page.close()
