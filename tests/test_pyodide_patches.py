"""The build's change to Pyodide's JavaScript (builder/pyodide_trim.py, GOT_CALL -> GOT_PATCH):
made exactly once in the npm package's pyodide.asm.mjs, nothing else changed, and a file where the
call to replace is missing or there twice (another Pyodide) fails the build rather than shipping
an unpatched or half-patched loader. The patched loader's starts are tested in the browser
(e2e/test_engine_start.py, e2e/test_engine_cost.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if sys.platform == "emscripten":
    pytest.skip("reads the npm package's files", allow_module_level=True)

from builder.paths import PYODIDE_PACKAGE
from builder.pyodide_trim import GOT_CALL, GOT_PATCH, SCRIPT, patched_pyodide_script

PACKAGE_SCRIPT = PYODIDE_PACKAGE / SCRIPT


@pytest.mark.skipif(not PACKAGE_SCRIPT.exists(), reason="node_modules/pyodide is not installed")
def test_the_patch_is_made_once(tmp_path: Path) -> None:
    out = tmp_path / SCRIPT
    patched_pyodide_script(PACKAGE_SCRIPT, out)
    text = out.read_text(encoding="utf-8")
    original = PACKAGE_SCRIPT.read_text(encoding="utf-8")
    assert original.count(GOT_CALL) == 1
    assert text.count(GOT_CALL) == 0
    assert text.count(GOT_PATCH) == 1
    assert text.replace(GOT_PATCH, GOT_CALL) == original  # nothing else changed


@pytest.mark.parametrize("times", [0, 2])
def test_a_text_not_there_once_fails(tmp_path: Path, times: int) -> None:
    source = tmp_path / "in.mjs"
    source.write_text("var a=1;" + GOT_CALL * times, encoding="utf-8")
    with pytest.raises(RuntimeError, match="not there once"):
        patched_pyodide_script(source, tmp_path / "out.mjs")
    assert not (tmp_path / "out.mjs").exists()
