"""The Pyodide files the extension ships: its standard library trimmed to the files the engine
imports (found by running the engine under Node: stdlib_trace.mjs) and compiled to bytecode, and
its package lock emptied (the engine loads no package from Pyodide's CDN)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from .bytecode import COMPILER_FILES, compile_python
from .paths import BUILDER, DIST, EXT, PYODIDE_PACKAGE
from .shell import file_hash, log, node_output

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",  # trimmed to what the engine imports
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
    if not stdlib.exists():
        for old in CACHE.glob("python_stdlib-*.zip"):
            old.unlink()
        trimmed_stdlib(core_zip, stdlib.with_suffix(".tmp"))
        stdlib.with_suffix(".tmp").rename(stdlib)
    runtime = DIST / ".pyodide"
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.mkdir()
    for name in PYODIDE_FILES:
        if name == "python_stdlib.zip":
            shutil.copy2(stdlib, runtime / name)
        elif name == "pyodide-lock.json":
            lock = json.loads((PYODIDE_PACKAGE / name).read_text(encoding="utf-8"))
            lock["packages"] = {}
            (runtime / name).write_text(json.dumps(lock, separators=(",", ":")), encoding="utf-8")
        else:
            shutil.copy2(PYODIDE_PACKAGE / name, runtime / name)
    before = sum((PYODIDE_PACKAGE / n).stat().st_size for n in PYODIDE_FILES)
    after = sum((runtime / n).stat().st_size for n in PYODIDE_FILES)
    log(f"Pyodide files: {before:,} bytes in the npm package, {after:,} shipped")
    return runtime
