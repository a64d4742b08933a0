"""Think Before You Post: the engine's boot cache, for one plain start.

The build (builder/compile_python.mjs) records what a plain start compiles while Pyodide boots,
the core is imported and the warm-up check runs, compiles it, and writes boot_cache.marshal:

- regular expressions: _sre.compile's arguments for each pattern, so re skips its parser and
  compiler (compiling the core's 300-odd patterns was most of what `import core` took);
- the methods dataclasses generates, and namedtuple's __new__, as code objects, so the source they
  generate is not compiled again;
- the core's patterns as core.matchers.trie factors them ({(pattern, flags): factored}), which it
  reads from this module's `factored` while it is installed: factoring them took most of the
  import once the patterns came precompiled.

The engine's worker (boot_cache.mjs) writes this module into site-packages as tbyp_boot_cache.py,
the table beside it, and a .pth file that imports it: site runs that import before Pyodide's own
bootstrap imports asyncio, tokenize and the rest. The warm-up ends with uninstall(), which puts re,
dataclasses and collections back as they were, so a memory snapshot holds none of this. A pattern
or source not in the table is compiled as usual, and a table made by another Python (another magic
number or version) is not used at all.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing itself is not imported: this runs before Python's own start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_undo: list[Callable[[], None]] = []
# [used from the table, compiled as usual], for patterns, generated sources and factored patterns
stats = {"patterns": [0, 0], "sources": [0, 0], "factored": [0, 0]}


class _Factored(dict):  # type: ignore[type-arg]
    """The factored patterns, counting what core.matchers.trie found in them."""

    def get(self, key: object, default: object = None) -> object:
        found = dict.get(self, key)
        stats["factored"][found is None] += 1
        return default if found is None else found


# Read by core.matchers.trie while this module is in sys.modules: the table's, once installed;
# emptied and let go by uninstall().
factored: _Factored | None = None


def _install(path: str) -> None:
    import _sre  # type: ignore[import-not-found]
    import marshal
    from _frozen_importlib_external import MAGIC_NUMBER

    try:
        with open(path, "rb") as file:
            # loads, not load: load reads a file piece by piece, one read per item
            magic, version, patterns, sources, factoring = marshal.loads(file.read())
    except Exception:
        return
    if magic != (_sre.MAGIC, MAGIC_NUMBER) or version != sys.version:
        return
    global factored
    factored = _Factored(factoring)
    _undo.append(factored.clear)
    from re import _compiler  # type: ignore[attr-defined]

    compile_pattern = _compiler.compile

    def compile(pattern: str | bytes, flags: int = 0) -> Any:
        args = patterns.get((pattern, flags)) if isinstance(pattern, (str, bytes)) else None
        stats["patterns"][args is None] += 1
        if args is None:
            return compile_pattern(pattern, flags)
        # A pattern keeps its group names' dict and tuple: copies of them, not the table's own,
        # so that nothing of the table outlives uninstall() (a snapshot then holds none of it).
        flags, code, groups, named = args[0], args[1], args[2], args[3:]
        return _sre.compile(pattern, flags, code, groups, *marshal.loads(marshal.dumps(named)))

    _compiler.compile = compile
    _undo.append(lambda: setattr(_compiler, "compile", compile_pattern))

    import builtins
    import collections
    import dataclasses

    def cached(module: Any, name: str) -> None:
        run_source = getattr(builtins, name)

        def run(source: Any, globals: Any, locals: Any = None, /) -> Any:
            code = sources.get((name, source)) if isinstance(source, str) else None
            stats["sources"][code is None] += 1
            return run_source(source if code is None else code, globals, locals)

        setattr(module, name, run)
        _undo.append(lambda: delattr(module, name))

    cached(dataclasses, "exec")
    cached(collections, "eval")


def uninstall() -> str:
    """Puts everything back; returns the stats, as JSON."""
    import json

    global factored
    while _undo:
        _undo.pop()()
    factored = None
    sys.modules.pop(__name__, None)
    return json.dumps(stats)


_install(__file__.removesuffix(".py") + ".marshal")
