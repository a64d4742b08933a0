/* Chrome's offscreen document: hosts the engine Worker for the service worker, which cannot.
 * The service worker makes it when the browser starts or the extension is installed. */
(() => {
  const TBYP = globalThis.TBYP;
  // The engine starts on the first WARM_UP or check, not when this document is made.
  const host = new TBYP.EngineHost(TBYP.api.runtime.getURL("engine/worker.js"));

  TBYP.api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message?.target !== TBYP.TARGET.OFFSCREEN) return false;
    if (message.type === TBYP.MSG.STATUS) {
      sendResponse({ ok: true, ...host.describe() });
      return false;
    }
    if (message.type === TBYP.MSG.WARM_UP) {
      host.start();
      sendResponse({ ok: true, ...host.describe() });
      return false;
    }
    if (message.type === TBYP.MSG.CHECK) {
      host.request(message.request, { waitMs: message.waitMs }).then(sendResponse);
      return true;
    }
    return false;
  });
})();
