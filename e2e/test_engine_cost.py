"""The engine's cost to the browser, in both browsers on the real build: a tab's stale drafts are
dropped from the engine's queue, a huge paste is checked up to the sites' longest post and keeps
other tabs answered, the engine stops when no page has used it for a while (Chromium closes its
offscreen document too) and starts again from its snapshot for the next composer, and a draft
sent while the engine starts is held for its check rather than sent unchecked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from e2e.tabs import ChromiumTab, FirefoxTab
from e2e.test_drafts_kept import paste
from e2e.test_extension_send import (
    BADGE,
    DIALOG,
    DRAFT,
    ENGINE_WAIT_MS,
    NUMBER,
    WA_COMPOSER,
    WHATSAPP,
    Tab,
    sent,
    wait_for_check,
)

IDLE_MS = 1500  # the engine's idle time in these tests (10 minutes for users)
LONGEST_POST = 65_536
PHONE = "07700 900123"


class Extension:
    """Scripts run in the extension's background: its service worker (Chromium) or, from one of
    its pages, its event page (Firefox). Each script is the body of an async function of `bg`,
    the background's global object."""

    def __init__(self, tab: Tab, chromium: Any) -> None:
        self.tab = tab
        self.chromium = chromium

    def run(self, body: str) -> Any:
        if self.chromium is not None:
            return self.chromium.service_workers[0].evaluate(
                f"async () => {{ const bg = globalThis; {body} }}"
            )
        assert isinstance(self.tab, FirefoxTab)
        script = f"""const done = arguments[arguments.length - 1];
        browser.runtime.getBackgroundPage()
          .then(async (bg) => {{ {body} }})
          .then(done, (error) => done({{ error: String(error) }}));"""
        return self.tab.in_extension_page(script)[0]

    def set_idle(self, ms: int | None) -> None:
        api = "bg.TBYP.api"
        if ms is None:
            self.run(f"await {api}.storage.local.remove('engineIdleMs'); return true;")
        else:
            self.run(f"await {api}.storage.local.set({{ engineIdleMs: {ms} }}); return true;")

    def engine(self) -> dict[str, Any]:
        """The engine's state; in Chromium, with `documents`: offscreen documents open."""
        if self.chromium is not None:
            return self.run(
                """const contexts = await chrome.runtime.getContexts({
                     contextTypes: ["OFFSCREEN_DOCUMENT"] });
                   const status = contexts.length ? await bg.TBYP.engine.status() : {};
                   return { ...status, documents: contexts.length };"""
            )
        return self.run(
            """const host = bg.TBYP.engineHost;
               return { ...host.describe(), running: Boolean(host.worker) };"""
        )

    def wait_until_released(self, timeout_ms: int = 30_000) -> dict[str, Any]:
        """Wait (polling the background, inside it) until the engine is stopped."""
        condition = (
            "(await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }))"
            ".length === 0"
            if self.chromium is not None
            else "!bg.TBYP.engineHost.worker && bg.TBYP.engineHost.status === 'stopped'"
        )
        return self.run(
            f"""const deadline = Date.now() + {timeout_ms};
                while (!({condition})) {{
                  if (Date.now() > deadline) return {{ released: false }};
                  await new Promise((resolve) => setTimeout(resolve, 50));  // poll interval
                }}
                return {{ released: true }};"""
        )


@pytest.fixture
def extension(tab: Tab, request: pytest.FixtureRequest) -> Iterator[Extension]:
    chromium = (
        request.getfixturevalue("chromium_with_extension") if isinstance(tab, ChromiumTab) else None
    )
    ext = Extension(tab, chromium)
    try:
        yield ext
    finally:
        ext.set_idle(None)


def other_tab(tab: Tab, extension: Extension) -> Tab:
    if extension.chromium is not None:
        return ChromiumTab(extension.chromium.new_page())
    assert isinstance(tab, FirefoxTab)
    tab.driver.switch_to.new_window("tab")
    return FirefoxTab(tab.driver)


def leave(tab: Tab) -> None:
    """Go to a page with no composer (and no content script)."""
    if isinstance(tab, FirefoxTab):
        tab.driver.get("about:blank")
    else:
        tab.page.goto("about:blank")


