/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request} where request is the bridge's JSON request; answers {id, reply}.
 * Posts {event: "ready", bootMs, from, ...} once the core is imported, or {event: "failed", error}.
 *
 * Fast start: the first boot in a profile is plain. A Pyodide memory snapshot, taken after
 * `import core.bridge` and one warm-up check, is then kept in this extension's IndexedDB without
 * its all-zero pages, and later boots restore Wasm memory from it. The snapshot is keyed by the
 * Pyodide version and a hash of the build (core.zip and the Pyodide files), its layout is checked
 * when it is read, and it is proved after loading by answering the warm-up check exactly as it did
 * when it was made (damaged memory fails that check, throws, or hangs until the host's
 * SNAPSHOT.BOOT_TIMEOUT). Anything wrong: the snapshot is deleted and the engine boots plain,
 * never broken. The worker's URL may carry ?snapshot=0 (the host does that after a snapshot
 * boot failed): then no snapshot is read and the stored one is deleted.
 *
 * The snapshot is made by a second, short-lived worker of this same script, with ?role=snapshot:
 * the engine host starts it a little after a plain boot reports "ready" with snapshot "to make".
 * It boots plain, imports the core, runs the warm-up check, stores the snapshot, posts
 * {event: "snapshot", snapshot: "stored" | "not ...", ...} and is ended. So the engine that
 * answers drafts never pauses to make it, and the snapshot comes from a worker that never received
 * a request: it cannot hold a user's draft. */
import "../shared/constants.js";
import { loadPyodide } from "../pyodide/pyodide.mjs";

const { SNAPSHOT } = globalThis.TBYP;
const base = new URL("../", import.meta.url);
const indexURL = new URL("pyodide/", base).href;
const CORE_DIR = "/home/pyodide/tbyp";
const params = new URL(import.meta.url).searchParams;
const snapshotsAllowed = params.get("snapshot") !== "0";
const snapshotMaker = params.get("role") === "snapshot";

// Pyodide's own loader fetches and compiles its 9.6 MB of Wasm only once it has imported its
// JavaScript (pyodide.asm.mjs) and has the snapshot's bytes, and then waits for the compile.
// Both start here instead, as the worker starts, so the compile runs on V8's background threads
// while IndexedDB is read and the JavaScript is parsed; loadPyodideEarly hands the result to
// Pyodide.
const compiledWasm = WebAssembly.compileStreaming(fetch(new URL("pyodide.asm.wasm", indexURL)));
const pyodideScript = import("../pyodide/pyodide.asm.mjs");
const loadedAt = {};
compiledWasm.then(() => (loadedAt.wasmCompiled = Math.round(performance.now())), () => {});
pyodideScript.then(() => (loadedAt.scriptLoaded = Math.round(performance.now())), () => {});

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
// are not all zeros, in order, and a Blob of those pages one after another. (As a Blob, IndexedDB
// keeps the 15 MB or so in a file of its own and reads it off this thread; a Uint8Array there took
// 60 ms or more of this thread to deserialise, before Pyodide could be given it.)
const SNAPSHOT_FORMAT = 3;
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
  return { format: SNAPSHOT_FORMAT, byteLength, pages: Uint32Array.from(pages), data: new Blob([data]) };
}

/** Throws unless `record` is a stored snapshot of the layout this engine reads. */
function checkLayout(record) {
  const { byteLength, pages, data } = record;
  if (
    record.format !== SNAPSHOT_FORMAT ||
    !Number.isSafeInteger(byteLength) ||
    !(pages instanceof Uint32Array) ||
    !(data instanceof Blob) ||
    data.size !== pages.length * PAGE_BYTES
  ) {
    throw new Error("the stored snapshot's layout is not one this engine reads");
  }
}

/** The snapshot's memory again, from a record `checkLayout` passed; throws if the stored pages
 * are out of order. */
async function unpackSnapshot(record) {
  const { byteLength, pages } = record;
  const pageCount = Math.ceil(byteLength / PAGE_BYTES);
  const data = new Uint8Array(await record.data.arrayBuffer());
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
  // The JavaScript half of Pyodide, imported as the worker started (above).
  createPyodideModule: async (settings) => (await pyodideScript).default(settings),
};

/** loadPyodide(options), with the Wasm compiled as the worker started. Pyodide instantiates its
 * Wasm with WebAssembly.instantiateStreaming on a fetch of its own; while this call runs, that
 * function takes the module compiled early instead, and drops Pyodide's fetch. If the early
 * compile failed, Pyodide's own fetch is used as usual. */
async function loadPyodideEarly(options) {
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    let module;
    try {
      module = await compiledWasm;
    } catch {
      return streaming.call(WebAssembly, source, imports);
    }
    Promise.resolve(source)
      .then((response) => response.body?.cancel())
      .catch(() => {});
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  try {
    return await loadPyodide(options);
  } finally {
    WebAssembly.instantiateStreaming = streaming;
  }
}

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

