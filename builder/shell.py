"""Running the build's commands, and hashing the inputs its caches are keyed by."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from .paths import ROOT


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(*cmd: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    """Run a command, showing it; stop the build if it fails."""
    printable = " ".join(str(c) for c in cmd)
    log(f"$ {printable}")
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env)
    if result.returncode != 0:
        sys.exit(f"[build] failed ({result.returncode}): {printable}")


def node_output(script: Path, *args: str | Path, what: str) -> str:
    """Run a Node script of the build quietly; its standard output, or stop with its errors."""
    result = subprocess.run(
        ["node", str(script), *(str(a) for a in args)], cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"[build] {what} failed:\n{result.stderr}")
    return result.stdout


def file_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()
