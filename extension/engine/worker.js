/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request} where request is the bridge's JSON request; answers {id, reply}.
 * Posts {event: "ready", bootMs, from, ...} once the core is imported, or {event: "failed", error}.
 *
 * Fast start: the first boot in a profile is plain; it then keeps a Pyodide memory snapshot, taken
 * after `import core.bridge` and one warm-up check, in this extension's IndexedDB, without its
 * all-zero pages. Later boots restore Wasm memory from it. The snapshot is keyed by the Pyodide
 * version and a hash of the build (core.zip and the Pyodide files), its layout is checked when it
 * is read, and it is proved after loading by answering the warm-up check exactly as it did when it
 * was made (damaged memory fails that check, throws, or hangs until the host's
 * SNAPSHOT.BOOT_TIMEOUT). Anything wrong: the snapshot is deleted and the engine boots plain,
 * never broken. The worker's URL may carry ?snapshot=0 (the host does that after a snapshot
 * boot failed): then no snapshot is read, the stored one is deleted, and a fresh one is made.
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
const snapshotStored = () => withStore("readonly", (store) => store.count(SNAPSHOT.KEY));
const writeSnapshot = (record) => withStore("readwrite", (store) => store.put(record, SNAPSHOT.KEY));
const deleteSnapshot = () => withStore("readwrite", (store) => store.delete(SNAPSHOT.KEY));

// A stored snapshot: {format, byteLength, pages, data}: the numbers of the PAGE_BYTES pages that
// are not all zeros, in order, and those pages one after another.
const SNAPSHOT_FORMAT = 2;
const PAGE_BYTES = 4096;

function packSnapshot(bytes) {
  const { buffer, byteOffset, byteLength } = bytes;
  const words = byteOffset % 4 === 0 ? new Uint32Array(buffer, byteOffset, byteLength >>> 2) : null;
  const pageCount = Math.ceil(bytes.byteLength / PAGE_BYTES);
  const pages = [];
  for (let page = 0; page < pageCount; page++) {
    const start = page * PAGE_BYTES;
    const end = Math.min(start + PAGE_BYTES, bytes.byteLength);
    let zero = true;
    if (words && end - start === PAGE_BYTES) {
      for (let i = start >>> 2; i < end >>> 2 && zero; i++) zero = words[i] === 0;
    } else {
      for (let i = start; i < end && zero; i++) zero = bytes[i] === 0;
    }
    if (!zero) pages.push(page);
  }
  const data = new Uint8Array(pages.length * PAGE_BYTES);
  pages.forEach((page, k) => {
    const start = page * PAGE_BYTES;
    data.set(bytes.subarray(start, Math.min(start + PAGE_BYTES, bytes.byteLength)), k * PAGE_BYTES);
  });
  return { format: SNAPSHOT_FORMAT, byteLength, pages: Uint32Array.from(pages), data };
}

