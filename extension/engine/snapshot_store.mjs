/* The engine's memory snapshot in this extension's IndexedDB (TBYP.SNAPSHOT: DB, STORE, KEY).
 *
 * A stored snapshot: {key, pyodide, build, warmReply, madeAt, format, byteLength, pages, data}.
 * `key` names the build that made it (keyOf); `warmReply` is how it answered the warm-up check;
 * `pages` are the numbers of the PAGE_BYTES pages of its memory that are not all zeros, in order,
 * and `data` a Blob of those pages one after another. As a Blob, IndexedDB keeps the 15 MB or so
 * in a file of its own and reads it off this thread (a Uint8Array took this thread tens of
 * milliseconds to deserialise). */
import "../shared/constants.js";

const { SNAPSHOT } = globalThis.TBYP;
export const SNAPSHOT_FORMAT = 3;
const PAGE_BYTES = 4096;

/** The key of a snapshot made by this build: its Pyodide version and build hash. */
export const keyOf = (info) => `${info.PYODIDE_VERSION}/${info.ENGINE_BUILD}`;

function openDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(SNAPSHOT.DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(SNAPSHOT.STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error("IndexedDB blocked"));
  });
}

async function withStore(mode, action) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(SNAPSHOT.STORE, mode);
      const request = action(tx.objectStore(SNAPSHOT.STORE));
      let result;
      request.onsuccess = () => {
        result = request.result;
      };
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

export const readSnapshot = () => withStore("readonly", (store) => store.get(SNAPSHOT.KEY));
export const snapshotStored = () => withStore("readonly", (store) => store.count(SNAPSHOT.KEY));
export const deleteSnapshot = () => withStore("readwrite", (store) => store.delete(SNAPSHOT.KEY));
const writeSnapshot = (record) => withStore("readwrite", (store) => store.put(record, SNAPSHOT.KEY));

function packSnapshot(bytes) {
  const { buffer, byteOffset, byteLength } = bytes;
  const words = byteOffset % 4 === 0 ? new Uint32Array(buffer, byteOffset, byteLength >>> 2) : null;
  const pageCount = Math.ceil(bytes.byteLength / PAGE_BYTES);
  const pages = [];
  for (let page = 0; page < pageCount; page++) {
    const start = page * PAGE_BYTES;
    const end = Math.min(start + PAGE_BYTES, bytes.byteLength);
    let zero = true;
    if (words && end - start === PAGE_BYTES) {
      for (let i = start >>> 2; i < end >>> 2 && zero; i++) zero = words[i] === 0;
    } else {
      for (let i = start; i < end && zero; i++) zero = bytes[i] === 0;
    }
    if (!zero) pages.push(page);
  }
  const data = new Uint8Array(pages.length * PAGE_BYTES);
  pages.forEach((page, k) => {
    const start = page * PAGE_BYTES;
    data.set(bytes.subarray(start, Math.min(start + PAGE_BYTES, bytes.byteLength)), k * PAGE_BYTES);
  });
  return { format: SNAPSHOT_FORMAT, byteLength, pages: Uint32Array.from(pages), data: new Blob([data]) };
}

/** Throws unless `record` is a stored snapshot of the layout this engine reads. */
export function checkLayout(record) {
  const { byteLength, pages, data } = record;
  if (
    record.format !== SNAPSHOT_FORMAT ||
    !Number.isSafeInteger(byteLength) ||
    !(pages instanceof Uint32Array) ||
    !(data instanceof Blob) ||
    data.size !== pages.length * PAGE_BYTES
  ) {
    throw new Error("the stored snapshot's layout is not one this engine reads");
  }
}

/** Gives the memory behind `view` back now, instead of when the garbage collector next runs
 * (tens of seconds later in a quiet worker): ArrayBuffer.prototype.transfer(0) detaches the
 * buffer, which lets go of its bytes. Without transfer (older browsers) the collector does it. */
export function letGo(view) {
  const buffer = view?.buffer;
  if (buffer && !buffer.detached && typeof buffer.transfer === "function") buffer.transfer(0);
}

/** The snapshot's memory again, from a record `checkLayout` passed; throws if the stored pages
 * are out of order. The pages of zeros are never written, so they take no memory. */
export async function unpackSnapshot(record) {
  const { byteLength, pages } = record;
  const pageCount = Math.ceil(byteLength / PAGE_BYTES);
  const data = new Uint8Array(await record.data.arrayBuffer());
  const bytes = new Uint8Array(byteLength);
  let previous = -1;
  pages.forEach((page, k) => {
    if (page <= previous || page >= pageCount) {
      throw new Error("the stored snapshot's pages are out of order");
    }
    previous = page;
    const start = page * PAGE_BYTES;
    const length = Math.min(PAGE_BYTES, byteLength - start);
    bytes.set(data.subarray(k * PAGE_BYTES, k * PAGE_BYTES + length), start);
  });
  letGo(data);
  return bytes;
}

/** Packs and stores the snapshot `bytes` made by the build `info`; says how that went, as the
 * snapshot maker reports it: {snapshot: STORED, ...sizes} or {snapshot: NOT_STORED, snapshotWhy}. */
export async function storeSnapshot({ info, bytes, warmReply }) {
  const started = performance.now();
  try {
    const packed = packSnapshot(bytes);
    await writeSnapshot({
      key: keyOf(info),
      pyodide: info.PYODIDE_VERSION,
      build: info.ENGINE_BUILD,
      warmReply,
      ...packed,
      madeAt: new Date().toISOString(),
    });
    return {
      snapshot: SNAPSHOT.STATE.STORED,
      snapshotBytes: bytes.byteLength,
      storedBytes: packed.data.size,
      storeMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    return { snapshot: SNAPSHOT.STATE.NOT_STORED, snapshotWhy: String(error?.message ?? error) };
  }
}
