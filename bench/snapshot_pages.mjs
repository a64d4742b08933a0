// The engine's memory snapshot under Node: how many of its pages hold something (issue 17's warm
// memory). A start from the snapshot writes only those pages into the Wasm memory
// (copyWrittenPages in extension/engine/pyodide_private.mjs), so each 4 KiB page counted here is a
// page the warm engine keeps written. Printed as one JSON object on stdout.
//
//   node bench/snapshot_pages.mjs [--dist dist/chrome] [--runs N] [--before PYTHON]
//
// Each run boots the built extension's Pyodide (DIST/pyodide, its Wasm's data segments written as
// the engine writes them, the boot cache installed as boot_cache.mjs installs it), writes
// DIST/core.zip into its file system (DIST/engine/stored_zip.mjs), imports the core, runs the engine's warm-up check, ends the boot cache and takes
// the snapshot with the engine's own takeMemorySnapshot: what the extension's snapshot maker does
// (extension/engine/engine_start.mjs, makeSnapshot), without a browser. A lever can be measured
// before it is built: --before PYTHON runs PYTHON just before the snapshot (for instance
// "import sys; sys._clear_type_cache()": -28 pages, which the engine's first checks write again).
// Besides the pages, it lists the modules Pyodide's own start imported (before the core) that a
// CPython importing the core and checking a draft does not have to import (`--cpython PYTHON`,
// default python3; any Python of another version lists some modules of its own).
//
// 2026-12-04 (Pyodide 314.0.7): 5,083-5,085 pages of 4 KiB hold something (19.86 MiB) with the core
// unpacked by pyodide.unpackArchive and Pyodide's _package_loader as shipped; 5,076-5,077 with the
// core written by JavaScript; 4,941-4,951 (19.30-19.34 MiB) with that and
// builder/pyodide_trim.py's LAZY_IMPORTS too. 2026-12-05: 4,999 (19.53 MiB) with the core of that
// day, 4,834 (18.88 MiB) once the sentence lexicons kept their data in fewer, smaller objects.
// Later on 2026-12-05: 5,000 (19.54 MiB) with the core of that day, 4,524 (17.67 MiB) once asyncio
// was loaded on first use (builder/pyodide_trim.py, LAZY_ASYNCIO; modules at start 176 -> 119).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");
const CORE_DIR = "/home/pyodide/tbyp"; // as in extension/engine/engine_start.mjs
const BOOT_CACHE = "tbyp_boot_cache"; // as in extension/engine/boot_cache.mjs
// The warm-up the engine runs before its snapshot (WARM_UP_REQUEST and WARM_UP_CODE), read from
// engine_start.mjs itself so that what is measured here cannot drift from what the engine does.
const ENGINE_START = fs.readFileSync(path.join(REPO, "extension/engine/engine_start.mjs"), "utf8");
function sourceBetween(start, end) {
  const from = ENGINE_START.indexOf(start);
  const to = ENGINE_START.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`engine_start.mjs no longer has ${start.trim()}`);
  return ENGINE_START.slice(from + start.length, to);
}
const WARM_UP = vm.runInNewContext(
  `(${sourceBetween("const WARM_UP_REQUEST = JSON.stringify(", ");\n")})`,
);
const WARM_UP_CODE = sourceBetween("const WARM_UP_CODE = `", "`;");
const MODULES = "import sys, json; json.dumps(sorted(sys.modules))";
const CPYTHON_MODULES = `
import json, sys
sys.path.insert(0, sys.argv[1])
import core.bridge
from core.registry import describe
request = json.loads(sys.argv[2])
request["packs"] = [p["id"] for p in describe()]
core.bridge.handle(json.dumps(request))
print(json.dumps(sorted(sys.modules)))
`;

function options(argv) {
  const found = { dist: path.join(REPO, "dist", "chrome"), runs: 1, before: "" };
  found.cpython = "python3";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dist") found.dist = path.resolve(argv[++i]);
    else if (arg === "--runs") found.runs = Number(argv[++i]);
    else if (arg === "--before") found.before = argv[++i];
    else if (arg === "--cpython") found.cpython = argv[++i];
    else throw new Error(`unknown argument ${arg} (see the head of bench/snapshot_pages.mjs)`);
  }
  if (!(found.runs >= 1)) throw new Error("--runs wants a number of at least 1");
  return found;
}

/** How many `size`-byte pages of `bytes` (a Uint8Array, its length a multiple of 4) hold a byte
 * other than zero. */
export function pagesWritten(bytes, size) {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  const perPage = size >>> 2;
  let written = 0;
  for (let start = 0; start < words.length; start += perPage) {
    const end = Math.min(start + perPage, words.length);
    for (let i = start; i < end; i++) {
      if (words[i] !== 0) {
        written++;
        break;
      }
    }
  }
  return written;
}

