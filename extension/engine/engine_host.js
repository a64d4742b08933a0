/* The engine host: owns the Worker, matches replies to requests, restarts after a crash.
 * Runs in Chrome's offscreen document and in Firefox's background event page. */
(() => {
  const TBYP = globalThis.TBYP;
  const { ENGINE, TIMING } = TBYP;

  class EngineHost {
    constructor(workerUrl) {
      this.workerUrl = workerUrl;
      this.worker = null;
      this.status = ENGINE.STOPPED;
      this.bootMs = null;
      this.error = null;
      this.pending = new Map();
      this.nextId = 1;
      this.readyWaiters = [];
      this.listeners = new Set();
    }

    onStatus(listener) {
      this.listeners.add(listener);
    }

    setStatus(status) {
      this.status = status;
      for (const listener of this.listeners) listener(this.describe());
    }

    describe() {
      return { status: this.status, bootMs: this.bootMs, error: this.error };
    }

    start() {
      if (this.worker) return;
      this.error = null;
      this.setStatus(ENGINE.STARTING);
      const worker = new Worker(this.workerUrl, { type: "module" });
      this.worker = worker;
      const bootTimer = setTimeout(
        () => this.fail(worker, "the engine took too long to start"),
        TIMING.ENGINE_BOOT_TIMEOUT,
      );
      worker.onmessage = (event) => {
        const data = event.data;
        if (data.event === "ready") {
          clearTimeout(bootTimer);
          this.bootMs = data.bootMs;
          this.setStatus(ENGINE.READY);
          this.flushWaiters(true);
        } else if (data.event === "failed") {
          clearTimeout(bootTimer);
          this.fail(worker, data.error);
        } else if (this.pending.has(data.id)) {
          const { resolve, timer } = this.pending.get(data.id);
          clearTimeout(timer);
          this.pending.delete(data.id);
          resolve(data.reply);
        }
      };
      worker.onerror = (event) => {
        clearTimeout(bootTimer);
        this.fail(worker, event.message || "the engine stopped");
      };
    }

    /** Stop a broken worker; the next request starts a fresh one. */
    fail(worker, message) {
      if (this.worker !== worker) return;
      worker.terminate();
      this.worker = null;
      this.error = String(message);
      this.setStatus(ENGINE.FAILED);
      this.flushWaiters(false);
      for (const { resolve, timer } of this.pending.values()) {
        clearTimeout(timer);
        resolve({ ok: false, status: ENGINE.FAILED, error: this.error });
      }
      this.pending.clear();
    }

    flushWaiters(ok) {
      const waiters = this.readyWaiters;
      this.readyWaiters = [];
      for (const resolve of waiters) resolve(ok);
    }

    /** Resolves true once ready, false if the engine failed or did not start within `ms`. */
    whenReady(ms) {
      if (this.status === ENGINE.READY) return Promise.resolve(true);
      if (!this.worker) this.start();
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        this.readyWaiters.push((ok) => {
          clearTimeout(timer);
          resolve(ok);
        });
      });
    }

    /** Send one bridge request. Never rejects: failures come back as {ok: false, ...}. */
    async request(request, { waitMs = TIMING.ENGINE_BOOT_TIMEOUT } = {}) {
      const ready = await this.whenReady(waitMs);
      if (!ready) return { ok: false, status: this.status, error: this.error ?? "not ready" };
      const id = this.nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          resolve({ ok: false, status: this.status, error: "the engine did not answer in time" });
        }, TIMING.ENGINE_REPLY_TIMEOUT);
        this.pending.set(id, { resolve, timer });
        this.worker.postMessage({ id, request });
      });
    }
  }

  TBYP.EngineHost = EngineHost;
})();
