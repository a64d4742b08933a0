/* Content script entry: find this site's adapter, then watch its composers and guard sends.
 * The extension's practice page loads the same scripts and runs every adapter, each limited to
 * its own practice composer. */
(() => {
  const TBYP = globalThis.TBYP;
  if (TBYP.started) return;
  const practice =
    location.protocol.endsWith("-extension:") &&
    document.documentElement.dataset.tbypPractice !== undefined;
  const adapters = practice
    ? TBYP.sites.adapters.map((a) => a.scopedTo(`[data-practice="${a.id}"]`))
    : [TBYP.sites.forHost(location.hostname)].filter(Boolean);
  if (!adapters.length) return;
  TBYP.started = true;
  const changeListeners = [];
  TBYP.contentState = adapters.map(watchSite);

  TBYP.api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message?.target !== TBYP.TARGET.CONTENT) return false;
    // Settings, private names or the allow list changed: the background says so, with nothing
    // in the message (a content script does not read storage, nor hear of its changes).
    if (message.type === TBYP.MSG.SETTINGS_CHANGED) {
      for (const listener of changeListeners) listener();
      return false;
    }
    // The keyboard shortcut: the panel for the draft being written. The practice page hears it
    // as every extension page does, so it answers only while it has the focus.
    if (message.type === TBYP.MSG.OPEN_PANEL) {
      if (!practice || document.hasFocus()) openPanelForDraft();
      return false;
    }
    // The toolbar popup asks what the extension is doing on this tab.
    if (message.type !== TBYP.MSG.TAB_STATUS) return false;
    const { adapter, sessions } = TBYP.contentState[0];
    sendResponse({
      ok: true,
      site: adapter.id,
      composers: TBYP.shadow.querySelectorAllDeep(adapter.composerSelector).length,
      // Boxes checked by the general method, no adapter selector having recognised them.
      general: sessions.live().filter((s) => adapter.isGeneral(s.composer)).length,
      enabled: sessions.enabledHere(),
      engineReady: sessions.engineReady,
    });
    return false;
  });

  /** The keyboard shortcut: check the draft in the focused composer (else the one written in
   * last) now, and show the panel with what was found, or say why there is nothing to show. */
  async function openPanelForDraft() {
    if (TBYP.Panel.isOpen()) return;
    const { t } = TBYP.ui;
    const focused = TBYP.shadow.activeElement();
    const states = TBYP.contentState;
    const pick = (find) => {
      for (const state of states) {
        const composer = find(state);
        if (composer) return { ...state, composer };
      }
      return null;
    };
    const found =
      pick(({ adapter }) => adapter.composerFrom(focused)) ??
      pick(({ sessions }) => sessions.live().at(-1)?.composer);
    if (!found) {
      TBYP.notify(t("shortcutNoComposer"));
      return;
    }
    const { sessions, guard, composer } = found;
    if (!sessions.settings) await sessions.loadSettings();
    if (!sessions.enabledHere()) {
      TBYP.notify(t("shortcutSiteOff"));
      return;
    }
    const session = sessions.get(composer);
    if (!session.readText().trim()) {
      TBYP.notify(t("shortcutEmptyDraft"));
      return;
    }
    sessions.warmUp();
    const checked = await session.checkNow(TBYP.TIMING.SEND_CHECK_TIMEOUT * 2);
    if (!checked) TBYP.notify(t("shortcutUnavailable"));
    else if (!session.visibleFindings().length) TBYP.notify(t("shortcutNothingFound"));
    else if (!TBYP.Panel.isOpen()) guard.showPanel(session);
  }

  function watchSite(adapter) {
    const sessions = new TBYP.ComposerSessions(adapter);
    const guard = new TBYP.SendGuard(adapter, sessions);
    guard.install();

    const ready = sessions.loadSettings();

    // Start the engine as soon as the page shows a composer, so the first draft is checked
    // without waiting; a page that never shows one never starts it (focus still does, later).
    window.addEventListener(
      "load",
      () => {
        if (TBYP.shadow.querySelectorAllDeep(adapter.composerSelector).length) {
          ready.then(() => sessions.warmUp());
        }
      },
      { once: true },
    );

    // Only what the user does counts. A page script can focus a composer and insert text into it
    // (element.focus() and execCommand("insertText") give events the browser marks trusted), so
    // a composer gets a session only at the user's own key press, pointer press or paste in it:
    // events a script makes are marked untrusted. Before that, nothing is checked or drawn; on a
    // site switched off or paused, never.
    const begin = (event) => {
      if (!event.isTrusted) return;
      const composer = adapter.composerFrom(TBYP.shadow.eventTarget(event));
      if (!composer) return;
      // Settings the background did not give at load time are asked for again now.
      ready.then(() => sessions.settings ?? sessions.loadSettings()).then(() => {
        if (!sessions.enabledHere() || sessions.peek(composer)) return;
        sessions.warmUp();
        const session = sessions.get(composer);
        if (session.readText().trim()) session.schedule();
      });
    };
    for (const type of ["keydown", "pointerdown", "paste"]) {
      document.addEventListener(type, begin, true);
    }

    const onFocus = (event) => {
      if (event.isTrusted && adapter.composerFrom(TBYP.shadow.eventTarget(event))) {
        ready.then(() => sessions.warmUp());
      }
    };
    document.addEventListener("focusin", onFocus, true);

    document.addEventListener(
      "input",
      (event) => {
        if (!event.isTrusted) return;
        const session = sessions.peek(adapter.composerFrom(TBYP.shadow.eventTarget(event)));
        if (session && sessions.enabledHere()) session.schedule();
      },
      true,
    );

    // The card: hovering an underline, or moving the caret into one, explains it.
    let pointerFrame = 0;
    document.addEventListener(
      "mousemove",
      (event) => {
        if (pointerFrame || !event.isTrusted) return;
        pointerFrame = requestAnimationFrame(() => {
          pointerFrame = 0;
          const { clientX: x, clientY: y } = event;
          if (TBYP.card.contains(x, y)) return;
          for (const session of sessions.live()) {
            const hit = session.overlay.hitAt(x, y);
            if (hit) {
              TBYP.card.show(session, hit.finding, hit.rect);
              return;
            }
          }
          TBYP.card.hide();
        });
      },
      { passive: true },
    );
    document.addEventListener("selectionchange", () => {
      // Every keystroke moves the caret. With no underline to move into and no card to close,
      // there is nothing to do: leave the selection (not free to ask for) and the draft alone.
      if (!TBYP.card.current && !sessions.anyUnderlined()) return;
      const caret = TBYP.shadow.caret(TBYP.shadow.activeElement()); // in the editor's own root
      if (!caret) return;
      const session = sessions.peek(adapter.composerFrom(caret.node));
      if (!session) return;
      const { composer } = session;
      const draft = TBYP.draft.readDraft(composer);
      const segment = draft.segments.find((s) => s.node === caret.node);
      if (!segment) return;
      const offset = segment.start + caret.offset;
      const inside = session.overlay.hits.find(
        (h) => h.finding.start < offset && offset < h.finding.end && h.rects.length,
      );
      if (inside) TBYP.card.show(session, inside.finding, inside.rects[0]);
      else if (TBYP.card.current?.session === session) TBYP.card.hide();
    });

    const follow = () => {
      for (const session of sessions.live()) session.overlay.schedule();
    };
    window.addEventListener("scroll", follow, { capture: true, passive: true });
    window.addEventListener("resize", follow, { passive: true });
    // Inside open shadow roots: focus moving within one, and scrolling, are not seen from the
    // document.
    TBYP.shadow.onRoot((root) => {
      root.addEventListener("focusin", onFocus, true);
      root.addEventListener("scroll", follow, { capture: true, passive: true });
    });

    // Settings changed anywhere (or a pause ended): check every open draft again.
    let pauseTimer = 0;
    const schedulePauseEnd = () => {
      clearTimeout(pauseTimer);
      const until = Number(sessions.settings?.snoozedUntil) || 0;
      if (until > Date.now()) pauseTimer = setTimeout(applySettings, until - Date.now() + 50);
    };
    const applySettings = async () => {
      await sessions.loadSettings();
      schedulePauseEnd();
      if (!sessions.enabledHere()) {
        TBYP.card.hide();
        sessions.endAll();
        return;
      }
      for (const session of sessions.live()) session.checkNow(TBYP.TIMING.ENGINE_BOOT_TIMEOUT);
    };
    ready.then(schedulePauseEnd);
    changeListeners.push(applySettings);
    return { adapter, sessions, guard };
  }
})();
