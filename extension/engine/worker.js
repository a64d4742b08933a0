/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request}, where request is the bridge's JSON request, and answers {id, reply}.
 * Posts {event: BOOTING, from} when its start has chosen its way, then {event: READY, bootMs,
 * from, snapshot, ...} once the core is imported, or {event: FAILED, error}
 * (TBYP.ENGINE_WORKER.EVENT). How it starts: engine_start.mjs.
 *
 * Its URL may carry ?snapshot=0 (the host does that after a start from the snapshot failed): then
 * no snapshot is read and the stored one is deleted. With ?role=snapshot it is the snapshot maker
 * instead, which the host starts a little after a plain start reports snapshot TO_MAKE: it starts
 * plain, stores the snapshot, posts {event: SNAPSHOT, snapshot, ...}, and is ended. So the engine
 * that answers drafts never pauses to make it. */
import "../shared/constants.js";
import { boot, loadedAt, makeSnapshot } from "./engine_start.mjs";

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

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    if (!engine) throw new Error("this worker only makes the engine's snapshot");
    const { handle } = await engine;
    const started = performance.now();
    const reply = JSON.parse(handle(JSON.stringify(request)));
    reply.checkMs = performance.now() - started;
    postMessage({ id, reply });
  } catch (error) {
    postMessage({ id, reply: { ok: false, error: String(error?.message ?? error) } });
  }
};
