"""The build's work done by Pyodide's own Python (run under Node by compile_python.mjs): the
standard library and the core compiled to bytecode, and the engine's boot cache recorded and
compiled. It runs on the Python the engine runs, so the bytecode and the compiled patterns are
that Python's."""

from __future__ import annotations

import ast
import importlib.util
import json
import marshal
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]
from types import CodeType, ModuleType
from typing import Any

# Standard-library folders compiled with their docstrings: Pyodide reads its own (for the
# documentation of its JavaScript proxies' methods).
KEEP_DOCSTRINGS = ("pyodide/", "_pyodide/")
# The core's modules that are data alone (the scorer's packed weights, the gazetteers' names):
# shipped as their bytecode only, a sourceless NAME.pyc where the source would be, which the
# import system loads as it is. No traceback shows a line of theirs, and their source, which the
# bytecode holds again, would double what they weigh in the zipped extension (about 0.8 MB).
DATA_ONLY = ("core/learned/weights.py", "core/lexicons/name_data.py")


def without_docstrings(tree: ast.Module) -> ast.Module:
    """The module without its docstring nor its functions' (a function left without a body gets
    `pass`). Nothing the engine runs reads them, and they would sit in its memory (about 0.5 MiB
    of the standard library's). Classes keep theirs: dataclasses and enum read a class's
    __doc__. Line numbers do not move, so tracebacks are as before."""
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = node.body[0] if node.body else None
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            node.body = node.body[1:] or [ast.copy_location(ast.Pass(), first)]
    return tree


# A location table entry (Objects/locations.md in CPython, 3.11 on) of "no location" for 1-8 code
# units: 1 (an entry's first byte), code 15 (none), and the number of units less one.
NO_LOCATION = 0x80 | 15 << 3


def without_line_numbers(code: CodeType) -> CodeType:
    """`code` and the code objects in its constants with a location table that gives every
    instruction no line nor column: a table of one byte for every 8 instructions, where the
    compiler's takes about a quarter of the standard library's code in the engine's memory (0.5
    of its 2 MiB). Only tracebacks and warnings read it: a frame of this code then has no line
    number (None), and its traceback entry names the file and function only."""
    consts = tuple(
        without_line_numbers(const) if isinstance(const, CodeType) else const
        for const in code.co_consts
    )
    units = len(code.co_code) // 2
    table = bytes(NO_LOCATION | (min(8, units - at) - 1) for at in range(0, units, 8))
    return code.replace(co_linetable=table, co_consts=consts)


def _pyc(source: bytes, filename: str, docstrings: bool = False, lines: bool = True) -> bytes:
    """An unchecked hash-based .pyc (PEP 552): valid for exactly this source, whatever the file
    timestamps after unpacking; without module and function docstrings unless `docstrings`, and
    without line numbers unless `lines`."""
    tree = ast.parse(source, filename)
    if not docstrings:
        tree = without_docstrings(tree)
    code = compile(tree, filename, "exec", dont_inherit=True, optimize=0)
    if not lines:
        code = without_line_numbers(code)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))


def compile_zip(mode: str, source_zip: str, target_zip: str, fs_dir: str) -> int:
    """Mode "stdlib": each .py entry becomes a sourceless .pyc of the same name, as zipimport loads
    them. Mode "core": each .py entry keeps its source and gains __pycache__/NAME.TAG.pyc, as the
    import system looks for it once the zip is unpacked in fs_dir; but DATA_ONLY, which becomes a
    sourceless .pyc of the same name. The bytecode is without
    docstrings (without_docstrings; but KEEP_DOCSTRINGS), and the standard library's without line
    numbers too (without_line_numbers; but KEEP_DOCSTRINGS): the core's tracebacks keep theirs.
    Other entries are copied.
    Entries are written uncompressed, in name order, with fixed timestamps."""
    stdlib = next(p for p in sys.path if p.endswith(".zip"))  # e.g. /lib/python314.zip
    tag = sys.implementation.cache_tag
    written: dict[str, bytes] = {}
    with zipfile.ZipFile(source_zip) as src:
        for info in src.infolist():
            if info.is_dir():
                continue
            data = src.read(info)
            name = info.filename
            if not name.endswith(".py"):
                written[name] = data
            elif mode == "stdlib":
                keep = name.startswith(KEEP_DOCSTRINGS)
                written[name + "c"] = _pyc(data, f"{stdlib}/{name}", docstrings=keep, lines=keep)
            elif name in DATA_ONLY:
                written[name + "c"] = _pyc(data, f"{fs_dir}/{name}")
            else:
                folder, _, file = name.rpartition("/")
                cached = f"__pycache__/{file[:-3]}.{tag}.pyc"
                cached = f"{folder}/{cached}" if folder else cached
                written[name] = data
                written[cached] = _pyc(data, f"{fs_dir}/{name}")
    with zipfile.ZipFile(target_zip, "w", zipfile.ZIP_STORED) as out:
        for name in sorted(written):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            out.writestr(info, written[name])
    return len(written)


