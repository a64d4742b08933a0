"""One small interface over the two browsers the end-to-end tests drive, so each test is written
once and runs in both: open a page, click, type and press keys the way a person does, run a line of
JavaScript in the page, and wait on a condition (never on a fixed sleep)."""

from __future__ import annotations

from typing import Any

WAIT_MS = 15_000


class ChromiumTab:
    """A Playwright page: real key events from keyboard.type / keyboard.press."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.last_response: Any = None

    def open(self, url: str) -> None:
        self.last_response = self.page.goto(url)
        self.wait_until("document.readyState === 'complete' && window.__sent !== undefined")

    def click(self, css: str) -> None:
        self.page.locator(css).first.click()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(f"() => ({expression})")

    def wait_until(self, expression: str, timeout_ms: float = WAIT_MS) -> None:
        self.page.wait_for_function(f"() => ({expression})", timeout=timeout_ms)


class FirefoxTab:
    """A Selenium-driven Firefox. Keys go one at a time through ActionChains: element.send_keys
    into a Lexical editor types only the first character."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver

    def open(self, url: str) -> None:
        self.driver.get(url)
        self.wait_until("document.readyState === 'complete' && window.__sent !== undefined")

    def click(self, css: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.wait import WebDriverWait

        element = WebDriverWait(self.driver, WAIT_MS / 1000).until(
            expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, css))
        )
        element.click()

    def type(self, text: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        for character in text:
            ActionChains(self.driver).send_keys(character).perform()

    def press(self, key: str) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        *modifiers, name = key.split("+")
        keys = {
            "Enter": Keys.ENTER,
            "Shift": Keys.SHIFT,
            "Control": Keys.CONTROL,
            "Alt": Keys.ALT,
            "Escape": Keys.ESCAPE,
            "Tab": Keys.TAB,
            "ArrowLeft": Keys.ARROW_LEFT,
            "ArrowRight": Keys.ARROW_RIGHT,
            "Home": Keys.HOME,
            "End": Keys.END,
            "Backspace": Keys.BACKSPACE,
        }
        chain = ActionChains(self.driver)
        for modifier in modifiers:
            chain.key_down(keys[modifier])
        chain.send_keys(keys.get(name, name))
        for modifier in reversed(modifiers):
            chain.key_up(keys[modifier])
        chain.perform()

    def js(self, expression: str) -> Any:
        return self.driver.execute_script(f"return ({expression});")

    def in_extension_page(self, *scripts: str, page: str = "options/options.html") -> list[Any]:
        """Run async scripts (each calls its last argument when done) in one of the extension's
        own pages, opened in a new tab, then come back to this tab. Returns their results."""
        driver = self.driver
        first = driver.current_window_handle
        driver.switch_to.new_window("tab")
        try:
            driver.get(driver.extension_base + page)
            return [driver.execute_async_script(script) for script in scripts]
        finally:
            driver.close()
            driver.switch_to.window(first)

    def wait_until(self, expression: str, timeout_ms: float = WAIT_MS) -> None:
        from selenium.webdriver.support.wait import WebDriverWait

        WebDriverWait(self.driver, timeout_ms / 1000, poll_frequency=0.05).until(
            lambda driver: driver.execute_script(f"return Boolean({expression});"),
            message=f"timed out waiting for: {expression}",
        )


class Browser:
    """One browser with the extension installed: new tabs on sites, and its own pages' address."""

    def __init__(self, kind: str, handle: Any) -> None:
        self.kind = kind  # "chromium" (a Playwright context) or "firefox" (a Selenium driver)
        self.handle = handle

    def tab(self) -> ChromiumTab | FirefoxTab:
        if self.kind == "chromium":
            return ChromiumTab(self.handle.new_page())
        return FirefoxTab(self.handle)

    def options_url(self) -> str:
        if self.kind == "chromium":
            return f"chrome-extension://{self.handle.extension_id}/options/options.html"
        return f"{self.handle.extension_base}options/options.html"
