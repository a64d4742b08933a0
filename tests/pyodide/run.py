"""Run the core's pytest suite inside Pyodide under Node.

    python tests/pyodide/run.py [pytest args...]

Downloads the wheels pinned in requirements-pyodide.txt into .cache/pyodide-wheels/ (with pip,
only those missing), then runs ``node tests/pyodide/run_pytest.mjs`` on them, passing the extra
arguments to pytest, and exits with its status. Standard library only; any Python 3 will do.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
REQUIREMENTS = REPO / "requirements-pyodide.txt"
WHEELS = REPO / ".cache" / "pyodide-wheels"
RUNNER = HERE / "run_pytest.mjs"
PIP_TARGET = ["--python-version", "3.14", "--platform", "any", "--implementation", "py"]


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def pins() -> list[tuple[str, str]]:
    result = []
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            if not sep:
                sys.exit(f"{REQUIREMENTS.name}: expected name==version, got {line!r}")
            result.append((name.strip(), version.strip()))
    return result


def have(name: str, version: str) -> bool:
    for wheel in WHEELS.glob("*.whl"):
        dist, ver = wheel.name.split("-")[:2]
        if normalize(dist) == normalize(name) and ver == version:
            return True
    return False


def pip_command() -> list[str]:
    if importlib.util.find_spec("pip") is not None:
        return [sys.executable, "-m", "pip"]
    venv = REPO / ".venv"
    for venv_python in (venv / "bin" / "python", venv / "Scripts" / "python.exe"):
        if venv_python.exists():
            return [str(venv_python), "-m", "pip"]
    sys.exit("[pyodide] pip is needed to download the test wheels (not in this Python nor .venv)")


def fetch_wheels() -> None:
    missing = [f"{name}=={version}" for name, version in pins() if not have(name, version)]
    if not missing:
        return
    WHEELS.mkdir(parents=True, exist_ok=True)
    print(f"[pyodide] downloading {', '.join(missing)}", file=sys.stderr, flush=True)
    cmd = [*pip_command(), "download", "--only-binary=:all:", *PIP_TARGET, "--no-deps"]
    result = subprocess.run([*cmd, "--dest", str(WHEELS), *missing], stdout=sys.stderr)
    if result.returncode != 0:
        sys.exit(f"[pyodide] pip download failed with status {result.returncode}")
    still = [f"{n}=={v}" for n, v in pins() if not have(n, v)]
    if still:
        sys.exit(f"[pyodide] not downloaded as wheels: {', '.join(still)}")


def main(argv: list[str]) -> int:
    fetch_wheels()
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        sys.exit("[pyodide] node is not on PATH (set NODE to its path)")
    cmd = [node, str(RUNNER), "--wheels", str(WHEELS), *argv]
    return subprocess.run(cmd, cwd=REPO).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
