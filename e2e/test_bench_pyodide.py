"""The benchmark's Pyodide core timing runs on the build's own Pyodide files.

The build ships Pyodide's Wasm without its data section (builder/wasm_data.py), so a loader that
does not write that data back into memory crashes at start ("null function or function signature
mismatch"). `python build.py bench` times the core in Pyodide under Node from dist/; this runs
the same command on two drafts and reads its timings.
"""

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_times_the_core_on_the_builds_pyodide(dist: Path, tmp_path: Path) -> None:
    request = tmp_path / "checks.json"
    drafts = ["Hello all, any tips for night shifts?", "Her NHS number is 943 476 5919."]
    request.write_text(json.dumps({"groups": {"two": drafts}, "repetitions": 2}), encoding="utf-8")
    out = subprocess.run(
        [
            "node",
            str(ROOT / "bench" / "pyodide_node.mjs"),
            "--checks",
            str(request),
            "--index",
            str(dist / "chrome" / "pyodide"),
            "--core-zip",
            str(dist / "chrome" / "core.zip"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    timings = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(timings) == {"two"}
    assert len(timings["two"]) == 2 * len(drafts) and all(t > 0 for t in timings["two"]), timings
