/* One session per composer: debounced checks while typing, the overlay, the last findings. */
(() => {
  const TBYP = globalThis.TBYP;
  const { MSG, TARGET, TIMING } = TBYP;
  const { t } = TBYP.ui;

  function ignoreKey(finding) {
    return `${finding.rule}\u0000${finding.match}`;
  }

  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }

  const hashes = new Map(); // "rule\0words" -> the promise of its hash
  const MAX_HASHES = 500;

  /** "Always allow" remembers a hash of the rule and the words, never the words themselves.
   * Each check while typing finds the same things again, so each is hashed only once. */
  function findingHash(finding) {
    const key = `${finding.rule}\u0000${finding.match.trim().toLowerCase()}`;
    let hash = hashes.get(key);
    if (!hash) {
      if (hashes.size >= MAX_HASHES) hashes.clear();
      hash = sha256Hex(key);
      hashes.set(key, hash);
    }
    return hash;
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
      this.overlay = new TBYP.Overlay(composer, () => sessions.openPanel?.(this));
      this.findings = [];
      this.checkedText = null;
      this.timer = 0;
      this.seq = 0;
      this.warnedUnchecked = false;
      this.ignored = new Set(); // "rule\0match" the user chose to ignore in this draft
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
          !this.sessions.allowed.has(f.hash),
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

    async alwaysAllow(finding) {
      await this.sessions.allow(finding.hash);
      this.refresh();
      this.composer.focus();
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
      if (!reply?.ok) {
        this.findings = [];
        this.checkedText = null;
        this.overlay.clear("unavailable");
        return false;
      }
      await Promise.all(reply.findings.map(async (f) => (f.hash = await findingHash(f))));
      if (seq !== this.seq) return this.checkedText === this.readText();
      this.findings = reply.findings;
      this.checkedText = text;
      this.refresh();
      return true;
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
      this.settings = null;
      this.names = [];
      this.allowed = new Set();
      this.engineReady = false;
      this.warming = false;
    }

    get(composer) {
      let session = this.map.get(composer);
      if (!session) {
        session = new ComposerSession(composer, this);
        this.map.set(composer, session);
      }
      return session;
    }

    live() {
      for (const [composer, session] of this.map) {
        if (!composer.isConnected) {
          session.observer.disconnect();
          session.overlay.remove();
          this.map.delete(composer);
        }
      }
      return [...this.map.values()];
    }

    /** Whether any composer has underlines drawn, which the caret could move into. */
    anyUnderlined() {
      for (const session of this.map.values()) if (session.overlay.hits.length) return true;
      return false;
    }

    /** Checking is on for this site and not paused ("snooze for an hour"). */
    enabledHere() {
      return Boolean(this.settings) && TBYP.settings.isActive(this.settings, this.adapter.id);
    }

    async loadSettings() {
      this.settings = await TBYP.settings.load();
      this.names = await TBYP.settings.loadPrivateNames();
      const got = await TBYP.api.storage.local.get(TBYP.STORAGE.ALLOWED);
      const allowed = got[TBYP.STORAGE.ALLOWED];
      this.allowed = new Set(Array.isArray(allowed) ? allowed : []);
    }

    async allow(hash) {
      this.allowed.add(hash);
      const list = [...this.allowed].slice(-1000);
      await TBYP.api.storage.local.set({ [TBYP.STORAGE.ALLOWED]: list });
    }

    /** Start the engine if it is not running: on the first focus of a composer, and again on
     * a later focus after the engine failed (so it restarts when someone starts writing). */
    warmUp() {
      if (this.engineReady || this.warming || !this.enabledHere()) return;
      this.warming = true;
      this.send({ type: MSG.WARM_UP }, TIMING.ENGINE_REPLY_TIMEOUT)
        .then((reply) => {
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

    async check(text, waitMs) {
      const request = {
        type: "check",
        text,
        site: this.adapter.id,
        ...TBYP.settings.checkOptions(this.settings, this.names),
      };
      const reply = await this.send({ type: MSG.CHECK, request, waitMs }, waitMs + 1000);
      this.engineReady = Boolean(reply?.ok);
      return reply;
    }
  }

  TBYP.ComposerSessions = ComposerSessions;
})();
