"""Firefox onboarding: Manifest V3 host permissions are opt-in there, and a person can take them
away in the Add-ons Manager. Then the toolbar popup says so, and the onboarding page explains and
asks for access to the three sites; the browser's own prompt decides.

Its own module, so the module-scoped Firefox whose access is taken away here is not shared with
other tests. The browser's prompt is answered through the browser chrome (Marionette's chrome
context, allowed by -remote-allow-system-access), the way a person clicks Allow or Cancel."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.support.wait import WebDriverWait

from e2e.tabs import WAIT_MS, FirefoxTab

ORIGINS = "browser.runtime.getManifest().host_permissions"
PROMPT = "PopupNotifications.panel.querySelector('popupnotification:not([hidden])')"


def open_page(tab: FirefoxTab, base: str, path: str) -> None:
    tab.driver.get(f"{base}{path}")
    tab.wait_until("document.documentElement.dataset.ready === 'true'")


def answer_prompt(driver: Any, allow: bool) -> None:
    """Click Allow (the main button) or Cancel on the browser's permission prompt."""
    with driver.context(driver.CONTEXT_CHROME):
        notification = WebDriverWait(driver, WAIT_MS / 1000).until(
            lambda d: d.execute_script(f"const n = {PROMPT}; return n && n.id;")
        )
        assert notification == "addon-webext-permissions-notification"
        button = "button" if allow else "secondaryButton"
        driver.execute_script(f"{PROMPT}.{button}.click()")


def test_without_site_access_the_popup_says_so_and_onboarding_asks_for_it(
    firefox_with_extension: Any,
) -> None:
    driver = firefox_with_extension
    base = driver.extension_base
    tab = FirefoxTab(driver)

    open_page(tab, base, "onboarding/onboarding.html")
    assert tab.js("document.getElementById('ask').hidden") is True
    assert tab.js("document.getElementById('result').textContent").startswith("All set.")

    # The person takes the extension's access away in the Add-ons Manager.
    tab.js(f"browser.permissions.remove({{origins: {ORIGINS}}})")
    open_page(tab, base, "popup/popup.html")
    assert tab.js("document.getElementById('permissions').hidden") is False
    assert tab.js("document.getElementById('permissions-text').textContent") == (
        "Think Before You Post has not been allowed to read what you type on Facebook, "
        "LinkedIn and WhatsApp Web yet, so nothing is checked."
    )

    open_page(tab, base, "onboarding/onboarding.html")
    assert tab.js("document.getElementById('ask').hidden") is False
    tab.click("#allow")
    answer_prompt(driver, allow=False)
    tab.wait_until("document.getElementById('result').textContent !== ''")
    assert tab.js("document.getElementById('result').textContent").startswith(
        "Permission was not given"
    )
    assert tab.js(f"browser.permissions.contains({{origins: {ORIGINS}}})") is False

    tab.click("#allow")
    answer_prompt(driver, allow=True)
    tab.wait_until("!document.getElementById('next').hidden")
    assert tab.js("document.getElementById('result').textContent").startswith("All set.")
    assert tab.js(f"browser.permissions.contains({{origins: {ORIGINS}}})") is True

    open_page(tab, base, "popup/popup.html")
    assert tab.js("document.getElementById('permissions').hidden") is True
