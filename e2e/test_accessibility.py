"""Accessibility: axe-core's WCAG 2 A and AA rules find nothing on the extension's pages and on the
"Think before you post" panel open on a site, in Chromium with the real dist/ build, in the light
and the dark colour scheme.

axe-core is the pinned npm package. It is put into the page with Playwright's evaluate, which runs
through the DevTools protocol and so is not blocked by the extension pages' or the site's CSP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e.tabs import ChromiumTab
from e2e.test_extension_send import open_panel

AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Any, include: str | None = None) -> list[dict[str, Any]]:
    """Run axe on the page (or only inside `include`) and return its violations, briefly."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    context = json.dumps({"include": [include]} if include else {"exclude": []})
    result = page.evaluate(
        f"""async () => {{
          const result = await axe.run({context}, {{
            runOnly: {{ type: "tag", values: {json.dumps(WCAG_TAGS)} }},
            resultTypes: ["violations"],
          }});
          return result.violations.map((v) => ({{
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({{ target: n.target, summary: n.failureSummary }})),
          }}));
        }}"""
    )
    return list(result)


def describe(violations: list[dict[str, Any]]) -> str:
    return json.dumps(violations, indent=1)


@pytest.fixture(params=["light", "dark"])
def page(request: pytest.FixtureRequest, chromium_with_extension: Any) -> Iterator[Any]:
    page = chromium_with_extension.new_page()
    page.emulate_media(color_scheme=request.param)
    try:
        yield page
    finally:
        page.close()


def extension_url(context: Any, path: str) -> str:
    return f"chrome-extension://{context.extension_id}/{path}"


@pytest.mark.parametrize(
    "path", ["options/options.html", "popup/popup.html", "onboarding/onboarding.html"]
)
def test_extension_page_has_no_wcag_violations(
    page: Any, chromium_with_extension: Any, path: str
) -> None:
    page.goto(extension_url(chromium_with_extension, path))
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_options_page_with_messages_and_the_reset_dialog_has_no_wcag_violations(
    page: Any, chromium_with_extension: Any
) -> None:
    page.goto(extension_url(chromium_with_extension, "options/options.html"))
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    # An error message on a list, and the reset confirmation open.
    page.locator("#phrases").fill("x" * 61)
    page.get_by_role("button", name="Save phrases").click()
    page.wait_for_function("() => document.getElementById('phrases').ariaInvalid === 'true'")
    page.get_by_role("button", name="Reset to the usual settings").click()
    page.get_by_role("dialog", name="Reset your settings?").wait_for()
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.get_by_role("button", name="Keep my settings").click()


def test_practice_page_has_no_wcag_violations(page: Any, chromium_with_extension: Any) -> None:
    page.goto(extension_url(chromium_with_extension, "practice/practice.html"))
    page.wait_for_load_state("load")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_panel_on_whatsapp_has_no_wcag_violations(page: Any) -> None:
    tab = ChromiumTab(page)
    open_panel(tab)
    violations = axe_violations(page, include="tbyp-root")
    assert violations == [], describe(violations)


@pytest.mark.parametrize(
    "path", ["options/options.html", "popup/popup.html", "onboarding/onboarding.html"]
)
def test_extension_page_reflows_at_400_percent_zoom_without_sideways_scrolling(
    chromium_with_extension: Any, path: str
) -> None:
    """WCAG 1.4.10: 1280 CSS pixels at 400 % zoom is a 320-pixel-wide window (200 % is 640)."""
    page = chromium_with_extension.new_page()
    page.set_viewport_size({"width": 320, "height": 480})
    try:
        page.goto(extension_url(chromium_with_extension, path))
        page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], widths
    finally:
        page.close()