// Work a plain start would otherwise do in Pyodide, done at build time (scripts/compile_python.mjs
// writes boot_cache.marshal beside core.zip, recorded while Pyodide boots, the core is imported
// and the warm-up check runs):
// - regular expressions: _sre.compile's arguments for each pattern, so re skips its parser and
//   compiler (the core's 300-odd patterns were most of the time `import core` took);
// - the methods dataclasses generates, and namedtuple's __new__, as code objects, so the
//   source they generate is not compiled again.
// BOOT_CACHE_ON is installed as Python starts, through a .pth file in site-packages (site runs its
// import line before Pyodide's own bootstrap imports asyncio, tokenize and the rest); the warm-up
// ends with BOOT_CACHE_OFF, which puts re, dataclasses and collections back as they were, so the
// snapshot holds none of it. A pattern or source not in the table is compiled as usual, and a
// table made by another Python (other magic or version) is not used at all.
const BOOT_CACHE_MODULE = "tbyp_boot_cache";
const BOOT_CACHE_ON = `
"""Think Before You Post: build-time compiled patterns and code for one plain start."""
import sys

_undo = []
# [used from the table, compiled as usual] for patterns and for generated sources
stats = {"patterns": [0, 0], "sources": [0, 0]}


def _install(path):
    import marshal, _sre
    from _frozen_importlib_external import MAGIC_NUMBER
    try:
        with open(path, "rb") as file:
            # loads, not load: load reads a file piece by piece, one read per item
            magic, version, patterns, sources = marshal.loads(file.read())
    except Exception:
        return
    if magic != (_sre.MAGIC, MAGIC_NUMBER) or version != sys.version:
        return
    from re import _compiler
    compile_pattern = _compiler.compile

    def compile(pattern, flags=0):
        args = patterns.get((pattern, flags)) if isinstance(pattern, (str, bytes)) else None
        stats["patterns"][args is None] += 1
        return compile_pattern(pattern, flags) if args is None else _sre.compile(pattern, *args)

    _compiler.compile = compile
    _undo.append(lambda: setattr(_compiler, "compile", compile_pattern))

    import builtins, collections, dataclasses

    def cached(module, name):
        run_source = getattr(builtins, name)

        def run(source, globals, locals=None, /):
            code = sources.get((name, source)) if isinstance(source, str) else None
            stats["sources"][code is None] += 1
            return run_source(source if code is None else code, globals, locals)

        setattr(module, name, run)
        _undo.append(lambda: delattr(module, name))

    cached(dataclasses, "exec")
    cached(collections, "eval")


def uninstall():
    """Puts everything back; returns the stats, as JSON."""
    import json
    while _undo:
        _undo.pop()()
    sys.modules.pop(__name__, None)
    return json.dumps(stats)


_install(__file__.rpartition("/")[0] + "/${BOOT_CACHE_MODULE}.marshal")
`;
const BOOT_CACHE_OFF = `
import sys
sys.modules["${BOOT_CACHE_MODULE}"].uninstall() if "${BOOT_CACHE_MODULE}" in sys.modules else "null"
`;

/** The boot cache for one plain start: `fsInit` for loadPyodide writes it, with its module and
 * .pth, into site-packages; `off(pyodide)` ends it, removes those files and returns how much of
 * it was used ({patterns: [from the table, compiled], sources: [...]}, or null without it). */
function bootCache() {
  const bytes = fetch(new URL("boot_cache.marshal", base))
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null);
  const written = [];
  return {
    async fsInit(FS, { sitePackages }) {
      const table = await bytes;
      if (!table) return;
      const file = (suffix, data) => {
        const path = `${sitePackages}/${BOOT_CACHE_MODULE}${suffix}`;
        FS.writeFile(path, data);
        written.push(path);
      };
      file(".marshal", new Uint8Array(table));
      file(".py", BOOT_CACHE_ON);
      file(".pth", `import ${BOOT_CACHE_MODULE}\n`);
    },
    off(pyodide) {
      const stats = JSON.parse(pyodide.runPython(BOOT_CACHE_OFF));
      for (const path of written.splice(0)) pyodide.FS.unlink(path);
      return stats;
    },
  };
}

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

/** A plain boot; `forSnapshot` boots the way a memory snapshot can be taken of, and takes it. */
async function bootPlain(note, { forSnapshot = false } = {}) {
  const lap = stopwatch(note.phases);
  const coreArchive = fetchCore();
  const cache = bootCache();
  const pyodide = await loadPyodideEarly({
    ...pyodideOptions,
    _makeSnapshot: forSnapshot,
    fsInit: cache.fsInit,
  });
  lap("loadPyodide");
  let warmReply;
  try {
    await unpackCore(pyodide, coreArchive);
    lap("unpack");
    pyodide.runPython(`import sys\nsys.path.insert(0, "${CORE_DIR}")\nimport core.bridge`);
    lap("import");
    warmReply = warmUp(pyodide);
    lap("warmUp");
  } finally {
    note.bootCache = cache.off(pyodide);
  }
  const snapshot = forSnapshot ? pyodide.makeMemorySnapshot() : null;
  if (forSnapshot) lap("makeSnapshot");
  return { pyodide, from: "plain", snapshot, warmReply };
}

