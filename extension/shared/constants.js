/* Names shared by every part of the extension: message types, storage keys, defaults.
 * Loaded as a classic script everywhere (service worker, event page, offscreen document,
 * content scripts, options and popup pages), so it only adds to the TBYP namespace. */
(() => {
  const TBYP = (globalThis.TBYP = globalThis.TBYP || {});

  TBYP.api = globalThis.browser ?? globalThis.chrome;

  /** Where a runtime message is going. Every listener ignores messages not meant for it. */
  TBYP.TARGET = Object.freeze({
    BACKGROUND: "tbyp-background",
    OFFSCREEN: "tbyp-offscreen",
    CONTENT: "tbyp-content",
  });

  /** Message types, routed by {target, type}. */
  TBYP.MSG = Object.freeze({
    // Content script -> background: {text, site}. The background adds the packs, the user's
    // phrases and private names, runs the engine and leaves out what was "always allowed":
    // -> {ok, findings} | {ok:false, status, error}. The engine host gets the full request.
    CHECK: "check",
    WARM_UP: "warm-up", // start the engine if it is not running -> {ok, status}
    STATUS: "status", // -> {ok, status, bootMs}
    TAB_STATUS: "tab-status", // popup -> content script: {site, composers, enabled, engineReady}
    // Content script -> background: the settings a page may know -> {ok, settings: {sites,
    // snoozedUntil, showInfo, quietMode, postAnyway, language}}: never the names, the phrases or
    // the allow list.
    PAGE_SETTINGS: "page-settings",
    // Content script -> background: "Post anyway" with a reason typed in the panel, when the
    // organisation asks for one: {reason, rules} -> {ok}. Kept in storage.local with the time
    // and the rule ids, never the draft.
    POST_REASON: "post-reason",
    // Background -> content script of the active tab (the keyboard shortcut): open the panel for
    // the draft being written.
    OPEN_PANEL: "open-panel",
    ALLOW: "allow", // content script -> background: "always allow" {rule, match} -> {ok}
    SETTINGS_CHANGED: "settings-changed", // background -> content scripts: ask for them again
    // Chrome's offscreen document -> background: the engine was stopped for want of use, so the
    // document may be closed too.
    ENGINE_IDLE: "engine-idle",
  });

  /** Engine states as the content script, popup and tests see them. */
  TBYP.ENGINE = Object.freeze({
    STOPPED: "stopped",
    STARTING: "starting",
    READY: "ready",
    FAILED: "failed",
  });

  TBYP.STORAGE = Object.freeze({
    SETTINGS: "settings", // storage.sync: packs, sites, showInfo
    PRIVATE_NAMES: "privateNames", // storage.local only: never synced
    // storage.local: "always allow" choices as HMAC-SHA-256 of the rule and the words, keyed with
    // ALLOW_KEY, never the words themselves
    ALLOWED: "allowedFindings",
    ALLOW_KEY: "allowKey", // storage.local: the random HMAC key (hex), made once per install
    // storage.local, for tests and the benchmark only: TIMING.ENGINE_IDLE in ms, if set
    ENGINE_IDLE_MS: "engineIdleMs",
    // storage.local: reasons typed for "Post anyway" ({time, rules, reason}), newest last
    POST_REASONS: "postAnywayReasons",
    // storage.local, read by the testing build only: a managed policy written by a browser test
    TEST_POLICY: "testManagedPolicy",
    // storage.local: the organisation's policy as last read (shared/policy.js), null for none
    POLICY_SEEN: "managedPolicySeen",
  });

  /** Time limits, in milliseconds. */
  TBYP.TIMING = Object.freeze({
    TYPING_DEBOUNCE: 150,
    SEND_CHECK_TIMEOUT: 1500, // past this on send, the draft goes without a check (fail open)
    ENGINE_BOOT_TIMEOUT: 30000,
    ENGINE_REPLY_TIMEOUT: 5000,
    SEND_CONFIRM: 2000,
    // A request that has not been answered this long after its reply timed out is taken to be
    // stuck: the Worker is ended, and the next request starts a fresh one.
    ENGINE_STUCK: 10000,
    // No check nor warm-up for this long (no tab has shown a composer): the Worker is stopped,
    // and in Chrome the offscreen document closed. The next composer starts it from the snapshot.
    ENGINE_IDLE: 10 * 60 * 1000,
    // After a check that grew the engine's memory by LIMITS.ENGINE_GROWTH, or of a draft of
    // LIMITS.ENGINE_LONG_DRAFT or more (Wasm memory never shrinks), no check for this long (or
    // half the idle time, if shorter): the Worker is started again from its snapshot, with the
    // memory it had at its start.
    ENGINE_RECYCLE_QUIET: 30 * 1000,
  });

  /** Bounds on one check, whatever the page gives. The engine's bridge (core/bridge.py) applies
   * the same ones; the background cuts the draft first so no more crosses to the engine. */
  TBYP.LIMITS = Object.freeze({
    DRAFT_UTF16: 65536, // the longest post any of the sites accepts
    FINDINGS: 200,
    ENGINE_GROWTH: 4 * 1024 * 1024, // bytes of Wasm memory a check may add before a restart
    // A draft this long (UTF-16 units) is read in megabytes of memory the snapshot left free: the
    // pages it writes stay written though the memory does not grow (two drafts of 65,536
    // characters: 8.8 MiB on 2026-12-05), so it restarts the engine too, once quiet.
    ENGINE_LONG_DRAFT: 16384,
  });

  /** The keyboard shortcut's command (manifest `commands`). */
  TBYP.COMMAND = Object.freeze({ OPEN_PANEL: "open-panel" });

  /** Severities that stop a send to show the panel; `info` never does by itself. */
  TBYP.BLOCKING = Object.freeze(["warning", "serious"]);
})();

