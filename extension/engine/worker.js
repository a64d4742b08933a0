/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request}, where request is the bridge's JSON request, and answers {id, reply}.
 * Posts {event: BOOTING, from} when its start has chosen its way, then {event: READY, bootMs,
 * from, snapshot, ...} once the core is imported, or {event: FAILED, error}
 * (TBYP.ENGINE_WORKER.EVENT). How it starts: engine_start.mjs.
 *
 * Its URL may carry ?snapshot=0 (the host does that after a start from the snapshot failed): then
 * no snapshot is read and the stored one is deleted. Chrome's host gives it ?compile=bytes, which
 * engine_start.mjs reads: Pyodide's Wasm is compiled from its bytes, not streamed. With ?role=snapshot it is the snapshot maker
 * instead, which the host starts a little after a plain start reports snapshot TO_MAKE: it starts
 * plain, stores the snapshot, posts {event: SNAPSHOT, snapshot, ...}, and is ended. So the engine
 * that answers drafts never pauses to make it.
 *
 * One Worker serves every tab, so a long draft must not hold a short one back: requests are
 * worked on in steps (core.bridge.start: a check yields between its rules, with the same findings
 * as in one go), STEP_MS at a time, and between steps the Worker's event loop takes in what has
 * arrived meanwhile. The request with the shortest draft goes next (the oldest of equals): a short
 * draft that arrives while a long one is read waits for the step in progress only. A request that
 * has waited OVERDUE_MS takes every other step whatever its length, so that tabs sending short
 * drafts back to back cannot hold a long one back until its tab gives up, and a short draft still
 * waits for one step at most. The background
 * sends at most one check per tab at a time (background/check_queue.js), so this queue holds at
 * most one per tab. */
import "../shared/constants.js";
import { boot, loadedAt, makeSnapshot } from "./engine_start.mjs";
import { wasmMemoryBytes } from "./pyodide_private.mjs";

const { EVENT } = globalThis.TBYP.ENGINE_WORKER;
const params = new URL(import.meta.url).searchParams;
const snapshotMaker = params.get("role") === "snapshot";

function serve() {
  const snapshotsAllowed = params.get("snapshot") !== "0";
  return boot({ snapshotsAllowed, post: (message) => postMessage(message) }).then(
    (ready) => {
      const { bootMs, from, wasmBytes, note } = ready;
      Object.assign(note.marks, loadedAt, { ready: Math.round(performance.now()) });
      postMessage({ event: EVENT.READY, bootMs, from, wasmBytes, ...note });
      // A snapshot restores memory only, and the core's files are not unpacked again: every
      // module of the core the engine uses is imported by the warm-up check before the snapshot
      // is taken (tests/test_bridge.py holds that), so they would serve tracebacks' source lines
      // only, for 1.7 MB of memory and a churn of the Wasm heap.
      return ready;
    },
    (error) => {
      postMessage({ event: EVENT.FAILED, error: String(error?.message ?? error) });
      throw error;
    },
  );
}

const engine = snapshotMaker ? null : serve();
if (snapshotMaker) {
  makeSnapshot().then((report) => postMessage({ event: EVENT.SNAPSHOT, ...report }));
}

// How long a request is worked on before the Worker looks for shorter ones (a step of a rule that
// reads a long draft can take longer: one rule is never cut in two).
const STEP_MS = 8;

// How long a request waits before it takes every other step whatever its length: well under the
// background's reply timeout (ENGINE_REPLY_TIMEOUT), and long enough that a long draft read on an
// idle engine is done before then.
const OVERDUE_MS = 1000;

const queue = []; // {id, request, length, arrived, job: the core's Job once started, workMs}
let working = false;

/** A task after the ones queued now (the requests that arrived meanwhile): a message to itself,
 * which no timer clamping delays. */
const channel = new MessageChannel();
const resumers = [];
channel.port1.onmessage = () => resumers.shift()?.();
const nextTask = () =>
  new Promise((resolve) => {
    resumers.push(resolve);
    channel.port2.postMessage(null);
  });

let overdueTurn = false; // whether the last step went to an overdue request

/** The request to work on next: the oldest if it has waited OVERDUE_MS and the last step was not
 * an overdue one's, else the shortest draft (the oldest of equals). The queue is in the order of
 * arrival. */
function next() {
  overdueTurn = !overdueTurn && performance.now() - queue[0].arrived >= OVERDUE_MS;
  if (overdueTurn) return queue[0];
  let best = queue[0];
  for (const item of queue) if (item.length < best.length) best = item;
  return best;
}

function answer(item, reply) {
  queue.splice(queue.indexOf(item), 1);
  item.job?.destroy();
  postMessage({ id: item.id, reply });
}

async function work() {
  working = true;
  try {
    let start;
    let pyodide;
    try {
      if (!engine) throw new Error("this worker only makes the engine's snapshot");
      ({ start, pyodide } = await engine);
    } catch (error) {
      const reply = { ok: false, error: String(error?.message ?? error) };
      while (queue.length) answer(queue[0], reply);
      return;
    }
    while (queue.length) {
      const item = next();
      const began = performance.now();
      try {
        item.job ??= start(JSON.stringify(item.request));
        const done = item.job.step(STEP_MS);
        item.workMs += performance.now() - began;
        if (typeof done === "string") {
          const reply = JSON.parse(done);
          reply.checkMs = item.workMs; // the engine's own time on it, without the waits
          reply.wasmBytes = wasmMemoryBytes(pyodide); // what the host restarts the Worker for
          answer(item, reply);
        }
      } catch (error) {
        answer(item, { ok: false, error: String(error?.message ?? error) });
      }
      if (queue.length) await nextTask();
    }
  } finally {
    working = false;
  }
}

self.onmessage = (event) => {
  const { id, request } = event.data;
  const text = request?.text;
  const length = typeof text === "string" ? text.length : 0;
  queue.push({ id, request, length, arrived: performance.now(), job: null, workMs: 0 });
  if (!working) work();
};
