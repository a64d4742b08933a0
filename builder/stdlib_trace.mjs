// Which files of Pyodide's python_stdlib.zip the engine needs, found by running it under Node.
//
//   node builder/stdlib_trace.mjs trace CORE_ZIP
//       Boots Pyodide as extension/engine/engine_start.mjs does to make its snapshot (unpacking
//       CORE_ZIP, import core.bridge, the bridge's requests, the snapshot), checks every corpus draft
//       and long drafts with all packs, imports every module named by any import statement in
//       the core (so imports inside functions are covered too), then prints a JSON list of the
//       stdlib zip's entries that were loaded. The build keeps only those (pyodide_trim.py).
//
//   node builder/stdlib_trace.mjs imported CORE_ZIP TRIMMED_ZIP
//       Boots with TRIMMED_ZIP as the engine's snapshot maker does (import core.bridge, one check
//       with every pack) and prints a JSON list of the zip's entries imported by then: a memory
//       snapshot holds those modules already, so a start from it needs only the rest of the zip
//       (pyodide_trim.py writes that part as python_stdlib_rest.zip).
//
//   node builder/stdlib_trace.mjs verify CORE_ZIP TRIMMED_ZIP [pytest args...]
//       1. Boots with TRIMMED_ZIP as the only standard library and runs the same engine steps.
//       2. Runs the core's pytest suite with TRIMMED_ZIP as the stdlib and the full one behind it,
//          reached only through a finder (pytest itself needs modules the engine does not), failing
//          if the core, or a module of the trimmed zip, imports anything found only in the full one.
//       Exits 0 when both pass.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { snapshotOptions, takeMemorySnapshot } from "../extension/engine/pyodide_private.mjs";
import { writeStoredZip } from "../extension/engine/stored_zip.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");
const PYODIDE_DIR = path.join(REPO, "node_modules", "pyodide");
const CORE_DIR = "/home/pyodide/tbyp"; // as in extension/engine/engine_start.mjs
const TEST_ROOT = "/home/pyodide/repo";
const FULL_STDLIB = "/lib/full_stdlib.zip";

function log(msg) {
  process.stderr.write(`[stdlib] ${msg}\n`);
}

function corpusTexts() {
  const dir = path.join(REPO, "tests", "corpus");
  const texts = [];
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (!name.endsWith(".jsonl")) continue;
    for (const line of fs.readFileSync(path.join(dir, name), "utf8").split("\n")) {
      const text = line.trim() ? JSON.parse(line).text : null;
      if (typeof text === "string") texts.push(text);
    }
  }
  return texts;
}

async function bootEngine(coreZip, stdLibURL) {
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const options = {
    indexURL: PYODIDE_DIR + path.sep,
    stdout: () => {},
    ...snapshotOptions({ make: true }),
  };
  if (stdLibURL) options.stdLibURL = stdLibURL;
  const pyodide = await loadPyodide(options);
  writeStoredZip(pyodide.FS, fs.readFileSync(coreZip), CORE_DIR, zlib.inflateRawSync); // as the engine does
  pyodide.runPython(`import sys\nsys.path.insert(0, '${CORE_DIR}')\nimport core.bridge`);
  pyodide.globals.set("_texts", pyodide.toPy(corpusTexts()));
  pyodide.runPython(`
import ast, importlib, json, os
from core.bridge import handle
from core.registry import describe
from core.sites import SITES
_packs = [p["id"] for p in describe()]
_long = " ".join(_texts) or "Her NHS number is 943 476 5919."
for _text in [*_texts, _long[:1000], _long[:5000], (_long * 20)[:100000]]:
    for _site in (None, *SITES):
        _reply = json.loads(handle(json.dumps({"type": "check", "text": _text, "packs": _packs,
            "site": _site, "names": ["Jo Bloggs"], "phrases": ["respite"]})))
        assert _reply["ok"], _reply
        if _site is None and len(_text) > 1000:
            break
for _request in ({"type": "packs"}, {"type": "version"}, {"type": "nonsense"}, {"type": "check"}):
    handle(json.dumps(_request))
handle("not json")
# Every module any import statement in the core names, wherever the statement is.
_named = set()
for _dir, _subdirs, _files in os.walk("${CORE_DIR}/core"):
    for _file in _files:
        if _file.endswith(".py"):
            with open(os.path.join(_dir, _file), encoding="utf-8") as _f:
                for _node in ast.walk(ast.parse(_f.read())):
                    if isinstance(_node, ast.Import):
                        _named.update(a.name for a in _node.names)
                    elif isinstance(_node, ast.ImportFrom) and not _node.level and _node.module:
                        _named.add(_node.module)
for _name in sorted(_named):
    if _name.split(".")[0] != "core":
        importlib.import_module(_name)
`);
  takeMemorySnapshot(pyodide);
  return pyodide;
}

