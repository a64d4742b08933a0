"""The Pyodide files the extension ships: its standard library trimmed to the files the engine
imports (found by running the engine under Node: stdlib_trace.mjs) and compiled to bytecode, the
part of it a start from the memory snapshot needs, and its package lock emptied (the engine loads
no package from Pyodide's CDN)."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

from .bytecode import COMPILER_FILES, compile_python
from .paths import BUILDER, DIST, EXT, PYODIDE_PACKAGE
from .shell import file_hash, log, node_output
from .wasm_data import imports, split_file

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",  # changed: GOT_PATCH, TABLE_SCAN_PATCH, TRAMPOLINE_PATCH, unused exports
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
STORED_ZIP = EXT / "engine" / "stored_zip.mjs"  # and unpacks the core with it
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


# Emscripten's addFunction, which Pyodide calls for each JavaScript function it hands to the Wasm
# (280 of them as it starts: the GOT.func entries above, each wrapped in a small Wasm module of
# its own), first looks the function up in a map of the function table's entries
# (getFunctionAddress), and its first call fills that map by reading every entry of the table:
# 8,732 functions, of each of which the browser then makes, and keeps for the engine's life, a
# JavaScript function with its wrapper data. Only a Wasm function can be in the table without
# having been put there by addFunction (which records what it adds in the map). TABLE_SCAN_PATCH
# reads the table only when a Wasm function is looked up that the map does not hold, as Pyodide's
# own lookup would have read it then, so every lookup answers what it answered before; JavaScript
# functions, all that Pyodide hands over as it starts, are found in the map or not at all. A Wasm
# function is told by what the browser says of it (its name is its index in the module, and its
# source is native code): a JavaScript function taken for one only costs the table's reading.
# Pyodide also hands over one Wasm function as it starts, its trampoline's (TRAMPOLINE_CALL), of a
# module made there that has no element segment, so it cannot be in the table before addFunction
# puts it there: TRAMPOLINE_PATCH says so (notInTable), and its lookup does not read the table.
# 2026-12-05, Chromium, warm engine: the Worker's JavaScript heap 4.8 -> 3.4 MB; the extension
# process's written pages 56.5 -> 54.7 MiB (python -m bench.engine_cost --warm --runs 3).
TABLE_SCAN = (
    "functionsInTableMap=new WeakMap;updateTableMap(0,wasmTable.length)}"
    "return functionsInTableMap.get(func)||0};"
)
TABLE_SCAN_PATCH = (
    "functionsInTableMap=new WeakMap}var found=functionsInTableMap.get(func);"
    "if(!found&&!tableRead&&isWasmFunction(func)&&!notInTable.has(func)){tableRead=true;"
    "updateTableMap(0,wasmTable.length);found=functionsInTableMap.get(func)}return found||0};"
    "var tableRead=false;var notInTable=new WeakSet;"
    'var isWasmFunction=func=>typeof func=="function"&&/^\\d+$/.test(func.name)'
    '&&Function.prototype.toString.call(func).endsWith("[native code] }");'
)

TRAMPOLINE_CALL = "return addFunction(trampolineInstance.exports.trampoline_call)}"
TRAMPOLINE_PATCH = (
    "notInTable.add(trampolineInstance.exports.trampoline_call);"
    "return addFunction(trampolineInstance.exports.trampoline_call)}"
)


# Pyodide's JavaScript also gives each of the Wasm's exports a variable of its own and a property
# of its Module, in one function (ASSIGN_EXPORTS), each variable declared in the one `var`
# statement just before it: 4,866 of them, 4,600 of which no JavaScript reads (the code calls the
# few it needs by name; a module linked later finds the rest in the Wasm's exports).
# unused_exports_dropped leaves those out: a variable and property is kept when its name, or the
# export's own, is written anywhere else in Pyodide's JavaScript or in the JavaScript that drives
# it (USERS), so anything that reads it by name still finds it. 2026-12-04, Chromium, warm engine:
# the loader's source 1.25 -> 0.80 MB, which the Worker keeps twice (Blink's copy, V8's string);
# written pages (private dirty) 60.3 / 60.4 -> 59.9 / 60.1 MiB.
ASSIGN_EXPORTS = "function assignWasmExports(wasmExports){"
EXPORT_STATEMENT = re.compile(
    r'(?P<var>[\w$]+)=Module\["(?P=var)"\]=wasmExports\["(?P<export>[\w$]+)"\](?:\.value>>>0)?'
)
TOKEN = re.compile(r"[A-Za-z_$][\w$]*")
# The JavaScript outside pyodide.asm.mjs that reaches into Pyodide's Module: its own loader, and
# the engine's (pyodide_private.mjs reads _malloc, _free, _emscripten_resize_heap, ...).
USERS = (EXT / "engine", PYODIDE_PACKAGE / "pyodide.mjs")


# Pyodide's own Python imports pyodide._package_loader as it starts (its JavaScript reads the
# module's SITE_PACKAGES), and that module imports shutil, tempfile and zipfile at its top (with
# bz2, lzma, compression.zstd, random, fnmatch... behind them) for unpacking archives, which the
# engine never asks of it: the core is written into the file system by the engine's own
# JavaScript (extension/engine/stored_zip.mjs). LAZY_IMPORTS moves those imports into the
# functions that use them, so they are imported on first use only, and the snapshot holds none
# of them (they stay in the trimmed standard library, and a start from the snapshot finds them in
# python_stdlib_rest.zip). 2026-12-04, bench/snapshot_pages.mjs: 5,083-5,085 -> 4,950-4,951 pages
# of 4 KiB written in the snapshot (-0.52 MiB).
# pyodide/__init__.py without `_initialize_event_loop()` at its top: the event loop is set up once
# asyncio is first used (LAZY_ASYNCIO), or time.sleep first called, whichever comes first. The
# set-up puts time.sleep back before pyodide.webloop is imported, which keeps it as the sleep to
# fall back on. The import of pyodide_js._api stays at start: a memory snapshot expects the
# JavaScript references it makes then (Pyodide's API.getExpectedKeys).
EVENT_LOOP_ON_FIRST_USE = '''import time as _time

from .ffi import IN_PYODIDE as _IN_PYODIDE

if _IN_PYODIDE:
    from pyodide_js._api import scheduleCallback as _scheduleCallback  # noqa: F401

_plain_sleep = _time.sleep


def _sleep_once_set_up(seconds):
    """time.sleep until the event loop is set up, which replaces it."""
    import asyncio

    asyncio.get_event_loop_policy  # noqa: B018 (loads asyncio, which sets the loop up)
    if _time.sleep is _sleep_once_set_up:  # the set-up failed: sleep as before
        _time.sleep = _plain_sleep
    return _time.sleep(seconds)


def _initialize_event_loop():
    """Pyodide's event loop set up (pyodide.webloop), with time.sleep as it found it."""
    if _time.sleep is _sleep_once_set_up:
        _time.sleep = _plain_sleep
    from .webloop import _initialize_event_loop

    _initialize_event_loop()


