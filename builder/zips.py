"""Zips whose bytes depend only on what they hold."""

from __future__ import annotations

import zipfile
from pathlib import Path


def deterministic_zip(source: Path, target: Path, arcroot: Path | None = None) -> None:
    """A zip whose bytes depend only on the files' contents (sorted, fixed timestamps)."""
    arcroot = arcroot or source
    files = sorted(p for p in source.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(arcroot).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)