async function measure(opts) {
  const pyodideDir = path.join(opts.dist, "pyodide") + path.sep;
  const url = (file) => pathToFileURL(file).href;
  const engine = await import(url(path.join(opts.dist, "engine", "pyodide_private.mjs")));
  const { loadPyodide } = await import(url(pyodideDir + "pyodide.mjs"));
  const data = fs.readFileSync(pyodideDir + "pyodide.asm.data");
  // Under Node, Pyodide instantiates its Wasm with WebAssembly.instantiate; the engine writes the
  // data segments into the new memory before Pyodide's code runs (withCompiledWasm), as here.
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (source, imports) => {
    const result = await instantiate.call(WebAssembly, source, imports);
    if (result.instance) engine.writeDataSegments(result.instance.exports.memory, data);
    return result;
  };
  const cacheFiles = [];
  let pyodide;
  try {
    pyodide = await loadPyodide({
      indexURL: pyodideDir,
      stdout: () => {},
      stderr: (line) => process.stderr.write(`[python] ${line}\n`),
      createPyodideModule: engine.createPyodideModule(import(url(pyodideDir + "pyodide.asm.mjs"))),
      ...engine.snapshotOptions({ make: true }),
      fsInit(FS, { sitePackages }) {
        const write = (suffix, contents) => {
          const file = `${sitePackages}/${BOOT_CACHE}${suffix}`;
          FS.writeFile(file, contents);
          cacheFiles.push(file);
        };
        write(".marshal", new Uint8Array(fs.readFileSync(path.join(opts.dist, "boot_cache.marshal"))));
        write(".py", fs.readFileSync(path.join(opts.dist, "engine", "boot_cache.py"), "utf8"));
        write(".pth", `import ${BOOT_CACHE}\n`);
      },
    });
  } finally {
    WebAssembly.instantiate = instantiate;
  }
  const startModules = JSON.parse(pyodide.runPython(MODULES));
  const { writeStoredZip } = await import(url(path.join(opts.dist, "engine", "stored_zip.mjs")));
  writeStoredZip(pyodide.FS, fs.readFileSync(path.join(opts.dist, "core.zip")), CORE_DIR);
  pyodide.runPython(`import sys\nsys.path.insert(0, "${CORE_DIR}")\nimport core.bridge`);
  pyodide.globals.set("WARM_UP", JSON.stringify(WARM_UP));
  const reply = JSON.parse(pyodide.runPython(WARM_UP_CODE));
  if (!reply.ok) throw new Error(`the warm-up check failed: ${JSON.stringify(reply)}`);
  pyodide.runPython(`import sys\nsys.modules["${BOOT_CACHE}"].uninstall() if "${BOOT_CACHE}" in sys.modules else None`);
  for (const file of cacheFiles) pyodide.FS.unlink(file);
  if (opts.before) pyodide.runPython(opts.before);
  const modules = JSON.parse(pyodide.runPython(MODULES));
  const snapshot = engine.takeMemorySnapshot(pyodide);
  const pages = pagesWritten(snapshot, 4096);
  return {
    snapshotBytes: snapshot.byteLength,
    pages4k: pages,
    writtenMiB: Math.round((pages * 4096 * 100) / 2 ** 20) / 100,
    pages64k: pagesWritten(snapshot, 65536),
    startModules,
    modules,
  };
}

async function cpythonModules(opts) {
  const { storedEntries } = await import(
    pathToFileURL(path.join(opts.dist, "engine", "stored_zip.mjs")).href
  );
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-pages-"));
  try {
    for (const [name, bytes] of storedEntries(fs.readFileSync(path.join(opts.dist, "core.zip")))) {
      // A data-only module ships as Pyodide's bytecode alone (builder/in_pyodide.py, DATA_ONLY),
      // which another Python cannot load: its source is read from the repository instead.
      const sourceless = name.endsWith(".pyc") && !name.includes("__pycache__/");
      if (!name.endsWith(".py") && !sourceless) continue;
      const source = sourceless ? name.slice(0, -1) : name;
      fs.mkdirSync(path.dirname(path.join(staging, source)), { recursive: true });
      fs.writeFileSync(
        path.join(staging, source),
        sourceless ? fs.readFileSync(path.join(REPO, source)) : bytes,
      );
    }
    const out = execFileSync(
      opts.cpython,
      ["-S", "-I", "-c", CPYTHON_MODULES, staging, JSON.stringify(WARM_UP)],
      { encoding: "utf8" },
    );
    return JSON.parse(out.trim().split("\n").pop());
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function main() {
  const opts = options(process.argv.slice(2));
  const runs = [];
  // Each run in a process of its own: one Node process holds one Pyodide's loader state.
  if (process.env.SNAPSHOT_PAGES_CHILD) {
    process.stdout.write(`${JSON.stringify(await measure(opts))}\n`);
    return;
  }
  for (let i = 0; i < opts.runs; i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      encoding: "utf8",
      env: { ...process.env, SNAPSHOT_PAGES_CHILD: "1" },
      maxBuffer: 1 << 26,
      stdio: ["ignore", "pipe", "inherit"],
    });
    runs.push(JSON.parse(out.trim().split("\n").pop()));
  }
  const needed = new Set(await cpythonModules(opts));
  const last = runs[runs.length - 1];
  const result = {
    dist: path.relative(REPO, opts.dist) || ".",
    before: opts.before || null,
    pages4k: runs.map((run) => run.pages4k),
    writtenMiB: runs.map((run) => run.writtenMiB),
    pages64k: runs.map((run) => run.pages64k),
    snapshotBytes: runs.map((run) => run.snapshotBytes),
    modulesAtStart: last.startModules.length,
    modulesAtSnapshot: last.modules.length,
    startModulesTheCoreDoesNotNeed: last.startModules.filter((name) => !needed.has(name)),
  };
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
