/* The boot cache for one plain start (boot_cache.py says what it holds and how it is used): the
 * build's table, boot_cache.marshal, and the Python module that hands it to Python, boot_cache.py,
 * both fetched from the extension as the start begins. */

const MODULE = "tbyp_boot_cache"; // its name in site-packages, as the .pth file imports it
const OFF = `import sys
sys.modules["${MODULE}"].uninstall() if "${MODULE}" in sys.modules else "null"`;
const fetched = (name, read) =>
  fetch(new URL(name, import.meta.url))
    .then((response) => (response.ok ? read(response) : null))
    .catch(() => null);

/** `fsInit` for loadPyodide writes the module, its table and its .pth into site-packages;
 * `off(pyodide)` ends it, removes those files and returns how much of it was used
 * ({patterns: [from the table, compiled], sources: [...]}, or null without it). */
export function bootCache() {
  const table = fetched("../boot_cache.marshal", (response) => response.arrayBuffer());
  const source = fetched("boot_cache.py", (response) => response.text());
  const written = [];
  return {
    async fsInit(FS, { sitePackages }) {
      const [bytes, python] = await Promise.all([table, source]);
      if (!bytes || !python) return;
      const file = (suffix, data) => {
        const path = `${sitePackages}/${MODULE}${suffix}`;
        FS.writeFile(path, data);
        written.push(path);
      };
      file(".marshal", new Uint8Array(bytes));
      file(".py", python);
      file(".pth", `import ${MODULE}\n`);
    },
    off(pyodide) {
      const stats = JSON.parse(pyodide.runPython(OFF));
      for (const path of written.splice(0)) pyodide.FS.unlink(path);
      return stats;
    },
  };
}
