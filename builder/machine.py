"""Set-up, part of every command: Debian's chromium and firefox-esr when they are missing (as
root; otherwise the command to run is printed), the pinned npm packages into node_modules/ and the
pinned Python packages into .venv/, each once per version of its lock file."""

from __future__ import annotations

import os
import shutil
import sys

from .paths import NODE_MODULES, ROOT, VENV, VENV_PY
from .shell import file_hash, log, run

DEBIAN_PACKAGES = {"chromium": "chromium", "firefox-esr": "firefox-esr"}


def ensure_debian_packages() -> None:
    missing = [pkg for binary, pkg in DEBIAN_PACKAGES.items() if not shutil.which(binary)]
    if not missing:
        return
    command = f"apt-get update && apt-get install -y {' '.join(missing)}"
    if os.geteuid() != 0:
        sys.exit(f"[build] Chromium and Firefox ESR are needed. Please run as root:\n  {command}")
    log(f"installing {', '.join(missing)} from Debian")
    run("sh", "-c", f"DEBIAN_FRONTEND=noninteractive {command} -q")


def ensure_node_modules() -> None:
    if not shutil.which("npm"):
        sys.exit("[build] Node.js 20 and npm are needed: apt-get install -y nodejs npm")
    stamp = NODE_MODULES / ".tbyp-lock-hash"
    wanted = file_hash(ROOT / "package-lock.json")
    if stamp.exists() and stamp.read_text() == wanted:
        return
    run("npm", "ci", "--no-audit", "--no-fund")
    stamp.write_text(wanted)


def ensure_venv(requirements: str = "requirements-dev.lock") -> None:
    """Install pinned Python packages into .venv, once per version of the requirements file."""
    lock = ROOT / requirements
    stamp = VENV / f".tbyp-{lock.stem}-hash"
    wanted = file_hash(lock)
    if VENV_PY.exists() and stamp.exists() and stamp.read_text() == wanted:
        return
    if not VENV_PY.exists():
        run(sys.executable, "-m", "venv", VENV)
    run(VENV_PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", lock)
    stamp.write_text(wanted)


def set_up() -> None:
    ensure_debian_packages()
    ensure_node_modules()
    ensure_venv()
