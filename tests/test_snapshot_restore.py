"""The engine's sparse snapshot restore (extension/engine/pyodide_private.mjs, copyWrittenPages),
run in Node: a restored memory must equal the snapshot byte for byte, whatever the memory held
before, while the snapshot's pages of zeros over zero memory are left unwritten."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


needs_node = pytest.mark.skipif(
    sys.platform == "emscripten" or shutil.which("node") is None,
    reason="runs Node in a subprocess (Pyodide has none)",
)


def run_node(script: str, *args: str, timeout: float) -> Any:
    """Runs an ES module script with Node from the repository's root; what it printed last, as
    JSON."""
    run = subprocess.run(
        ["node", "--input-type=module", "-e", script, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
        cwd=ROOT,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


@needs_node
def test_a_restored_memory_equals_the_snapshot_and_zero_pages_over_zeros_are_not_written() -> None:
    results = run_node(SCRIPT, MODULE.as_uri(), timeout=60)
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


@needs_node
def test_a_snapshot_larger_than_pyodides_first_memory_is_restored() -> None:
    """Pyodide's memory starts at 30 MiB whatever INITIAL_MEMORY says; a larger snapshot made the
    engine fall back to a plain start until the restore grew the memory first (fitMemory)."""
    result = run_node(RESTORE, MODULE.as_uri(), timeout=120)
    assert result["snapshot"] > 30 * 2**20
    assert result["memory"] >= result["snapshot"] - 4096
    assert result["kept"] == [100000, "99999"]


STDLIB_REST = ROOT / "extension" / "engine" / "stdlib_rest.mjs"

# A snapshot made after `import json, textwrap`, and the rest of the package's standard library
# written as the build writes python_stdlib_rest.zip: every entry not imported, and the list of
# those imported. process.argv[2] names one more entry for the list (and so not in the rest) that
# the snapshot has not imported, as if the build's trace had found an import the start did not make.
REST = """
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const { loadPyodide } = await import("pyodide");
const { completeStdlib } = await import(process.argv[1]);
const made = await loadPyodide({ _makeSnapshot: true });
made.runPython("import json, textwrap");
made.globals.set("also_listed", process.argv[2]);
made.runPython(`
import sys, zipfile
stdlib = next(p for p in sys.path if p.endswith(".zip"))
specs = [getattr(m, "__spec__", None) for m in list(sys.modules.values())]
origins = [getattr(s, "origin", None) or "" for s in specs]
imported = {o[len(stdlib) + 1:] for o in origins if o.startswith(stdlib + "/")}
if also_listed:
    imported.add(also_listed)
with zipfile.ZipFile(stdlib) as full, zipfile.ZipFile("/home/pyodide/rest.zip", "w") as rest:
    for info in full.infolist():
        if info.filename not in imported:  # deflated, as the build's (pyodide_trim.stdlib_rest)
            rest.writestr(info.filename, full.read(info), zipfile.ZIP_DEFLATED)
    rest.writestr("stdlib_imported.txt", "\\\\n".join(sorted(imported)))
`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stdlib-rest-"));
fs.writeFileSync(path.join(dir, "rest.zip"), made.FS.readFile("/home/pyodide/rest.zip"));
const full = made.FS.readFile(made.runPython("stdlib"));
const snapshot = made.makeMemorySnapshot();
const restored = await loadPyodide({
  _loadSnapshot: snapshot,
  stdLibURL: path.join(dir, "rest.zip"),
});
let fetched = 0;
const stdlib = await completeStdlib(restored, async () => (fetched++, full));
fs.rmSync(dir, { recursive: true });
console.log(JSON.stringify({
  stdlib,
  fetched,
  restBytes: restored.FS.stat(restored.runPython("stdlib")).size,
  fullBytes: full.byteLength,
  // one module the snapshot has, one from the rest zip, and the one also listed, if any
  imports: restored.runPython(`
import importlib
also = also_listed.rpartition(".")[0].removesuffix("/__init__")
[importlib.import_module(m).__name__ for m in ("textwrap", "shlex", also or "json")]
`).toJs(),
}));
"""


def restore_with_rest(also_listed: str) -> dict:
    return run_node(REST, STDLIB_REST.as_uri(), also_listed, timeout=120)


@needs_node
def test_a_start_from_the_snapshot_needs_only_the_standard_library_not_yet_imported() -> None:
    result = restore_with_rest("")
    assert result["stdlib"] == "rest"
    assert result["fetched"] == 0
    assert result["restBytes"] < result["fullBytes"]
    assert result["imports"] == ["textwrap", "shlex", "json"]


@needs_node
def test_a_module_left_out_of_the_rest_and_not_imported_brings_back_the_whole_zip() -> None:
    result = restore_with_rest("email/__init__.py")
    assert result["stdlib"] == "full: email"
    assert result["fetched"] == 1
    assert result["restBytes"] == result["fullBytes"]
    assert result["imports"] == ["textwrap", "shlex", "email"]


ZEROED = """
const { loadPyodide } = await import("pyodide");
const { createPyodideModule, takeMemorySnapshot, zeroFreeMemory } = await import(process.argv[1]);
const made = await loadPyodide({ _makeSnapshot: true });
// 5 MB of blocks filled with bytes, then freed; and a list kept.
made.runPython(`
junk = [bytes([1 + i % 250]) * 1000 for i in range(5000)]
kept = [str(i) for i in range(20000)]
del junk
`);
const written = () => {
  const heap = made._module.HEAPU8;
  let pages = 0;
  for (let page = 0; page < heap.length; page += 4096) {
    if (heap.subarray(page, page + 4096).some((byte) => byte !== 0)) pages++;
  }
  return pages;
};
const before = written();
const zeroed = zeroFreeMemory(made._module);
const after = written();
const memory = made._module.HEAPU8.byteLength;
made.runPython("more = [str(i) * 3 for i in range(1000)]");  // the allocator still works
// 3 MB more, in a reference cycle: only Python's cycle collector frees it.
made.runPython(`
cycle = [bytes([1 + i % 250]) * 1000 for i in range(3000)]
cycle.append(cycle)
del cycle
`);
const beforeSnapshot = written();
const snapshot = takeMemorySnapshot(made);
const afterSnapshot = written();
const restored = await loadPyodide({
  _loadSnapshot: snapshot,
  createPyodideModule: createPyodideModule(import("pyodide/pyodide.asm.mjs")),
});
console.log(JSON.stringify({
  before, after, zeroed, memory, grown: made._module.HEAPU8.byteLength !== memory,
  beforeSnapshot, afterSnapshot,
  kept: restored.runPython("len(kept), kept[-1], more[-1], len(bytes(100_000))").toJs(),
}));
"""


@needs_node
def test_the_allocators_free_memory_is_zeroed_before_a_snapshot_without_growing_it() -> None:
    result = run_node(ZEROED, MODULE.as_uri(), timeout=120)
    # Most of the 5 MB freed no longer counts as written (922 pages of 4 KiB fewer when written).
    assert result["zeroed"] > 4_000_000
    assert result["before"] - result["after"] > 800
    assert not result["grown"]
    # The snapshot is taken after a cycle collection: most of the 3 MB in a cycle (417 pages of
    # 4 KiB; some share pages with live objects) is no longer written.
    assert result["beforeSnapshot"] - result["afterSnapshot"] > 300
    assert result["kept"] == [20000, "19999", "999999999", 100_000]