/* The engine's Pyodide memory snapshot, kept in the extension's IndexedDB
 * (engine/snapshot_store.mjs). A boot from a snapshot that fails or takes longer than
 * BOOT_TIMEOUT ms is abandoned for a plain start. After a plain start, the snapshot is made by a
 * second worker, MAKE_DELAY ms after the engine is ready (so the first drafts are checked first),
 * given MAKE_TIMEOUT ms. STATE: what the engine's status says of it, as `snapshot` (and, after
 * NOT_MADE or NOT_STORED, the error as `snapshotWhy`). */
(() => {
  globalThis.TBYP.SNAPSHOT = Object.freeze({
    DB: "tbyp-engine",
    STORE: "snapshots",
    KEY: "engine",
    BOOT_TIMEOUT: 10000,
    MAKE_DELAY: 1500,
    MAKE_TIMEOUT: 60000,
    STATE: Object.freeze({
      NONE: "none", // none is stored
      DISABLED: "disabled", // this build cannot key one (no engine/build_info.mjs)
      STALE: "stale", // the stored one was made by another build
      REJECTED: "rejected", // the stored one failed to load or to prove itself, and was deleted
      DISCARDED: "discarded", // deleted at the host's request, after a start from it failed
      LOADED: "loaded", // the engine started from it
      TO_MAKE: "to make", // the engine started plain and one should be made
      MAKING: "making", // the host's second worker is making it
      STORED: "stored",
      NOT_MADE: "not made",
      NOT_STORED: "not stored",
    }),
  });

  /** What the engine's Worker posts besides replies ({event, ...}), and where a start came from. */
  globalThis.TBYP.ENGINE_WORKER = Object.freeze({
    EVENT: Object.freeze({
      BOOTING: "booting", // {from}: the start has chosen its way
      READY: "ready", // {bootMs, from, snapshot, ...}: the core is imported
      FAILED: "failed", // {error}
      SNAPSHOT: "snapshot", // from the snapshot maker: {snapshot, snapshotWhy?, ...}
    }),
    FROM: Object.freeze({ SNAPSHOT: "snapshot", PLAIN: "plain" }),
  });
})();
