// Compiles Python sources to bytecode with Pyodide's own Python, at build time, so the engine does
// not compile them in the browser on every plain start (most of a plain start was compiling the
// standard library from source: about 4 s in Chromium here, against about 1.3 s with bytecode).
//
//   node scripts/compile_python.mjs stdlib IN_ZIP OUT_ZIP
//       Every .py entry of IN_ZIP (the trimmed python_stdlib.zip) becomes a .pyc entry of the same
//       name, sourceless, as zipimport loads them. Other entries are copied.
//   node scripts/compile_python.mjs core IN_ZIP OUT_ZIP [FS_DIR]
//       IN_ZIP is core.zip; each .py entry keeps its source and gains __pycache__/NAME.TAG.pyc, as
//       the import system looks for it once the zip is unpacked in FS_DIR (default
//       /home/pyodide/tbyp, where extension/engine/worker.js unpacks it), so tracebacks still show
//       the source.
//       It also adds patterns.marshal: every regular expression the core compiles while it is
//       imported and checks a draft with all packs, already compiled by re's parser and compiler
//       (compiling the core's 300-odd patterns in Pyodide was most of `import core`). The worker
//       hands these to _sre.compile during a plain start; each one is checked here to give a
//       pattern equal to the one re.compile makes, and the file is ignored by any other Python.
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

def _patterns(source_zip, fs_dir):
    """marshal bytes of (_sre.MAGIC, sys.version, {(pattern, flags): _sre.compile's other args})."""
    import json, marshal, _sre
    from re import _compiler, _parser
    zipfile.ZipFile(source_zip).extractall(fs_dir)
    sys.path.insert(0, fs_dir)
    seen = []
    original = _compiler.compile
    def record(pattern, flags=0):
        if isinstance(pattern, str):
            seen.append((pattern, int(flags)))
        return original(pattern, flags)
    _compiler.compile = record
    try:
        import core.bridge
        from core.registry import describe
        draft = ("Her NHS number is 943 476 5919, ring 07700 900123. "
                 "The manager is an idiot. Anyone?")
        for site in (None, "facebook", "linkedin", "whatsapp"):
            core.bridge.handle(json.dumps({"type": "check", "text": draft, "site": site,
                                           "packs": [p["id"] for p in describe()]}))
    finally:
        _compiler.compile = original
    table = {}
    for pattern, flags in seen:
        parsed = _parser.parse(pattern, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | parsed.state.flags), [int(op) for op in _compiler._code(parsed, flags)],
                int(parsed.state.groups - 1), groupindex, tuple(indexgroup))
        if _sre.compile(pattern, *args) != original(pattern, flags):
            raise AssertionError(f"precompiled pattern differs: {pattern[:80]!r}")
        table[(pattern, int(flags))] = args
    # Sorted, and marshal version 2 (no back-references, whose flags follow reference counts):
    # the same patterns give the same bytes, whatever order the core compiled them in.
    table = dict(sorted(table.items()))
    return marshal.dumps((_sre.MAGIC, sys.version, table), 2), len(table)

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
    if mode == "core":
        written["patterns.marshal"], count = _patterns(source_zip, "/tmp/core-for-patterns")
        print(f"{count} patterns precompiled")
    with zipfile.ZipFile(target_zip, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name in sorted(written):
            info = _entry(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, written[name])
    return len(written)
`;

async function main([mode, inZip, outZip, fsDir = "/home/pyodide/tbyp"]) {
  if (!["stdlib", "core"].includes(mode) || !inZip || !outZip) {
    const usage = "usage: node scripts/compile_python.mjs stdlib|core IN_ZIP OUT_ZIP [FS_DIR]";
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
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
