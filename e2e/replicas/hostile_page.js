/* A hostile page script, served as one of the site's own files (so the site's CSP lets it run, in
 * the page's own world, as the site's code does). It tries what issue 15 says a site's scripts
 * could do to the extension, and keeps what it learns in window.__hostile for the tests to read:
 *
 *   enumerate(candidates)  fill a hidden copy of the composer with candidate names, make the events
 *                          a person's typing would make (untrusted ones, and the trusted ones that
 *                          element.focus() and execCommand("insertText") give), then read the marks
 *   press()                open the card with synthetic pointer events, and click "Always allow
 *                          this" and "Post anyway" wherever they can be found (clickEverything,
 *                          again once the person has opened the panel)
 *   probe(composer)        synthetic focus, keys, input and Enter on the real composer, noting any
 *                          event stopped before it reached the page's own listener
 *   scan()                 everything a page script can read: rule ids, messages, matched words,
 *                          the extension's elements and their open shadow roots
 *
 * The MutationObserver below notes every element added to <body> or <html> from the start, with
 * the phase the test had set (window.__phase), so a test can tell what appeared before the user
 * did anything. */
(() => {
  const log = { added: [], prevented: [], clicked: [], marks: [] };
  const phase = () => window.__phase ?? "attack";

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target !== document.body && record.target !== document.documentElement) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || node.dataset?.hostile !== undefined) continue;
        log.added.push({
          phase: phase(),
          tag: node.tagName.toLowerCase(),
          attributes: [...node.attributes].map((a) => `${a.name}=${a.value}`),
          open: node.shadowRoot !== null,
          text: node.textContent,
        });
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  /** Every root a page script can search: the document and each open shadow root in it. */
  function roots() {
    const found = [document];
    for (let i = 0; i < found.length; i++) {
      for (const el of found[i].querySelectorAll("*")) if (el.shadowRoot) found.push(el.shadowRoot);
    }
    return found;
  }

  const WORDS = /identifiers\.|custom\.|NHS number|private|Think before you post|Post anyway/;

  /** What the extension lets a page read: rule ids, and its words in attributes or text. */
  function scan() {
    const seen = [];
    for (const root of roots()) {
      for (const el of root.querySelectorAll("*")) {
        if (el.closest("[data-hostile], #sent, .sent-log, script, style")) continue;
        if (el.isContentEditable) continue; // the draft itself, which the page has anyway
        for (const attr of el.attributes) {
          if (attr.name === "data-rule" || WORDS.test(attr.value)) {
            seen.push(`${el.tagName.toLowerCase()}[${attr.name}=${attr.value}]`);
          }
        }
        if (root !== document && el.childElementCount === 0 && WORDS.test(el.textContent)) {
          seen.push(`text: ${el.textContent}`);
        }
      }
    }
    for (const el of document.querySelectorAll("tbyp-root, [data-tbyp]")) {
      seen.push(`element: ${el.tagName.toLowerCase()}`);
    }
    return seen;
  }

  const waitFrames = (n) =>
    new Promise((resolve) => {
      const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
      step();
    });

  function fire(target, type, init = {}) {
    const Kind = type.startsWith("key")
      ? KeyboardEvent
      : type.startsWith("pointer")
        ? PointerEvent
        : type.startsWith("mouse") || type === "click"
          ? MouseEvent
          : type === "focusin"
            ? FocusEvent
            : type === "input"
              ? InputEvent
              : Event;
    const event = new Kind(type, { bubbles: true, cancelable: true, composed: true, ...init });
    // The page's own listener on the target: an event that never reaches it was stopped before
    // (the extension listens on window, in the capture phase, before the page).
    let reached = false;
    const note = () => {
      reached = true;
    };
    target.addEventListener(type, note, { once: true });
    target.dispatchEvent(event);
    target.removeEventListener(type, note);
    if (!reached) log.prevented.push(`${phase()}: ${type}`);
  }

  /** The events a person's typing would make, made by a script (all untrusted). */
  function typeLike(target, text) {
    fire(target, "focusin");
    fire(target, "pointerdown");
    fire(target, "mousedown");
    fire(target, "keydown", { key: "a" });
    fire(target, "paste");
    fire(target, "input", { inputType: "insertText", data: text });
    fire(target, "keyup", { key: "a" });
  }

  /** Marks the page can read, with their rule ids, mapped back to the candidates under them. */
  function readMarks(candidates, box) {
    const found = [];
    for (const root of roots()) {
      for (const mark of root.querySelectorAll("[data-rule], .mark")) {
        const r = mark.getBoundingClientRect();
        const hit = candidates.find((name) => {
          const at = box.textContent.indexOf(name);
          if (at < 0) return false;
          const range = document.createRange();
          const node = box.firstChild;
          if (!node || node.nodeType !== Node.TEXT_NODE) return false;
          range.setStart(node, at);
          range.setEnd(node, at + name.length);
          return [...range.getClientRects()].some(
            (c) => Math.abs(c.left - r.left) < 2 && Math.abs(c.top - r.top) < 4,
          );
        });
        found.push({ rule: mark.dataset?.rule ?? null, name: hit ?? null });
      }
    }
    return found;
  }

  /** Attack 1: list which candidates are on the user's private list. */
  async function enumerate(composerCss, candidates) {
    const real = document.querySelector(composerCss);
    const box = real.cloneNode(false); // the same attributes, so the extension's selectors match
    box.removeAttribute("id");
    box.style.cssText =
      "position: fixed; left: -5000px; top: 0; width: 4000px; opacity: 0;";
    real.after(box);
    const text = candidates.join(" and ");
    // Untrusted events only.
    box.textContent = text;
    typeLike(box, text);
    await waitFrames(3);
    // Trusted events, made by script: focus() and execCommand("insertText").
    box.textContent = "";
    box.focus();
    document.execCommand("insertText", false, text);
    typeLike(box, text);
    await waitFrames(3);
    real.focus(); // give the focus back, where the person was writing
    log.box = box;
    log.candidates = candidates;
    return true;
  }

  /** Read the marks over the hidden composer once the test says checks have had their time. */
  function enumerated() {
    log.marks = readMarks(log.candidates, log.box);
    return log.marks;
  }

  /** Attack 2: press "Always allow this" and "Post anyway" without the person. */
  async function press(composerCss, words) {
    const composer = document.querySelector(composerCss);
    // Hover the words, and move the caret into them: the card would open.
    const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const r = range.getBoundingClientRect();
      for (const type of ["pointermove", "mousemove", "mouseover"]) {
        fire(document.elementFromPoint(r.left + 1, r.top + 2) ?? composer, type, {
          clientX: r.left + 1,
          clientY: r.top + 2,
        });
      }
      await waitFrames(3);
    }
    clickEverything();
    log.pressed = true;
    return log.clicked;
  }

  /** Click the extension's buttons wherever a page script can find them; and, if its panel has
   * the focus (document.activeElement is then its host), press Enter and click there. */
  function clickEverything() {
    for (const root of roots()) {
      for (const button of root.querySelectorAll("[data-action], button, [role=button]")) {
        if (button.closest("[data-hostile]")) continue;
        const label = `${button.dataset.action ?? ""} ${button.textContent}`;
        if (/allow|post|Post anyway|Always allow/i.test(label) && root !== document) {
          log.clicked.push(label.trim());
          button.click();
        }
      }
    }
    const active = document.activeElement;
    if (active && active !== document.body && !active.isContentEditable) {
      fire(active, "keydown", { key: "Enter", code: "Enter", keyCode: 13 });
      active.click();
    }
  }

  /** Attack 3: detect the extension. Synthetic events on the real composer; any event the
   * extension stops is noted in log.prevented, any element it adds in log.added. */
  async function probe(composerCss, text) {
    const composer = document.querySelector(composerCss);
    typeLike(composer, text);
    composer.focus();
    document.execCommand("insertText", false, text);
    typeLike(composer, text);
    fire(composer, "keydown", { key: "Enter", code: "Enter", keyCode: 13 });
    await waitFrames(3);
    return true;
  }

  window.__hostile = { log, scan, enumerate, enumerated, press, clickEverything, probe };
})();
