/* The background: routes content-script messages to the engine.
 * Chrome: a service worker, which cannot run a Worker, so the engine lives in an offscreen
 * document it creates when the browser starts (and again whenever it is missing). Firefox: an
 * event page, which hosts the engine itself. */
if (typeof importScripts === "function" && typeof document === "undefined") {
  importScripts(
    "/shared/constants.js",
    "/shared/build_flavour.js",
    "/shared/registry.js",
    "/shared/sites.js",
    "/shared/settings.js",
    "/shared/policy.js",
    "/background/private_checks.js",
    "/background/check_queue.js",
  );
}

(() => {
  const TBYP = globalThis.TBYP;
  const { MSG, TARGET, ENGINE, STORAGE, TIMING } = TBYP;
  const api = TBYP.api;

  /** How long the engine may go unused before it is stopped: TIMING.ENGINE_IDLE, unless a test
   * or the benchmark set STORAGE.ENGINE_IDLE_MS. */
  let idleSetting = null;
  function idleMs() {
    idleSetting ??= Promise.resolve(api.storage.local.get(STORAGE.ENGINE_IDLE_MS))
      .then((got) => Number(got?.[STORAGE.ENGINE_IDLE_MS]) || TIMING.ENGINE_IDLE)
      .catch(() => TIMING.ENGINE_IDLE);
    return idleSetting;
  }
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && STORAGE.ENGINE_IDLE_MS in changes) idleSetting = null;
  });

  function localEngine() {
    const host = new TBYP.EngineHost(api.runtime.getURL("engine/worker.js"));
    TBYP.engineHost = host;
    return {
      request: async (request, waitMs) => {
        host.idleMs = await idleMs();
        return host.request(request, { waitMs });
      },
      warmUp: async () => {
        host.idleMs = await idleMs();
        host.start();
        host.touch();
        return { ok: true, ...host.describe() };
      },
      status: async () => ({ ok: true, ...host.describe() }),
    };
  }

  function offscreenEngine() {
    let creating = null;
    const url = "engine/offscreen.html";

    async function exists() {
      const contexts = await api.runtime.getContexts({
        contextTypes: ["OFFSCREEN_DOCUMENT"],
        documentUrls: [api.runtime.getURL(url)],
      });
      return contexts.length > 0;
    }

    /** Resolves once the document exists and has loaded (its listener is registered): a document
     * still being made also counts as existing for getContexts, so a creation in flight is
     * always waited for. */
    async function ensure() {
      if (!creating && !(await exists())) {
        creating ??= api.offscreen
          .createDocument({
            url,
            reasons: ["WORKERS"],
            justification: "Runs the checking engine in a Worker, on this device only.",
          })
          .finally(() => {
            creating = null;
          });
      }
      if (!creating) return;
      try {
        await creating;
      } catch (error) {
        // Made meanwhile by another call: only one may exist, and it does.
        if (!(await exists())) throw error;
      }
    }

    async function forward(type, extra = {}) {
      try {
        const idle = await idleMs();
        await ensure();
        return await api.runtime.sendMessage({
          target: TARGET.OFFSCREEN,
          type,
          idleMs: idle,
          ...extra,
        });
      } catch (error) {
        return { ok: false, status: ENGINE.FAILED, error: String(error?.message ?? error) };
      }
    }

    // The document is made when the browser starts or the extension is installed, without
    // starting the engine in it (that waits for a page with a message box to ask): creating it
    // takes 0.1-0.2 s, which a page's first draft then does not wait for.
    const prepare = () => ensure().catch(() => {});
    api.runtime.onStartup.addListener(prepare);
    api.runtime.onInstalled.addListener(prepare);

    /** The document stopped its engine for want of use: close it too, unless a page asked for
     * the engine again meanwhile. The next composer makes it again. */
    async function closeIfIdle() {
      if (creating || !(await exists())) return;
      const status = await api.runtime
        .sendMessage({ target: TARGET.OFFSCREEN, type: MSG.STATUS })
        .catch(() => null);
      if (status?.status !== ENGINE.STOPPED || creating) return;
      await api.offscreen.closeDocument().catch(() => {});
    }

    return {
      closeIfIdle,
      request: (request, waitMs) => forward(MSG.CHECK, { request, waitMs }),
      warmUp: () => forward(MSG.WARM_UP),
      status: async () =>
        (await exists()) ? forward(MSG.STATUS) : { ok: true, status: ENGINE.STOPPED },
    };
  }

  TBYP.engine =
    typeof Worker === "function" && TBYP.EngineHost ? localEngine() : offscreenEngine();

  /** The promise of the answer to a message for the background, or null if it is not one. */
  const checks = new TBYP.CheckQueue((message) => TBYP.privateChecks.check(TBYP.engine, message));
  TBYP.checkQueue = checks;

  /** The promise of the answer to a message for the background, or null if it is not one.
   * @param tab the sending tab's id (or its port), whose checks are queued together */
  function answer(message, tab) {
    if (message?.target !== TARGET.BACKGROUND) return null;
    const current = TBYP.engine; // looked up per message, so a restarted engine is picked up
    const trusted = TBYP.privateChecks;
    if (message.type === MSG.ENGINE_IDLE) {
      return Promise.resolve(current.closeIfIdle?.()).then(() => ({ ok: true }));
    }
    if (message.type === MSG.CHECK) return checks.submit(tab, message);
    if (message.type === MSG.WARM_UP) return current.warmUp();
    if (message.type === MSG.STATUS) return current.status();
    if (message.type === MSG.PAGE_SETTINGS) return trusted.pageSettings();
    if (message.type === MSG.ALLOW) return trusted.allow(message);
    if (message.type === MSG.POST_REASON) return trusted.postReason(message);
    return null;
  }

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = answer(message, sender?.tab?.id ?? sender?.url);
    if (!reply) return false;
    reply.catch((error) => ({ ok: false, status: ENGINE.FAILED, error: String(error) })).then(sendResponse);
    return true;
  });

  // Content scripts keep one port open for their messages ({id, message} -> {id, reply}).
  api.runtime.onConnect.addListener((port) => {
    if (port.name !== TARGET.BACKGROUND) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((envelope) => {
      const id = envelope?.id;
      const reply = answer(envelope?.message, port.sender?.tab?.id ?? port) ?? Promise.resolve(null);
      // An engine that throws answers as one that failed, at once (the page then sends unchecked).
      const failed = (error) => ({ ok: false, status: ENGINE.FAILED, error: String(error) });
      reply.catch(failed).then((value) => {
        if (!open) return;
        try {
          port.postMessage({ id, reply: value });
        } catch {
          // Closed meanwhile: the page has gone, and nothing waits for this answer.
        }
      });
    });
  });
})();

/* The keyboard shortcut (manifest `commands`): open the panel for the draft being written in the
 * active tab. */
(() => {
  const TBYP = globalThis.TBYP;
  const { api, MSG, TARGET, COMMAND } = TBYP;

  async function onCommand(command) {
    if (command !== COMMAND.OPEN_PANEL) return;
    const note = { target: TARGET.CONTENT, type: MSG.OPEN_PANEL };
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
    if (tab?.id !== undefined) Promise.resolve(api.tabs.sendMessage(tab.id, note)).catch(() => {});
    // The practice page, an extension page that tabs.sendMessage does not reach: it answers only
    // while it has the focus.
    Promise.resolve(api.runtime.sendMessage(note)).catch(() => {});
  }

  api.commands?.onCommand.addListener(onCommand);
  TBYP.onCommand = onCommand; // for the browser tests, where a key press cannot reach it
})();
