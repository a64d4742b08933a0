"""The engine's sparse snapshot restore (extension/engine/pyodide_private.mjs, copyWrittenPages),
run in Node: a restored memory must equal the snapshot byte for byte, whatever the memory held
before, while the snapshot's pages of zeros over zero memory are left unwritten."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "extension" / "engine" / "pyodide_private.mjs"

SCRIPT = """
const { copyWrittenPages } = await import(process.argv[1]);
const PAGE = 4096;
const results = {};
// A snapshot of 6 pages and a tail: pages 1 and 4 are zeros, page 3 has one byte set at its end.
const source = new Uint8Array(6 * PAGE + 10);
for (let i = 0; i < source.length; i++) source[i] = (i * 7 + 3) % 251;
source.fill(0, PAGE, 2 * PAGE);
source.fill(0, 4 * PAGE, 5 * PAGE);
source.fill(0, 3 * PAGE, 4 * PAGE);
source[4 * PAGE - 1] = 9;
const offset = 2 * PAGE;
// The memory before: zero, except stale bytes under the snapshot's page 4 and page 0.
const heap = new Int8Array(10 * PAGE);
heap[offset + 4 * PAGE + 100] = 5;
heap[offset + 17] = 1;
const written = [];
const spy = new Proxy(heap, {
  get(target, name) {
    if (name === "set") return (src, at) => { written.push(at); target.set(src, at); };
    if (name === "fill") {
      return (value, from, to) => { written.push(from); target.fill(value, from, to); };
    }
    const value = Reflect.get(target, name);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
copyWrittenPages(spy, source, offset);
const restored = new Uint8Array(heap.buffer, offset, source.length);
results.equal = restored.every((byte, i) => byte === source[i]);
results.written = written.map((at) => (at - offset) / PAGE);
results.untouchedBefore = heap.subarray(0, offset).every((b) => b === 0);
console.log(JSON.stringify(results));
"""


@pytest.mark.skipif(
    sys.platform == "emscripten" or shutil.which("node") is None,
    reason="runs Node in a subprocess (Pyodide has none)",
)
def test_a_restored_memory_equals_the_snapshot_and_zero_pages_over_zeros_are_not_written() -> None:
    run = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT, MODULE.as_uri()],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    results = json.loads(run.stdout)
    assert results["equal"], "the restored memory differs from the snapshot"
    assert results["untouchedBefore"]
    # Pages 0, 2, 3, 5 hold bytes; page 4 is zeros over stale memory, so it is cleared; page 1 is
    # zeros over zeros and is never written; the last, short page is copied (words, then 2 bytes).
    assert sorted({int(page) for page in results["written"]}) == [0, 2, 3, 4, 5, 6]


RESTORE = """
const { loadPyodide } = await import("pyodide");
const { createPyodideModule } = await import(process.argv[1]);
const made = await loadPyodide({ _makeSnapshot: true });
// Python's heap grown past the 30 MiB Pyodide's memory starts at, then partly freed.
made.runPython("kept = [str(i) for i in range(100000)]\\nbig = bytearray(7_000_000)\\ndel big");
const snapshot = made.makeMemorySnapshot();
const restored = await loadPyodide({
  _loadSnapshot: new Uint8Array(snapshot),
  createPyodideModule: createPyodideModule(import("pyodide/pyodide.asm.mjs")),
});
console.log(JSON.stringify({
  snapshot: snapshot.byteLength,
  memory: restored._module.HEAPU8.byteLength,
  kept: restored.runPython("len(kept), kept[-1]").toJs(),
}));
"""


@pytest.mark.skipif(
    sys.platform == "emscripten" or shutil.which("node") is None,
    reason="runs Node in a subprocess (Pyodide has none)",
)
def test_a_snapshot_larger_than_pyodides_first_memory_is_restored() -> None:
    """Pyodide's memory starts at 30 MiB whatever INITIAL_MEMORY says; a larger snapshot made the
    engine fall back to a plain start until the restore grew the memory first (fitMemory)."""
    run = subprocess.run(
        ["node", "--input-type=module", "-e", RESTORE, MODULE.as_uri()],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["snapshot"] > 30 * 2**20
    assert result["memory"] >= result["snapshot"] - 4096
    assert result["kept"] == [100000, "99999"]
