// Run the core's pytest suite inside Pyodide under Node.
//
//   node tests/pyodide/run_pytest.mjs [--wheels DIR] [pytest args...]
//
// Loads Pyodide from the repo's node_modules, installs the wheels pinned in
// requirements-pyodide.txt from DIR (default: .cache/pyodide-wheels; `tests/pyodide/run.py`
// downloads them), copies pyproject.toml, core/, tests/ and bench/*.py into Pyodide's in-memory
// file system, runs pytest.main(args) there and exits with pytest's status. Everything is resolved
// relative to this file, so it works from any working directory.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const PYODIDE_DIR = path.join(REPO, "node_modules", "pyodide");
const REQUIREMENTS = path.join(REPO, "requirements-pyodide.txt");
// Where the repo lives inside Pyodide's file system (MEMFS).
const FS_ROOT = "/home/pyodide/repo";
// What is copied into Pyodide: pytest's config, the core, its tests (with their corpora under
// tests/, but not this runner) and the Python modules of bench/ that some tests import.
const COPY = [
  { name: "pyproject.toml" },
  { name: "conftest.py" },
  { name: "core" },
  { name: "tests" },
  { name: "bench", only: (file) => file.endsWith(".py") },
];
const SKIP_NAMES = new Set(["__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"]);
const SKIP_PATHS = new Set([HERE]);

function log(msg) {
  process.stderr.write(`[pyodide] ${msg}\n`);
}

function parseArgs(argv) {
  let wheels = path.join(REPO, ".cache", "pyodide-wheels");
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--wheels") {
      wheels = path.resolve(argv[++i]);
    } else if (a.startsWith("--wheels=")) {
      wheels = path.resolve(a.slice("--wheels=".length));
    } else {
      rest.push(a);
    }
  }
  return { wheels, pytestArgs: rest };
}

const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "_");

// The pinned wheels, in requirements order, as file:// URLs; fails loudly if one is missing.
function pinnedWheels(wheelDir) {
  const pins = fs
    .readFileSync(REQUIREMENTS, "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^([A-Za-z0-9_.-]+)==([A-Za-z0-9_.+!-]+)$/.exec(line);
      if (!m) throw new Error(`requirements-pyodide.txt: expected name==version, got ${line}`);
      return { name: m[1], version: m[2] };
    });
  const files = fs.existsSync(wheelDir) ? fs.readdirSync(wheelDir).filter((f) => f.endsWith(".whl")) : [];
  const missing = [];
  const urls = pins.flatMap(({ name, version }) => {
    // Wheel file names are {distribution}-{version}-{tags}.whl.
    const file = files.find((f) => {
      const [dist, ver] = f.split("-");
      return normalize(dist) === normalize(name) && ver === version;
    });
    if (!file) {
      missing.push(`${name}==${version}`);
      return [];
    }
    return [pathToFileURL(path.join(wheelDir, file)).href];
  });
  if (missing.length) {
    throw new Error(`missing wheels in ${wheelDir}: ${missing.join(", ")} (run python tests/pyodide/run.py)`);
  }
  return urls;
}

function copyIntoFS(FS, hostPath, fsPath, only = () => true) {
  if (SKIP_NAMES.has(path.basename(hostPath)) || SKIP_PATHS.has(hostPath)) return 0;
  const st = fs.statSync(hostPath);
  if (st.isDirectory()) {
    FS.mkdirTree(fsPath);
    let n = 0;
    for (const entry of fs.readdirSync(hostPath)) {
      n += copyIntoFS(FS, path.join(hostPath, entry), `${fsPath}/${entry}`, only);
    }
    return n;
  }
  if (!st.isFile() || hostPath.endsWith(".pyc") || !only(hostPath)) return 0;
  FS.writeFile(fsPath, fs.readFileSync(hostPath));
  return 1;
}

// Write Pyodide's output straight to our stdout/stderr, unbuffered, byte for byte.
function rawWriter(fd) {
  return {
    write(buffer) {
      let off = 0;
      while (off < buffer.length) {
        try {
          off += fs.writeSync(fd, buffer, off, buffer.length - off);
        } catch (e) {
          if (e.code !== "EAGAIN") throw e;
        }
      }
      return buffer.length;
    },
  };
}

async function main() {
  const { wheels, pytestArgs } = parseArgs(process.argv.slice(2));
  const wheelUrls = pinnedWheels(wheels);

  const t0 = performance.now();
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR + path.sep });
  const tBoot = performance.now();
  pyodide.setStdout(rawWriter(1));
  pyodide.setStderr(rawWriter(2));
  await pyodide.loadPackage(wheelUrls, {
    messageCallback: () => {},
    errorCallback: (msg) => log(msg),
  });
  const tWheels = performance.now();

  pyodide.FS.mkdirTree(FS_ROOT);
  let files = 0;
  for (const { name, only } of COPY) {
    const host = path.join(REPO, name);
    if (fs.existsSync(host)) files += copyIntoFS(pyodide.FS, host, `${FS_ROOT}/${name}`, only);
  }
  log(
    `Pyodide ${pyodide.version}: boot ${((tBoot - t0) / 1000).toFixed(2)} s, ` +
      `${wheelUrls.length} wheels ${((tWheels - tBoot) / 1000).toFixed(2)} s, ${files} files copied`,
  );

  pyodide.globals.set("_pytest_args", pyodide.toPy(pytestArgs));
  const status = await pyodide.runPythonAsync(`
import os, sys
os.chdir(${JSON.stringify(FS_ROOT)})
sys.path.insert(0, ${JSON.stringify(FS_ROOT)})
import pytest

class PyodidePlugin:
    @pytest.hookimpl(trylast=True)
    def pytest_configure(self, config):
        try:
            from hypothesis import settings
        except ImportError:
            return
        # Wall-clock deadlines are meaningless under WebAssembly (a cold first call is slow);
        # otherwise keep whatever profile the tests chose.
        settings.register_profile("pyodide", settings(deadline=None))
        settings.load_profile("pyodide")

int(pytest.main(list(_pytest_args), plugins=[PyodidePlugin()]))
`);
  log(`pytest finished with status ${status} in ${((performance.now() - tWheels) / 1000).toFixed(2)} s`);
  return status;
}

main().then(
  (status) => process.exit(status),
  (err) => {
    console.error(err);
    process.exit(3); // pytest's "internal error" status
  },
);
