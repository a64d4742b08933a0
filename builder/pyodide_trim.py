"""The Pyodide files the extension ships: its standard library trimmed to the files the engine
imports (found by running the engine under Node: stdlib_trace.mjs) and compiled to bytecode, the
part of it a start from the memory snapshot needs, and its package lock emptied (the engine loads
no package from Pyodide's CDN)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from .bytecode import COMPILER_FILES, compile_python
from .paths import BUILDER, DIST, EXT, PYODIDE_PACKAGE
from .shell import file_hash, log, node_output
from .wasm_data import split_file

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",  # with one change (GOT_PATCH)
    "pyodide.asm.wasm",  # without its data section (wasm_data.py)
    "pyodide.asm.data",  # that section's segments, which the engine writes into the memory
    "python_stdlib.zip",  # trimmed to what the engine imports
    "python_stdlib_rest.zip",  # of that, what a start from the snapshot may still import
    "pyodide-lock.json",  # trimmed to no packages
)
# Standard-library files kept whatever the trace finds: Pyodide's own packages, and the codecs
# a text-handling core may reach for lazily (str.encode looks codecs up at run time).
STDLIB_ALWAYS = (
    "pyodide/",
    "_pyodide/",
    "encodings/__init__.py",
    "encodings/aliases.py",
    "encodings/ascii.py",
    "encodings/latin_1.py",
    "encodings/utf_8.py",
    "encodings/utf_8_sig.py",
    "encodings/utf_16.py",
    "encodings/utf_16_le.py",
    "encodings/utf_16_be.py",
    "encodings/utf_32.py",
    "encodings/utf_32_le.py",
    "encodings/utf_32_be.py",
    "encodings/unicode_escape.py",
    "encodings/raw_unicode_escape.py",
)
TRACER = BUILDER / "stdlib_trace.mjs"
PYODIDE_PRIVATE = EXT / "engine" / "pyodide_private.mjs"  # the tracer boots Pyodide through it
CACHE = DIST / ".pyodide-cache"
STDLIB_REST = "python_stdlib_rest.zip"
WASM = "pyodide.asm.wasm"
SCRIPT = "pyodide.asm.mjs"
WASM_DATA = "pyodide.asm.data"
# In STDLIB_REST: the trimmed zip's entries left out of it, one a line; the engine checks
# after a start from the snapshot that each of their modules is imported (stdlib_rest.mjs).
IMPORTED_LIST = "stdlib_imported.txt"


# Pyodide's JavaScript, as it instantiates its Wasm, gives every one of the Wasm's 8,560 exports an
# entry in its global offset table: a WebAssembly.Global each (with a buffer of its own) and, for
# each exported function not yet in the function table, a new table entry and its JavaScript
# wrapper. That table is for the Wasm modules a Pyodide links later (packages, ctypes), which the
# engine never loads; the Wasm itself imports 280 entries of it. GOT_PATCH gives entries to those
# only, at once as Pyodide does now, and leaves the rest to the lookup that Pyodide's linker makes
# for any symbol it has no entry for (reportUndefinedSymbols, resolveGlobalSymbol), which every
# module it links goes through anyway. 2026-12-04, Node: 1.8 MiB less JavaScript heap, a
# function table of 8,992 entries instead of 14,174.
GOT_CALL = "assignWasmExports(wasmExports);updateGOT(origExports);"
GOT_PATCH = (
    "assignWasmExports(wasmExports);updateGOT(Object.fromEntries("
    "Object.keys(GOT).filter(k=>k in origExports).map(k=>[k,origExports[k]])));"
)


def patched_pyodide_script(source: Path, target: Path) -> None:
    """Pyodide's pyodide.asm.mjs with GOT_CALL replaced by GOT_PATCH (exactly one of it)."""
    text = source.read_text(encoding="utf-8")
    if text.count(GOT_CALL) != 1:
        raise RuntimeError(f"{source.name}: the call to patch is not there once (another Pyodide?)")
    target.write_text(text.replace(GOT_CALL, GOT_PATCH), encoding="utf-8")


