// Pyodide costs under Node, printed as one JSON object on stdout.
//
//   node bench/pyodide_node.mjs [--runs N]     (default 3 boots of each kind)
//   node bench/pyodide_node.mjs --help         (this text)
//   node bench/pyodide_node.mjs --checks REQUEST.json --index PYODIDE_DIR --core-zip CORE_ZIP
//       Times core.check with bench/core_timing.py inside Pyodide (loaded from PYODIDE_DIR, with
//       the core unpacked from CORE_ZIP, as the extension's worker does); REQUEST.json is
//       {"groups": {name: [draft, ...]}, "repetitions": n}. Prints {name: [ms, ...]}.
//
// Each boot runs in a fresh Node process (a cold start, as the extension's engine has):
//   plain          loadPyodide()
//   core           loadPyodide() + core/ written into the FS + `import core.bridge` (as the
//                  extension's worker does), then core.check on a 1,000-character draft, 200 times
//   snapshot_make  loadPyodide({_makeSnapshot: true}) + import core.bridge + one check (warms the
//                  core's caches) + makeMemorySnapshot()
//   snapshot_load  loadPyodide({_loadSnapshot: bytes}): core already imported; one check to prove it
// The memory snapshot options are private, undocumented API in Pyodide 314.0.7.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import zlib from "node:zlib";

import { writeStoredZip } from "../extension/engine/stored_zip.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");
const PYODIDE_DIR = path.join(REPO, "node_modules", "pyodide");
const FS_CORE = "/home/pyodide/tbyp"; // where the extension's worker unpacks the core
const CHECKS = 200;

// A 1,000-character draft with something for several packs to find.
const SENTENCES = [
  "Had a long shift today and honestly I'm exhausted, but I wanted to post an update for everyone.",
  "My NHS number is 943 476 5919 if the surgery asks, and you can ring me on 07700 900123.",
  "Email me at jo.bloggs@example.com rather than messaging here, I don't check it much.",
  "The manager at work was an absolute idiot again and I nearly walked out before lunch.",
  "We're moving to 14 Acacia Avenue next month so the kids will be changing schools.",
  "Thanks to everyone who sent kind words last week, it really helped more than you know.",
];
function draft(length = 1000) {
  let text = "";
  for (let i = 0; text.length < length; i++) text += (text ? " " : "") + SENTENCES[i % SENTENCES.length];
  return text.slice(0, length);
}

const ms = (t) => Math.round(t * 100) / 100;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The build ships Pyodide's Wasm without its data section, in pyodide.asm.data beside it
// (builder/wasm_data.py), and the engine writes that data into the new instance's memory. Where
// the file is there, Node's instantiation does the same, through the engine's own function.
async function withShippedData(indexDir) {
  const file = path.join(indexDir, "pyodide.asm.data");
  if (!fs.existsSync(file)) return;
  const { writeDataSegments } = await import(
    pathToFileURL(path.join(HERE, "..", "extension", "engine", "pyodide_private.mjs")).href
  );
  const data = new Uint8Array(fs.readFileSync(file));
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate.apply(WebAssembly, args);
    const instance = result.instance ?? result;
    if (instance.exports?.memory) writeDataSegments(instance.exports.memory, data);
    return result;
  };
}

async function importPyodide() {
  await withShippedData(PYODIDE_DIR);
  return (await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href)).loadPyodide;
}

function copyCore(FS, host, target) {
  FS.mkdirTree(target);
  for (const entry of fs.readdirSync(host, { withFileTypes: true })) {
    if (entry.name === "__pycache__") continue;
    const h = path.join(host, entry.name);
    if (entry.isDirectory()) copyCore(FS, h, `${target}/${entry.name}`);
    else if (entry.isFile() && !entry.name.endsWith(".pyc")) FS.writeFile(`${target}/${entry.name}`, fs.readFileSync(h));
  }
}

function importCore(pyodide) {
  copyCore(pyodide.FS, path.join(REPO, "core"), `${FS_CORE}/core`);
  pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(FS_CORE)})\nimport core.bridge`);
}

// Time core.check inside Python (perf_counter) and the JSON bridge call from JS, as the worker makes it.
function timeChecks(pyodide) {
  const text = draft();
  pyodide.globals.set("_draft", text);
  const first = pyodide.runPython(`
