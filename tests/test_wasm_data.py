"""Pyodide's Wasm shipped without its data section (builder/wasm_data.py), and the engine writing
that section's segments into the memory itself (writeDataSegments and withCompiledWasm in
extension/engine/pyodide_private.mjs): the memory must hold what instantiating the whole module
gives, and a start whose data cannot be had must fail, not hang."""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest

if sys.platform == "emscripten":
    pytest.skip(
        "the build step runs on the build machine, and the engine's half needs node; Pyodide "
        "has neither the builder package nor processes",
        allow_module_level=True,
    )

from builder.paths import PYODIDE_PACKAGE
from builder.wasm_data import (
    function_exports,
    imports,
    main,
    memory_image,
    sections,
    segments,
    split,
    verify,
)
from tests.test_snapshot_restore import MODULE, needs_node, run_node


def section(sid: int, contents: bytes) -> bytes:
    assert len(contents) < 128
    return bytes([sid, len(contents)]) + contents


def sleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            return bytes(out + bytes([byte]))
        out.append(byte | 0x80)


def segment(offset: int, data: bytes, flags: int = 0) -> bytes:
    return bytes([flags, 0x41]) + sleb(offset) + bytes([0x0B, len(data)]) + data


# Offsets 64 and 100 take two bytes as signed LEB128 numbers (bit 6 of a last byte is the sign).
SEGMENTS = [(16, b"hello"), (64, b"\x01\x02\x03"), (100, b"at 100"), (65530, b"end!!!")]


def tiny_module(extra: bytes = b"") -> bytes:
    """A module with one exported memory of one page, no functions, and SEGMENTS (+ `extra`, one
    more segment already encoded) in its data section, with a data count section as Pyodide's."""
    data = [segment(offset, data) for offset, data in SEGMENTS] + ([extra] if extra else [])
    return (
        b"\0asm\x01\0\0\0"
        + section(5, b"\x01\x00\x01")
        + section(7, b"\x01\x06memory\x02\x00")
        + section(12, bytes([len(data)]))
        + section(10, b"\x00")
        + section(11, bytes([len(data)]) + b"".join(data))
    )


def test_split_takes_out_the_data_sections_and_merges_segments_less_than_a_page_apart() -> None:
    module = tiny_module()
    stripped, data = split(module)
    assert b"hello" not in stripped and b"hello" in data
    assert [sid for sid, _, _ in sections(stripped)] == [5, 7, 10]
    # 16, 64 and 100 are a few bytes apart: one segment, zeros between; 65530 is a page away.
    assert segments(data) == [(16, 100 + len(b"at 100") - 16), (65530, len(b"end!!!"))]
    image = memory_image(data)
    for offset, chunk in SEGMENTS:
        assert image[offset : offset + len(chunk)] == chunk
    assert image[21:64] == bytes(43)
    assert verify(module, stripped, data) == []


def test_verify_finds_a_changed_wasm_or_data() -> None:
    module = tiny_module()
    stripped, data = split(module)
    changed = data.replace(b"hello", b"jello")
    assert verify(module, stripped, changed) == [
        "the data does not make the memory the original's data section makes"
    ]
    assert verify(module, stripped + b"\x00\x01\x00", data) == [
        "the Wasm is not the original without its data and data count sections and some of "
        "its function exports"
    ]


def name(text: str) -> bytes:
    return bytes([len(text)]) + text.encode()


def module_with_functions() -> bytes:
    """A module that imports a global through its global offset table, exports its memory and
    three functions, a, b and c (each doing nothing), and has one data segment."""
    functions = [name(f) + bytes([0, i]) for i, f in enumerate("abc")]
    exports = [name("memory") + b"\x02\x00", *functions]
    return (
        b"\0asm\x01\0\0\0"
        + section(1, b"\x01\x60\x00\x00")
        + section(2, b"\x01" + name("GOT.func") + name("x") + b"\x03\x7f\x01")
        + section(3, b"\x03\x00\x00\x00")
        + section(5, b"\x01\x00\x01")
        + section(7, bytes([len(exports)]) + b"".join(exports))
        + section(12, b"\x01")
        + section(10, b"\x03" + b"\x02\x00\x0b" * 3)
        + section(11, b"\x01" + segment(16, b"hello"))
    )


