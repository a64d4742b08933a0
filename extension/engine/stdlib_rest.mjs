/* The standard library of a start from the memory snapshot.
 *
 * Pyodide installs its standard library's zip in its file system at every start, where it stays in
 * the Worker's memory for the engine's life (3.2 MiB). A snapshot's memory holds the modules
 * imported before it was taken already, so a start from it needs only the zip's other entries:
 * the build writes them, deflated, as python_stdlib_rest.zip (0.18 MB), with stdlib_imported.txt,
 * the entries it left out (builder/pyodide_trim.py). After the start, completeStdlib makes Python
 * read the zip that is there now and checks that each left-out module is imported; if one is not
 * (the snapshot was taken another way than the build's trace), the whole zip is installed instead,
 * so an import never fails for want of it. */

export const STDLIB_REST = "python_stdlib_rest.zip";
export const STDLIB_FULL = "python_stdlib.zip";

// [the zip's path, the left-out modules not imported...] ("unreadable" when there is no list).
const CHECK = `
def _stdlib_not_imported():
    import sys, zipimport
    stdlib = next(p for p in sys.path if p.endswith(".zip"))
    # The snapshot's importers read the directory of the zip the snapshot was made with.
    zipimport._zip_directory_cache.pop(stdlib, None)
    for finder in list(sys.path_importer_cache.values()):
        if isinstance(finder, zipimport.zipimporter):
            finder.invalidate_caches()
    try:
        listed = zipimport.zipimporter(stdlib).get_data("stdlib_imported.txt").decode().split()
    except Exception:
        return [stdlib, "unreadable"]
    names = [e.rpartition(".")[0].removesuffix("/__init__").replace("/", ".") for e in listed]
    return [stdlib, *[name for name in names if name not in sys.modules]]
_stdlib_not_imported()
`;

/** After a start from the snapshot with STDLIB_REST as its standard library: installs the whole
 * zip (`fetchFull()`, a promise of its bytes) when a module the rest leaves out is not imported.
 * Resolves "rest", or "full: <the modules missing>". */
export async function completeStdlib(pyodide, fetchFull) {
  const found = pyodide.runPython(CHECK);
  const [stdlib, ...missing] = found.toJs();
  found.destroy();
  if (!missing.length) return "rest";
  pyodide.FS.writeFile(stdlib, await fetchFull());
  pyodide.runPython(CHECK).destroy();
  return `full: ${missing.join(" ")}`;
}