# The engine's warm-up draft (WARM_UP_REQUEST in extension/engine/engine_start.mjs), without its
# name and phrase, which stand for a user's own and are not known at build time: the patterns the
# rules compile for the words of a draft are then all in the table when the engine warms up.
DRAFT = (
    "Her NHS number is 943 476 5919, ring 07700 900123 or jo.bloggs@example.com. "
    "The manager is an idiot. Anyone? Please reply ASAP!! Thanks x"
)


def check_every_site() -> list[str]:
    """What the boot cache is recorded on: the core imported, and a draft checked with all packs
    on every site. Returns the replies."""
    import core.bridge
    from core.registry import describe
    from core.sites import SITES

    packs = [p["id"] for p in describe()]
    sites = (None, *SITES)
    requests = [{"type": "check", "text": DRAFT, "site": site, "packs": packs} for site in sites]
    return [core.bridge.handle(json.dumps(request)) for request in requests]


def boot_cache_table(recorder: ModuleType) -> bytes:
    """The boot cache (boot_cache.marshal) from what `recorder` (boot_cache_recorder.py) saw:
    ((_sre.MAGIC, importlib's MAGIC_NUMBER), sys.version, {(pattern, flags): _sre.compile's
    arguments}, {("exec" | "eval", source): code}, {(pattern, flags): what core.matchers.trie
    factored}). Each pattern is checked to compile equal to re's own;
    extension/engine/boot_cache.py reads the table."""
    import _sre  # type: ignore[import-not-found]
    from _frozen_importlib_external import MAGIC_NUMBER
    from re import _compiler, _parser  # type: ignore[attr-defined]

    compile_pattern = _compiler.compile.original
    _compiler.compile = compile_pattern
    patterns: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
    for pattern, flags in recorder.patterns:
        parsed = _parser.parse(pattern, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (
            int(flags | parsed.state.flags),
            [int(op) for op in _compiler._code(parsed, flags)],
            int(parsed.state.groups - 1),
            groupindex,
            tuple(indexgroup),
        )
        if _sre.compile(pattern, *args) != compile_pattern(pattern, flags):
            raise AssertionError(f"precompiled pattern differs: {pattern[:80]!r}")
        patterns[(pattern, flags)] = args
    sources = {
        (name, source): compile(source, "<string>", name, dont_inherit=True)
        for name, source in recorder.sources
    }
    factored = {(pattern, int(flags)): done for (pattern, flags), done in recorder.factored.items()}

    # Sorted, and marshal version 2 (no back-references, whose flags follow reference counts):
    # the same build gives the same bytes, whatever order things were compiled in.
    def by_key(item: tuple[tuple[str | bytes, int], Any]) -> tuple[bool, Any]:
        return (isinstance(item[0][0], bytes), item[0])  # str patterns, then bytes

    table = (
        (_sre.MAGIC, MAGIC_NUMBER),
        sys.version,
        dict(sorted(patterns.items(), key=by_key)),
        dict(sorted(sources.items())),
        dict(sorted(factored.items())),
    )
    print(
        f"{len(patterns)} patterns, {len(sources)} generated sources and {len(factored)}"
        " factored patterns precompiled"
    )
    return marshal.dumps(table, 2)


def boot_cache(core_zip: str, fs_dir: str, recorder_name: str) -> bytes:
    """The boot cache of the core in `core_zip`, unpacked into fs_dir and checked there."""
    zipfile.ZipFile(core_zip).extractall(fs_dir)
    sys.path.insert(0, fs_dir)
    check_every_site()
    return boot_cache_table(sys.modules[recorder_name])
