"""Pyodide's Wasm without its data section, and that section in a file of its own.

The browser keeps a compiled Wasm module's bytes whole for as long as the module lives, the data
section with them: 3.3 of pyodide.asm.wasm's 9.6 MB, the initial contents of Pyodide's memory,
which instantiating the module copies into that memory once and never reads again (a start from
the memory snapshot then overwrites it all). So the extension ships pyodide.asm.wasm without its
data section and data count section, and the data section's contents as pyodide.asm.data; the
engine writes those segments into the memory itself right after instantiating the module, before
any of its code runs (writeDataSegments in extension/engine/pyodide_private.mjs), as
instantiation would have.

The build also leaves out the function exports no JavaScript calls by name (`split`'s
`keep_export`, with_function_exports; the names kept are chosen by builder/pyodide_trim.py): the
browser makes a JavaScript function of every exported function as it instantiates the module and
keeps it for the module's life, 7,415 of them for Pyodide's Wasm. Nothing else in the module
changes, so its code, which calls its functions by index, is the same.

`split` checks that every segment is one a writer outside the module can place: active, in memory
0, at a constant offset. It also merges segments less than a page apart, with the zeros between
them (Pyodide's 14,579 segments become 6): the memory they make is the same, they write no page
the separate segments would not, and the engine's writer, which runs once and so mostly
unoptimised, has 6 segments to read instead of 14,579. `python -m builder.wasm_data verify
PACKAGE_WASM WASM DATA` lets anyone check the two shipped files against the npm package's own
pyodide.asm.wasm: the Wasm is the package's without those two sections and with the function
exports it has, and the data makes the same memory."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from .crx3 import varint

MAGIC = b"\0asm\x01\0\0\0"
IMPORT = 2
EXPORT = 7
DATA = 11
DATA_COUNT = 12
FUNCTION = 0  # an import's or export's kind
PAGE = 4096
I32_CONST = 0x41
END = 0x0B


def _leb(data: bytes, at: int, signed: bool = False) -> tuple[int, int]:
    """The LEB128 number at ``at`` and the place after it."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if signed and byte & 0x40:
                value -= 1 << shift
            return value, at


def _uleb(data: bytes, at: int) -> tuple[int, int]:
    return _leb(data, at)


def _sleb(data: bytes, at: int) -> tuple[int, int]:
    return _leb(data, at, signed=True)


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


def _name(wasm: bytes, at: int) -> tuple[str, int]:
    length, at = _uleb(wasm, at)
    return wasm[at : at + length].decode("utf-8"), at + length


def _limits(wasm: bytes, at: int) -> int:
    flags = wasm[at]
    _, at = _uleb(wasm, at + 1)
    return _uleb(wasm, at)[1] if flags & 1 else at


def imports(wasm: bytes) -> list[tuple[str, str]]:
    """(module, name) of each of the module's imports."""
    found = []
    for sid, start, _ in sections(wasm):
        if sid != IMPORT:
            continue
        count, at = _uleb(wasm, _uleb(wasm, start + 1)[1])
        for _ in range(count):
            module, at = _name(wasm, at)
            name, at = _name(wasm, at)
            kind, at = wasm[at], at + 1
            if kind == FUNCTION:
                _, at = _uleb(wasm, at)
            elif kind == 1:  # a table: its element type, then its limits
                at = _limits(wasm, at + 1)
            elif kind == 2:  # a memory
                at = _limits(wasm, at)
            elif kind == 3:  # a global: its type and mutability
                at += 2
            else:
                raise ValueError(f"an import of kind {kind}")
            found.append((module, name))
    return found


def _exports(wasm: bytes) -> list[tuple[str, int, bytes]]:
    """(name, kind, the entry's bytes) of each of the module's exports."""
    found = []
    for sid, start, _ in sections(wasm):
        if sid != EXPORT:
            continue
        count, at = _uleb(wasm, _uleb(wasm, start + 1)[1])
        for _ in range(count):
            begin = at
            name, at = _name(wasm, at)
            kind, at = wasm[at], at + 1
            _, at = _uleb(wasm, at)
            found.append((name, kind, wasm[begin:at]))
    return found


def function_exports(wasm: bytes) -> list[str]:
    """The names of the functions the module exports."""
    return [name for name, kind, _ in _exports(wasm) if kind == FUNCTION]


