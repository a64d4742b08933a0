/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request} where request is the bridge's JSON request; answers {id, reply}.
 * Posts {event: "ready", bootMs, from, ...} once the core is imported, or {event: "failed", error}.
 *
 * Fast start: the first boot in a profile is plain (about 2 s); it then keeps a Pyodide memory
 * snapshot, taken after `import core.bridge` and one warm-up check, in this extension's IndexedDB.
 * Later boots restore Wasm memory from it (a few tenths of a second). The snapshot is keyed by the
 * Pyodide version and a hash of the build (core.zip and the Pyodide files), checked against its
 * SHA-256, and proved after loading by answering the warm-up check exactly as it did when it was
 * made. Anything wrong: the snapshot is deleted and the engine boots plain, never broken. The
 * worker's URL may carry ?snapshot=0 (the host does that after a snapshot boot failed): then no
 * snapshot is read, the stored one is deleted, and a fresh one is made.
 *
 * The snapshot is made before the engine answers any request, so it never holds a user's draft. */
import "../shared/constants.js";
import { loadPyodide } from "../pyodide/pyodide.mjs";

const { SNAPSHOT } = globalThis.TBYP;
const base = new URL("../", import.meta.url);
const indexURL = new URL("pyodide/", base).href;
const CORE_DIR = "/home/pyodide/tbyp";
const snapshotsAllowed = new URL(import.meta.url).searchParams.get("snapshot") !== "0";

// A draft that exercises every pack, checked once before the snapshot is made (fills the core's
// lazy caches, such as compiled patterns) and again after a snapshot is loaded, to prove it.
const WARM_UP_REQUEST = JSON.stringify({
  type: "check",
  text:
    "Her NHS number is 943 476 5919, ring 07700 900123 or jo.bloggs@example.com. " +
    "The manager is an idiot. Anyone? Please reply ASAP!! Thanks x",
  packs: null,
  site: "facebook",
  names: ["Jo Bloggs"],
  phrases: ["respite"],
});
const ALL_PACKS_CODE = `
import json
from core.registry import describe as _describe
_warm = json.loads(WARM_UP)
_warm["packs"] = [p["id"] for p in _describe()]
_warm = json.dumps(_warm)
`;

/** Pyodide version and build hash, written by build.py; without them, no snapshots. */
async function buildInfo() {
  try {
    return await import("./build_info.mjs");
  } catch {
    return null;
  }
}

// ----------------------------------------------------------------------------- IndexedDB store

function openDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(SNAPSHOT.DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(SNAPSHOT.STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error("IndexedDB blocked"));
  });
}

async function withStore(mode, action) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(SNAPSHOT.STORE, mode);
      const request = action(tx.objectStore(SNAPSHOT.STORE));
      let result;
      request.onsuccess = () => {
        result = request.result;
      };
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

const readSnapshot = () => withStore("readonly", (store) => store.get(SNAPSHOT.KEY));
const writeSnapshot = (record) => withStore("readwrite", (store) => store.put(record, SNAPSHOT.KEY));
const deleteSnapshot = () => withStore("readwrite", (store) => store.delete(SNAPSHOT.KEY));

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

// ----------------------------------------------------------------------------------- booting

const pyodideOptions = {
  indexURL,
  stdout: () => {},
  stderr: (line) => console.warn("[engine]", line),
};

/** The core's files: a snapshot restores memory only, so they are unpacked after every boot
 * (modules the core imports lazily, and tracebacks, read them). */
async function unpackCore(pyodide, archive) {
  pyodide.unpackArchive(await archive, "zip", { extractDir: CORE_DIR });
}

