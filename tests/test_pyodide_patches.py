"""The build's changes to Pyodide's JavaScript (builder/pyodide_trim.py): GOT_CALL -> GOT_PATCH,
made exactly once in the npm package's pyodide.asm.mjs, and the exports' variables that no
JavaScript reads left out (unused_exports_dropped), nothing else changed; a file where the call to
replace is missing or there twice, or whose exports are not assigned as expected (another
Pyodide), fails the build rather than shipping an unpatched or half-patched loader. The patched
loader's starts are tested in the browser (e2e/test_engine_start.py, e2e/test_engine_cost.py).
Pyodide's own Python, changed by LAZY_IMPORTS so that it imports shutil, tempfile and zipfile on
first use, keeps every function, reads none of them at its top, and each function that uses
them imports them itself."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

if sys.platform == "emscripten":
    pytest.skip("reads the npm package's files", allow_module_level=True)

from builder.paths import PYODIDE_PACKAGE
from builder.pyodide_trim import (
    ASSIGN_EXPORTS,
    EVENT_LOOP_ON_FIRST_USE,
    EXPORT_STATEMENT,
    GOT_CALL,
    GOT_PATCH,
    LAZY_ASYNCIO,
    LAZY_ASYNCIO_BODY,
    LAZY_ASYNCIO_ENTRY,
    LAZY_IMPORTS,
    LAZY_MODULES,
    SCRIPT,
    TABLE_SCAN,
    TABLE_SCAN_PATCH,
    TRAMPOLINE_CALL,
    TRAMPOLINE_PATCH,
    patched_pyodide_script,
    unused_exports_dropped,
    used_function_exports,
    user_tokens,
    with_lazy_imports,
)
from tests.test_snapshot_restore import needs_node, run_node

PACKAGE_SCRIPT = PYODIDE_PACKAGE / SCRIPT
needs_package = pytest.mark.skipif(
    not PACKAGE_SCRIPT.exists(), reason="node_modules/pyodide is not installed"
)

# A loader in the shape of Pyodide's: the exports' variables declared, then assigned.
LOADER = (
    "var x=1;var _used,_named,_unused,_data,memory;"
    + ASSIGN_EXPORTS
    + '_used=Module["_used"]=wasmExports["used"];'
    + '_named=Module["_named"]=wasmExports["named"];'
    + '_unused=Module["_unused"]=wasmExports["unused"];'
    + '_data=Module["_data"]=wasmExports["data"].value>>>0;'
    + 'memory=Module["memory"]=wasmMemory=wasmExports["memory"]'
    + '}function f(){return _used(1)+g("named")}'
)


def assigned(text: str) -> dict[str, str]:
    """{variable: export} of the export statements of ASSIGN_EXPORTS in `text`."""
    start = text.index(ASSIGN_EXPORTS) + len(ASSIGN_EXPORTS)
    body = text[start : text.index("}", start)]
    found = (EXPORT_STATEMENT.fullmatch(statement) for statement in body.split(";"))
    return {m["var"]: m["export"] for m in found if m}


def test_unused_exports_are_dropped_with_their_declarations() -> None:
    patched, dropped = unused_exports_dropped(LOADER, {"_data"})
    assert dropped == 1
    assert patched == LOADER.replace("_unused,", "").replace(
        '_unused=Module["_unused"]=wasmExports["unused"];', ""
    )


def test_nothing_is_dropped_that_is_read_by_name() -> None:
    # Read as a variable (_used), by the export's name in a string ("named"), by the engine's
    # JavaScript (_data), and a statement of another form (memory): all kept.
    patched, _ = unused_exports_dropped(LOADER, {"_data", "_unused"})
    assert patched == LOADER


@pytest.mark.parametrize(
    "loader",
    [
        LOADER.replace(ASSIGN_EXPORTS, ""),
        LOADER + ASSIGN_EXPORTS + "}",
        LOADER.replace("var _used,_named,_unused,_data,memory;", "var _used=f();"),
        LOADER.replace("_unused,", ""),
    ],
)
def test_another_shape_fails(loader: str) -> None:
    with pytest.raises(RuntimeError, match=r"pyodide\.asm\.mjs"):
        unused_exports_dropped(loader, set())


@needs_package
def test_the_patches_are_made_once_and_nothing_else_changed(tmp_path: Path) -> None:
    out = tmp_path / SCRIPT
    patched_pyodide_script(PACKAGE_SCRIPT, out)
    text = out.read_text(encoding="utf-8")
    original = PACKAGE_SCRIPT.read_text(encoding="utf-8")
    assert original.count(GOT_CALL) == 1
    assert text.count(GOT_CALL) == 0
    assert text.count(GOT_PATCH) == 1
    # Only export statements and their declarations left out: putting them back gives the
    # package's file.
    before, after = assigned(original), assigned(text)
    dropped = set(before) - set(after)
    assert len(dropped) > 4000 and len(text) < len(original) - 300_000
    assert all(after[var] == before[var] for var in after)
    assert original.count(TABLE_SCAN) == 1
    assert text.count(TABLE_SCAN) == 0 and text.count(TABLE_SCAN_PATCH) == 1
    assert original.count(TRAMPOLINE_CALL) == 1 and text.count(TRAMPOLINE_PATCH) == 1
    patched = original.replace(GOT_CALL, GOT_PATCH).replace(TABLE_SCAN, TABLE_SCAN_PATCH)
    patched = patched.replace(TRAMPOLINE_CALL, TRAMPOLINE_PATCH)
    expected, _ = unused_exports_dropped(patched, user_tokens())
    assert text == expected
    start = original.index(ASSIGN_EXPORTS)
    declared_at = original.rfind("var ", 0, start)
    outside = original[:declared_at] + original[original.index("}", start) :]
    assert text.replace(GOT_PATCH, GOT_CALL).endswith(outside[-1000:])
    words = set(re.findall(r"[\w$]+", outside))
    assert not any(var in words or before[var] in words for var in dropped)


@needs_package
def test_what_the_engine_reads_of_the_module_is_kept(tmp_path: Path) -> None:
    out = tmp_path / SCRIPT
    patched_pyodide_script(PACKAGE_SCRIPT, out)
    text = out.read_text(encoding="utf-8")
    after = assigned(text)
    # pyodide_private.mjs: zeroFreeMemory's exports, and fitMemory's JavaScript function.
    for name in ("_malloc", "_free", "_malloc_footprint", "_malloc_set_footprint_limit"):
        assert name in after
    assert 'Module["_emscripten_resize_heap"]=_emscripten_resize_heap;' in text


@pytest.mark.parametrize("times", [0, 2])
def test_a_text_not_there_once_fails(tmp_path: Path, times: int) -> None:
    source = tmp_path / "in.mjs"
    source.write_text("var a=1;" + GOT_CALL * times, encoding="utf-8")
    with pytest.raises(RuntimeError, match="not there once"):
        patched_pyodide_script(source, tmp_path / "out.mjs")
    assert not (tmp_path / "out.mjs").exists()


# Pyodide's own Python (builder/pyodide_trim.py, LAZY_IMPORTS): shutil, tempfile and zipfile are
# imported on first use only.
PACKAGE_STDLIB = PYODIDE_PACKAGE / "python_stdlib.zip"


def names_used_at_import(tree: ast.Module) -> set[str]:
    """The names the module's top level reads or imports, outside function bodies and
    annotations (annotations are not evaluated at import time on Python 3.14)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    visit(default)
            if not isinstance(node, ast.Lambda):
                for decorator in node.decorator_list:
                    visit(decorator)
            return
        if isinstance(node, ast.AnnAssign):
            visit(node.target)
            if node.value is not None:
                visit(node.value)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
            found.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Name):
            found.add(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def unbound_reads(tree: ast.Module, names: set[str]) -> list[str]:
    """Functions of the module that read one of `names` without binding it themselves (by an
    import in their body or a parameter): they would fail once the module's own import is gone."""
    missing = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        bound = {arg.arg for arg in [*function.args.args, *function.args.kwonlyargs]}
        reads = set()
        for node in ast.walk(function):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                bound.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                reads.add(node.id)
        annotations = {
            sub.id
            for arg in ast.walk(function.args)
            if isinstance(arg, ast.arg) and arg.annotation is not None
            for sub in ast.walk(arg.annotation)
            if isinstance(sub, ast.Name)
        } | {
            sub.id
            for sub in ast.walk(function.returns or ast.Constant(None))
            if isinstance(sub, ast.Name)
        }
        for name in (reads - annotations) & names - bound:
            missing.append(f"{function.name}: {name}")
    return missing


# The entries of LAZY_IMPORTS that move shutil, tempfile and zipfile (pyodide/__init__.py's
# moves the event loop's set-up: EVENT_LOOP_ON_FIRST_USE).
ARCHIVE_ENTRIES = sorted(set(LAZY_IMPORTS) - {"pyodide/__init__.py"})


@pytest.mark.skipif(not PACKAGE_STDLIB.exists(), reason="node_modules/pyodide is not installed")
@pytest.mark.parametrize("entry", ARCHIVE_ENTRIES)
def test_pyodide_modules_import_shutil_tempfile_and_zipfile_on_first_use(entry: str) -> None:
    with zipfile.ZipFile(PACKAGE_STDLIB) as stdlib:
        original = stdlib.read(entry).decode("utf-8")
    patched = with_lazy_imports(entry, original)
    before, after = ast.parse(original), ast.parse(patched)
    lazy = {*LAZY_MODULES, "NamedTemporaryFile", "ZipFile"}
    assert names_used_at_import(before) & lazy  # the package imports them at its top
    assert not names_used_at_import(after) & lazy
    assert unbound_reads(before, lazy)  # the original's functions use the module-level imports
    assert unbound_reads(after, lazy) == []
    # Every function of the original is still there, and nothing else was removed.
    functions = {n.name for n in ast.walk(before) if isinstance(n, ast.FunctionDef)}
    assert functions <= {n.name for n in ast.walk(after) if isinstance(n, ast.FunctionDef)}
    assert with_lazy_imports("pyodide/other.py", original) == original


@pytest.mark.skipif(not PACKAGE_STDLIB.exists(), reason="node_modules/pyodide is not installed")
def test_pyodide_sets_its_event_loop_up_on_first_use_of_asyncio_not_at_its_import() -> None:
    with zipfile.ZipFile(PACKAGE_STDLIB) as stdlib:
        original = stdlib.read("pyodide/__init__.py").decode("utf-8")
    patched = with_lazy_imports("pyodide/__init__.py", original)
    assert "_initialize_event_loop()\n" in original
    assert patched.endswith(EVENT_LOOP_ON_FIRST_USE)
    before, after = ast.parse(original), ast.parse(patched)
    # The original sets the loop up at its top; the patched module only at asyncio's first use.
    assert "_initialize_event_loop" in names_used_at_import(before)
    top_level_calls = [
        node.value.func
        for node in after.body
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
    ]
    assert [ast.unparse(call) for call in top_level_calls] == ["_asyncio._when_loaded"]
    assert "webloop" not in {
        node.module for node in after.body if isinstance(node, ast.ImportFrom) and node.module
    }


# A check of LAZY_ASYNCIO on this CPython's own asyncio, copied with LAZY_ASYNCIO as its package
# module and the original beside it as LAZY_ASYNCIO_BODY, as the build writes Pyodide's.
LAZY_USE = """
import json, sys
import asyncio
assert asyncio.__file__.startswith(sys.argv[1]), asyncio.__file__
at_import = sorted(m for m in sys.modules if m.startswith("asyncio."))
calls = []
asyncio._when_loaded(lambda: calls.append("registered before"))
try:
    asyncio.__wrapped__
except AttributeError:
    pass
dunder_loaded = "asyncio.events" in sys.modules
async def answer():
    await asyncio.sleep(0)
    return 42
result = asyncio.run(answer())
asyncio._when_loaded(lambda: calls.append("registered after"))
star = {}
exec("from asyncio import *", star)
try:
    asyncio.no_such_name
    missing = "found"
except AttributeError as error:
    missing = str(error)
public = sorted(n for n in vars(asyncio) if not n.startswith("_"))
print(json.dumps({"at_import": at_import, "dunder_loaded": dunder_loaded, "result": result,
                  "calls": calls, "star": sorted(n for n in star if not n.startswith("__")),
                  "missing": missing, "public": public, "all": sorted(asyncio.__all__)}))
"""
PLAIN_USE = """
import asyncio, json
print(json.dumps({"public": sorted(n for n in vars(asyncio) if not n.startswith("_")),
                  "all": sorted(asyncio.__all__)}))
"""


def lazy_asyncio(tmp_path: Path) -> Path:
    """A copy of this CPython's asyncio package under tmp_path, as the build makes Pyodide's."""
    import asyncio

    package = tmp_path / "asyncio"
    shutil.copytree(Path(asyncio.__file__).parent, package)
    (package / Path(LAZY_ASYNCIO_BODY).name).write_bytes((package / "__init__.py").read_bytes())
    (package / Path(LAZY_ASYNCIO_ENTRY).name).write_text(LAZY_ASYNCIO, encoding="utf-8")
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    return tmp_path


def python_json(code: str, path: Path | None = None) -> Any:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if path is not None:
        env["PYTHONPATH"] = str(path)
    argv = [sys.executable, "-c", code, str(path or "")]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_lazy_asyncio_imports_its_submodules_on_first_use_and_is_then_the_same(
    tmp_path: Path,
) -> None:
    lazy = python_json(LAZY_USE, lazy_asyncio(tmp_path))
    plain = python_json(PLAIN_USE)
    assert lazy["at_import"] == []
    assert not lazy["dunder_loaded"]  # a probe of a name like __wrapped__ loads nothing
    assert lazy["result"] == 42
    assert lazy["calls"] == ["registered before", "registered after"]
    assert lazy["all"] == plain["all"]
    assert lazy["star"] == plain["all"]
    assert lazy["public"] == plain["public"]
    assert lazy["missing"] == "module 'asyncio' has no attribute 'no_such_name'"


@pytest.mark.parametrize("entry", sorted(LAZY_IMPORTS))
def test_another_pyodide_source_fails(entry: str) -> None:
    old, _ = LAZY_IMPORTS[entry][-1]
    with pytest.raises(RuntimeError, match="not there once"):
        with_lazy_imports(entry, "import os\n")
    twice = "".join(o for o, _ in LAZY_IMPORTS[entry]) + old
    with pytest.raises(RuntimeError, match="not there once"):
        with_lazy_imports(entry, twice)


def test_the_function_exports_kept_are_those_javascript_names_or_the_got_imports() -> None:
    from builder.wasm_data import function_exports, split
    from tests.test_wasm_data import module_with_functions

    module = module_with_functions()  # exports a, b and c; imports x through GOT.func
    kept = used_function_exports(module, 'f(wasmExports["a"]);var _c=1;', set())
    assert {"a", "c", "x"} <= kept and "b" not in kept
    assert "b" in used_function_exports(module, "", {"_b"})  # named by the engine's JavaScript
    stripped, _ = split(module, kept.__contains__)
    assert function_exports(stripped) == ["a", "c"]


# getFunctionAddress as TABLE_SCAN_PATCH makes it, over a table of three entries, the second a
# Wasm function: JavaScript functions, and a Wasm function said not to be in the table, are looked
# up without reading the table; the first other Wasm function not in the map reads it, once.
TABLE_LOOKUPS = """
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1,
  1, 102, 0, 0, 10, 4, 1, 2, 0, 11]);
const wasmFunction = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
const entries = [null, wasmFunction, null];
const wasmTable = { length: entries.length };
let reads = 0;
var functionsInTableMap;
var updateTableMap = (offset, count) => {
  reads++;
  for (let i = offset; i < offset + count; i++) {
    if (entries[i]) functionsInTableMap.set(entries[i], i);
  }
};
var getFunctionAddress=func=>{if(!functionsInTableMap){PATCH
const added = () => 1;
const answers = [getFunctionAddress(added), reads];
functionsInTableMap.set(added, 7);  // as addFunction records what it adds
answers.push(getFunctionAddress(added), getFunctionAddress(() => 2), reads);
const another = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
notInTable.add(another);  // as the trampoline's is marked: no read of the table
answers.push(getFunctionAddress(another), reads);
answers.push(getFunctionAddress(wasmFunction), reads, getFunctionAddress(wasmFunction), reads);
console.log(JSON.stringify(answers));
"""


@needs_node
def test_the_function_table_is_read_only_for_a_wasm_function_it_may_hold() -> None:
    script = TABLE_LOOKUPS.replace("PATCH", TABLE_SCAN_PATCH)
    assert run_node(script, timeout=60) == [0, 0, 7, 0, 0, 0, 0, 1, 1, 1, 1]
