/* Chrome's offscreen document: hosts the engine Worker for the service worker, which cannot.
 * The service worker makes it when the browser starts or the extension is installed. */
(() => {
  const TBYP = globalThis.TBYP;
  // The engine starts on the first WARM_UP or check, not when this document is made. It compiles
  // Pyodide's Wasm from its bytes, so that Chromium keeps no code cache of it (engine_start.mjs).
  const host = new TBYP.EngineHost(TBYP.api.runtime.getURL("engine/worker.js?compile=bytes"));
  // Stopped for want of use: the background closes this document too.
  host.onIdle = () =>
    Promise.resolve(
      TBYP.api.runtime.sendMessage({ target: TBYP.TARGET.BACKGROUND, type: TBYP.MSG.ENGINE_IDLE }),
    ).catch(() => {});
  // Made at the browser's start: closed again if no page asks for the engine meanwhile.
  host.touch();
  const setIdle = (message) => {
    if (Number(message.idleMs) > 0) host.idleMs = Number(message.idleMs);
  };

  TBYP.api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message?.target !== TBYP.TARGET.OFFSCREEN) return false;
    if (message.type === TBYP.MSG.STATUS) {
      sendResponse({ ok: true, ...host.describe() });
      return false;
    }
    if (message.type === TBYP.MSG.WARM_UP) {
      setIdle(message);
      host.start();
      host.touch();
      sendResponse({ ok: true, ...host.describe() });
      return false;
    }
    if (message.type === TBYP.MSG.CHECK) {
      setIdle(message);
      host.request(message.request, { waitMs: message.waitMs }).then(sendResponse);
      return true;
    }
    return false;
  });
})();
