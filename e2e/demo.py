"""`python build.py demo`: try the built extension on its practice page in Chromium.

With a display, Chromium opens with the extension on the practice page (a Facebook-, a LinkedIn-
and a WhatsApp-like composer) for you to try; close the window to finish. Without a display, it
runs headless, types a sample draft, and saves screenshots of the underline and of the panel under
dist/demo/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e.browsers import chromium_extension_id, launch_chromium  # noqa: E402

DIST = ROOT / "dist"
OUT = DIST / "demo"
SAMPLE = (
    "Morning all. Can anyone help? One of our residents has moved to us from another area and "
    "her NHS number is 943 476 5919 but the GP surgery says they have no record of her."
)
ENGINE_WAIT_MS = 60_000


def practice_url(extension_id: str) -> str:
    return f"chrome-extension://{extension_id}/practice/practice.html"


def try_it_yourself(playwright: object, profile: str) -> None:
    context = launch_chromium(playwright, profile, extension_dir=DIST / "chrome", headless=False)
    page = context.new_page()
    page.goto(practice_url(chromium_extension_id(context)))
    print("[demo] Chromium is open on the practice page. Close the window when you are done.")
    context.wait_for_event("close", timeout=0)


def screenshots(playwright: object, profile: str) -> None:
    context = launch_chromium(
        playwright,
        profile,
        extension_dir=DIST / "chrome",
        viewport={"width": 1100, "height": 900},
    )
    try:
        page = context.new_page()
        page.goto(practice_url(chromium_extension_id(context)))
        card = page.locator('[data-practice="whatsapp"]')
        composer = card.locator('[contenteditable="true"]')
        composer.click()
        page.keyboard.type(SAMPLE)
        # Locators reach into the extension's open shadow root.
        page.locator('tbyp-root .mark[data-rule="identifiers.nhs_number"]').first.wait_for(
            state="attached", timeout=ENGINE_WAIT_MS
        )
        page.locator('tbyp-root .badge[data-state="findings"]').wait_for(timeout=ENGINE_WAIT_MS)
        OUT.mkdir(parents=True, exist_ok=True)
        underline = OUT / "underline.png"
        card.screenshot(path=str(underline))
        page.keyboard.press("Enter")
        dialog = page.get_by_role("dialog", name="Think before you post")
        dialog.wait_for()
        panel = OUT / "panel.png"
        page.screenshot(path=str(panel))
        print(f"[demo] The underline: {underline}")
        print(f"[demo] The panel:     {panel}")
    finally:
        context.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="tbyp-demo-") as profile, sync_playwright() as pw:
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            try_it_yourself(pw, profile)
        else:
            print("[demo] No display: running headless and saving screenshots.")
            screenshots(pw, profile)


if __name__ == "__main__":
    main()
