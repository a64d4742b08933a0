"""Records what a plain start of the engine compiles, for the boot cache (run in Pyodide at build
time by compile_python.mjs, which installs it as the engine installs its boot cache: written into
site-packages with a .pth file that imports it, before Pyodide's own start-up).

Every regular expression re compiles, as (pattern, flags), every source text that dataclasses
runs with exec and namedtuple with eval, and every pattern core.matchers.trie factors (it fills
`factored` while this module is in sys.modules); in_pyodide.boot_cache_table turns them into the
table.
"""

from __future__ import annotations

import builtins

TYPE_CHECKING = False  # typing itself is not imported: this runs before Python's own start-up
if TYPE_CHECKING:
    from typing import Any

patterns: list[tuple[str | bytes, int]] = []
sources: list[tuple[str, str]] = []
factored: dict[tuple[str, int], str] = {}


def _install() -> None:
    from re import _compiler  # type: ignore[attr-defined]

    compile_pattern = _compiler.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, (str, bytes)):
            patterns.append((pattern, int(flags)))
        return compile_pattern(pattern, flags)

    compile.original = compile_pattern  # type: ignore[attr-defined]
    _compiler.compile = compile
    import collections
    import dataclasses

    def record(module: Any, name: str) -> None:
        run_source = getattr(builtins, name)

        def run(source: Any, globals: Any, locals: Any = None, /) -> Any:
            if isinstance(source, str):
                sources.append((name, source))
            return run_source(source, globals, locals)

        setattr(module, name, run)

    record(dataclasses, "exec")
    record(collections, "eval")


_install()
