/* The core's archive (core.zip), written into Pyodide's file system by JavaScript. The build
 * writes it with every entry stored, not compressed (builder/in_pyodide.py, compile_zip), so its
 * entries are read straight from the central directory. Pyodide's own unpackArchive would do it in
 * Python, importing shutil, tempfile and zipfile for it, which a memory snapshot would then hold
 * (builder/pyodide_trim.py, LAZY_IMPORTS). */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The entries of `zip` (a Uint8Array), as [name, bytes] with bytes a view into `zip`; a name
 * ending in "/" is a folder. Throws on a compressed entry (unless `inflate` is given: a function
 * of a deflated entry's bytes, as the build's tools read the core's source archive), a zip64 or a
 * damaged archive. */
export function storedEntries(zip, inflate = null) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip: no end of its central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder("utf-8", { fatal: true });
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new Error("a damaged zip: its central directory");
    }
    const method = view.getUint16(at + 10, true);
    if (method !== STORED && !(method === DEFLATED && inflate)) {
      throw new Error("a compressed zip entry");
    }
    const size = view.getUint32(at + 20, true); // its size in the zip
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > zip.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error(`a damaged zip: the entry ${name}`);
    }
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (data + size > zip.byteLength) throw new Error(`a damaged zip: the entry ${name}`);
    const stored = zip.subarray(data, data + size);
    entries.push([name, method === STORED ? stored : new Uint8Array(inflate(stored))]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Writes the entries of `zip` (an ArrayBuffer or a Uint8Array of a zip whose entries are stored;
 * `inflate` as for storedEntries) into `FS` (Pyodide's file system) under the folder `dir`;
 * returns how many files it wrote. */
export function writeStoredZip(FS, zip, dir, inflate = null) {
  const bytes = ArrayBuffer.isView(zip)
    ? new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength)
    : new Uint8Array(zip);
  const entries = storedEntries(bytes, inflate);
  let files = 0;
  for (const [name, data] of entries) {
    if (name.startsWith("/") || name.split("/").includes("..")) {
      throw new Error(`a zip entry outside its folder: ${name}`);
    }
    const path = `${dir}/${name}`;
    if (name.endsWith("/")) {
      FS.mkdirTree(path.slice(0, -1));
      continue;
    }
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    FS.writeFile(path, data);
    files++;
  }
  return files;
}