import time, core
_t = time.perf_counter(); _n = len(core.check(_draft)); _first = (time.perf_counter() - _t) * 1000
_times = []
for _ in range(${CHECKS}):
    _t = time.perf_counter(); core.check(_draft); _times.append((time.perf_counter() - _t) * 1000)
(_first, _n)
`).toJs();
  const inPython = pyodide.globals.get("_times").toJs();
  const handle = pyodide.pyimport("core.bridge").handle;
  const request = JSON.stringify({ type: "check", text });
  const viaBridge = [];
  for (let i = 0; i < CHECKS; i++) {
    const t = performance.now();
    JSON.parse(handle(request));
    viaBridge.push(performance.now() - t);
  }
  handle.destroy();
  return {
    draft_chars: text.length,
    findings: first[1],
    first_check_ms: ms(first[0]),
    check_median_ms: ms(median(inPython)),
    check_max_ms: ms(Math.max(...inPython)),
    bridge_call_median_ms: ms(median(viaBridge)),
  };
}

// One measurement, in this (fresh) process.
async function phase(name, snapshotFile) {
  const t0 = performance.now();
  const loadPyodide = await importPyodide();
  if (name === "plain") {
    await loadPyodide({ indexURL: PYODIDE_DIR + path.sep });
    return { boot_ms: ms(performance.now() - t0) };
  }
  if (name === "core") {
    const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR + path.sep });
    const tBoot = performance.now();
    importCore(pyodide);
    const tCore = performance.now();
    return {
      boot_ms: ms(tBoot - t0),
      import_core_ms: ms(tCore - tBoot),
      boot_and_core_ms: ms(tCore - t0),
      ...timeChecks(pyodide),
    };
  }
  if (name === "snapshot_make") {
    const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR + path.sep, _makeSnapshot: true });
    importCore(pyodide);
    // One check before the snapshot fills the core's lazy caches (compiled patterns); without it
    // the first check after loading the snapshot was several times slower.
    pyodide.globals.set("_draft", draft());
    pyodide.runPython("import core; core.check(_draft); del _draft");
    const t = performance.now();
    const snapshot = pyodide.makeMemorySnapshot();
    const makeMs = performance.now() - t;
    fs.writeFileSync(snapshotFile, snapshot);
    return {
      make_ms: ms(makeMs),
      bytes: snapshot.length,
      gzip_bytes: zlib.gzipSync(snapshot).length,
    };
  }
  if (name === "snapshot_load") {
    const t1 = performance.now();
    const bytes = fs.readFileSync(snapshotFile);
    const tRead = performance.now() - t1;
    // Pyodide's own restore copies the snapshot into a memory of its first size, which fails
    // ("offset is out of bounds") once the snapshot is larger; the engine's createPyodideModule
    // grows the memory first, as the extension does.
    const { createPyodideModule } = await import(
      pathToFileURL(path.join(HERE, "..", "extension", "engine", "pyodide_private.mjs")).href
    );
    const script = import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.asm.mjs")).href);
    const pyodide = await loadPyodide({
      indexURL: PYODIDE_DIR + path.sep,
      _loadSnapshot: bytes,
      createPyodideModule: createPyodideModule(script),
    });
    const tBoot = performance.now();
    const coreLoaded = pyodide.runPython("import sys; 'core.bridge' in sys.modules");
    // The snapshot holds Wasm memory only: files written to the FS before it are not restored.
    const coreFiles = pyodide.runPython(`import os; os.path.exists(${JSON.stringify(`${FS_CORE}/core/engine.py`)})`);
    pyodide.globals.set("_draft", draft());
    const t = performance.now();
    const n = pyodide.runPython("import core; len(core.check(_draft))");
    const tFirst = performance.now();
    pyodide.runPython("core.check(_draft)");
    return {
      boot_ms: ms(tBoot - t0),
      read_file_ms: ms(tRead),
      core_already_imported: coreLoaded,
      core_files_in_fs: coreFiles,
      first_check_ms: ms(tFirst - t),
      second_check_ms: ms(performance.now() - tFirst),
      findings: n,
    };
  }
  throw new Error(`unknown phase ${name}`);
}

function child(name, snapshotFile) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--phase", name, snapshotFile], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

function summarize(runs, keys) {
  const out = { runs: runs.length };
  for (const k of keys) {
    const xs = runs.map((r) => r[k]);
    out[`${k}_median`] = ms(median(xs));
    out[`${k}_all`] = xs;
  }
  return out;
}

async function coreChecks(argv) {
  const option = (name) => argv[argv.indexOf(name) + 1];
  await withShippedData(option("--index"));
  const { loadPyodide } = await import(pathToFileURL(path.join(option("--index"), "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: path.resolve(option("--index")) + path.sep });
  // As the engine does (the shipped Pyodide's unpackArchive imports zipfile, whose encodings the
  // shipped standard library leaves out); a deflated source zip is inflated.
  writeStoredZip(pyodide.FS, fs.readFileSync(option("--core-zip")), FS_CORE, zlib.inflateRawSync);
  pyodide.FS.mkdirTree(`${FS_CORE}/bench`);
  pyodide.FS.writeFile(`${FS_CORE}/bench/__init__.py`, "");
  pyodide.FS.writeFile(`${FS_CORE}/bench/core_timing.py`, fs.readFileSync(path.join(HERE, "core_timing.py")));
  pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(FS_CORE)})`);
  const timing = pyodide.pyimport("bench.core_timing");
  return timing.time_checks_json(fs.readFileSync(option("--checks"), "utf8"));
}

