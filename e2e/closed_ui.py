"""Looking into the extension's closed shadow root in the build users install, the way only the
browser's own tools can (a page script cannot): Chromium through the DevTools protocol, Firefox
through WebDriver, which reaches closed shadow roots and answers from the accessibility tree.
The open root of <tbyp-root> (the testing build, and builds before issue 15) counts as the
extension's too, so the hostile-page tests can be run against those to see each attack succeed.

    ui(tab, "root.querySelectorAll('.mark').length")   # run with `root` = the closed shadow root
    wait_ui(tab, "root.querySelector('.badge:not([hidden])')?.dataset.state === 'findings'")
    accessible_dialog(tab)   # {"name": ..., "buttons": [...]} as screen readers get it
"""

from __future__ import annotations

import time
from typing import Any

from e2e.tabs import WAIT_MS, ChromiumTab, FirefoxTab

Tab = ChromiumTab | FirefoxTab

BADGE_STATE = "(root.querySelector('.badge:not([hidden])')?.dataset.state ?? null)"
MARKS = "root.querySelectorAll('.mark').length"
DIALOG = "Boolean(root.querySelector('[role=dialog]'))"


def _chromium_closed_roots(page: Any, expression: str) -> list[Any]:
    cdp = page.context.new_cdp_session(page)
    try:
        document = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})
        closed = []
        stack = [document["root"]]
        while stack:
            node = stack.pop()
            for shadow in node.get("shadowRoots", []):
                if shadow.get("shadowRootType") == "closed" or node.get("nodeName") == "TBYP-ROOT":
                    closed.append(shadow["backendNodeId"])
                stack.append(shadow)
            stack.extend(node.get("children", []))
        function = f"function () {{ const root = this; return ({expression}); }}"
        values = []
        for backend_id in closed:
            handle = cdp.send("DOM.resolveNode", {"backendNodeId": backend_id})["object"]
            result = cdp.send(
                "Runtime.callFunctionOn",
                {
                    "objectId": handle["objectId"],
                    "functionDeclaration": function,
                    "returnByValue": True,
                },
            )
            values.append(result["result"].get("value"))
        return values
    finally:
        cdp.detach()


def _firefox_closed_roots(driver: Any, expression: str) -> list[Any]:
    from selenium.common.exceptions import NoSuchShadowRootException
    from selenium.webdriver.common.by import By

    values = []
    for element in driver.find_elements(By.CSS_SELECTOR, "body > *, html > *"):
        try:
            shadow = element.shadow_root
        except NoSuchShadowRootException:
            continue
        if driver.execute_script(
            "return arguments[0].shadowRoot !== null && arguments[0].localName !== 'tbyp-root'",
            element,
        ):
            continue  # open: the page's own
        values.append(
            driver.execute_script(f"const root = arguments[0]; return ({expression});", shadow)
        )
    return values


def closed_roots(tab: Tab, expression: str) -> list[Any]:
    """`expression` evaluated in each closed shadow root on the page (`root` is the root)."""
    if isinstance(tab, ChromiumTab):
        return _chromium_closed_roots(tab.page, expression)
    return _firefox_closed_roots(tab.driver, expression)


def ui(tab: Tab, expression: str) -> Any:
    """`expression` in the extension's closed shadow root, or None when it is not in the page."""
    values = closed_roots(tab, expression)
    assert len(values) <= 1, f"more than one closed shadow root: {values}"
    return values[0] if values else None


def wait_ui(tab: Tab, expression: str, timeout_ms: float = 60_000) -> None:
    """Wait until `expression` is true in the extension's closed shadow root."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not ui(tab, expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting in the closed shadow root for: {expression}")
        # Each look is a round trip to the browser's tools, which paces the loop.


def wait_ui_gone(tab: Tab, timeout_ms: float = WAIT_MS) -> None:
    """Wait until the extension's element has left the page (it stays only while it shows
    something)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while closed_roots(tab, "true"):
        if time.monotonic() > deadline:
            raise AssertionError("the extension's element is still in the page")


def accessible_dialog(tab: Tab) -> dict[str, Any] | None:
    """The dialog as the accessibility tree gives it to screen readers: its role, name and the
    names of its buttons, or None when there is no dialog."""
    if isinstance(tab, ChromiumTab):
        cdp = tab.page.context.new_cdp_session(tab.page)
        try:
            nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
        finally:
            cdp.detach()
        by_id = {node["nodeId"]: node for node in nodes}
        dialogs = [n for n in nodes if n.get("role", {}).get("value") == "dialog"]
        if not dialogs:
            return None
        dialog = dialogs[0]
        buttons: list[str] = []
        stack = list(dialog.get("childIds", []))
        while stack:
            node = by_id.get(stack.pop(0))
            if node is None:
                continue
            if node.get("role", {}).get("value") == "button":
                buttons.append(node.get("name", {}).get("value", ""))
            stack[:0] = node.get("childIds", [])
        return {"name": dialog.get("name", {}).get("value"), "buttons": buttons}
    from selenium.common.exceptions import NoSuchShadowRootException
    from selenium.webdriver.common.by import By

    driver = tab.driver
    for element in driver.find_elements(By.CSS_SELECTOR, "body > *"):
        try:
            shadow = element.shadow_root
        except NoSuchShadowRootException:
            continue
        found = shadow.find_elements(By.CSS_SELECTOR, "[role=dialog]")
        if not found:
            continue
        dialog = found[0]
        return {
            "name": dialog.accessible_name,
            "role": dialog.aria_role,
            "buttons": [b.accessible_name for b in dialog.find_elements(By.CSS_SELECTOR, "button")],
        }
    return None
