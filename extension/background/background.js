/* The background: routes content-script messages to the engine.
 * Chrome: a service worker, which cannot run a Worker, so the engine lives in an offscreen
 * document it creates when the browser starts (and again whenever it is missing). Firefox: an
 * event page, which hosts the engine itself. */
if (typeof importScripts === "function" && typeof document === "undefined") {
  importScripts(
    "/shared/constants.js",
    "/shared/registry.js",
    "/shared/sites.js",
    "/shared/settings.js",
    "/background/private_checks.js",
  );
}

(() => {
  const TBYP = globalThis.TBYP;
  const { MSG, TARGET, ENGINE } = TBYP;
  const api = TBYP.api;

  function localEngine() {
    const host = new TBYP.EngineHost(api.runtime.getURL("engine/worker.js"));
    TBYP.engineHost = host;
    return {
      request: (request, waitMs) => host.request(request, { waitMs }),
      warmUp: async () => {
        host.start();
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
        await ensure();
        return await api.runtime.sendMessage({ target: TARGET.OFFSCREEN, type, ...extra });
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

    return {
      request: (request, waitMs) => forward(MSG.CHECK, { request, waitMs }),
      warmUp: () => forward(MSG.WARM_UP),
      status: async () =>
        (await exists()) ? forward(MSG.STATUS) : { ok: true, status: ENGINE.STOPPED },
    };
  }

  TBYP.engine =
    typeof Worker === "function" && TBYP.EngineHost ? localEngine() : offscreenEngine();

  /** The promise of the answer to a message for the background, or null if it is not one. */
  function answer(message) {
    if (message?.target !== TARGET.BACKGROUND) return null;
    const current = TBYP.engine; // looked up per message, so a restarted engine is picked up
    const trusted = TBYP.privateChecks;
    if (message.type === MSG.CHECK) return trusted.check(current, message);
    if (message.type === MSG.WARM_UP) return current.warmUp();
    if (message.type === MSG.STATUS) return current.status();
    if (message.type === MSG.PAGE_SETTINGS) return trusted.pageSettings();
    if (message.type === MSG.ALLOW) return trusted.allow(message);
    return null;
  }

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = answer(message);
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
      const reply = answer(envelope?.message) ?? Promise.resolve(null);
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