def test_a_newer_draft_replaces_one_still_waiting(tab: Tab, extension: Extension) -> None:
    """Three drafts from one tab at once: the first is checked, the second was still waiting when
    the third came and is answered stale without reaching the engine, the third is checked. A
    second tab's draft is never dropped for the first tab's."""
    tab.open(WHATSAPP)  # the background's service worker is running
    result = extension.run(
        f"""const engine = bg.TBYP.engine;
            let calls = 0;
            const counted = (...args) => (calls++, engine.request(...args));
            bg.TBYP.engine = {{ ...engine, request: counted }};
            try {{
              const draft = (n) => ({{
                text: `Draft ${{n}}: her NHS number is {NUMBER}.`,
                site: "whatsapp",
                waitMs: 60000,
              }});
              const queue = bg.TBYP.checkQueue;
              const one = await Promise.all([1, 2, 3].map((n) => queue.submit("tab-a", draft(n))));
              const two = await Promise.all([
                queue.submit("tab-a", draft(4)), queue.submit("tab-b", draft(5))]);
              const brief = (r) => ({{ ok: r.ok, stale: Boolean(r.stale),
                                      rules: (r.findings ?? []).map((f) => f.rule) }});
              return {{ calls, one: one.map(brief), two: two.map(brief),
                       left: queue.size() }};
            }} finally {{
              bg.TBYP.engine = engine;
            }}"""
    )
    nhs = {"ok": True, "stale": False, "rules": ["identifiers.nhs_number"]}
    assert result["one"] == [nhs, {"ok": False, "stale": True, "rules": []}, nhs], result
    assert result["two"] == [nhs, nhs], result
    assert result["calls"] == 4, result
    assert result["left"] == 0