/** Raised inside the snapshot's promise when there is none to load: a plain start follows. */
class NoSnapshot extends Error {}

/** Starts Pyodide at once with `snapshot`, a promise of {record, bytes}: Pyodide waits for the
 * bytes only just before it instantiates its Wasm, so the stored snapshot is read from IndexedDB
 * while Pyodide's own files (its JavaScript, the Wasm and the standard library) load and the Wasm
 * compiles. (Handing Pyodide a buffer of the right size before it is filled, to instantiate while
 * the pages are read, measured no better: both need this thread.) */
async function bootFromSnapshot(snapshot, phases) {
  const lap = stopwatch(phases);
  const pyodide = await loadPyodideEarly({
    ...pyodideOptions,
    _loadSnapshot: snapshot.then((loaded) => loaded.bytes),
  });
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
  // phases: how long each step took; marks: when steps ended, in ms since the worker was created.
  const note = { snapshot: "none", phases: { workerStart: Math.round(started) }, marks: {} };
  const mark = (name) => {
    note.marks[name] = Math.round(performance.now());
  };
  const details = buildInfo();
  let booted = null;
  // Whether there is a snapshot at all is quick to learn; reading it takes longer, so that goes on
  // while Pyodide starts. (Without one, Pyodide is not started twice.)
  const stored = snapshotsAllowed ? readSnapshot() : null;
  stored?.catch(() => {});
  const count = stored ? await snapshotStored().catch(() => 1) : 0;
  mark("counted");
  if (count > 0) {
    const snapshot = (async () => {
      const [record, info] = await Promise.all([stored, details]);
      mark("record");
      if (!info) throw new NoSnapshot("disabled: no build_info.mjs");
      if (!record) throw new NoSnapshot("none");
      if (record.key !== keyOf(info)) throw new NoSnapshot("stale: made by another build");
      checkLayout(record);
      const unpacked = unpackSnapshot(record);
      unpacked.catch(() => {});
      postMessage({ event: "booting", from: "snapshot" });
      const bytes = await unpacked;
      mark("snapshotBytes");
      note.readMs = performance.now() - started; // from the worker's start to the bytes
      return { record, bytes };
    })();
    snapshot.catch(() => {});
    try {
      booted = await bootFromSnapshot(snapshot, note.phases);
      note.snapshot = "loaded";
      note.snapshotBytes = booted.record.byteLength;
      note.storedBytes = booted.record.data.size;
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
  if (!booted) {
    const info = await details;
    if (!info) {
      note.snapshot = "disabled: no build_info.mjs";
    } else {
      // Why there was none to load (none, stale, rejected, discarded), and that one is wanted.
      if (!snapshotsAllowed) {
        note.snapshotBefore = "discarded at the host's request";
        await deleteSnapshot().catch(() => {});
      } else {
        note.snapshotBefore = note.snapshot;
      }
      note.snapshot = "to make";
    }
    postMessage({ event: "booting", from: "plain" });
    booted = await bootPlain(note);
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
  };
}

/** The role=snapshot worker's one job: boot plain, take the snapshot, store it, say how it went. */
async function makeSnapshot() {
  const started = performance.now();
  const note = { phases: {} };
  try {
    const info = await buildInfo();
    if (!info) throw new Error("no build_info.mjs");
    const { snapshot, warmReply } = await bootPlain(note, { forSnapshot: true });
    const stored = await storeSnapshot({ key: keyOf(info), info, bytes: snapshot, warmReply });
    postMessage({
      event: "snapshot",
      ...stored,
      makeMs: Math.round(performance.now() - started),
      makePhases: note.phases,
    });
  } catch (error) {
    postMessage({ event: "snapshot", snapshot: `not made: ${error?.message ?? error}` });
  }
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
    return {
      snapshot: "stored",
      snapshotBytes: bytes.byteLength,
      storedBytes: packed.data.size,
      storeMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    return { snapshot: `not stored: ${error?.message ?? error}` };
  }
}

function serve() {
  return boot().then(
    (ready) => {
      const { bootMs, from, wasmBytes, note } = ready;
      Object.assign(note.marks, loadedAt, { ready: Math.round(performance.now()) });
      postMessage({ event: "ready", bootMs, from, wasmBytes, ...note });
      // A snapshot restores memory only: the core's files come back for tracebacks (every module
      // of the core is already imported), after the engine is ready.
      if (from === "snapshot") {
        unpackCore(ready.pyodide, fetchCore()).catch((error) => console.warn("[engine]", error));
      }
      return ready;
    },
    (error) => {
      postMessage({ event: "failed", error: String(error?.message ?? error) });
      throw error;
    },
  );
}

const engine = snapshotMaker ? null : serve();
if (snapshotMaker) makeSnapshot();

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
