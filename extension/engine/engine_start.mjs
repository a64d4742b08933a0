/* Starting the engine: Pyodide and the Python core, from a memory snapshot or plain.
 *
 * The first start in a profile is plain (the build's boot cache, boot_cache.py, spares it most of
 * its compiling). A Pyodide memory snapshot, taken after `import core.bridge` and one warm-up
 * check, is then kept in this extension's IndexedDB (snapshot_store.mjs), and later starts restore
 * Wasm memory from it. The snapshot is keyed by the Pyodide version and a hash of the build
 * (core.zip and the Pyodide files), its layout is checked when it is read, and it is proved after
 * loading by answering the warm-up check exactly as it did when it was made (damaged memory fails
 * that check, throws, or hangs until the host's SNAPSHOT.BOOT_TIMEOUT). Anything wrong: the
 * snapshot is deleted and the engine starts plain, never broken.
 *
 * The snapshot is made by a second, short-lived worker (makeSnapshot), which never receives a
 * request, so a snapshot cannot hold a user's draft. */
import "../shared/constants.js";
import { loadPyodide } from "../pyodide/pyodide.mjs";
import { bootCache } from "./boot_cache.mjs";
import {
  createPyodideModule,
  forgetSnapshot,
  snapshotOptions,
  takeMemorySnapshot,
  wasmMemoryBytes,
  withCompiledWasm,
} from "./pyodide_private.mjs";
import {
  checkLayout,
  deleteSnapshot,
  keyOf,
  letGo,
  readSnapshot,
  snapshotStored,
  storeSnapshot,
  unpackSnapshot,
} from "./snapshot_store.mjs";
import { STDLIB_FULL, STDLIB_REST, completeStdlib } from "./stdlib_rest.mjs";
import { writeStoredZip } from "./stored_zip.mjs";

const { SNAPSHOT, ENGINE_WORKER } = globalThis.TBYP;
const { STATE } = SNAPSHOT;
const { EVENT, FROM } = ENGINE_WORKER;
const base = new URL("../", import.meta.url);
const indexURL = new URL("pyodide/", base).href;
const CORE_DIR = "/home/pyodide/tbyp";

