/* Every use the engine makes of Pyodide beyond its documented API, in one place. Each was checked
 * against Pyodide 314.0.7 (CHECKED_WITH_PYODIDE; e2e/test_build.py fails when package.json pins
 * another version, so that an upgrade reads these again in node_modules/pyodide/pyodide.mjs):
 * - loadPyodide's options _makeSnapshot and _loadSnapshot (@ignore in pyodide.d.ts): boot so that
 *   a memory snapshot can be taken, and boot from one. _loadSnapshot may be a promise, which
 *   Pyodide awaits only just before it instantiates its Wasm.
 * - pyodide.makeMemorySnapshot() (@private): the snapshot's bytes.
 * - Module._malloc, _free, _malloc_footprint, _malloc_footprint_limit and
 *   _malloc_set_footprint_limit, dlmalloc's own functions, which Pyodide exports: zeroFreeMemory
 *   fills the allocator's free blocks with zeros before a snapshot.
 * - pyodide._module.HEAPU8: the Wasm memory, whose size the engine reports.
 * - pyodide._api.config: the options loadPyodide was given, kept for the engine's life; its
 *   _loadSnapshot holds the snapshot's bytes after they were copied into the Wasm memory, which
 *   forgetSnapshot lets go.
 * - Pyodide's loader instantiates its Wasm with WebAssembly.instantiateStreaming on a fetch of its
 *   own (getInstantiateWasmFunc): withCompiledWasm hands it a module compiled earlier instead, and
 *   writes the Wasm's data segments (shipped beside it, builder/wasm_data.py) into the memory the
 *   instance exports as `memory` before handing the instance back, so before any of its code runs.
 * - createPyodideModule (@experimental): the JavaScript half of Pyodide, imported by the caller.
 * - Module.API.restoreSnapshot copies a snapshot into the Wasm memory with Module.HEAP8.set(bytes):
 *   restoreSparsely wraps it so that, for that one call, Module.HEAP8 is an object whose set()
 *   leaves the snapshot's pages of zeros unwritten (see copyWrittenPages), after growing the
 *   memory with Module._emscripten_resize_heap when the snapshot is larger (see fitMemory). */

export const CHECKED_WITH_PYODIDE = "314.0.7";

/** loadPyodide's options to boot so that a memory snapshot can be taken (`make`), or to boot from
 * one (`load`: its bytes, or a promise of them). */
export function snapshotOptions({ make = false, load = null } = {}) {
  if (load) return { _loadSnapshot: load };
  return make ? { _makeSnapshot: true } : {};
}

/** Fills the free memory of Pyodide's allocator (dlmalloc) with zeros, and returns how many bytes
 * that was. A freed block keeps its old bytes, so a page that holds nothing live still counts as
 * written in a snapshot and costs memory after every restore (copyWrittenPages leaves only pages
 * of zeros unwritten): the boot cache's table, read and dropped during a plain start, left 2 MiB
 * of such blocks. Every free block is taken with malloc, the allocator held to its present
 * footprint (so the memory does not grow), zeroed and freed again: what stays written of it is
 * the allocator's few words of bookkeeping. */
export function zeroFreeMemory(module) {
  const malloc = module?._malloc;
  const free = module?._free;
  const footprint = module?._malloc_footprint;
  const limit = module?._malloc_footprint_limit;
  const setLimit = module?._malloc_set_footprint_limit;
  if (![malloc, free, footprint, limit, setLimit].every((f) => typeof f === "function")) return 0;
  const before = limit(); // 0: no limit
  const taken = [];
  let zeroed = 0;
  setLimit(footprint());
  try {
    for (let size = 1 << 24; size >= 16; size >>>= 1) {
      for (let block = malloc(size); block; block = malloc(size)) {
        module.HEAPU8.fill(0, block, block + size);
        taken.push(block);
        zeroed += size;
      }
    }
  } finally {
    for (const block of taken) free(block);
    setLimit(before || -1); // -1, the largest size_t, is no limit
  }
  return zeroed;
}