if _IN_PYODIDE:
    _time.sleep = _sleep_once_set_up

import asyncio as _asyncio  # noqa: E402

_asyncio._when_loaded(_initialize_event_loop)
del _asyncio
'''
# {entry of python_stdlib.zip: ((text, its replacement), ...)}: each text must be there exactly
# once, else the build fails (another Pyodide).
LAZY_IMPORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "pyodide/_package_loader.py": (
        ("import re\nimport shutil\nimport sys\n", "import re\nimport sys\n"),
        ("from tempfile import NamedTemporaryFile\n", ""),
        ("from zipfile import ZipFile\n", ""),
        (
            "    return shutil._make_zipfile(",
            "    return _shutil()._make_zipfile(",
        ),
        (
            "if IN_PYODIDE:\n    shutil.register_archive_format(",
            "_wheel_format_registered = []\n\n\n"
            "def _shutil() -> Any:\n"
            '    """shutil, imported on first use, with the wheel format registered."""\n'
            "    import shutil\n\n"
            "    if IN_PYODIDE and not _wheel_format_registered:\n"
            "        _wheel_format_registered.append(True)\n"
            "        _register_wheel_format(shutil)\n"
            "    return shutil\n\n\n"
            "def _register_wheel_format(shutil: Any) -> None:\n"
            "    shutil.register_archive_format(",
        ),
        (
            "    for fmt, extensions, _ in shutil.get_unpack_formats():",
            "    for fmt, extensions, _ in _shutil().get_unpack_formats():",
        ),
        (
            "    with NamedTemporaryFile(suffix=filename) as f:",
            "    from tempfile import NamedTemporaryFile\n\n"
            "    with NamedTemporaryFile(suffix=filename) as f:",
        ),
        (
            "        shutil.unpack_archive(f.name, extract_path, format)",
            "        _shutil().unpack_archive(f.name, extract_path, format)",
        ),
        (
            "            z = ZipFile(f)",
            "            from zipfile import ZipFile\n\n            z = ZipFile(f)",
        ),
        (
            "        dynlib_paths_iter = ZipFile(archive).namelist()",
            "        from zipfile import ZipFile\n\n"
            "        dynlib_paths_iter = ZipFile(archive).namelist()",
        ),
    ),
    "pyodide/__init__.py": (
        (
            "from .webloop import _initialize_event_loop\n\n"
            "_initialize_event_loop()\n"
            "del _initialize_event_loop\n",
            EVENT_LOOP_ON_FIRST_USE,
        ),
    ),
    "pyodide/common.py": (
        ("import os\nimport shutil\n", "import os\n"),
        (
            "            shutil.copy2(src_file, dst_file)",
            "            import shutil\n\n            shutil.copy2(src_file, dst_file)",
        ),
    ),
}
# Modules LAZY_IMPORTS keeps out of Pyodide's start (checked by tests/test_pyodide_patches.py).
LAZY_MODULES = ("shutil", "tempfile", "zipfile")


# Pyodide's start imports asyncio in full: its C core (jsproxy.c, pyproxy.c) imports the package
# and keeps it, to look up get_event_loop and ensure_future when a JavaScript promise is awaited
# or a Python awaitable handed to JavaScript, and `import pyodide` sets up its event loop
# (pyodide.webloop). asyncio brings ssl, socket, selectors, subprocess, logging,
# concurrent.futures, threading and more, 53 modules in all, none of which the engine uses: it
# runs the core's checks synchronously and awaits nothing. So the build ships asyncio's package
# module as LAZY_ASYNCIO (the package's original body, `asyncio/__init__.py`, as
# LAZY_ASYNCIO_BODY beside it), which imports nothing until one of the package's attributes is
# read; the first read runs the original body in the package's own namespace (the same
# submodules imported, the same names bound, its own __getattr__ in place after), and then the
# callbacks registered with `_when_loaded`. Pyodide's `import pyodide` registers its event loop's
# set-up there (LAZY_IMPORTS of pyodide/__init__.py), and its time.sleep, which that set-up
# replaces, sets it up on first call: whatever first uses asyncio finds it as Pyodide's start left
# it. Pyodide's memory snapshot then holds none of those modules (python_stdlib_rest.zip has
# them, for a start from the snapshot). 2026-12-05, bench/snapshot_pages.mjs: 5,000 -> 4,526
# pages of 4 KiB written in the snapshot (-1.85 MiB); modules at start 176 -> 119.
LAZY_ASYNCIO_ENTRY = "asyncio/__init__.py"
LAZY_ASYNCIO_BODY = "asyncio/_eager.py"
LAZY_ASYNCIO = '''"""asyncio, whose submodules are imported when the package is first used
(the browser extension's build: Pyodide's start imports this package, the engine never uses
it). The first read of an attribute the package does not have yet runs its original body
(_eager.py) in this namespace, then the callbacks given to _when_loaded."""