def test_a_huge_paste_is_checked_up_to_the_longest_post_and_other_tabs_are_answered(
    tab: Tab, extension: Extension
) -> None:
    line = f"Her NHS number is {NUMBER}. "
    huge = line * (LONGEST_POST // len(line) + 50)
    tab.open(WHATSAPP)
    paste(tab, WA_COMPOSER, huge)
    wait_for_check(tab, "findings")
    label = tab.js(f"{BADGE}.getAttribute('aria-label')")
    assert tab.js(f"{BADGE}.dataset.limited") == "true"
    assert f"only its first {LONGEST_POST:,} characters" in label, label
    assert "more not underlined" in label, label  # thousands found, 200 drawn
    assert tab.js(f"{BADGE}.textContent") == "200"
    first = tab.driver.current_window_handle if isinstance(tab, FirefoxTab) else None

    # Each edit of the huge draft asks again; meanwhile another tab's draft is answered.
    tab.type(" x")
    other = other_tab(tab, extension)
    try:
        other.open(WHATSAPP)
        other.click(WA_COMPOSER)
        other.type(DRAFT)
        wait_for_check(other, "findings")
    finally:
        if isinstance(other, ChromiumTab):
            other.page.close()
        elif first is not None:
            other.driver.close()
            other.driver.switch_to.window(first)


# The start of a script run in the background: `check(tab, text)` submits a draft as that tab's,
# the engine is up (`started`), and `lines` joined make a draft of the longest post, every line
# different, so that the core's sentence memos do not shorten its reading.
HUGE_DRAFT_CHECKS = f"""const queue = bg.TBYP.checkQueue;
    const check = (tab, text) => queue.submit(tab, {{ text, site: "whatsapp", waitMs: 60000 }});
    const started = await check("tab-warm", "Hello all");
    const lines = [];
    for (let n = 0, length = 0; length < {LONGEST_POST}; n++) {{
      lines.push(`Day ${{n}}: her NHS number is {NUMBER}. `);
      length += lines[n].length;
    }}
"""


def test_a_short_draft_is_answered_while_a_huge_one_is_read(tab: Tab, extension: Extension) -> None:
    """The engine reads a huge draft in steps and takes the shortest draft waiting next: a short
    draft from another tab, sent once a huge one is in the engine, is answered first, with its
    findings, and the huge one after it, in full. (Read in one go, the huge draft held the short
    one back until it was done, and came back first.)"""
    tab.open(WHATSAPP)  # the background's service worker is running
    result = extension.run(
        HUGE_DRAFT_CHECKS
        + f"""            const order = [];
            const answered = (name) => (reply) => (order.push(name), reply);
            const big = check("tab-huge", lines.join("")).then(answered("huge"));
            let sent = false;  // the huge draft is in the engine: sent to its Worker, unanswered
            while (!sent && !order.length) {{
              sent = (await bg.TBYP.engine.status()).pending > 0;
              if (!sent) await new Promise((resolve) => setTimeout(resolve, 5));  // poll
            }}
            const small = await check("tab-short", "Call her on {PHONE} after six.")
              .then(answered("short"));
            const rules = (reply) => [...new Set((reply.findings ?? []).map((f) => f.rule))];
            const huge = await big;
            return {{ started: started.ok, sent, order,
                     huge: [huge.ok, rules(huge), huge.findings.length, huge.more > 0],
                     short: [small.ok, rules(small)] }};"""
    )
    assert result["sent"], result
    assert result["started"], result
    assert result["short"] == [True, ["identifiers.phone"]], result
    assert result["huge"] == [True, ["identifiers.nhs_number"], 200, True], result
    assert result["order"] == ["short", "huge"], result


def test_short_drafts_sent_back_to_back_do_not_hold_a_huge_one_back(
    tab: Tab, extension: Extension
) -> None:
    """Four tabs send short drafts back to back, so that one is always waiting, while a fifth's
    huge draft is in the engine. Once the huge draft has waited a while it takes every other step:
    it is answered, in full, while the short drafts are still coming and being answered. (Shortest
    first alone held it back for as long as the short drafts kept coming.)"""
    tab.open(WHATSAPP)  # the background's service worker is running
    result = extension.run(
        HUGE_DRAFT_CHECKS
        + f"""            let hugeAnswer = null;
            const big = check("tab-huge", lines.join("")).then((reply) => (hugeAnswer = reply));
            // Short drafts until the huge one is answered, or for 60 s: every one differs.
            const deadline = Date.now() + 60000;
            let sent = 0;
            let answered = 0;
            let answeredAfter = 0;  // short drafts answered after the huge one
            const flood = async (tab) => {{
              while (Date.now() < deadline && answeredAfter < 8) {{
                const reply = await check(tab, `Call her on {PHONE} after ${{sent++}}.`);
                if (reply.ok) answered++;
                if (hugeAnswer) answeredAfter++;
              }}
            }};
            await Promise.all(["a", "b", "c", "d"].map((name) => flood(`tab-short-${{name}}`)));
            const huge = await big;
            const rules = [...new Set((huge.findings ?? []).map((f) => f.rule))];
            return {{ started: started.ok, sent, answered, answeredAfter,
                     inTime: Date.now() < deadline,
                     huge: [huge.ok, rules, (huge.findings ?? []).length, huge.more > 0] }};"""
    )
    assert result["started"], result
    assert result["huge"] == [True, ["identifiers.nhs_number"], 200, True], result
    # The short drafts kept coming after the huge one was answered, all of them answered, and the
    # flood stopped because it had been answered, not at the deadline.
    assert result["inTime"] and result["answeredAfter"] >= 8, result
    assert result["answered"] == result["sent"], result


# For the tests of the engine's restart after a long draft: the background's check queue, a wait
# for the engine's status to pass a test (`ms` at most), and `before`, the status once a first
# check has started the engine from a snapshot.
_LONG_CHECKS = """const queue = bg.TBYP.checkQueue;
            const check = (text) =>
              queue.submit("tab-long", { text, site: "whatsapp", waitMs: 60000 });
            const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
            const until = async (test, ms) => {
              const deadline = Date.now() + ms;
              let status = await bg.TBYP.engine.status();
              while (!test(status) && Date.now() < deadline) {
                await pause(100);  // poll interval
                status = await bg.TBYP.engine.status();
              }
              return status;
            };
            await check("Hello all");
            const stored = ["loaded", "stored"];
            const before = await until(
              (s) => s.status === "ready" && stored.includes(s.snapshot), 60000);"""


def test_an_engine_grown_by_a_long_draft_starts_again_from_its_snapshot(
    tab: Tab, extension: Extension
) -> None:
    """Wasm memory never shrinks: once a long draft's check has grown it and no check came for a
    while (half the idle time, here 4 s), the engine is started again from its snapshot, with the
    memory it had at its start (give or take a page), and answers as before."""
    from bench.drafts import worst_case_draft

    extension.set_idle(8000)
    tab.open(WHATSAPP)  # the background's service worker is running
    one_letter_lines = json.dumps(worst_case_draft("a b c d\n", 65_000))
    result = extension.run(
        f"""{_LONG_CHECKS}
            // The longest draft checked, lines of four one-letter words: of the long drafts, the
            // one whose reading needs the most memory (a draft of sentences fits in what the
            // snapshot has free, and grows nothing; so, since asyncio is no longer in the
            // snapshot, does one of one-letter words, which grew it by 7.3 MiB before; and so,
            // since the scorer reads a sentence of three words or fewer with the one before it,
            // do lines of one letter each). It grows the memory by 7.25 MiB.
            const long = await check({one_letter_lines});
            const after = await until(
              (s) => s.recycles > before.recycles && s.status === "ready", 60000);
            const again = await check("Her NHS number is {NUMBER}.");
            return {{ atStart: before.wasmBytes, grown: long.wasmBytes - before.wasmBytes,
                     recycled: after.recycles - before.recycles, from: after.from,
                     memory: after.wasmBytes, rules: again.findings.map((f) => f.rule) }};"""
    )
    assert result["grown"] >= 4 * 2**20, result
    assert result["recycled"] == 1 and result["from"] == "snapshot", result
    # What the long draft added is gone (a start from the snapshot may differ by a page or so).
    assert result["memory"] - result["atStart"] < 2**20, result
    assert result["rules"] == ["identifiers.nhs_number"], result


def test_a_long_draft_that_grows_nothing_still_starts_the_engine_again(
    tab: Tab, extension: Extension
) -> None:
    """A long draft of sentences is read in memory the snapshot left free: nothing grows, but the
    pages it wrote stay written (two of 65,536 characters: 8.8 MiB). A draft of
    LIMITS.ENGINE_LONG_DRAFT or more starts the engine again once quiet, as growth does; a short
    one does not."""
    from bench.drafts import long_draft

    extension.set_idle(8000)
    tab.open(WHATSAPP)  # the background's service worker is running
    result = extension.run(
        f"""{_LONG_CHECKS}
            // A draft just under the limit: no restart in the quiet time (4 s here) and after it.
            const short = await check({json.dumps(long_draft(16_000, 3))});
            const unchanged = await until((s) => s.recycles > before.recycles, 6000);
            const long = await check({json.dumps(long_draft(65_000, 4))});
            const after = await until(
              (s) => s.recycles > before.recycles && s.status === "ready", 60000);
            const again = await check("Her NHS number is {NUMBER}.");
            return {{ shortOk: short.ok, shortGrown: short.wasmBytes - before.wasmBytes,
                     afterShort: unchanged.recycles - before.recycles,
                     grown: long.wasmBytes - before.wasmBytes,
                     recycled: after.recycles - before.recycles, from: after.from,
                     rules: again.findings.map((f) => f.rule) }};"""
    )
    assert result["shortOk"] and result["shortGrown"] < 4 * 2**20, result
    assert result["afterShort"] == 0, result
    assert result["grown"] < 4 * 2**20, result  # the restart is not growth's
    assert result["recycled"] == 1 and result["from"] == "snapshot", result
    assert result["rules"] == ["identifiers.nhs_number"], result


def test_an_unused_engine_stops_and_the_next_composer_starts_it_again(
    tab: Tab, extension: Extension
) -> None:
    extension.set_idle(IDLE_MS)
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type("Morning all.")
    wait_for_check(tab, "clean")
    leave(tab)

    assert extension.wait_until_released() == {"released": True}
    state = extension.engine()
    assert state.get("documents", 0) == 0 and not state.get("running"), state

    extension.set_idle(None)
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    state = extension.engine()
    assert state["status"] == "ready" and state["from"] == "snapshot", state


def test_a_send_while_the_engine_starts_is_held_for_its_check(
    tab: Tab, extension: Extension
) -> None:
    extension.set_idle(IDLE_MS)
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type("Hello")
    wait_for_check(tab, "clean")
    leave(tab)
    assert extension.wait_until_released() == {"released": True}
    extension.set_idle(None)

    # The page opens with the engine stopped; the draft is pasted and sent at once.
    tab.open(WHATSAPP)
    paste(tab, WA_COMPOSER, DRAFT)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})", ENGINE_WAIT_MS)
    assert sent(tab) == []
    assert json.dumps(DRAFT)[1:-1] in tab.js(
        f"document.querySelector({json.dumps(WA_COMPOSER)}).innerText"
    )