def trimmed_stdlib(core_zip: Path, target: Path) -> None:
    """Pyodide's python_stdlib.zip with only the files the engine imports, plus STDLIB_ALWAYS,
    compiled to bytecode: about 1.4 MB instead of 2.5 MB."""
    log("tracing the standard-library modules the engine imports (node builder/stdlib_trace.mjs)")
    traced = node_output(TRACER, "trace", core_zip, what="tracing the engine's imports")
    used = set(json.loads(traced.strip().splitlines()[-1]))
    sources = target.with_suffix(".sources.zip")
    full_stdlib = PYODIDE_PACKAGE / "python_stdlib.zip"
    with zipfile.ZipFile(full_stdlib) as full, zipfile.ZipFile(sources, "w") as out:
        for info in full.infolist():
            name = info.filename
            if name in used or name.startswith(STDLIB_ALWAYS):
                out.writestr(info, full.read(info), compress_type=info.compress_type)
    log("compiling the standard library to bytecode (node builder/compile_python.mjs stdlib)")
    compile_python("stdlib", sources, target)
    sources.unlink()


def stdlib_rest(core_zip: Path, trimmed: Path, target: Path) -> None:
    """The part of the trimmed standard library that a start from the memory snapshot needs: the
    entries not yet imported when the snapshot is taken (its memory holds the modules imported by
    then, so their files would only sit in the engine's memory: 3.2 MB of the 3.4), and
    IMPORTED_LIST, the entries left out."""
    log("listing the standard library imported before the snapshot (node builder/stdlib_trace.mjs)")
    out = node_output(TRACER, "imported", core_zip, trimmed, what="listing the snapshot's imports")
    imported = set(json.loads(out.strip().splitlines()[-1]))
    if not imported:
        raise RuntimeError("no module of the standard library was imported before the snapshot")
    with zipfile.ZipFile(trimmed) as full, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as rest:
        for info in full.infolist():
            if info.filename not in imported:
                rest.writestr(info, full.read(info))
        listed = zipfile.ZipInfo(IMPORTED_LIST, (1980, 1, 1, 0, 0, 0))
        listed.external_attr = 0o644 << 16
        rest.writestr(listed, "".join(f"{name}\n" for name in sorted(imported)))


def pyodide_runtime(core_zip: Path) -> Path:
    """dist/.pyodide: the Pyodide files to ship. The trimmed standard library is cached by the hash
    of what it is made from (core_zip, the core archive, among them): tracing takes a while."""
    key = file_hash(
        core_zip,
        PYODIDE_PACKAGE / "python_stdlib.zip",
        TRACER,
        PYODIDE_PRIVATE,
        *COMPILER_FILES,
        Path(__file__),
    )[:16]
    stdlib = CACHE / f"python_stdlib-{key}.zip"
    rest = CACHE / f"python_stdlib_rest-{key}.zip"
    if not stdlib.exists() or not rest.exists():
        for old in CACHE.glob("python_stdlib*.zip"):
            old.unlink()
        trimmed_stdlib(core_zip, stdlib.with_suffix(".tmp"))
        stdlib_rest(core_zip, stdlib.with_suffix(".tmp"), rest.with_suffix(".tmp"))
        rest.with_suffix(".tmp").rename(rest)
        stdlib.with_suffix(".tmp").rename(stdlib)
    runtime = DIST / ".pyodide"
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.mkdir()
    for name in PYODIDE_FILES:
        if name == "python_stdlib.zip":
            shutil.copy2(stdlib, runtime / name)
        elif name == STDLIB_REST:
            shutil.copy2(rest, runtime / name)
        elif name == "pyodide-lock.json":
            lock = json.loads((PYODIDE_PACKAGE / name).read_text(encoding="utf-8"))
            lock["packages"] = {}
            (runtime / name).write_text(json.dumps(lock, separators=(",", ":")), encoding="utf-8")
        elif name == SCRIPT:
            patched_pyodide_script(PYODIDE_PACKAGE / name, runtime / name)
        elif name == WASM:
            split_file(PYODIDE_PACKAGE / WASM, runtime / WASM, runtime / WASM_DATA)
        elif name != WASM_DATA:
            shutil.copy2(PYODIDE_PACKAGE / name, runtime / name)
    made = (STDLIB_REST, WASM_DATA)  # not in the npm package
    before = sum((PYODIDE_PACKAGE / n).stat().st_size for n in PYODIDE_FILES if n not in made)
    after = sum((runtime / n).stat().st_size for n in PYODIDE_FILES)
    log(f"Pyodide files: {before:,} bytes in the npm package, {after:,} shipped")
    return runtime
