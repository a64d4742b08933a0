/* One check at a time per tab. One engine serves every tab, so a page that sends drafts faster
 * than they are checked (a huge paste, a page that makes many composers) must not fill its queue:
 * each tab has at most one check in flight and one waiting, and a newer draft from the tab takes
 * the waiting one's place. The draft it replaced is answered {ok: false, stale: true} at once,
 * and its page checks again later (content/sessions.js). */
(() => {
  const TBYP = globalThis.TBYP;

  class CheckQueue {
    /** @param run (job) => promise of the reply: the check itself */
    constructor(run) {
      this.run = run;
      this.tabs = new Map(); // tab key -> {running, waiting: {job, resolve} | null}
    }

    /** The reply to `job`, checked after the tab's check in flight, unless a newer one comes. */
    submit(tab, job) {
      let queue = this.tabs.get(tab);
      if (!queue) {
        queue = { running: false, waiting: null };
        this.tabs.set(tab, queue);
      }
      queue.waiting?.resolve({ ok: false, stale: true });
      return new Promise((resolve) => {
        queue.waiting = { job, resolve };
        this.next(tab, queue);
      });
    }

    next(tab, queue) {
      if (queue.running) return;
      if (!queue.waiting) {
        this.tabs.delete(tab);
        return;
      }
      const { job, resolve } = queue.waiting;
      queue.waiting = null;
      queue.running = true;
      Promise.resolve()
        .then(() => this.run(job))
        .catch((error) => ({ ok: false, status: TBYP.ENGINE.FAILED, error: String(error) }))
        .then((reply) => {
          queue.running = false;
          resolve(reply);
          this.next(tab, queue);
        });
    }

    /** Checks in flight or waiting, over all tabs (for tests and the popup). */
    size() {
      let n = 0;
      for (const queue of this.tabs.values()) n += Number(queue.running) + Number(!!queue.waiting);
      return n;
    }
  }

  TBYP.CheckQueue = CheckQueue;
})();
