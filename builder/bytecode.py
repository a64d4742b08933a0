"""Python compiled at build time by Pyodide's own Python under Node (compile_python.mjs), so the
engine does not compile it in the browser: the core (with its sources beside the bytecode, for
tracebacks), the trimmed standard library, and the engine's boot cache (the patterns and generated
code of a plain start, which extension/engine/boot_cache.py hands to Python)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .paths import BUILDER, DIST, PYODIDE_PACKAGE, ROOT
from .shell import file_hash, log, node_output
from .zips import deterministic_zip

COMPILER = BUILDER / "compile_python.mjs"
# Everything compile_python.mjs runs, which keys the caches of what it makes.
COMPILER_FILES = (COMPILER, BUILDER / "in_pyodide.py", BUILDER / "boot_cache_recorder.py")


def core_archive(target: Path) -> None:
    """The Python core as a zip the engine unpacks into Pyodide's file system."""
    staging = DIST / ".core-staging"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(
        ROOT / "core", staging / "core", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    deterministic_zip(staging, target)
    shutil.rmtree(staging)


def compile_python(mode: str, source: Path, target: Path) -> None:
    """Mode "stdlib" turns a zip's sources into sourceless .pyc; "core" adds __pycache__ beside
    them; "boot-cache" records and compiles the patterns and generated code of a plain start."""
    node_output(COMPILER, mode, source, target, what=f"compiling the {mode} to bytecode")


def compiled_core(source: Path) -> tuple[Path, Path]:
    """The core archive `source` with its bytecode, and the engine's boot cache for it
    (boot_cache.marshal), cached beside it by the hash of the sources and of the compiler."""
    cache = source.parent
    key = file_hash(source, *COMPILER_FILES, PYODIDE_PACKAGE / "pyodide.asm.wasm")[:16]
    compiled = cache / f"core-{key}.zip"
    boot_cache = cache / f"boot_cache-{key}.marshal"
    if not (compiled.exists() and boot_cache.exists()):
        for old in [*cache.glob("core-????????????????.zip"), *cache.glob("boot_cache-*.marshal")]:
            old.unlink()
        log("compiling the core to bytecode (node builder/compile_python.mjs core)")
        compile_python("core", source, compiled.with_suffix(".tmp"))
        log("recording the engine's boot cache (node builder/compile_python.mjs boot-cache)")
        compile_python("boot-cache", source, boot_cache.with_suffix(".tmp"))
        compiled.with_suffix(".tmp").rename(compiled)
        boot_cache.with_suffix(".tmp").rename(boot_cache)
    return compiled, boot_cache