function stdlibEntries(pyodide) {
  return pyodide
    .runPython(`
import sys, json
_zip = next(p for p in sys.path if p.endswith(".zip") and "full_stdlib" not in p)
_used = set()
for _module in list(sys.modules.values()):
    _origin = getattr(getattr(_module, "__spec__", None), "origin", None) or getattr(_module, "__file__", None)
    if _origin and _origin.startswith(_zip + "/"):
        _used.add(_origin[len(_zip) + 1:])
json.dumps(sorted(_used))
`)
    .toString();
}

async function trace(coreZip) {
  const pyodide = await bootEngine(coreZip);
  process.stdout.write(`${stdlibEntries(pyodide)}\n`);
}

// As extension/engine/engine_start.mjs warms the engine up before its snapshot.
const WARM_UP = {
  type: "check",
  text: "Her NHS number is 943 476 5919, ring 07700 900123 or jo.bloggs@example.com. " +
    "The manager is an idiot. Anyone? Please reply ASAP!! Thanks x",
  site: "facebook",
  names: ["Jo Bloggs"],
  phrases: ["respite"],
};

async function importedBySnapshot(coreZip, trimmedZip) {
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_DIR + path.sep,
    stdLibURL: pathToFileURL(path.resolve(trimmedZip)).href,
    stdout: () => {},
    ...snapshotOptions({ make: true }),
  });
  writeStoredZip(pyodide.FS, fs.readFileSync(coreZip), CORE_DIR, zlib.inflateRawSync); // as the engine does
  pyodide.globals.set("_request", JSON.stringify(WARM_UP));
  pyodide.runPython(`
import json, sys
sys.path.insert(0, '${CORE_DIR}')
import core.bridge
from core.registry import describe
_warm = json.loads(_request)
_warm["packs"] = [p["id"] for p in describe()]
assert json.loads(core.bridge.handle(json.dumps(_warm)))["ok"]
`);
  process.stdout.write(`${stdlibEntries(pyodide)}\n`);
}

function copyIntoFS(FS, host, target, only = () => true) {
  const name = path.basename(host);
  if (["__pycache__", ".pytest_cache", ".hypothesis", "pyodide"].includes(name)) return;
  const st = fs.statSync(host);
  if (st.isDirectory()) {
    FS.mkdirTree(target);
    for (const entry of fs.readdirSync(host)) copyIntoFS(FS, path.join(host, entry), `${target}/${entry}`, only);
  } else if (st.isFile() && !host.endsWith(".pyc") && only(host)) {
    FS.writeFile(target, fs.readFileSync(host));
  }
}

function pinnedWheels() {
  const dir = path.join(REPO, ".cache", "pyodide-wheels");
  const normalize = (n) => n.toLowerCase().replace(/[-_.]+/g, "_");
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".whl")) : [];
  return fs
    .readFileSync(path.join(REPO, "requirements-pyodide.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [name, version] = line.split("==");
      const file = files.find((f) => {
        const [d, v] = f.split("-");
        return normalize(d) === normalize(name) && v === version;
      });
      if (!file) throw new Error(`missing wheel ${line}: run python tests/pyodide/run.py once`);
      return pathToFileURL(path.join(dir, file)).href;
    });
}

