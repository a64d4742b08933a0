/* Settings files: what "Save settings to a file" writes and what "Load settings from a file"
 * accepts. A file is used whole or not at all: anything that repair() would have to change makes
 * the import fail with a reason, and nothing is changed. */
(() => {
  const TBYP = globalThis.TBYP;
  const FORMAT = "think-before-you-post/settings";
  const FILE_NAME = "think-before-you-post-settings.json";
  const MAX_BYTES = 256 * 1024;

  /** The file's contents. Private names go in only when the user ticked the box for them. */
  function exportText(settings, names) {
    const { packs, sites, showInfo, quietMode, phrases, language } = TBYP.settings.repair(settings);
    const file = {
      format: FORMAT,
      version: TBYP.settings.VERSION,
      settings: { packs, sites, showInfo, quietMode, phrases, language },
    };
    if (names) file.names = [...names];
    return `${JSON.stringify(file, null, 2)}\n`;
  }

  /**
   * Read a file's text. Returns {ok: true, settings, names} (names null when the file has none)
   * or {ok: false, reason, parts}: reason is "tooBig", "notJson", "notOurs" or "broken", and
   * parts lists what could not be used.
   */
  function parseImport(text, byteLength = text.length) {
    if (byteLength > MAX_BYTES) return { ok: false, reason: "tooBig", parts: [] };
    let file;
    try {
      file = JSON.parse(text);
    } catch {
      return { ok: false, reason: "notJson", parts: [] };
    }
    const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
    if (!isObject(file) || file.format !== FORMAT || !isObject(file.settings)) {
      return { ok: false, reason: "notOurs", parts: [] };
    }
    const { settings, repaired } = TBYP.settings.repairWithReport(file.settings);
    const parts = [...repaired];
    let names = null;
    if (file.names !== undefined) {
      const cleaned = Array.isArray(file.names)
        ? TBYP.settings.cleanList(file.names, TBYP.settings.LIMITS.names)
        : null;
      if (!cleaned || cleaned.invalid || cleaned.tooLong.length || cleaned.extra) {
        parts.push("names");
      } else {
        names = cleaned.entries;
      }
    }
    if (parts.length) return { ok: false, reason: "broken", parts };
    return { ok: true, settings, names };
  }

  TBYP.transfer = { FORMAT, FILE_NAME, exportText, parseImport };
})();
