/* One session per composer: debounced checks while typing, the overlay, the last findings. */
(() => {
  const TBYP = globalThis.TBYP;
  const { MSG, TARGET, TIMING } = TBYP;
  const { t } = TBYP.ui;

  /** The words of a finding as "Ignore once" and "Always allow" compare them. */
  function ignoreKey(finding) {
    return `${finding.rule}\u0000${finding.match.trim().toLowerCase()}`;
  }

  /**
   * Messages to the background over one long-lived port. runtime.sendMessage sets up a channel
   * to the background for every message, a call into the browser that was most of this script's
   * work per keystroke; a port is set up once. It is opened by the first message, and again by
   * the next one after it closes (the service worker was stopped, the page went into the
   * back/forward cache, the extension was reloaded). A message still waiting when the port
   * closes is answered null, as one that times out is: the caller treats both as "no answer".
   */
  class BackgroundChannel {
    constructor() {
      this.port = null;
      this.waiting = new Map(); // message id -> resolve
      this.lastId = 0;
    }

    open() {
      const port = TBYP.api.runtime.connect({ name: TARGET.BACKGROUND });
      port.onMessage.addListener((answer) => {
        const resolve = this.waiting.get(answer?.id);
        this.waiting.delete(answer?.id);
        resolve?.(answer.reply ?? null);
      });
      port.onDisconnect.addListener(() => {
        void TBYP.api.runtime.lastError; // read, so Chrome does not log it as unchecked
        if (this.port === port) this.port = null;
        for (const resolve of this.waiting.values()) resolve(null);
        this.waiting.clear();
      });
      return port;
    }

    /** The background's answer to `message`, or null if there is none within `ms`. */
    request(message, ms) {
      const id = ++this.lastId;
      let timer = 0;
      return new Promise((resolve) => {
        this.waiting.set(id, resolve);
        timer = setTimeout(() => {
          this.waiting.delete(id);
          resolve(null);
        }, ms);
        try {
          this.port ??= this.open();
          this.port.postMessage({ id, message });
        } catch {
          // The extension was reloaded or removed: this page's script can no longer reach it.
          this.port = null;
          this.waiting.delete(id);
          resolve(null);
        }
      }).finally(() => clearTimeout(timer));
    }
  }

  const background = new BackgroundChannel();

  class ComposerSession {
    constructor(composer, sessions) {
      this.composer = composer;
      this.sessions = sessions;
      this.overlay = new TBYP.Overlay(
        composer,
        () => sessions.openPanel?.(this),
        () => sessions.quiet(),
      );
      this.findings = [];
      this.checkedText = null;
      this.timer = 0;
      this.seq = 0;
      this.warnedUnchecked = false;
      this.ignored = new Set(); // "rule\0words" the user chose to ignore in this draft
      // Editors handle deleting and typing over a selection themselves, without an `input` event
      // (Lexical does), so watch the composer's text itself.
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(composer, { characterData: true, childList: true, subtree: true });
    }

    enabled() {
      return this.sessions.enabledHere();
    }

    readText() {
      return TBYP.draft.readDraft(this.composer).text;
    }

    /** What the user should see: reminders only if wanted, minus what they ignored or allowed. */
    visibleFindings() {
      const showInfo = this.sessions.settings?.showInfo !== false;
      return this.findings.filter(
        (f) =>
          (showInfo || f.severity !== "info") &&
          !this.ignored.has(ignoreKey(f)) &&
          !this.sessions.allowedHere.has(ignoreKey(f)),
      );
    }

    /** Redraw after the user ignored or allowed something. */
    refresh() {
      const visible = this.visibleFindings();
      this.overlay.setState(visible.length ? "findings" : "clean");
      this.overlay.show(visible);
    }

    ignoreOnce(finding) {
      this.ignored.add(ignoreKey(finding));
      this.refresh();
      this.composer.focus();
    }

    /** The background keeps the choice (a keyed fingerprint, never the words) and leaves the
     * finding out of later checks; until then this page hides it. */
    async alwaysAllow(finding) {
      this.sessions.allowedHere.add(ignoreKey(finding));
      this.refresh();
      this.composer.focus();
      await this.sessions.send(
        { type: MSG.ALLOW, rule: finding.rule, match: finding.match },
        TIMING.ENGINE_REPLY_TIMEOUT,
      );
    }

    /** Forget this composer: its timer, its observer and its overlay. */
    end() {
      clearTimeout(this.timer);
      this.seq++;
      this.observer.disconnect();
      this.overlay.remove();
    }

    reset() {
      clearTimeout(this.timer);
      this.seq++;
      this.ignored.clear();
      this.findings = [];
      this.checkedText = null;
      this.overlay.clear();
    }

    /** After an edit: move the underlines now, check again once typing pauses. */
    schedule() {
      this.overlay.schedule();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.checkNow(TIMING.ENGINE_BOOT_TIMEOUT), TIMING.TYPING_DEBOUNCE);
    }

    /** Check the current draft; resolves true when findings are up to date for it. */
    async checkNow(waitMs) {
      clearTimeout(this.timer);
      const seq = ++this.seq;
      const text = this.readText();
      if (!this.enabled() || !text.trim()) {
        this.findings = [];
        this.checkedText = text;
        this.overlay.clear();
        return true;
      }
      if (this.overlay.state !== "findings") this.overlay.setState("checking");
      const reply = await this.sessions.check(text, waitMs);
      if (seq !== this.seq) return this.checkedText === this.readText();
      if (reply?.stale) return this.replaced();
      if (!reply?.ok) {
        this.findings = [];
        this.checkedText = null;
        this.overlay.clear("unavailable");
        return false;
      }
      this.findings = reply.findings;
      this.checkedText = text;
      this.overlay.setLimits(reply);
      this.refresh();
      return true;
    }

    /** A newer draft from this tab (another composer's) took this one's place in the engine's
     * queue before it was checked: check again once that one is done. */
    replaced() {
      this.schedule();
      return false;
    }

    noteUnchecked() {
      if (this.warnedUnchecked) return;
      this.warnedUnchecked = true;
      TBYP.notify(t("sentWithoutChecks"));
    }
  }

  class ComposerSessions {
    constructor(adapter) {
      this.adapter = adapter;
      this.map = new Map();
      // {sites, snoozedUntil, showInfo, quietMode, postAnyway}: what the background lets a page know
      this.settings = null;
      this.allowedHere = new Set(); // "rule\0words" always allowed from this page
      this.engineReady = false;
      this.engineStatus = null; // TBYP.ENGINE as the background last said, null if unknown
      this.warming = false;
    }

    /** The composer's session, made if there is none: only for the user's own key press,
     * pointer press or paste in it (main.js), never for what a page script does. */
    get(composer) {
      let session = this.map.get(composer);
      if (!session) {
        session = new ComposerSession(composer, this);
        this.map.set(composer, session);
      }
      return session;
    }

    /** The composer's session if the user has written in it, else null. */
    peek(composer) {
      return this.map.get(composer) ?? null;
    }

    live() {
      for (const [composer, session] of this.map) {
        // A composer held for its dialog's send after it left the page (Facebook's "Next",
        // then "Post") is kept until that send is done.
        if (!composer.isConnected && !session.sendingFromDialog) {
          session.end();
          this.map.delete(composer);
        }
      }
      return [...this.map.values()];
    }

    /** The site was switched off or paused: no session, nothing drawn. */
    endAll() {
      for (const session of this.map.values()) session.end();
      this.map.clear();
    }

    /** Whether any composer has underlines drawn, which the caret could move into. */
    anyUnderlined() {
      for (const session of this.map.values()) if (session.overlay.hits.length) return true;
      return false;
    }

    /** Quiet mode: no underlines nor badge while typing, the panel only at send. */
    quiet() {
      return this.settings?.quietMode === true;
    }

    /** How "Post anyway" works when something serious was found (TBYP.policy.POST_ANYWAY):
     * the organisation's choice, "direct" unless it made one. */
    postAnywayMode() {
      return this.settings?.postAnyway ?? "direct";
    }

    /** Checking is on for this site and not paused ("snooze for an hour"). */
    enabledHere() {
      return Boolean(this.settings) && TBYP.settings.isActive(this.settings, this.adapter.id);
    }

    /** The page's settings, from the background (content scripts never read storage). Kept as
     * they were if it does not answer. */
    async loadSettings() {
      const reply = await this.send({ type: MSG.PAGE_SETTINGS }, TIMING.ENGINE_REPLY_TIMEOUT);
      if (reply?.ok) {
        this.settings = reply.settings;
        TBYP.i18n.choose(reply.settings?.language);
      }
    }

    /** Start the engine if it is not running: on the first focus of a composer, and again on
     * a later focus after the engine failed (so it restarts when someone starts writing). */
    warmUp() {
      if (this.engineReady || this.warming || !this.enabledHere()) return;
      this.warming = true;
      this.send({ type: MSG.WARM_UP }, TIMING.ENGINE_REPLY_TIMEOUT)
        .then((reply) => {
          this.engineStatus = reply?.status ?? null;
          if (reply?.status === TBYP.ENGINE.READY) this.engineReady = true;
        })
        .finally(() => {
          this.warming = false;
        });
    }

    /** A message to the background that never rejects and never waits past `ms`. */
    send(message, ms) {
      return background.request({ target: TARGET.BACKGROUND, ...message }, ms);
    }

    /** The background adds the packs, phrases and names, and leaves out what was allowed. */
    async check(text, waitMs) {
      const message = { type: MSG.CHECK, text, site: this.adapter.id, waitMs };
      const reply = await this.send(message, waitMs + 1000);
      if (reply?.stale) return reply;
      this.engineReady = Boolean(reply?.ok);
      this.engineStatus = reply?.ok ? TBYP.ENGINE.READY : (reply?.status ?? null);
      return TBYP.findingText.expandReply(reply);
    }

    /** Whether a send should go without waiting for a check: the engine failed. One that is
     * starting (or restarting after it was stopped for want of use) is waited for, briefly. */
    engineFailed() {
      return this.engineStatus === TBYP.ENGINE.FAILED && !this.warming;
    }
  }

  TBYP.ComposerSessions = ComposerSessions;
})();