async function verify(coreZip, trimmedZip, pytestArgs) {
  const trimmedURL = pathToFileURL(path.resolve(trimmedZip)).href;
  // 1. The engine's own steps, with nothing but the trimmed zip.
  await bootEngine(coreZip, trimmedURL);
  log("the engine boots and checks every corpus draft with the trimmed stdlib alone");

  // 2. The core's tests; the full stdlib only behind the trimmed one, and watched.
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR + path.sep, stdLibURL: trimmedURL });
  pyodide.FS.writeFile(FULL_STDLIB, fs.readFileSync(path.join(PYODIDE_DIR, "python_stdlib.zip")));
  pyodide.runPython(`
import sys
from importlib.machinery import PathFinder
_FULL = ${JSON.stringify(FULL_STDLIB)}
class _Watch:
    """Finds in the full stdlib what the trimmed one lacks (top-level modules and submodules of
    packages split between the two), noting it when the core or the trimmed zip asked for it."""
    misses = []
    def find_spec(self, name, path=None, target=None):
        if PathFinder.find_spec(name, path) is not None:
            return None
        parent = name.rpartition(".")[0]
        spec = PathFinder.find_spec(name, [_FULL + ("/" + parent.replace(".", "/") if parent else "")])
        if spec is None:
            return None
        frame = sys._getframe(1)
        while frame and "importlib" in frame.f_code.co_filename:
            frame = frame.f_back
        importer = frame.f_code.co_filename if frame else "?"
        trimmed = next(p for p in sys.path if p.endswith(".zip") and p != _FULL)
        if "/core/" in importer or importer.startswith(trimmed + "/"):
            self.misses.append((name, importer))
        return spec
sys.meta_path.insert(0, _Watch())
`);
  await pyodide.loadPackage(pinnedWheels(), { messageCallback: () => {} });
  pyodide.FS.mkdirTree(TEST_ROOT);
  for (const name of ["pyproject.toml", "conftest.py", "core", "tests"]) {
    const host = path.join(REPO, name);
    if (fs.existsSync(host)) copyIntoFS(pyodide.FS, host, `${TEST_ROOT}/${name}`);
  }
  copyIntoFS(pyodide.FS, path.join(REPO, "bench"), `${TEST_ROOT}/bench`, (f) => f.endsWith(".py"));
  pyodide.setStdout({ batched: (line) => process.stderr.write(`${line}\n`) });
  pyodide.globals.set("_args", pyodide.toPy(pytestArgs.length ? pytestArgs : ["-q", "tests"]));
  const result = await pyodide.runPythonAsync(`
import os, sys
os.chdir(${JSON.stringify(TEST_ROOT)})
sys.path.insert(0, ${JSON.stringify(TEST_ROOT)})
import pytest
_status = int(pytest.main(list(_args)))
_misses = sorted(set(m for w in sys.meta_path if type(w).__name__ == "_Watch" for m in w.misses))
[_status, [list(m) for m in _misses]]
`);
  const [status, misses] = result.toJs();
  // Misses from the core fail; from the trimmed zip's own modules they are reported (loading
  // pytest's wheels reaches for tarfile in pyodide/_package_loader.py; the engine loads none).
  const fromCore = misses.filter(([, importer]) => importer.includes("/core/"));
  if (misses.length) log(`imported from outside the trimmed stdlib: ${JSON.stringify(misses)}`);
  log(`pytest status ${status}; ${fromCore.length} module(s) the core needs are missing`);
  return status === 0 && fromCore.length === 0 ? 0 : 1;
}

async function main([mode, ...args]) {
  if (mode === "trace" && args.length === 1) return trace(args[0]).then(() => 0);
  if (mode === "imported" && args.length === 2) {
    return importedBySnapshot(args[0], args[1]).then(() => 0);
  }
  if (mode === "verify" && args.length >= 2) return verify(args[0], args[1], args.slice(2));
  log(
    "usage: node builder/stdlib_trace.mjs trace CORE_ZIP | imported CORE_ZIP TRIMMED_ZIP" +
      " | verify CORE_ZIP TRIMMED_ZIP [pytest args]",
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
