/* Chrome's offscreen document: hosts the engine Worker for the service worker, which cannot. */
(() => {
  const TBYP = globalThis.TBYP;
  const host = new TBYP.EngineHost(TBYP.api.runtime.getURL("engine/worker.js"));
  host.start();

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
