/* The engine host: owns the Worker, matches replies to requests, restarts after a crash.
 * Runs in Chrome's offscreen document and in Firefox's background event page.
 * A worker that fails while booting from its memory snapshot (an error, or no answer within
 * SNAPSHOT.BOOT_TIMEOUT) is replaced at once by one told to start plain (worker.js?snapshot=0).
 * After a plain start that reports snapshot STATE.TO_MAKE, a second worker
 * (worker.js?role=snapshot) makes and stores the snapshot, SNAPSHOT.MAKE_DELAY ms later, and is
 * then ended.
 *
 * Bounded cost: a request unanswered ENGINE_STUCK ms after its reply timed out ends the Worker
 * (the next request starts a fresh one), and after `idleMs` without a request or a warm-up the
 * Worker is stopped and `onIdle` called, so an unused engine holds no memory. Wasm memory never
 * shrinks, and pages once written stay written: after a check that grew it by
 * LIMITS.ENGINE_GROWTH, or of a draft of LIMITS.ENGINE_LONG_DRAFT or more (its reading writes
 * megabytes of the memory the snapshot left free, which then stay, though nothing grew), once no
 * request came for `recycleMs`, a Worker started from the snapshot takes the place of this one, with
 * the memory the engine had at its start (only when there is a snapshot to start from: then that
 * takes a few tenths of a second, and a request meanwhile waits for it). */