def test_a_request_stuck_in_the_engine_ends_its_worker(firefox_with_extension: Any) -> None:
    """Firefox, whose background hosts the engine (Chromium's offscreen document runs the same
    engine_host.js): a request the Worker never answers times out, and ENGINE_STUCK later the
    Worker is ended, so the next request is answered by a fresh one."""
    tab = FirefoxTab(firefox_with_extension)
    tab.open(WHATSAPP)
    result = Extension(tab, None).run(
        """const host = bg.TBYP.engineHost;
           const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
           if (!(await host.whenReady(60000))) return { error: "the engine did not start" };
           const worker = host.worker;
           worker.postMessage = () => {};  // swallowed: to the host, the Worker is still on it
           const first = await host.request({ type: "check", text: "Hello" }, { waitMs: 60000 });
           const until = Date.now() + 20000;
           while (host.worker === worker && Date.now() < until) await pause(50);
           const ended = host.worker !== worker;
           const status = host.status;
           const again = await host.request(
             { type: "check", text: "NHS 943 476 5919" }, { waitMs: 60000 });
           return { first: first.ok, ended, status, again: again.ok,
                    rules: (again.findings ?? []).map((f) => f.rule) };"""
    )
    assert result == {
        "first": False,
        "ended": True,
        "status": "stopped",
        "again": True,
        "rules": ["identifiers.nhs_number"],
    }, result