/** The memory snapshot of a Pyodide booted with snapshotOptions({ make: true }): Python's cyclic
 * garbage collected first (what the start left in reference cycles, such as the boot cache's
 * module, 0.3-0.9 MiB of written pages), then its allocator's free memory zeroed
 * (zeroFreeMemory). */
export function takeMemorySnapshot(pyodide) {
  pyodide.runPython("__import__('gc').collect()");
  zeroFreeMemory(pyodide._module);
  return pyodide.makeMemorySnapshot();
}

/** Let go of the snapshot's bytes once Pyodide has booted from them (a copy of its whole memory,
 * which loadPyodide's kept options would hold for as long as the engine runs). */
export function forgetSnapshot(pyodide) {
  const config = pyodide._api?.config;
  if (config && "_loadSnapshot" in config) config._loadSnapshot = null;
}

/** The size of Pyodide's Wasm memory in bytes, or null. */
export const wasmMemoryBytes = (pyodide) => pyodide._module?.HEAPU8?.byteLength ?? null;

const PAGE_BYTES = 4096;

const zeroWords = (words, from, to) => {
  for (let i = from; i < to; i++) if (words[i] !== 0) return false;
  return true;
};

/** heap.set(source, offset), except that a 4 KiB page of zeros in `source` is not written when the
 * page of `heap` under it is zero already. A fresh Wasm memory is all zeros and the operating
 * system gives its pages RAM only once they are written, so the pages of zeros a snapshot holds
 * (about 13 of its 30 MiB: free heap, unused stack) then cost no memory. Reading a page that was
 * never written costs none either. */
export function copyWrittenPages(heap, source, offset = 0) {
  const aligned = (heap.byteOffset + offset) % 4 === 0 && source.byteOffset % 4 === 0;
  if (!aligned || offset < 0 || offset + source.byteLength > heap.byteLength) {
    heap.set(source, offset);
    return;
  }
  const from = new Int32Array(source.buffer, source.byteOffset, source.byteLength >>> 2);
  const to = new Int32Array(heap.buffer, heap.byteOffset + offset, source.byteLength >>> 2);
  const whole = from.length * 4;
  for (let start = 0; start < whole; start += PAGE_BYTES) {
    const end = Math.min(start + PAGE_BYTES, whole);
    if (!zeroWords(from, start >>> 2, end >>> 2)) {
      heap.set(source.subarray(start, end), offset + start);
    } else if (!zeroWords(to, start >>> 2, end >>> 2)) {
      heap.fill(0, offset + start, offset + end);
    }
  }
  if (whole < source.byteLength) heap.set(source.subarray(whole), offset + whole);
}

/** Grows the Wasm memory to hold `bytes`. Pyodide asks for a restored engine's memory through
 * INITIAL_MEMORY, which its build does not honour (the memory starts at 30 MiB whatever it says):
 * a snapshot of more than that failed with "offset is out of bounds", and the engine fell back to
 * a plain start on every launch. Module._emscripten_resize_heap is Emscripten's own growth (the
 * one sbrk uses): it grows the memory and renews Module.HEAP8. */
function fitMemory(module, bytes) {
  const size = module.HEAP8?.byteLength ?? 0;
  if (bytes <= size || typeof module._emscripten_resize_heap !== "function") return;
  if (!module._emscripten_resize_heap(bytes)) {
    throw new Error(`the engine's memory cannot grow to ${bytes} bytes for its snapshot`);
  }
}

/** Makes Pyodide's snapshot restore write only the snapshot's pages that hold something. */
function restoreSparsely(module) {
  const api = module?.API;
  const restore = api?.restoreSnapshot;
  if (typeof restore !== "function") return;
  api.restoreSnapshot = function restoreSnapshot(bytes) {
    fitMemory(module, bytes.byteLength);
    const heap = module.HEAP8;
    module.HEAP8 = { set: (source, offset) => copyWrittenPages(heap, source, offset) };
    try {
      return restore.call(this, bytes);
    } finally {
      module.HEAP8 = heap;
    }
  };
}

/** The JavaScript half of Pyodide as loadPyodide's createPyodideModule wants it, with a snapshot
 * restore that leaves pages of zeros unwritten. */