(() => {
  const TBYP = globalThis.TBYP;
  const { ENGINE, TIMING, LIMITS, SNAPSHOT, ENGINE_WORKER } = TBYP;
  const { STATE } = SNAPSHOT;
  const { EVENT, FROM } = ENGINE_WORKER;

  class EngineHost {
    constructor(workerUrl) {
      this.workerUrl = workerUrl;
      this.worker = null;
      this.status = ENGINE.STOPPED;
      this.bootMs = null;
      this.error = null;
      this.boot = {}; // how the last start went: from, snapshot, fallback, wasmBytes, ...
      this.startedAt = 0;
      this.readyMs = null; // start() to ready, as this page saw it
      this.snapshotAllowed = true;
      this.pending = new Map();
      this.nextId = 1;
      this.readyWaiters = [];
      this.listeners = new Set();
      this.maker = null; // the worker making the snapshot, while it does
      this.makerTimer = null;
      this.late = new Map(); // id -> timer: requests whose reply timed out, not yet answered
      this.idleMs = TIMING.ENGINE_IDLE;
      this.idleTimer = 0;
      this.onIdle = null;
      this.recycleMs = TIMING.ENGINE_RECYCLE_QUIET;
      this.recycleTimer = 0;
      this.grown = false; // a check grew or wrote much of the Worker's memory: start it again once quiet
      this.recycles = 0;
    }

    /** Something asked for the engine: it stays up another `idleMs`. */
    touch() {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.release(), this.idleMs);
      if (this.grown) this.quietThenRecycle();
    }

    quietThenRecycle() {
      clearTimeout(this.recycleTimer);
      const quiet = Math.min(this.recycleMs, this.idleMs / 2);
      this.recycleTimer = setTimeout(() => this.recycle(), quiet);
    }

    /** A reply said how big the Worker's memory now is; `long`: its draft was a long one. */
    noteMemory(bytes, long) {
      const atStart = this.boot.wasmBytes;
      const grew = bytes > 0 && atStart > 0 && bytes - atStart >= LIMITS.ENGINE_GROWTH;
      if (!grew && !long) return;
      // Only when a start from the snapshot will do: this one's, or one stored since.
      if (![STATE.LOADED, STATE.STORED].includes(this.boot.snapshot)) return;
      this.grown = true;
      this.quietThenRecycle();
    }

    /** Replace the Worker whose memory grew by one started from the snapshot, if nothing asked
     * for the engine meanwhile (else wait for the next quiet time). The idle time runs on. */
    recycle() {
      if (!this.grown || !this.worker) return;
      if (this.pending.size || this.maker || this.status !== ENGINE.READY) {
        this.quietThenRecycle();
        return;
      }
      this.worker.terminate();
      this.worker = null;
      this.recycles++;
      this.start({ recycled: true });
    }

    /** Nothing asked for the engine for `idleMs`: stop its Worker (not while it answers, starts
     * or makes the snapshot: then wait another round). */
    release() {
      if (this.pending.size || this.maker || this.status === ENGINE.STARTING) {
        this.touch();
        return;
      }
      this.grown = false;
      clearTimeout(this.recycleTimer);
      if (this.worker) {
        this.worker.terminate();
        this.worker = null;
        this.setStatus(ENGINE.STOPPED);
      }
      this.onIdle?.();
    }

    /** End the Worker where it stands (a request stuck in it); the next request starts anew. */
    abandon(worker, why) {
      if (this.worker !== worker) return;
      worker.terminate();
      this.worker = null;
      this.error = why;
      for (const timer of this.late.values()) clearTimeout(timer);
      this.late.clear();
      for (const { resolve, timer } of this.pending.values()) {
        clearTimeout(timer);
        resolve({ ok: false, status: ENGINE.STOPPED, error: why });
      }
      this.pending.clear();
      this.setStatus(ENGINE.STOPPED);
    }

    onStatus(listener) {
      this.listeners.add(listener);
    }

    setStatus(status) {
      this.status = status;
      for (const listener of this.listeners) listener(this.describe());
    }

    /** {status, bootMs, error, from: a FROM or null, snapshot: a STATE, readyMs, pending: requests
     * sent to the Worker and not yet answered, ...}. */
    describe() {
      return {
        status: this.status,
        bootMs: this.bootMs,
        error: this.error,
        from: this.boot.from ?? null,
        readyMs: this.readyMs,
        pending: this.pending.size,
        recycles: this.recycles,
        ...this.boot,
      };
    }

    /** @param recycled a restart for memory (recycle): it does not count as a use of the engine */
    start({ recycled = false } = {}) {
      if (this.worker) return;
      this.error = null;
      this.boot = {};
      this.readyMs = null;
      this.startedAt = performance.now();
      this.late.clear();
      this.grown = false;
      clearTimeout(this.recycleTimer);
      if (!recycled) this.touch();
      this.setStatus(ENGINE.STARTING);
      const url = new URL(this.workerUrl);
      if (!this.snapshotAllowed) url.searchParams.set("snapshot", "0");
      const worker = new Worker(url.href, { type: "module" });
      this.worker = worker;
      let bootTimer = setTimeout(
        () => this.fail(worker, "the engine took too long to start"),
        TIMING.ENGINE_BOOT_TIMEOUT,
      );
      worker.onmessage = (event) => {
        const data = event.data;
        if (data.event === EVENT.BOOTING) {
          // A snapshot boot gets a short limit; a plain boot (perhaps after the worker itself
          // rejected its snapshot) the full one again.
          this.boot.from = data.from;
          const fromSnapshot = data.from === FROM.SNAPSHOT;
          clearTimeout(bootTimer);
          bootTimer = setTimeout(
            () =>
              this.fail(
                worker,
                fromSnapshot
                  ? "the engine took too long to start from its snapshot"
                  : "the engine took too long to start",
              ),
            fromSnapshot ? SNAPSHOT.BOOT_TIMEOUT : TIMING.ENGINE_BOOT_TIMEOUT,
          );
        } else if (data.event === EVENT.READY) {
          clearTimeout(bootTimer);
          const { event: _event, bootMs, ...boot } = data;
          this.bootMs = bootMs;
          this.readyMs = performance.now() - this.startedAt;
          this.boot = { ...this.boot, ...boot };
          this.snapshotAllowed = true;
          this.setStatus(ENGINE.READY);
          this.flushWaiters(true);
          if (this.boot.snapshot === STATE.TO_MAKE) {
            clearTimeout(this.makerTimer);
            this.makerTimer = setTimeout(() => this.makeSnapshot(), SNAPSHOT.MAKE_DELAY);
          }
        } else if (data.event === EVENT.FAILED) {
          clearTimeout(bootTimer);
          this.fail(worker, data.error);
        } else if (this.late.has(data.id)) {
          clearTimeout(this.late.get(data.id));
          this.late.delete(data.id);
        } else if (this.pending.has(data.id)) {
          const { resolve, timer, long } = this.pending.get(data.id);
          clearTimeout(timer);
          this.pending.delete(data.id);
          this.noteMemory(data.reply?.wasmBytes, long);
          resolve(data.reply);
        }
      };
      worker.onerror = (event) => {
        clearTimeout(bootTimer);
        this.fail(worker, event.message || "the engine stopped");
      };
    }

    /** Start the worker that makes and stores the snapshot; its report goes into describe(). */
    makeSnapshot() {
      if (this.maker) return;
      const url = new URL(this.workerUrl);
      url.searchParams.set("role", "snapshot");
      const maker = new Worker(url.href, { type: "module" });
      this.maker = maker;
      const finish = (report) => {
        if (this.maker !== maker) return;
        clearTimeout(timer);
        maker.terminate();
        this.maker = null;
        this.boot = { ...this.boot, ...report };
        this.setStatus(this.status);
      };
      const timer = setTimeout(
        () => finish({ snapshot: STATE.NOT_MADE, snapshotWhy: "it took too long" }),
        SNAPSHOT.MAKE_TIMEOUT,
      );
      maker.onmessage = (event) => {
        const { event: kind, ...report } = event.data ?? {};
        if (kind === EVENT.SNAPSHOT) finish(report);
      };
      maker.onerror = (event) =>
        finish({ snapshot: STATE.NOT_MADE, snapshotWhy: event.message || "the worker stopped" });
      this.boot = { ...this.boot, snapshot: STATE.MAKING };
      this.setStatus(this.status);
    }

    /** Stop a broken worker; the next request starts a fresh one. */
    fail(worker, message) {
      if (this.worker !== worker) return;
      worker.terminate();
      this.worker = null;
      const fromSnapshot = this.boot.from === FROM.SNAPSHOT;
      if (this.status === ENGINE.STARTING && fromSnapshot && this.snapshotAllowed) {
        // Never a broken engine because of a bad snapshot: start again, plain, keeping waiters.
        const { startedAt } = this;
        this.snapshotAllowed = false;
        this.start();
        this.startedAt = startedAt;
        this.boot.fallback = String(message);
        return;
      }
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
      this.touch();
      const ready = await this.whenReady(waitMs);
      if (!ready) return { ok: false, status: this.status, error: this.error ?? "not ready" };
      const id = this.nextId++;
      const { worker } = this;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          resolve({ ok: false, status: this.status, error: "the engine did not answer in time" });
          // Still working on it: give it ENGINE_STUCK more, then end the Worker.
          const stuck = () => this.abandon(worker, "the engine was stuck on a request");
          this.late.set(id, setTimeout(stuck, TIMING.ENGINE_STUCK));
        }, TIMING.ENGINE_REPLY_TIMEOUT);
        const text = request?.text;
        const long = typeof text === "string" && text.length >= LIMITS.ENGINE_LONG_DRAFT;
        this.pending.set(id, { resolve, timer, long });
        worker.postMessage({ id, request });
      }).finally(() => this.touch());
    }
  }

  TBYP.EngineHost = EngineHost;
})();
