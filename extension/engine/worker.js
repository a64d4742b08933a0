/* The engine: Pyodide and the Python core in a module Worker, one per browser profile.
 * Receives {id, request} where request is the bridge's JSON request; answers {id, reply}.
 * Posts {event: "ready", bootMs} once the core is imported, or {event: "failed", error}. */
import { loadPyodide } from "../pyodide/pyodide.mjs";

const base = new URL("../", import.meta.url);

async function boot() {
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", base).href,
    stdout: () => {},
    stderr: (line) => console.warn("[engine]", line),
  });
  const archive = await fetch(new URL("core.zip", base));
  if (!archive.ok) throw new Error(`core.zip: HTTP ${archive.status}`);
  pyodide.unpackArchive(await archive.arrayBuffer(), "zip", { extractDir: "/home/pyodide/tbyp" });
  pyodide.runPython("import sys\nsys.path.insert(0, '/home/pyodide/tbyp')\nimport core.bridge");
  const handle = pyodide.pyimport("core.bridge").handle;
  return { handle, bootMs: performance.now() - started };
}

const engine = boot().then(
  (ready) => {
    postMessage({ event: "ready", bootMs: ready.bootMs });
    return ready;
  },
  (error) => {
    postMessage({ event: "failed", error: String(error?.message ?? error) });
    throw error;
  },
);

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    const { handle } = await engine;
    const started = performance.now();
    const reply = JSON.parse(handle(JSON.stringify(request)));
    reply.checkMs = performance.now() - started;
    postMessage({ id, reply });
  } catch (error) {
    postMessage({ id, reply: { ok: false, error: String(error?.message ?? error) } });
  }
};
