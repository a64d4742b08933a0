// Compiles Python with Pyodide's own Python, at build time, so that the engine does not compile it
// in the browser on every plain start. The Python half is in_pyodide.py.
//
//   node builder/compile_python.mjs stdlib IN_ZIP OUT_ZIP
//       Every .py entry of IN_ZIP (the trimmed python_stdlib.zip) becomes a sourceless .pyc entry.
//   node builder/compile_python.mjs core IN_ZIP OUT_ZIP [FS_DIR]
//       IN_ZIP is core.zip; each .py entry keeps its source (for tracebacks) and gains
//       __pycache__/NAME.TAG.pyc, for the zip unpacked in FS_DIR (default /home/pyodide/tbyp, where
//       extension/engine/engine_start.mjs unpacks it).
//   node builder/compile_python.mjs boot-cache CORE_ZIP OUT_FILE
//       Boots Pyodide with boot_cache_recorder.py installed as the engine installs its boot cache,
//       imports the core from CORE_ZIP and checks a draft with all packs on every site, and writes
//       what was compiled meanwhile, compiled, to OUT_FILE (boot_cache.marshal), which
//       extension/engine/boot_cache.py reads.
//
// Zips are written uncompressed (the extension's own zip compresses them), so zipimport reads each
// module without inflating it, and the same input gives the same bytes.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PYODIDE_DIR = path.join(path.resolve(HERE, ".."), "node_modules", "pyodide");

// The Python halves, real modules of this folder: in_pyodide.py holds the work; the recorder is
// installed through a .pth file in site-packages, as the engine installs its boot cache.
const IN_PYODIDE = fs.readFileSync(path.join(HERE, "in_pyodide.py"), "utf8");
const RECORDER = fs.readFileSync(path.join(HERE, "boot_cache_recorder.py"), "utf8");
const RECORDER_MODULE = "tbyp_boot_recorder";

async function bootCache(loadPyodide, coreZip, outFile) {
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_DIR + path.sep,
    stdout: (line) => process.stderr.write(`[compile] ${line}\n`),
    fsInit: (FS, { sitePackages }) => {
      FS.writeFile(`${sitePackages}/${RECORDER_MODULE}.py`, RECORDER);
      FS.writeFile(`${sitePackages}/${RECORDER_MODULE}.pth`, `import ${RECORDER_MODULE}\n`);
    },
  });
  if (!pyodide.runPython(`import sys; "${RECORDER_MODULE}" in sys.modules`)) {
    throw new Error("the recorder was not imported from site-packages");
  }
  pyodide.FS.writeFile("/tmp/core.zip", new Uint8Array(fs.readFileSync(coreZip)));
  pyodide.runPython(IN_PYODIDE);
  const table = pyodide.globals.get("boot_cache")(
    "/tmp/core.zip",
    "/tmp/core-for-boot-cache",
    RECORDER_MODULE,
  );
  fs.writeFileSync(outFile, table.toJs());
  table.destroy();
  process.stderr.write(`[compile] boot cache written to ${outFile}\n`);
  return 0;
}

async function main([mode, inZip, outZip, fsDir = "/home/pyodide/tbyp"]) {
  if (!["stdlib", "core", "boot-cache"].includes(mode) || !inZip || !outZip) {
    const usage = "usage: node builder/compile_python.mjs stdlib|core|boot-cache IN_ZIP OUT [FS_DIR]";
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  if (mode === "boot-cache") return bootCache(loadPyodide, inZip, outZip);
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_DIR + path.sep,
    stdout: (line) => process.stderr.write(`[compile] ${line}\n`),
  });
  pyodide.FS.writeFile("/tmp/in.zip", new Uint8Array(fs.readFileSync(inZip)));
  pyodide.runPython(IN_PYODIDE);
  const count = pyodide.globals.get("compile_zip")(mode, "/tmp/in.zip", "/tmp/out.zip", fsDir);
  fs.writeFileSync(outZip, pyodide.FS.readFile("/tmp/out.zip"));
  process.stderr.write(`[compile] ${mode}: ${count} entries written to ${outZip}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