export const createPyodideModule = (script) => async (settings) => {
  const module = await (await script).default(settings);
  restoreSparsely(module);
  return module;
};

/** Reads an unsigned (`signed` false) or signed LEB128 number of at most 32 bits from
 * bytes[cursor.at], moving cursor.at past it. */
function leb(bytes, cursor, signed = false) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    if (cursor.at >= bytes.length) throw new Error("the Wasm's data ends inside a number");
    byte = bytes[cursor.at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (signed && shift < 32 && byte & 0x40) value |= -1 << shift;
  return signed ? value : value >>> 0;
}

const I32_CONST = 0x41;
const END = 0x0b;

/** Writes the data segments of a Wasm data section's contents (`data`, an ArrayBuffer or a view)
 * into `memory` (a WebAssembly.Memory), as instantiating a module with that data section does:
 * each segment's bytes at its constant offset. Throws, having written nothing, on a segment of
 * another kind or one that does not fit the memory. Returns how many bytes it wrote. */
export function writeDataSegments(memory, data) {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const heap = new Uint8Array(memory.buffer);
  const cursor = { at: 0 };
  const count = leb(bytes, cursor);
  const found = [];
  for (let i = 0; i < count; i++) {
    if (leb(bytes, cursor) !== 0) throw new Error("a Wasm data segment that is not active");
    if (bytes[cursor.at++] !== I32_CONST) throw new Error("a Wasm data segment's offset");
    const offset = leb(bytes, cursor, true);
    if (bytes[cursor.at++] !== END) throw new Error("a Wasm data segment's offset");
    const length = leb(bytes, cursor);
    const start = cursor.at;
    cursor.at += length;
    if (offset < 0 || offset + length > heap.length || cursor.at > bytes.length) {
      throw new Error("a Wasm data segment out of bounds");
    }
    found.push([offset, start, length]);
  }
  if (cursor.at !== bytes.length) throw new Error("bytes after the Wasm's last data segment");
  let written = 0;
  for (const [offset, start, length] of found) {
    heap.set(bytes.subarray(start, start + length), offset);
    written += length;
  }
  return written;
}

/** loadPyodide(options), with its Wasm module taken from `compiledWasm` (a promise of a
 * WebAssembly.Module compiled earlier). While this call runs, instantiateStreaming takes that
 * module instead of compiling Pyodide's fetch, whose body is dropped; if the early compile failed,
 * Pyodide's own fetch is used as usual. `wasmData`, when given, is a promise of the Wasm's data
 * section's contents (the Wasm ships without them: builder/wasm_data.py), written into the new
 * instance's memory before Pyodide gets the instance (an ArrayBuffer is then detached). Pyodide's
 * loader only logs a failed instantiation and then waits forever, so a failure here (of the
 * data's fetch, say) rejects this call instead: the engine's start fails, and is not waited for.
 */
export async function withCompiledWasm(loadPyodide, options, compiledWasm, wasmData = null) {
  const streaming = WebAssembly.instantiateStreaming;
  let failed;
  const failure = new Promise((_, reject) => (failed = reject));
  const withData = async (result) => {
    const data = await wasmData;
    if (data) writeDataSegments(result.instance.exports.memory, data);
    // Written once: an ArrayBuffer of it is let go now rather than when V8 next collects.
    if (data instanceof ArrayBuffer && typeof data.transfer === "function") data.transfer(0);
    return result;
  };
  const instantiate = async (source, imports) => {
    let module;
    try {
      module = await compiledWasm;
    } catch {
      return withData(await streaming.call(WebAssembly, source, imports));
    }
    Promise.resolve(source)
      .then((response) => response.body?.cancel())
      .catch(() => {});
    return withData({ module, instance: await WebAssembly.instantiate(module, imports) });
  };
  WebAssembly.instantiateStreaming = (source, imports) =>
    instantiate(source, imports).catch((error) => {
      failed(error);
      throw error;
    });
  try {
    return await Promise.race([loadPyodide(options), failure]);
  } finally {
    WebAssembly.instantiateStreaming = streaming;
  }
}