// The comment at the top of this file, as its usage.
function usage() {
  const lines = fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
  const head = lines.slice(0, lines.findIndex((line) => !line.startsWith("//")));
  return head.map((line) => line.replace(/^\/\/ ?/, "")).join("\n");
}

async function main(argv) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  if (argv[0] === "--checks") {
    process.stdout.write(`${await coreChecks(argv)}\n`);
    return;
  }
  if (argv[0] === "--phase") {
    process.stdout.write(`${JSON.stringify(await phase(argv[1], argv[2]))}\n`);
    return;
  }
  const i = argv.indexOf("--runs");
  const runs = i >= 0 ? Math.max(1, Number(argv[i + 1])) : 3;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pyodide-bench-"));
  const snapshotFile = path.join(tmp, "snapshot.bin");
  try {
    const repeat = (name) => Array.from({ length: runs }, () => child(name, snapshotFile));
    const plain = repeat("plain");
    const core = repeat("core");
    const made = child("snapshot_make", snapshotFile);
    const loaded = repeat("snapshot_load");
    const version = JSON.parse(fs.readFileSync(path.join(PYODIDE_DIR, "package.json"), "utf8")).version;
    const coreChecks = core[core.length - 1];
    const result = {
      pyodide: version,
      node: process.versions.node,
      cpus: os.cpus().length,
      loadavg_1m: ms(os.loadavg()[0]),
      boot_plain: summarize(plain, ["boot_ms"]),
      boot_and_import_core: summarize(core, ["boot_ms", "import_core_ms", "boot_and_core_ms"]),
      check: {
        draft_chars: coreChecks.draft_chars,
        findings: coreChecks.findings,
        repetitions: CHECKS,
        first_check_ms: coreChecks.first_check_ms,
        median_ms_per_boot: core.map((r) => r.check_median_ms),
        max_ms_per_boot: core.map((r) => r.check_max_ms),
        bridge_call_median_ms_per_boot: core.map((r) => r.bridge_call_median_ms),
      },
      snapshot: {
        options:
          "loadPyodide({_makeSnapshot: true}); import core.bridge; core.check(draft); " +
          "pyodide.makeMemorySnapshot() -> Uint8Array; loadPyodide({_loadSnapshot: bytes})",
        bytes: made.bytes,
        mib: ms(made.bytes / 2 ** 20),
        gzip_bytes: made.gzip_bytes,
        gzip_mib: ms(made.gzip_bytes / 2 ** 20),
        make_ms: made.make_ms,
        ...summarize(loaded, ["boot_ms", "read_file_ms", "first_check_ms", "second_check_ms"]),
        core_already_imported: loaded.every((r) => r.core_already_imported),
        core_files_in_fs_after_load: loaded.every((r) => r.core_files_in_fs),
        findings_after_load: loaded[0].findings,
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