async function fetchCore() {
  const response = await fetch(new URL("core.zip", base));
  if (!response.ok) throw new Error(`core.zip: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function warmUp(pyodide) {
  pyodide.globals.set("WARM_UP", WARM_UP_REQUEST);
  return pyodide.runPython(`${ALL_PACKS_CODE}\nimport core.bridge\ncore.bridge.handle(_warm)`);
}

async function bootPlain(info, note) {
  const coreArchive = fetchCore();
  const pyodide = await loadPyodide({ ...pyodideOptions, _makeSnapshot: Boolean(info) });
  await unpackCore(pyodide, coreArchive);
  pyodide.runPython(`import sys\nsys.path.insert(0, '${CORE_DIR}')\nimport core.bridge`);
  const warmReply = warmUp(pyodide);
  let snapshot = null;
  if (info) {
    try {
      snapshot = pyodide.makeMemorySnapshot();
    } catch (error) {
      note.snapshot = `not made: ${error?.message ?? error}`;
    }
  }
  return { pyodide, from: "plain", snapshot, warmReply };
}

async function bootFromSnapshot(record) {
  const coreArchive = fetchCore();
  // Damaged memory is never run when the damage can be seen: the digest is checked first.
  const digestStarted = performance.now();
  if ((await sha256(record.bytes)) !== record.sha256) {
    throw new Error("the snapshot's SHA-256 does not match");
  }
  const digestMs = performance.now() - digestStarted;
  const pyodide = await loadPyodide({ ...pyodideOptions, _loadSnapshot: record.bytes });
  await unpackCore(pyodide, coreArchive);
  const reply = warmUp(pyodide);
  if (reply !== record.warmReply) throw new Error("the snapshot answered the warm-up check wrongly");
  return { pyodide, from: "snapshot", digestMs };
}

async function boot() {
  const started = performance.now();
  const info = await buildInfo();
  const key = info ? `${info.PYODIDE_VERSION}/${info.ENGINE_BUILD}` : null;
  const note = { snapshot: info ? "none" : "disabled: no build_info.mjs" };
  let booted = null;
  if (info && snapshotsAllowed) {
    try {
      const readStarted = performance.now();
      const record = await readSnapshot();
      const readMs = performance.now() - readStarted;
      if (record?.key === key) {
        postMessage({ event: "booting", from: "snapshot" });
        booted = await bootFromSnapshot(record);
        note.snapshot = "loaded";
        note.snapshotBytes = record.bytes.byteLength;
        note.digestMs = booted.digestMs;
        note.readMs = readMs;
      } else if (record) {
        note.snapshot = "stale: made by another build";
      }
    } catch (error) {
      note.fallback = String(error?.message ?? error);
      note.snapshot = "rejected";
      await deleteSnapshot().catch(() => {});
    }
  } else if (info) {
    note.snapshot = "discarded at the host's request";
    await deleteSnapshot().catch(() => {});
  }
  if (!booted) {
    postMessage({ event: "booting", from: "plain" });
    booted = await bootPlain(info, note);
  }
  const handle = booted.pyodide.pyimport("core.bridge").handle;
  const wasmBytes = booted.pyodide._module?.HEAPU8?.byteLength ?? null;
  return {
    handle,
    from: booted.from,
    bootMs: performance.now() - started,
    wasmBytes,
    note,
    store: booted.snapshot ? { key, info, bytes: booted.snapshot, warmReply: booted.warmReply } : null,
  };
}

async function storeSnapshot({ key, info, bytes, warmReply }) {
  const started = performance.now();
  try {
    await writeSnapshot({
      key,
      pyodide: info.PYODIDE_VERSION,
      build: info.ENGINE_BUILD,
      sha256: await sha256(bytes),
      warmReply,
      bytes,
      madeAt: new Date().toISOString(),
    });
    postMessage({
      event: "snapshot",
      snapshot: "stored",
      snapshotBytes: bytes.byteLength,
      storeMs: performance.now() - started,
    });
  } catch (error) {
    postMessage({ event: "snapshot", snapshot: `not stored: ${error?.message ?? error}` });
  }
}

const engine = boot().then(
  (ready) => {
    const { bootMs, from, wasmBytes, note } = ready;
    postMessage({ event: "ready", bootMs, from, wasmBytes, ...note });
    if (ready.store) storeSnapshot(ready.store);
    ready.store = null;
    return ready;
  },
  (error) => {
    postMessage({ event: "failed", error: String(error?.message ?? error) });
    throw error;
  },
);

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    const { handle } = await engine;
    const started = performance.now();
    const reply = JSON.parse(handle(JSON.stringify(request)));
    reply.checkMs = performance.now() - started;
    postMessage({ id, reply });
  } catch (error) {
    postMessage({ id, reply: { ok: false, error: String(error?.message ?? error) } });
  }
};
