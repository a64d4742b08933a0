"""The engine cost bench (bench/engine_cost.py) tells the two builds apart by the one file in which
they differ, and says what to run when dist/ holds neither. (Its reading of the page in each build
is tested in the browser: e2e/test_bench_engine_cost.py.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if sys.platform == "emscripten":
    pytest.skip(
        "the engine cost bench and the build tooling drive Chromium and node; Pyodide has neither",
        allow_module_level=True,
    )

from bench.engine_cost import BuildError, build_flavour, idle_main
from builder.flavours import RELEASE, TESTING, Flavour
from builder.generated import build_flavour_js


def dist_with(tmp_path: Path, text: str) -> Path:
    shared = tmp_path / "chrome" / "shared"
    shared.mkdir(parents=True)
    (shared / "build_flavour.js").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("flavour", [TESTING, RELEASE], ids=lambda f: f.name)
def test_each_build_is_known_by_its_flavour_file(tmp_path: Path, flavour: Flavour) -> None:
    dist = dist_with(tmp_path, build_flavour_js(flavour))
    assert build_flavour(dist) == flavour.name


def test_a_flavour_file_of_neither_build_asks_for_a_new_build(tmp_path: Path) -> None:
    dist = dist_with(tmp_path, "globalThis.TBYP.BUILD = Object.freeze({});\n")
    with pytest.raises(BuildError, match=r"python build\.py --testing"):
        build_flavour(dist)


def test_no_build_is_refused_before_any_browser_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert idle_main(["--warm", "--runs", "1", "--dist", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "holds no build of the extension" in error and "python build.py --testing" in error
