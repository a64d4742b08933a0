"""The build's own parts, without a browser: the boot cache's two halves on CPython, the Pyodide
version the engine's private uses of Pyodide were checked against, and the README command."""

from __future__ import annotations

import ast
import json
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from builder.generated import readme_is_current

ROOT = Path(__file__).resolve().parents[1]
RECORD = """
import json, sys, tbyp_boot_recorder
from builder import in_pyodide
replies = in_pyodide.check_every_site()
with open(sys.argv[1], "wb") as out:
    out.write(in_pyodide.boot_cache_table(tbyp_boot_recorder))
print(json.dumps(replies))
"""
REPLAY = """
import gc, json, re, sys, tbyp_boot_cache
from re import _compiler
from builder import in_pyodide
replies = in_pyodide.check_every_site()
# The table's group names (dicts of patterns with named groups), and how many patterns keep one.
cells = [cell.cell_contents for cell in _compiler.compile.__closure__ or ()]
table = next((cell for cell in cells if isinstance(cell, dict)), {})
named = [args[3] for args in table.values() if args[3]]
kept = sum(isinstance(by, re.Pattern) for found in named for by in gc.get_referrers(found))
# The factored patterns' strings, and how many compiled patterns hold one of them itself.
strings = {id(done) for done in (sys.modules["tbyp_boot_cache"].factored or {}).values()}
kept += sum(id(p.pattern) in strings for p in gc.get_objects() if isinstance(p, re.Pattern))
stats = sys.modules["tbyp_boot_cache"].uninstall()
assert _compiler.compile.__module__ == "re._compiler", "uninstall() puts re back"
print(json.dumps([replies, json.loads(stats), len(named), kept]))
"""


def python(code: str, path: Path, *args: str) -> Any:
    """Run `code` in a fresh CPython with `path` (a folder standing in for site-packages) and the
    repository on its path; the JSON of its last line of output."""
    env = {**os.environ, "PYTHONPATH": f"{path}{os.pathsep}{ROOT}"}
    command = [sys.executable, "-c", code, *args]
    result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.splitlines()[-1])


def test_the_boot_cache_gives_python_what_the_build_recorded(tmp_path: Path) -> None:
    # The build's half records while the core is imported and checks a draft on every site; the
    # engine's half (extension/engine/boot_cache.py), installed the same way, hands it back.
    recording, replaying = tmp_path / "record", tmp_path / "replay"
    recording.mkdir()
    replaying.mkdir()
    shutil.copy(ROOT / "builder" / "boot_cache_recorder.py", recording / "tbyp_boot_recorder.py")
    shutil.copy(ROOT / "extension" / "engine" / "boot_cache.py", replaying / "tbyp_boot_cache.py")
    table = replaying / "tbyp_boot_cache.marshal"
    recorded = python(RECORD, recording, str(table))
    assert all(json.loads(reply)["findings"] for reply in recorded)
    replies, stats, named, kept = python(REPLAY, replaying)
    assert replies == recorded, "the same findings, from precompiled patterns"
    used, compiled = stats["patterns"]
    assert used > 200 and compiled == 0, stats
    assert stats["sources"][0] > 0 and stats["sources"][1] == 0, stats
    # The core's factoring (core.matchers.trie) read every factored pattern from the table.
    assert stats["factored"][0] > 100 and stats["factored"][1] == 0, stats
    # No pattern keeps a piece of the table, which is freed whole after uninstall(): pieces kept
    # among its pages would keep them written in the engine's memory snapshot.
    assert named > 10 and kept == 0, (named, kept)

    # A table made by another Python is not used at all.
    magic, _version, patterns, sources, factored = marshal.loads(table.read_bytes())
    table.write_bytes(marshal.dumps((magic, "another Python", patterns, sources, factored), 2))
    replies, stats, _named, _kept = python(REPLAY, replaying)
    assert replies == recorded
    assert stats["patterns"][0] == 0 and stats["sources"][0] == 0, stats
    assert stats["factored"] == [0, 0], stats


def test_the_private_pyodide_uses_were_checked_against_the_pinned_pyodide() -> None:
    # On a Pyodide upgrade, read each use listed in pyodide_private.mjs again, then change this.
    source = (ROOT / "extension" / "engine" / "pyodide_private.mjs").read_text(encoding="utf-8")
    checked = re.search(r'CHECKED_WITH_PYODIDE = "([^"]+)"', source)
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    assert checked and checked[1] == pinned["pyodide"]
    assert f"Pyodide {pinned['pyodide']}" in source


def test_the_readme_check_and_its_command_agree() -> None:
    assert readme_is_current(), "run `python build.py readme`"
    result = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "readme"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "is current" in result.stdout, result


DOCUMENTED = '''"""A module's docstring."""
from __future__ import annotations


def documented(x):
    """A function's docstring."""
    return x + 1


def only_a_docstring():
    """Nothing else."""


class Documented:
    """A class's docstring, which dataclasses and enum read."""

    def method(self):
        """A method's docstring."""
        raise ValueError("line 19")
'''


def test_the_engines_bytecode_is_compiled_without_module_and_function_docstrings() -> None:
    from builder.in_pyodide import without_docstrings

    namespace: dict[str, Any] = {}
    tree = without_docstrings(ast.parse(DOCUMENTED))
    exec(compile(tree, "documented.py", "exec", dont_inherit=True), namespace)
    assert namespace.get("__doc__") is None
    assert namespace["documented"].__doc__ is None and namespace["documented"](1) == 2
    assert namespace["only_a_docstring"]() is None
    assert namespace["Documented"].__doc__.startswith("A class's docstring")
    assert namespace["Documented"].method.__doc__ is None
    with pytest.raises(ValueError) as raised:
        namespace["Documented"]().method()
    assert raised.traceback[-1].lineno + 1 == 19, "line numbers do not move"


LINED = """
import warnings


def handled(x):
    try:
        return 1 // x
    except ZeroDivisionError:
        return "caught"


def warned():
    warnings.warn("a warning from code without line numbers", stacklevel=1)
    return "warned"


def raised():
    raise ValueError("from code without line numbers")
"""


def test_the_standard_librarys_bytecode_runs_the_same_without_line_numbers() -> None:
    import traceback
    import types
    import warnings

    from builder.in_pyodide import without_line_numbers

    code = without_line_numbers(compile(LINED, "lined.py", "exec", dont_inherit=True))
    inner = [const for const in code.co_consts if isinstance(const, types.CodeType)]
    assert len(inner) == 3
    for each in [code, *inner]:
        assert {line for _, _, line in each.co_lines()} == {None}
        assert len(each.co_linetable) == -(-len(each.co_code) // 16)
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    assert namespace["handled"](1) == 1 and namespace["handled"](0) == "caught"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert namespace["warned"]() == "warned"
    assert [str(w.message) for w in caught] == ["a warning from code without line numbers"]
    with pytest.raises(ValueError) as error:
        namespace["raised"]()
    assert error.traceback[-1].frame.code.raw.co_name == "raised"
    text = "".join(traceback.format_exception(error.value))
    assert "lined.py" in text and "ValueError: from code without line numbers" in text