// Pyodide's own loader fetches and compiles its 9.6 MB of Wasm only once it has imported its
// JavaScript (pyodide.asm.mjs) and has the snapshot's bytes, and then waits for the compile.
// Both start here instead, as the worker starts, so the compile runs on the browser's background
// threads while IndexedDB is read and the JavaScript is parsed.
//
// In Chrome (the worker's URL says compile=bytes: offscreen.js) the Wasm is compiled from its
// bytes, not streamed from its response: Chromium keeps a code cache of a module compiled with
// compileStreaming from a URL (for Pyodide's, about 1 MB of optimised code stored in the profile
// during a start) and every later start loads it, which left the warm engine with 3.5 MiB more
// written memory than a module whose functions are compiled as they are first called (its
// compiled code 4.4 -> 3.2 MiB, Chromium's memory for the module 2.7 MiB less; 2026-12-05). The
// bytes are let go once compiled: the module holds a copy of its own. Firefox streams as before.
const compileFromBytes = new URL(self.location.href).searchParams.get("compile") === "bytes";
const compileWasm = async () => {
  const response = await fetch(new URL("pyodide.asm.wasm", indexURL));
  if (!response.ok) throw new Error(`pyodide.asm.wasm: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const module = await WebAssembly.compile(bytes);
  if (typeof bytes.transfer === "function") bytes.transfer(0);
  return module;
};
const compiledWasm = compileFromBytes
  ? compileWasm()
  : WebAssembly.compileStreaming(fetch(new URL("pyodide.asm.wasm", indexURL)));
const pyodideScript = import("../pyodide/pyodide.asm.mjs");
// The Wasm's data section, which the build ships apart from it (builder/wasm_data.py): the
// browser would otherwise hold its 3.3 MB with the compiled module's bytes for the engine's life.
// Its bytes are written into the memory once, as the Wasm is instantiated, and then let go; a
// second start in the same worker (after a snapshot was rejected) fetches them again.
const fetchWasmData = async () => {
  const response = await fetch(new URL("pyodide.asm.data", indexURL));
  if (!response.ok) throw new Error(`pyodide.asm.data: HTTP ${response.status}`);
  return response.arrayBuffer();
};
let earlyWasmData = fetchWasmData();
earlyWasmData.catch(() => {});
const takeWasmData = () => {
  const data = earlyWasmData ?? fetchWasmData();
  earlyWasmData = null;
  data.catch(() => {}); // a failed fetch fails the start that awaits it, and is reported there
  return data;
};
/** When the early loads ended, in ms since the worker was created. */
export const loadedAt = {};
compiledWasm.then(() => (loadedAt.wasmCompiled = Math.round(performance.now())), () => {});
pyodideScript.then(() => (loadedAt.scriptLoaded = Math.round(performance.now())), () => {});

const pyodideOptions = {
  indexURL,
  stdout: () => {},
  stderr: (line) => console.warn("[engine]", line),
  createPyodideModule: createPyodideModule(pyodideScript),
};
const startPyodide = (options) =>
  withCompiledWasm(loadPyodide, { ...pyodideOptions, ...options }, compiledWasm, takeWasmData());

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
const WARM_UP_CODE = `
import json
import core.bridge
from core.registry import describe as _describe
_warm = json.loads(WARM_UP)
_warm["packs"] = [p["id"] for p in _describe()]
core.bridge.handle(json.dumps(_warm))
`;

function warmUp(pyodide) {
  pyodide.globals.set("WARM_UP", WARM_UP_REQUEST);
  return pyodide.runPython(WARM_UP_CODE);
}

async function fetchFullStdlib() {
  const response = await fetch(new URL(STDLIB_FULL, indexURL));
  if (!response.ok) throw new Error(`${STDLIB_FULL}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Pyodide version and build hash, written by the build; without them, no snapshots. */
async function buildInfo() {
  try {
    return await import("./build_info.mjs");
  } catch {
    return null;
  }
}

/** The core's files, for a plain start (a start from the snapshot has the core imported
 * already: worker.js). Written by JavaScript (stored_zip.mjs), not by Pyodide's unpackArchive,
 * whose Python imports shutil, tempfile and zipfile, which the snapshot would then hold. */
async function unpackCore(pyodide, archive) {
  writeStoredZip(pyodide.FS, await archive, CORE_DIR);
}

async function fetchCore() {
  const response = await fetch(new URL("core.zip", base));
  if (!response.ok) throw new Error(`core.zip: HTTP ${response.status}`);
  return response.arrayBuffer();
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

/** A plain start; `forSnapshot` starts the way a memory snapshot can be taken of, and takes it. */
async function bootPlain(note, { forSnapshot = false } = {}) {
  const lap = stopwatch(note.phases);
  const coreArchive = fetchCore();
  const cache = bootCache();
  const pyodide = await startPyodide({
    ...snapshotOptions({ make: forSnapshot }),
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
  const snapshot = forSnapshot ? takeMemorySnapshot(pyodide) : null;
  if (forSnapshot) lap("makeSnapshot");
  return { pyodide, from: FROM.PLAIN, snapshot, warmReply };
}

/** Raised inside the snapshot's promise when there is none to load (its message a STATE): a
 * plain start follows. */
class NoSnapshot extends Error {}

/** Starts Pyodide at once with `snapshot`, a promise of {record, bytes}: Pyodide waits for the
 * bytes only just before it instantiates its Wasm, so the stored snapshot is read from IndexedDB
 * while Pyodide's own files load and the Wasm compiles. */
async function bootFromSnapshot(snapshot, phases) {
  const lap = stopwatch(phases);
  // Only the standard library's modules not imported before the snapshot (stdlib_rest.mjs).
  const pyodide = await startPyodide({
    ...snapshotOptions({ load: snapshot.then((loaded) => loaded.bytes) }),
    stdLibURL: new URL(STDLIB_REST, indexURL).href,
  });
  lap("loadPyodide");
  forgetSnapshot(pyodide);
  const { record, bytes } = await snapshot;
  letGo(bytes); // copied into the Wasm memory: 30 MiB the engine no longer needs
  const stdlib = await completeStdlib(pyodide, fetchFullStdlib);
  lap("stdlib");
  const reply = warmUp(pyodide);
  lap("warmUp");
  if (reply !== record.warmReply) {
    throw new Error("the snapshot answered the warm-up check wrongly");
  }
  return { pyodide, from: FROM.SNAPSHOT, record, stdlib };
}

/** Starts the engine: from the stored snapshot when there is a good one (`snapshotsAllowed`),
 * else plain. Resolves {pyodide, handle, start, from, bootMs, wasmBytes, note}; `note` says how the
 * start went (snapshot: a STATE, phases, marks, ...). */
export async function boot({ snapshotsAllowed, post }) {
  const started = performance.now();
  // phases: how long each step took; marks: when steps ended, in ms since the worker was created.
  const note = { snapshot: STATE.NONE, phases: { workerStart: Math.round(started) }, marks: {} };
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
      if (!info) throw new NoSnapshot(STATE.DISABLED);
      if (!record) throw new NoSnapshot(STATE.NONE);
      if (record.key !== keyOf(info)) throw new NoSnapshot(STATE.STALE);
      checkLayout(record);
      const unpacked = unpackSnapshot(record);
      unpacked.catch(() => {});
      post({ event: EVENT.BOOTING, from: FROM.SNAPSHOT });
      const bytes = await unpacked;
      mark("snapshotBytes");
      note.readMs = performance.now() - started; // from the worker's start to the bytes
      return { record, bytes };
    })();
    snapshot.catch(() => {});
    try {
      booted = await bootFromSnapshot(snapshot, note.phases);
      note.snapshot = STATE.LOADED;
      note.snapshotBytes = booted.record.byteLength;
      note.storedBytes = booted.record.data.size;
      note.stdlib = booted.stdlib;
    } catch (error) {
      if (error instanceof NoSnapshot) {
        note.snapshot = error.message;
      } else {
        note.fallback = String(error?.message ?? error);
        note.snapshot = STATE.REJECTED;
        await deleteSnapshot().catch(() => {});
      }
    }
  }
  if (!booted) {
    if (!(await details)) {
      note.snapshot = STATE.DISABLED;
    } else {
      // Why there was none to load (none, stale, rejected, discarded), and that one is wanted.
      if (!snapshotsAllowed) {
        note.snapshotBefore = STATE.DISCARDED;
        await deleteSnapshot().catch(() => {});
      } else {
        note.snapshotBefore = note.snapshot;
      }
      note.snapshot = STATE.TO_MAKE;
    }
    post({ event: EVENT.BOOTING, from: FROM.PLAIN });
    booted = await bootPlain(note);
  }
  const bridge = booted.pyodide.pyimport("core.bridge");
  return {
    pyodide: booted.pyodide,
    handle: bridge.handle,
    start: bridge.start,
    from: booted.from,
    bootMs: performance.now() - started,
    wasmBytes: wasmMemoryBytes(booted.pyodide),
    note,
  };
}

/** The snapshot maker's one job: start plain, take the snapshot, store it; resolves its report
 * ({snapshot: a STATE, snapshotWhy?, sizes, makeMs, makePhases}). */
export async function makeSnapshot() {
  const started = performance.now();
  const note = { phases: {} };
  try {
    const info = await buildInfo();
    if (!info) throw new Error("no build_info.mjs");
    const { snapshot, warmReply } = await bootPlain(note, { forSnapshot: true });
    const stored = await storeSnapshot({ info, bytes: snapshot, warmReply });
    return {
      ...stored,
      makeMs: Math.round(performance.now() - started),
      makePhases: note.phases,
    };
  } catch (error) {
    return { snapshot: STATE.NOT_MADE, snapshotWhy: String(error?.message ?? error) };
  }
}