import sys

_loaded = False
_loading = False
_callbacks = []


def _when_loaded(callback):
    """Call `callback` once the package is loaded (now, if it is)."""
    if _loaded:
        callback()
    else:
        _callbacks.append(callback)


def _load():
    global _loaded, _loading
    from importlib.util import find_spec

    spec = find_spec(__name__ + "._eager")
    code = spec.loader.get_code(spec.name)
    _loading = True
    try:
        exec(code, globals())
    finally:
        _loading = False
    _loaded = True
    while _callbacks:
        _callbacks.pop(0)()


def __getattr__(name):
    if _loaded or _loading or (name.startswith("__") and name != "__all__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _load()
    return getattr(sys.modules[__name__], name)
'''


def with_lazy_imports(name: str, source: str) -> str:
    """`source`, the standard library's entry `name`, with LAZY_IMPORTS's replacements made (as it
    is when it has none). RuntimeError when a text to replace is not there exactly once."""
    for old, new in LAZY_IMPORTS.get(name, ()):
        if source.count(old) != 1:
            raise RuntimeError(f"{name}: {old.strip()[:60]!r} is not there once (another Pyodide?)")
        source = source.replace(old, new)
    return source


def user_tokens() -> set[str]:
    """Every name written in the JavaScript of USERS."""
    files = [path for user in USERS for path in ([user] if user.is_file() else user.rglob("*"))]
    scripts = [path for path in files if path.suffix in (".js", ".mjs")]
    return {token for path in scripts for token in TOKEN.findall(path.read_text(encoding="utf-8"))}


def unused_exports_dropped(text: str, used_elsewhere: set[str]) -> tuple[str, int]:
    """Pyodide's JavaScript `text` without the statements of ASSIGN_EXPORTS, and their variables'
    declarations, whose variable and export names appear nowhere else in `text` nor in
    `used_elsewhere`; and how many were dropped. RuntimeError when the function or its
    declarations are not as expected (another Pyodide)."""
    if text.count(ASSIGN_EXPORTS) != 1:
        raise RuntimeError("pyodide.asm.mjs: assignWasmExports is not there once (another Pyodide)")
    start = text.index(ASSIGN_EXPORTS)
    end = text.index("}", start)
    statements = text[start + len(ASSIGN_EXPORTS) : end].split(";")
    declared_at = text.rfind("var ", 0, start)
    declaration = text[declared_at:start]
    if not declaration.endswith(";") or "=" in declaration or "(" in declaration:
        raise RuntimeError("pyodide.asm.mjs: the exports' variables are not declared before them")
    declared = declaration[len("var ") : -1].split(",")
    # Statements of another form (the memory's and the function table's) are kept as they are.
    found = [EXPORT_STATEMENT.fullmatch(statement) for statement in statements]
    if not {m["var"] for m in found if m} <= set(declared):
        raise RuntimeError("pyodide.asm.mjs: an export's variable is not declared before it")
    used = set(TOKEN.findall(text[:declared_at] + text[end:])) | used_elsewhere
    drop = {m["var"] for m in found if m and m["var"] not in used and m["export"] not in used}
    kept = zip(statements, found, strict=True)
    kept_statements = [s for s, m in kept if not m or m["var"] not in drop]
    kept_names = [name for name in declared if name not in drop]
    patched = (
        text[:declared_at]
        + f"var {','.join(kept_names)};"
        + ASSIGN_EXPORTS
        + ";".join(kept_statements)
        + text[end:]
    )
    return patched, len(drop)


def patched_pyodide_script(
    source: Path, target: Path, used_elsewhere: set[str] | None = None
) -> None:
    """Pyodide's pyodide.asm.mjs with GOT_CALL replaced by GOT_PATCH, TABLE_SCAN by
    TABLE_SCAN_PATCH and TRAMPOLINE_CALL by TRAMPOLINE_PATCH (exactly one of each), and
    without the exports' variables no JavaScript reads (unused_exports_dropped; `used_elsewhere`,
    the names the JavaScript of USERS writes, unless given)."""
    text = source.read_text(encoding="utf-8")
    patches = (
        (GOT_CALL, GOT_PATCH),
        (TABLE_SCAN, TABLE_SCAN_PATCH),
        (TRAMPOLINE_CALL, TRAMPOLINE_PATCH),
    )
    if any(text.count(call) != 1 for call, _ in patches):
        raise RuntimeError(f"{source.name}: the call to patch is not there once (another Pyodide?)")
    for call, patch in patches:
        text = text.replace(call, patch)
    text, dropped = unused_exports_dropped(
        text,
        user_tokens() if used_elsewhere is None else used_elsewhere,
    )
    log(f"{source.name}: {dropped:,} exports' variables no JavaScript reads left out")
    target.write_text(text, encoding="utf-8")


# The Wasm exports 7,415 functions, and the browser makes a JavaScript function of each as it
# instantiates the module (with its wrapper data, internal function and reference: 13,199 of them
# in the warm engine's Worker, with the table's) and keeps them, and the export section, for the
# engine's life. JavaScript calls some 250 of them by name; the Wasm's own code calls the others
# directly, and a module linked later (packages, ctypes: the engine links none) would look them up
# by name. used_function_exports keeps a function export when its name, or the name with a leading
# underscore, is written anywhere in Pyodide's JavaScript as shipped (patched_pyodide_script's
# output) or in the JavaScript of USERS, or when the Wasm imports it through its global offset
# table (GOT.func, GOT.mem: Pyodide fills those entries from the exports as it starts). The other
# exports (memory, table, globals) are all kept.
def used_function_exports(wasm: bytes, script: str, used_elsewhere: set[str]) -> set[str]:
    """The names of the function exports of `wasm` to keep, given Pyodide's JavaScript `script`."""
    written = set(TOKEN.findall(script)) | used_elsewhere
    got = {name for module, name in imports(wasm) if module.startswith("GOT.")}
    return written | {name[1:] for name in written if name.startswith("_")} | got


def trimmed_stdlib(core_zip: Path, target: Path) -> None:
    """Pyodide's python_stdlib.zip with only the files the engine imports, plus STDLIB_ALWAYS,
    compiled to bytecode (about 1.4 MB instead of 2.5 MB), with LAZY_IMPORTS's changes and
    asyncio's package module as LAZY_ASYNCIO (its original as LAZY_ASYNCIO_BODY)."""
    log("tracing the standard-library modules the engine imports (node builder/stdlib_trace.mjs)")
    traced = node_output(TRACER, "trace", core_zip, what="tracing the engine's imports")
    used = set(json.loads(traced.strip().splitlines()[-1]))
    sources = target.with_suffix(".sources.zip")
    full_stdlib = PYODIDE_PACKAGE / "python_stdlib.zip"
    with zipfile.ZipFile(full_stdlib) as full, zipfile.ZipFile(sources, "w") as out:
        for info in full.infolist():
            name = info.filename
            if name in used or name.startswith(STDLIB_ALWAYS):
                data = full.read(info)
                if name in LAZY_IMPORTS:
                    data = with_lazy_imports(name, data.decode("utf-8")).encode("utf-8")
                if name == LAZY_ASYNCIO_ENTRY:
                    out.writestr(LAZY_ASYNCIO_BODY, data, compress_type=info.compress_type)
                    data = LAZY_ASYNCIO.encode("utf-8")
                out.writestr(info, data, compress_type=info.compress_type)
        if missing := {*LAZY_IMPORTS, LAZY_ASYNCIO_ENTRY} - set(out.namelist()):
            raise RuntimeError(f"{', '.join(sorted(missing))}: not in the trimmed standard library")
    log("compiling the standard library to bytecode (node builder/compile_python.mjs stdlib)")
    compile_python("stdlib", sources, target)
    sources.unlink()


def stdlib_rest(core_zip: Path, trimmed: Path, target: Path) -> None:
    """The part of the trimmed standard library that a start from the memory snapshot needs: the
    entries not yet imported when the snapshot is taken (its memory holds the modules imported by
    then, so their files would only sit in the engine's memory: 3.2 MB of the 3.4), deflated, and
    IMPORTED_LIST, the entries left out."""
    log("listing the standard library imported before the snapshot (node builder/stdlib_trace.mjs)")
    out = node_output(TRACER, "imported", core_zip, trimmed, what="listing the snapshot's imports")
    imported = set(json.loads(out.strip().splitlines()[-1]))
    if not imported:
        raise RuntimeError("no module of the standard library was imported before the snapshot")
    # Deflated: the zip sits in the Worker's memory for the engine's life, and a start from the
    # snapshot reads little of it (a module imported after the snapshot, zipimport inflates with
    # zlib, built into Pyodide). 2026-12-04: 0.52 MB stored, 0.18 MB deflated.
    with zipfile.ZipFile(trimmed) as full, zipfile.ZipFile(target, "w") as rest:
        for info in full.infolist():
            if info.filename not in imported:
                entry = zipfile.ZipInfo(info.filename, info.date_time)
                entry.external_attr = info.external_attr
                entry.compress_type = zipfile.ZIP_DEFLATED
                rest.writestr(entry, full.read(info), compresslevel=9)
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
        STORED_ZIP,
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
    patched_pyodide_script(PYODIDE_PACKAGE / SCRIPT, runtime / SCRIPT)
    kept_exports = used_function_exports(
        (PYODIDE_PACKAGE / WASM).read_bytes(),
        (runtime / SCRIPT).read_text(encoding="utf-8"),
        user_tokens(),
    )
    for name in PYODIDE_FILES:
        if name == "python_stdlib.zip":
            shutil.copy2(stdlib, runtime / name)
        elif name == STDLIB_REST:
            shutil.copy2(rest, runtime / name)
        elif name == "pyodide-lock.json":
            lock = json.loads((PYODIDE_PACKAGE / name).read_text(encoding="utf-8"))
            lock["packages"] = {}
            (runtime / name).write_text(json.dumps(lock, separators=(",", ":")), encoding="utf-8")
        elif name == WASM:
            keep = kept_exports.__contains__
            split_file(PYODIDE_PACKAGE / WASM, runtime / WASM, runtime / WASM_DATA, keep)
        elif name not in (WASM_DATA, SCRIPT):
            shutil.copy2(PYODIDE_PACKAGE / name, runtime / name)
    made = (STDLIB_REST, WASM_DATA)  # not in the npm package
    before = sum((PYODIDE_PACKAGE / n).stat().st_size for n in PYODIDE_FILES if n not in made)
    after = sum((runtime / n).stat().st_size for n in PYODIDE_FILES)
    log(f"Pyodide files: {before:,} bytes in the npm package, {after:,} shipped")
    return runtime
