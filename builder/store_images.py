"""The stores' pictures, made in Chromium from the build users install: two 1280×800 screenshots
of the practice page (a draft with its underlines, then the "Think before you post" panel) and
the 440×280 promotional tile (store/promo-tile.html). Run by `python build.py release` with the
project's virtual environment (it needs Playwright and Debian's Chromium):

    .venv/bin/python -m builder.store_images EXTENSION_DIR OUT_DIR

Beside the pictures it writes screenshots.json: what the extension showed when each was taken, read
from its closed shadow root through Chromium's DevTools protocol as the browser tests do (the
underlines' and the panel's boxes on the screen, the panel's name and buttons), so a test can check
the pictures' pixels where the underline and the panel are.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from .paths import ROOT

SCREENSHOT_SIZE = {"width": 1280, "height": 800}
TILE_SIZE = {"width": 440, "height": 280}
PROMO_TILE = ROOT / "store" / "promo-tile.html"
# Synthetic details only: an NHS number that passes its checksum but belongs to no one, and a
# date of birth.
DRAFT = (
    "Morning all. A lady born 14/03/1941 moved in with us last week and her NHS number is "
    "943 476 5919, but "
    "the GP surgery says they have no record of her. Has anyone had this?"
)
WAIT_MS = 60_000
MARKS = (
    "[...root.querySelectorAll('.mark')].map((m) => {"
    " const r = m.getBoundingClientRect();"
    " return {x: r.x, y: r.y, width: r.width, height: r.height,"
    " serious: m.classList.contains('sev-serious'),"
    " colour: getComputedStyle(m).borderBottomColor}; })"
)
PANEL = (
    "(() => { const d = root.querySelector('[role=dialog]'); if (!d) return null;"
    " const r = d.getBoundingClientRect();"
    " return {x: r.x, y: r.y, width: r.width, height: r.height,"
    " background: getComputedStyle(d).backgroundColor}; })()"
)


def _e2e(module: str) -> Any:
    """A module of the browser tests (e2e/), whose helpers this shares; imported by name, as the
    type checker reads the build's code strictly and the tests' loosely."""
    return importlib.import_module(f"e2e.{module}")


def _wait(tab: Any, expression: str) -> Any:
    closed_ui = _e2e("closed_ui")
    closed_ui.wait_ui(tab, expression, timeout_ms=WAIT_MS)
    return closed_ui.ui(tab, expression)


def practice_screenshots(context: Any, extension_id: str, out: Path) -> dict[str, object]:
    """The two screenshots of the practice page, and what each shows."""
    page = context.new_page()
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.goto(f"chrome-extension://{extension_id}/practice/practice.html")
    tab = _e2e("tabs").ChromiumTab(page)
    card = page.locator('[data-practice="facebook"]')
    card.locator('[contenteditable="true"]').click()
    page.keyboard.type(DRAFT)
    _wait(tab, "root.querySelector('.badge:not([hidden])')?.dataset.state === 'findings'")
    marks = _wait(tab, f"({MARKS}).filter((m) => m.serious).length >= 1 && {MARKS}")
    page.screenshot(path=str(out / "screenshot-1-underline.png"))

    card.get_by_role("button", name="Post").click()
    panel = _wait(tab, PANEL)
    dialog = _e2e("closed_ui").accessible_dialog(tab)
    page.screenshot(path=str(out / "screenshot-2-panel.png"))
    page.close()
    return {
        "screenshot-1-underline.png": {"marks": marks},
        "screenshot-2-panel.png": {"panel": panel, "dialog": dialog},
    }


def promo_tile(context: Any, out: Path) -> None:
    page = context.new_page()
    page.set_viewport_size(TILE_SIZE)
    page.goto(PROMO_TILE.as_uri())
    page.wait_for_function("() => [...document.images].every((i) => i.complete)")
    page.screenshot(path=str(out / "promo-tile-440x280.png"))
    page.close()


def make_images(extension: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    browsers = _e2e("browsers")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tbyp-store-") as profile, sync_playwright() as pw:
        context = browsers.launch_chromium(
            pw, profile, extension_dir=extension, viewport=SCREENSHOT_SIZE, locale="en-GB"
        )
        try:
            shown = practice_screenshots(context, browsers.chromium_extension_id(context), out)
            promo_tile(context, out)
        finally:
            context.close()
    (out / "screenshots.json").write_text(json.dumps(shown, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m builder.store_images EXTENSION_DIR OUT_DIR")
    sys.path.insert(0, str(ROOT))
    make_images(Path(sys.argv[1]), Path(sys.argv[2]))