def with_function_exports(wasm: bytes, keep: Callable[[str], bool]) -> bytes:
    """The module with only the function exports whose name `keep` accepts (its other exports,
    memory, table and globals, all kept), in their order; nothing else changes."""
    out = bytearray(wasm[:8])
    for sid, start, end in sections(wasm):
        if sid != EXPORT:
            out += wasm[start:end]
            continue
        kept = [entry for name, kind, entry in _exports(wasm) if kind != FUNCTION or keep(name)]
        contents = varint(len(kept)) + b"".join(kept)
        out += bytes([EXPORT]) + varint(len(contents)) + contents
    return bytes(out)


def segments(data: bytes) -> list[tuple[int, int]]:
    """The (offset, length) of each segment in a data section's contents; ValueError for a segment
    that instantiation would not write at a constant offset of memory 0."""
    return [(offset, length) for offset, _, length in _segments(data)]


def _segments(data: bytes) -> list[tuple[int, int, int]]:
    """segments(), with where each segment's bytes start in `data`: (offset, start, length)."""
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
        found.append((offset, at, length))
        at += length
    if at != len(data):
        raise ValueError("bytes after the last data segment")
    return found


def _encode(merged: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(varint(len(merged)))
    for offset, data in merged:
        out += bytes([0, I32_CONST]) + _sleb_bytes(offset) + bytes([END])
        out += varint(len(data)) + data
    return bytes(out)


def _sleb_bytes(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def _merged(data: bytes) -> list[tuple[int, bytes]]:
    """The segments of a data section's contents, those less than PAGE apart joined with the
    zeros between them (overlapping or out-of-order segments are left as they are)."""
    merged: list[tuple[int, bytearray]] = []
    for offset, start, length in _segments(data):
        chunk = data[start : start + length]
        if merged:
            last_offset, last = merged[-1]
            gap = offset - (last_offset + len(last))
            if 0 <= gap < PAGE:
                last += bytes(gap) + chunk
                continue
        merged.append((offset, bytearray(chunk)))
    return [(offset, bytes(chunk)) for offset, chunk in merged]


def memory_image(data: bytes) -> bytearray:
    """The memory a data section's contents make when instantiated over zeros, up to its last
    byte written."""
    found = _segments(data)
    image = bytearray(max((offset + length for offset, _, length in found), default=0))
    for offset, start, length in found:
        image[offset : offset + length] = data[start : start + length]
    return image


def split(wasm: bytes, keep_export: Callable[[str], bool] | None = None) -> tuple[bytes, bytes]:
    """The module without its data and data count sections, and the data section's contents with
    its segments less than a page apart merged; with `keep_export`, the module keeps only the
    function exports whose name it accepts (with_function_exports)."""
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
    if keep_export is not None:
        stripped = bytearray(with_function_exports(bytes(stripped), keep_export))
    return bytes(stripped), _encode(_merged(data))


def verify(original: bytes, stripped: bytes, data: bytes) -> list[str]:
    """What is wrong with `stripped` and `data` as `split` of `original` (nothing: []), the Wasm
    keeping the function exports it has."""
    try:
        kept = set(function_exports(stripped))
    except (ValueError, IndexError, UnicodeDecodeError):
        kept = set()
    expected_wasm, _ = split(original, kept.__contains__)
    problems = []
    if stripped != expected_wasm:
        problems.append(
            "the Wasm is not the original without its data and data count sections and some of "
            "its function exports"
        )
    contents = [section for sid, section in _sections_contents(original) if sid == DATA]
    if len(contents) != 1 or memory_image(data) != memory_image(contents[0]):
        problems.append("the data does not make the memory the original's data section makes")
    return problems


def _sections_contents(wasm: bytes) -> list[tuple[int, bytes]]:
    return [(sid, wasm[_uleb(wasm, start + 1)[1] : end]) for sid, start, end in sections(wasm)]


def split_file(
    source: Path, wasm_out: Path, data_out: Path, keep_export: Callable[[str], bool] | None = None
) -> None:
    """Writes `source` split into `wasm_out` and `data_out` (`split`), after checking them with
    `verify`."""
    original = source.read_bytes()
    stripped, data = split(original, keep_export)
    problems = verify(original, stripped, data)
    if problems:
        raise ValueError(f"{source.name}: {'; '.join(problems)}")
    wasm_out.write_bytes(stripped)
    data_out.write_bytes(data)


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[0] != "verify":
        print("usage: python -m builder.wasm_data verify PACKAGE_WASM WASM DATA", file=sys.stderr)
        return 2
    original, wasm, data = (Path(arg).read_bytes() for arg in argv[1:])
    problems = verify(original, wasm, data)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("the Wasm and its data are the package's Wasm, split")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
