// Compiles Python sources to bytecode with Pyodide's own Python, at build time, so the engine does
// not compile them in the browser on every plain start (most of a plain start was compiling the
// standard library from source: about 4 s in Chromium here, against about 1.3 s with bytecode).
//
//   node builder/compile_python.mjs stdlib IN_ZIP OUT_ZIP
//       Every .py entry of IN_ZIP (the trimmed python_stdlib.zip) becomes a .pyc entry of the same
//       name, sourceless, as zipimport loads them. Other entries are copied.
//   node builder/compile_python.mjs core IN_ZIP OUT_ZIP [FS_DIR]
//       IN_ZIP is core.zip; each .py entry keeps its source and gains __pycache__/NAME.TAG.pyc, as
//       the import system looks for it once the zip is unpacked in FS_DIR (default
//       /home/pyodide/tbyp, where extension/engine/engine_start.mjs unpacks it), so tracebacks still show
//       the source.
//   node builder/compile_python.mjs boot-cache CORE_ZIP OUT_FILE
//       Boots Pyodide, imports the core from CORE_ZIP and checks a draft with all packs on every
//       site, recording, from the moment site-packages is read (as the worker's .pth hook does):
//       - every regular expression compiled, with _sre.compile's arguments for it as re's parser
//         and compiler make them (each checked to give a pattern equal to re.compile's);
//       - every source text that dataclasses runs with exec, and namedtuple with eval, compiled.
//       OUT_FILE (boot_cache.marshal) holds ((_sre.MAGIC, importlib's MAGIC_NUMBER), sys.version,
//       {(pattern, flags): args}, {("exec" | "eval", source): code}); the worker hands these to
//       re, dataclasses and collections during a plain start, and any other Python ignores them.
//
// Zips are written uncompressed (the extension's own zip compresses them): zipimport then reads
// each module without inflating it.
//
// The .pyc files are "unchecked hash" pycs (PEP 552): valid for exactly the source they were made
// from, and never compared with a source file's timestamp (the unpacked files' timestamps are
// the unpack time). Entries are written in name order with fixed timestamps, so the same input
// gives the same bytes.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PYODIDE_DIR = path.join(path.resolve(HERE, ".."), "node_modules", "pyodide");

const COMPILE = `
import importlib.util, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def _pyc(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True, optimize=0)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))

def _entry(name):
    return zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))

def compile_zip(mode, source_zip, target_zip, fs_dir):
    stdlib = next(p for p in sys.path if p.endswith(".zip"))  # e.g. /lib/python314.zip
    tag = sys.implementation.cache_tag
    written = {}
    with zipfile.ZipFile(source_zip) as src:
        for info in src.infolist():
            if info.is_dir():
                continue
            data = src.read(info)
            name = info.filename
            if not name.endswith(".py"):
                written[name] = data
            elif mode == "stdlib":
                written[name + "c"] = _pyc(data, f"{stdlib}/{name}")
            else:
                folder, _, file = name.rpartition("/")
                cached = f"__pycache__/{file[:-3]}.{tag}.pyc"
                cached = f"{folder}/{cached}" if folder else cached
                written[name] = data
                written[cached] = _pyc(data, f"{fs_dir}/{name}")
    with zipfile.ZipFile(target_zip, "w", zipfile.ZIP_STORED) as out:
        for name in sorted(written):
            info = _entry(name)
            info.external_attr = 0o644 << 16
            out.writestr(info, written[name])
    return len(written)
`;

// Installed through a .pth file in site-packages, as the worker installs its replay.
const RECORDER_MODULE = "tbyp_boot_recorder";
const RECORDER = `
import builtins, sys

patterns = []
sources = []


def _install():
    from re import _compiler
    compile_pattern = _compiler.compile

    def compile(pattern, flags=0):
        if isinstance(pattern, (str, bytes)):
            patterns.append((pattern, int(flags)))
        return compile_pattern(pattern, flags)

    compile.original = compile_pattern
    _compiler.compile = compile
    import collections, dataclasses

    def record(module, name):
        run_source = getattr(builtins, name)

        def run(source, globals, locals=None, /):
            if isinstance(source, str):
                sources.append((name, source))
            return run_source(source, globals, locals)

        setattr(module, name, run)

    record(dataclasses, "exec")
    record(collections, "eval")


_install()
`;

const BOOT_CACHE = `
import json, marshal, sys, zipfile, _sre
from _frozen_importlib_external import MAGIC_NUMBER
from re import _compiler, _parser

def boot_cache(core_zip, fs_dir):
    recorder = sys.modules["${RECORDER_MODULE}"]
    zipfile.ZipFile(core_zip).extractall(fs_dir)
    sys.path.insert(0, fs_dir)
    import core.bridge
    from core.registry import describe
    from core.sites import SITES
    draft = ("Her NHS number is 943 476 5919, ring 07700 900123. "
             "The manager is an idiot. Anyone?")
    for site in (None, *SITES):
        core.bridge.handle(json.dumps({"type": "check", "text": draft, "site": site,
                                       "packs": [p["id"] for p in describe()]}))
    compile_pattern = _compiler.compile.original
    _compiler.compile = compile_pattern
    patterns = {}
    for pattern, flags in recorder.patterns:
        parsed = _parser.parse(pattern, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | parsed.state.flags), [int(op) for op in _compiler._code(parsed, flags)],
                int(parsed.state.groups - 1), groupindex, tuple(indexgroup))
        if _sre.compile(pattern, *args) != compile_pattern(pattern, flags):
            raise AssertionError(f"precompiled pattern differs: {pattern[:80]!r}")
        patterns[(pattern, flags)] = args
    sources = {
        (name, source): compile(source, "<string>", name, dont_inherit=True)
        for name, source in recorder.sources
    }
    # Sorted, and marshal version 2 (no back-references, whose flags follow reference counts):
    # the same build gives the same bytes, whatever order things were compiled in.
    by_key = lambda item: (isinstance(item[0][0], bytes), item[0])  # str patterns, then bytes
    table = ((_sre.MAGIC, MAGIC_NUMBER), sys.version, dict(sorted(patterns.items(), key=by_key)),
             dict(sorted(sources.items())))
    print(f"{len(patterns)} patterns and {len(sources)} generated sources precompiled")
    return marshal.dumps(table, 2)
`;

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
  pyodide.runPython(BOOT_CACHE);
  const table = pyodide.globals.get("boot_cache")("/tmp/core.zip", "/tmp/core-for-boot-cache");
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
  pyodide.runPython(COMPILE);
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
