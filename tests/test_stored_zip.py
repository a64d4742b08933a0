"""How the engine writes the core's archive into Pyodide's file system
(extension/engine/stored_zip.mjs), run in Node against a file system that records what it is
asked: every file with its bytes, its folders made first; a compressed entry, an entry outside its
folder or a damaged archive refused (a deflated one read only when given a way to inflate it, as
the build's tools do with the core's source archive)."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "extension" / "engine" / "stored_zip.mjs"
needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="needs Node")

SCRIPT = """
import zlib from "node:zlib";
const { writeStoredZip } = await import(process.argv[1]);
const zip = new Uint8Array(Buffer.from(process.argv[2], "base64"));
const calls = [];
const FS = {
  mkdirTree: (path) => calls.push(["mkdir", path]),
  writeFile: (path, data) => calls.push(["write", path, Buffer.from(data).toString("latin1")]),
};
try {
  const inflate = process.argv[3] === "inflate" ? zlib.inflateRawSync : null;
  const given = process.argv[3] === "buffer" ? zip.buffer : zip;
  const count = writeStoredZip(FS, given, "/core", inflate);
  console.log(JSON.stringify({ count, calls }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error.message) }));
}
"""


def archive(entries: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zip_file:
        for name, data in entries.items():
            zip_file.writestr(name, data)
    return out.getvalue()


def write(zip_bytes: bytes, mode: str = "") -> Any:
    """What writeStoredZip did with `zip_bytes` (given as a Uint8Array, an ArrayBuffer when `mode`
    is "buffer", with zlib's inflate when it is "inflate"): {count, calls} or {error}."""
    encoded = base64.b64encode(zip_bytes).decode("ascii")
    run = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT, MODULE.as_uri(), encoded, mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=ROOT,
    )
    return json.loads(run.stdout.strip().split("\n")[-1])


ENTRIES = {
    "core/__init__.py": b"",
    "core/packs/": b"",
    "core/packs/a.py": b"x = 1\n",
    "core/__pycache__/a.cpython-314.pyc": bytes(range(256)) * 3,
}


@needs_node
@pytest.mark.parametrize("mode", ["", "buffer"])
def test_every_file_is_written_with_its_bytes_after_its_folder(mode: str) -> None:
    result = write(archive(ENTRIES), mode)
    assert result["count"] == 3
    written = {call[1]: call[2] for call in result["calls"] if call[0] == "write"}
    assert written == {
        f"/core/{name}": data.decode("latin1")
        for name, data in ENTRIES.items()
        if not name.endswith("/")
    }
    made: set[str] = set()
    for call in result["calls"]:
        if call[0] == "mkdir":
            made.add(call[1])
        else:
            assert call[1].rpartition("/")[0] in made
    assert "/core/core/packs" in made


@needs_node
def test_a_compressed_entry_is_refused_unless_it_can_be_inflated() -> None:
    deflated = archive(ENTRIES, zipfile.ZIP_DEFLATED)
    assert write(deflated) == {"error": "a compressed zip entry"}
    result = write(deflated, "inflate")
    assert result["count"] == 3
    assert [c[2] for c in result["calls"] if c[1] == "/core/core/packs/a.py"] == ["x = 1\n"]


@needs_node
@pytest.mark.parametrize("name", ["../escape.py", "core/../../escape.py", "/etc/escape.py"])
def test_an_entry_outside_its_folder_is_refused(name: str) -> None:
    result = write(archive({"core/a.py": b"1", name: b"2"}))
    assert result["error"] == f"a zip entry outside its folder: {name}"


@needs_node
def test_a_damaged_archive_is_refused() -> None:
    good = archive(ENTRIES)
    assert "not a zip" in write(b"not a zip at all, and long enough to look")["error"]
    cut = good[: good.rindex(b"PK\x01\x02")] + good[good.rindex(b"PK\x05\x06") :]
    assert "damaged" in write(cut)["error"]