/** The snapshot's memory again; throws if the stored layout does not add up. */
function unpackSnapshot(record) {
  const { byteLength, pages, data } = record;
  const pageCount = Math.ceil(byteLength / PAGE_BYTES);
  if (
    record.format !== SNAPSHOT_FORMAT ||
    !Number.isSafeInteger(byteLength) ||
    !(pages instanceof Uint32Array) ||
    !(data instanceof Uint8Array) ||
    data.byteLength !== pages.length * PAGE_BYTES
  ) {
    throw new Error("the stored snapshot's layout is not one this engine reads");
  }
  const bytes = new Uint8Array(byteLength);
  let previous = -1;
  pages.forEach((page, k) => {
    if (page <= previous || page >= pageCount) {
      throw new Error("the stored snapshot's pages are out of order");
    }
    previous = page;
    const start = page * PAGE_BYTES;
    const length = Math.min(PAGE_BYTES, byteLength - start);
    bytes.set(data.subarray(k * PAGE_BYTES, k * PAGE_BYTES + length), start);
  });
  return bytes;
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

// The core's regular expressions, compiled at build time (scripts/compile_python.mjs writes
// patterns.marshal into core.zip): during a plain start's import and warm-up, re hands them to
// _sre.compile instead of running its parser and compiler in Pyodide, which was most of the time
// `import core` took. A pattern not in the file, or a file made by another Python, is compiled
// as usual; PATTERNS_OFF puts re back as it was.
const PATTERNS_ON = `
import sys
sys.path.insert(0, "${CORE_DIR}")

def _patterns_on():
    import marshal, _sre
    from re import _compiler
    try:
        with open("${CORE_DIR}/patterns.marshal", "rb") as file:
            magic, version, table = marshal.load(file)
        if magic != _sre.MAGIC or version != sys.version:
            table = {}
    except Exception:
        table = {}
    original = _compiler.compile

    def compile(pattern, flags=0):
        args = table.get((pattern, flags)) if isinstance(pattern, str) else None
        return original(pattern, flags) if args is None else _sre.compile(pattern, *args)

    compile.original = original
    _compiler.compile = compile

_patterns_on()
del _patterns_on
`;
const PATTERNS_OFF = `
from re import _compiler
_compiler.compile = getattr(_compiler.compile, "original", _compiler.compile)
del _compiler
`;

function warmUp(pyodide) {
  pyodide.globals.set("WARM_UP", WARM_UP_REQUEST);
  return pyodide.runPython(`${ALL_PACKS_CODE}\nimport core.bridge\ncore.bridge.handle(_warm)`);
}

/** lap(name) records as phases[name] the milliseconds since the previous lap (or this call). */
function stopwatch(phases) {
  let since = performance.now();
  return (name) => {
    const now = performance.now();
    phases[name] = Math.round(now - since);
    since = now;
  };
}

async function bootPlain(info, note) {
  const lap = stopwatch(note.phases);
  const coreArchive = fetchCore();
  const pyodide = await loadPyodide({ ...pyodideOptions, _makeSnapshot: Boolean(info) });
  lap("loadPyodide");
  await unpackCore(pyodide, coreArchive);
  lap("unpack");
  pyodide.runPython(PATTERNS_ON);
  let warmReply;
  try {
    pyodide.runPython("import core.bridge");
    lap("import");
    warmReply = warmUp(pyodide);
    lap("warmUp");
  } finally {
    pyodide.runPython(PATTERNS_OFF);
  }
  let snapshot = null;
  if (info) {
    try {
      snapshot = pyodide.makeMemorySnapshot();
      lap("makeSnapshot");
    } catch (error) {
      note.snapshot = `not made: ${error?.message ?? error}`;
    }
  }
  return { pyodide, from: "plain", snapshot, warmReply };
}

/** Raised inside the snapshot's promise when there is none to load: a plain start follows. */
class NoSnapshot extends Error {}

/** Starts Pyodide at once with `snapshot`, a promise of {record, bytes}: Pyodide waits for the
 * bytes only just before it instantiates Wasm, so the stored snapshot is read from IndexedDB while
 * Pyodide's own files (its JavaScript, the Wasm and the standard library) load. */
async function bootFromSnapshot(snapshot, phases) {
  const lap = stopwatch(phases);
  const bytes = snapshot.then((loaded) => loaded.bytes);
  const pyodide = await loadPyodide({ ...pyodideOptions, _loadSnapshot: bytes });
  lap("loadPyodide");
  const { record } = await snapshot;
  const reply = warmUp(pyodide);
  lap("warmUp");
  if (reply !== record.warmReply) throw new Error("the snapshot answered the warm-up check wrongly");
  return { pyodide, from: "snapshot", record };
}

const keyOf = (info) => `${info.PYODIDE_VERSION}/${info.ENGINE_BUILD}`;

async function boot() {
  const started = performance.now();
  const note = { snapshot: "none", phases: { workerStart: Math.round(started) } };
  const details = buildInfo();
  let booted = null;
  // Whether there is a snapshot at all is quick to learn; reading it takes longer, so that goes on
  // while Pyodide starts. (Without one, Pyodide is not started twice.)
  const stored = snapshotsAllowed ? readSnapshot() : null;
  stored?.catch(() => {});
  if (stored && (await snapshotStored().catch(() => 1)) > 0) {
    const snapshot = (async () => {
      const [record, info] = await Promise.all([stored, details]);
      if (!info) throw new NoSnapshot("disabled: no build_info.mjs");
      if (!record) throw new NoSnapshot("none");
      if (record.key !== keyOf(info)) throw new NoSnapshot("stale: made by another build");
      note.readMs = performance.now() - started;
      const bytes = unpackSnapshot(record);
      postMessage({ event: "booting", from: "snapshot" });
      return { record, bytes };
    })();
    snapshot.catch(() => {});
    try {
      booted = await bootFromSnapshot(snapshot, note.phases);
      note.snapshot = "loaded";
      note.snapshotBytes = booted.record.byteLength;
      note.storedBytes = booted.record.data.byteLength;
    } catch (error) {
      if (error instanceof NoSnapshot) {
        note.snapshot = error.message;
      } else {
        note.fallback = String(error?.message ?? error);
        note.snapshot = "rejected";
        await deleteSnapshot().catch(() => {});
      }
    }
  }
  const info = await details;
  const key = info ? keyOf(info) : null;
  if (!info) {
    note.snapshot = "disabled: no build_info.mjs";
  } else if (!snapshotsAllowed) {
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
    pyodide: booted.pyodide,
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
    const packed = packSnapshot(bytes);
    await writeSnapshot({
      key,
      pyodide: info.PYODIDE_VERSION,
      build: info.ENGINE_BUILD,
      warmReply,
      ...packed,
      madeAt: new Date().toISOString(),
    });
    postMessage({
      event: "snapshot",
      snapshot: "stored",
      snapshotBytes: bytes.byteLength,
      storedBytes: packed.data.byteLength,
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
    // A snapshot restores memory only: the core's files come back for tracebacks (every module
    // of the core is already imported), after the engine is ready.
    if (from === "snapshot") {
      unpackCore(ready.pyodide, fetchCore()).catch((error) => console.warn("[engine]", error));
    }
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