def test_split_may_keep_only_some_function_exports_and_verify_accepts_that() -> None:
    module = module_with_functions()
    assert imports(module) == [("GOT.func", "x")]
    assert function_exports(module) == ["a", "b", "c"]
    everything, data = split(module)
    assert function_exports(everything) == ["a", "b", "c"]
    stripped, same_data = split(module, {"a", "c"}.__contains__)
    assert same_data == data
    assert function_exports(stripped) == ["a", "c"]
    assert b"memory" in stripped  # the exports of other kinds are all kept
    # Only the export section changed: the other sections are the same bytes.
    assert [s for s in sections(stripped)][:3] == [s for s in sections(everything)][:3]
    assert verify(module, stripped, data) == []
    assert verify(module, everything, data) == []
    without_memory = stripped.replace(name("memory") + b"\x02\x00", b"")
    assert verify(module, without_memory, data) != []


def test_a_segment_the_engine_could_not_place_is_refused_at_build_time() -> None:
    passive = bytes([1, 3]) + b"abc"
    with pytest.raises(ValueError, match="flags 1"):
        split(tiny_module(passive))


@pytest.mark.skipif(
    not (PYODIDE_PACKAGE / "pyodide.asm.wasm").exists(), reason="the npm package is not installed"
)
def test_pyodides_own_wasm_splits_into_a_few_segments_that_make_the_same_memory(
    tmp_path: Path,
) -> None:
    package = PYODIDE_PACKAGE / "pyodide.asm.wasm"
    original = package.read_bytes()
    stripped, data = split(original)
    assert len(data) > 2**20  # the 3.3 MB the browser no longer holds with the module
    assert len(stripped) + 2**20 < len(original)
    assert len(segments(data)) < 20  # from 14,579
    (tmp_path / "w").write_bytes(stripped)
    (tmp_path / "d").write_bytes(data)
    assert main(["verify", str(package), str(tmp_path / "w"), str(tmp_path / "d")]) == 0
    (tmp_path / "d").write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert main(["verify", str(package), str(tmp_path / "w"), str(tmp_path / "d")]) == 1


SCRIPT = """
const { withCompiledWasm, writeDataSegments } = await import(process.argv[1]);
const whole = Buffer.from(process.argv[2], "base64");
const stripped = Buffer.from(process.argv[3], "base64");
const data = Buffer.from(process.argv[4], "base64");
const bad = Buffer.from(process.argv[5], "base64");
const page = (memory) => Array.from(new Uint8Array(memory.buffer));
// As Pyodide's loader does in a browser: instantiateStreaming on a fetch, receiving the instance.
const wasmType = { "content-type": "application/wasm" };
const response = (bytes) => new Response(bytes, { headers: wasmType });
const pyodideLike = async () => {
  try {
    const { instance } = await WebAssembly.instantiateStreaming(response(stripped), {});
    return page(instance.exports.memory);
  } catch (error) {
    console.warn("wasm instantiation failed!"); // and, as Pyodide's loader, never resolve
    return new Promise(() => {});
  }
};
const expected = page((await WebAssembly.instantiate(whole, {})).instance.exports.memory);
const results = {};
const compiled = WebAssembly.compile(stripped);
results.withoutData = (await withCompiledWasm(pyodideLike, {}, compiled)).join() ===
  expected.join();
results.withData = (await withCompiledWasm(pyodideLike, {}, compiled, Promise.resolve(data)))
  .join() === expected.join();
// The early compile failed: Pyodide's own fetch is compiled, and the data written all the same.
const failedCompile = Promise.reject(new Error("no compile"));
failedCompile.catch(() => {});
results.fallback = (await withCompiledWasm(pyodideLike, {}, failedCompile, Promise.resolve(data)))
  .join() === expected.join();
const failedData = Promise.reject(new Error("no data"));
failedData.catch(() => {});
results.failedData = await withCompiledWasm(pyodideLike, {}, compiled, failedData).then(
  () => "resolved",
  (error) => error.message,
);
const memory = new WebAssembly.Memory({ initial: 1 });
results.written = writeDataSegments(memory, data);
try {
  writeDataSegments(memory, bad);
  results.bad = "written";
} catch (error) {
  results.bad = error.message;
}
console.log(JSON.stringify(results));
"""


@needs_node
def test_the_engine_writes_the_data_segments_as_instantiation_would() -> None:
    module = tiny_module()
    stripped, data = split(module)
    # The data of a module with one more segment, which ends past its memory's one page.
    _, too_far = split(tiny_module(segment(65534, b"past")))
    encoded = [base64.b64encode(b).decode() for b in (module, stripped, data, too_far)]
    results = run_node(SCRIPT, MODULE.as_uri(), *encoded, timeout=60)
    assert results["withoutData"] is False  # the stripped module alone leaves the memory empty
    assert results["withData"] is True
    assert results["fallback"] is True
    assert results["failedData"] == "no data"  # a rejected start, not one that waits forever
    assert results["written"] == sum(length for _, length in segments(data))
    assert results["bad"] == "a Wasm data segment out of bounds"
