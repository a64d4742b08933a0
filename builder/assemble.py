"""dist/<browser>/ for each browser and a zip of each: the extension's sources, the generated
files, the core and its boot cache, Pyodide, and the practice page bundled with its editors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .bytecode import compiled_core, core_archive
from .flavours import RELEASE, Flavour
from .generated import (
    practice_page,
    readme_is_current,
    write_engine_build_info,
    write_generated,
)
from .manifests import BROWSERS, manifest
from .paths import DIST, EXT, ROOT
from .pyodide_trim import CACHE, PYODIDE_FILES, pyodide_runtime
from .shell import log, run
from .zips import deterministic_zip

BUNDLER = ROOT / "scripts" / "bundle_editors.mjs"


def build(flavour: Flavour = RELEASE, dist: Path = DIST) -> None:
    """Both browsers' builds and their zips, in dist/ (or in `dist`, for a test that must leave
    dist/ as it is)."""
    if not readme_is_current():
        log("note: the README's rules section is stale: run `python build.py readme`")
    CACHE.mkdir(parents=True, exist_ok=True)
    core_zip = CACHE / "core.zip"
    core_archive(core_zip)
    runtime = pyodide_runtime(core_zip)
    compiled, boot_cache = compiled_core(core_zip)
    for browser in BROWSERS:
        out = dist / browser
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(EXT, out, ignore=shutil.ignore_patterns("practice", ".*", "__pycache__"))
        shutil.copy2(compiled, out / "core.zip")
        shutil.copy2(boot_cache, out / "boot_cache.marshal")
        shutil.copytree(runtime, out / "pyodide")
        shipped = [out / "core.zip", out / "boot_cache.marshal"]
        shipped += [out / "pyodide" / name for name in PYODIDE_FILES]
        write_engine_build_info(out, shipped)
        write_generated(out, flavour)
        (out / "manifest.json").write_text(
            json.dumps(manifest(browser, flavour), indent=2) + "\n", encoding="utf-8"
        )
        run("node", BUNDLER, "--practice", out / "practice")
        page = out / "practice" / "practice.html"
        page.write_text(practice_page(page.read_text(encoding="utf-8"), flavour), encoding="utf-8")
        archive = dist / f"think-before-you-post-{browser}.zip"
        archive.unlink(missing_ok=True)
        deterministic_zip(out, archive)
        shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
        log(f"built {shown} and {archive.name} ({archive.stat().st_size:,} bytes)")
