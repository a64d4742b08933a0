"""Where the build reads and writes."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
EXT = ROOT / "extension"
VENV = ROOT / ".venv"
VENV_PY = VENV / "bin" / "python"
NODE_MODULES = ROOT / "node_modules"
PYODIDE_PACKAGE = NODE_MODULES / "pyodide"
BUILDER = Path(__file__).resolve().parent
