"""Pyodide's Wasm without its data section, and that section in a file of its own.

The browser keeps a compiled Wasm module's bytes whole for as long as the module lives, the data
section with them: 3.3 of pyodide.asm.wasm's 9.6 MB, the initial contents of Pyodide's memory,
which instantiating the module copies into that memory once and never reads again (a start from
the memory snapshot then overwrites it all). So the extension ships pyodide.asm.wasm without its
data section and data count section, and the data section's contents as pyodide.asm.data; the
engine writes those segments into the memory itself right after instantiating the module, before
any of its code runs (writeDataSegments in extension/engine/pyodide_private.mjs), as
instantiation would have.

`split` checks that every segment is one a writer outside the module can place: active, in memory
0, at a constant offset. `join` puts the two files back together byte for byte:
`python -m builder.wasm_data join WASM DATA OUT` lets anyone compare the result with the npm
package's own pyodide.asm.wasm."""

from __future__ import annotations

import sys
from pathlib import Path

MAGIC = b"\0asm\x01\0\0\0"
DATA = 11
DATA_COUNT = 12
CODE = 10
I32_CONST = 0x41
END = 0x0B


def _uleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _sleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if byte & 0x40:
                value -= 1 << shift
            return value, at


def _uleb_bytes(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sections(wasm: bytes) -> list[tuple[int, int, int]]:
    """The module's sections as (id, start of the section's header, end of its contents)."""
    if wasm[:8] != MAGIC:
        raise ValueError("not a version 1 Wasm module")
    found = []
    at = 8
    while at < len(wasm):
        size, contents = _uleb(wasm, at + 1)
        end = contents + size
        if end > len(wasm):
            raise ValueError("a section runs past the end of the module")
        found.append((wasm[at], at, end))
        at = end
    return found


def segments(data: bytes) -> list[tuple[int, int]]:
    """The (offset, length) of each segment in a data section's contents; ValueError for a segment
    that instantiation would not write at a constant offset of memory 0."""
    count, at = _uleb(data, 0)
    found = []
    for _ in range(count):
        flags, at = _uleb(data, at)
        if flags != 0:
            raise ValueError(f"a data segment with flags {flags} (only active ones in memory 0)")
        if data[at] != I32_CONST:
            raise ValueError("a data segment whose offset is not an i32.const")
        offset, at = _sleb(data, at + 1)
        if data[at] != END or offset < 0:
            raise ValueError("a data segment whose offset is not one constant")
        length, at = _uleb(data, at + 1)
        if at + length > len(data):
            raise ValueError("a data segment runs past the end of the section")
        found.append((offset, length))
        at += length
    if at != len(data):
        raise ValueError("bytes after the last data segment")
    return found


def split(wasm: bytes) -> tuple[bytes, bytes]:
    """The module without its data and data count sections, and the data section's contents."""
    found = sections(wasm)
    ids = [sid for sid, _, _ in found]
    if ids.count(DATA) != 1 or ids.count(DATA_COUNT) > 1:
        raise ValueError("the module has no data section, or more than one")
    stripped = bytearray(wasm[:8])
    data = b""
    for sid, start, end in found:
        if sid == DATA:
            _, contents = _uleb(wasm, start + 1)
            data = wasm[contents:end]
        elif sid != DATA_COUNT:
            stripped += wasm[start:end]
    count = len(segments(data))
    if DATA_COUNT in ids:
        _, start, end = found[ids.index(DATA_COUNT)]
        _, contents = _uleb(wasm, start + 1)
        if _uleb(wasm, contents)[0] != count:
            raise ValueError("the data count section disagrees with the data section")
    return bytes(stripped), data


def _section(sid: int, contents: bytes) -> bytes:
    return bytes([sid]) + _uleb_bytes(len(contents)) + contents


def join(stripped: bytes, data: bytes) -> bytes:
    """The module `split` took apart: the data count section before the code section (Pyodide's
    has one), the data section after it. Byte for byte the original when the original encoded
    its section sizes in the fewest bytes; `split`'s caller checks that."""
    count = len(segments(data))
    out = bytearray(stripped[:8])
    found = sections(stripped)
    for sid, start, end in found:
        if sid == CODE:
            out += _section(DATA_COUNT, _uleb_bytes(count))
        out += stripped[start:end]
        if sid == CODE:
            out += _section(DATA, data)
    return bytes(out)


def split_file(source: Path, wasm_out: Path, data_out: Path) -> None:
    """Writes `source` split into `wasm_out` and `data_out`, after checking that `join` gives
    `source` back exactly."""
    original = source.read_bytes()
    stripped, data = split(original)
    if join(stripped, data) != original:
        raise ValueError(f"{source.name}: its data section cannot be split off and put back")
    wasm_out.write_bytes(stripped)
    data_out.write_bytes(data)


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[0] != "join":
        print("usage: python -m builder.wasm_data join WASM DATA OUT", file=sys.stderr)
        return 2
    wasm, data, out = (Path(arg) for arg in argv[1:])
    out.write_bytes(join(wasm.read_bytes(), data.read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
