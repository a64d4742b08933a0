"""asyncio in the built engine's Pyodide, under Node (builder/pyodide_trim.py, LAZY_ASYNCIO): the
start imports the package but none of its submodules, so neither the snapshot nor a start from it
holds them; once something uses asyncio, it is there in full with Pyodide's event loop set up as
an unchanged Pyodide sets it up at start (its WebLoop, asyncio.run and time.sleep), both after a
plain start and after a start from the snapshot, whose standard library is the rest zip."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

# process.argv[1]: dist/chrome. Boots its Pyodide as the engine does under Node (the Wasm's data
# segments written by the engine's writer), imports the core and checks a draft, takes a snapshot
# with the engine's takeMemorySnapshot,
# and restores it with python_stdlib_rest.zip as the standard library; in each Pyodide, what is
# imported at first, and then what asyncio gives.
SCRIPT = """
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
const dist = process.argv[1];
const dir = path.join(dist, "pyodide") + path.sep;
const url = (file) => pathToFileURL(file).href;
const engine = await import(url(path.join(dist, "engine", "pyodide_private.mjs")));
const rest = await import(url(path.join(dist, "engine", "stdlib_rest.mjs")));
const { loadPyodide } = await import(url(dir + "pyodide.mjs"));
const data = fs.readFileSync(dir + "pyodide.asm.data");
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (source, imports) => {
  const result = await instantiate.call(WebAssembly, source, imports);
  if (result.instance) engine.writeDataSegments(result.instance.exports.memory, data);
  return result;
};
const options = {
  indexURL: dir,
  stdout: () => {},
  createPyodideModule: engine.createPyodideModule(import(url(dir + "pyodide.asm.mjs"))),
};
const AT_START = `
import sys, time
[sorted(m for m in sys.modules if m.startswith(("asyncio.", "pyodide.webloop", "ssl", "socket"))),
 "asyncio" in sys.modules, time.sleep.__name__]
`;
const USED = `
import asyncio, sys, time
loop = asyncio.get_event_loop()
webloop = sys.modules["pyodide.webloop"]
[type(loop).__name__, asyncio.run is webloop._run, time.sleep is webloop._sleep,
 webloop._orig_sleep.__module__ + "." + webloop._orig_sleep.__name__,
 sorted(n for n in asyncio.__all__ if not hasattr(asyncio, n))]
`;
const ASYNC = `
import asyncio
async def answer():
    await asyncio.sleep(0.01)
    return 42
await answer()
`;
async function report(pyodide) {
  const atStart = pyodide.runPython(AT_START).toJs();
  pyodide.runPython("import time; time.sleep(0.001)");
  const used = pyodide.runPython(USED).toJs();
  return { atStart, used, awaited: await pyodide.runPythonAsync(ASYNC) };
}
const made = await loadPyodide({ ...options, ...engine.snapshotOptions({ make: true }) });
// The core imported and a draft checked, as before the engine's snapshot (engine_start.mjs).
const { writeStoredZip } = await import(url(path.join(dist, "engine", "stored_zip.mjs")));
writeStoredZip(made.FS, fs.readFileSync(path.join(dist, "core.zip")), "/home/pyodide/tbyp");
made.runPython(`
import json, sys
sys.path.insert(0, "/home/pyodide/tbyp")
import core.bridge
from core.registry import describe
core.bridge.handle(json.dumps({"type": "check", "text": "Her NHS number is 943 476 5919.",
                               "packs": [p["id"] for p in describe()], "site": "facebook"}))
`);
const snapshot = engine.takeMemorySnapshot(made);
const plain = await report(made);
const restored = await loadPyodide({
  ...options,
  ...engine.snapshotOptions({ load: snapshot }),
  stdLibURL: url(dir + rest.STDLIB_REST),
});
const full = async () => fs.readFileSync(dir + rest.STDLIB_FULL);
const stdlib = await rest.completeStdlib(restored, full);
console.log(JSON.stringify({ plain, restored: { ...(await report(restored)), stdlib } }));
"""


def run(dist: Path) -> Any:
    out = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT, str(dist / "chrome")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(shutil.which("node") is None, reason="runs the built Pyodide under Node")
def test_asyncio_is_loaded_on_first_use_with_pyodides_event_loop(dist: Path) -> None:
    result = run(dist)
    assert result["restored"]["stdlib"] == "rest"
    for start in ("plain", "restored"):
        found = result[start]
        assert found["atStart"] == [[], True, "_sleep_once_set_up"], start
        assert found["used"] == ["WebLoop", True, True, "time.sleep", []], start
        assert found["awaited"] == 42, start
