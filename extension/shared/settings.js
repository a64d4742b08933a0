/* Settings: defaults derived from the rule registry, reading with repair, writing, watching.
 *
 * storage.sync, under TBYP.STORAGE.SETTINGS: {version, packs, sites, showInfo, quietMode,
 * snoozedUntil, phrases, language}. `language` is "auto" (the browser's), "en" or "cy"
 * (shared/i18n.js). An organisation's managed settings are laid over these (shared/policy.js).
 * The user's private names of people they support live in storage.local only, under
 * TBYP.STORAGE.PRIVATE_NAMES, and are never part of the synced settings. */
(() => {
  const TBYP = globalThis.TBYP;

  const VERSION = 2;
  const SNOOZE_MS = 60 * 60 * 1000;
  /** Limits on the user's lists. Phrases are synced, and storage.sync allows 8 KB per item, so
   * their list is the shorter one; names stay on this device. */
  const LIMITS = Object.freeze({
    names: Object.freeze({ max: 200, maxLength: 60 }),
    phrases: Object.freeze({ max: 100, maxLength: 60 }),
  });
  /** The parts of the settings that repair can report, in the order the options page lists them. */
  const PARTS = Object.freeze([
    "packs",
    "sites",
    "showInfo",
    "quietMode",
    "snoozedUntil",
    "phrases",
    "language",
  ]);
  const LANGUAGES = Object.freeze(["auto", "en", "cy"]);

  function defaults() {
    const packs = {};
    for (const pack of TBYP.REGISTRY.packs) packs[pack.id] = pack.default_on !== false;
    const sites = {};
    for (const site of TBYP.SITES) sites[site] = true;
    return {
      version: VERSION,
      packs,
      sites,
      showInfo: true,
      quietMode: false,
      snoozedUntil: 0,
      phrases: [],
      language: "auto",
    };
  }

  const isPlainObject = (value) =>
    value !== null && typeof value === "object" && !Array.isArray(value);

  /** The key two entries share when they are the same for matching (the core ignores case and
   * runs of space). */
  const entryKey = (entry) => entry.split(/\s+/).join(" ").toLocaleLowerCase("en-GB");

  /**
   * Tidy a list the user typed or a stored list: trim, drop blank lines and duplicates, keep the
   * first `max` entries of at most `maxLength` characters.
   * Returns {entries, tooLong: [entries over the length], extra: how many past `max`, invalid:
   * how many items were not text}.
   */
  function cleanList(items, { max, maxLength }) {
    const entries = [];
    const tooLong = [];
    const seen = new Set();
    let invalid = 0;
    let extra = 0;
    for (const item of items) {
      if (typeof item !== "string") {
        invalid++;
        continue;
      }
      const entry = item.trim();
      if (!entry) continue;
      const key = entryKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      if ([...entry].length > maxLength) {
        tooLong.push(entry);
        continue;
      }
      if (entries.length >= max) {
        extra++;
        continue;
      }
      entries.push(entry);
    }
    return { entries, tooLong, extra, invalid };
  }

  /**
   * Keep what is valid in a stored object and take defaults for the rest. Returns
   * {settings, repaired}: `repaired` lists the parts (from PARTS) that were present but could not
   * be used, or is ["everything"] when the stored value was not a settings object at all. Parts
   * simply missing (a first run, or settings from an older version) take their defaults silently.
   */
  function repairWithReport(stored, now = Date.now()) {
    const settings = defaults();
    const repaired = new Set();
    if (stored === undefined || stored === null) return { settings, repaired: [] };
    if (!isPlainObject(stored)) return { settings, repaired: ["everything"] };

    for (const part of ["packs", "sites"]) {
      const value = stored[part];
      if (value === undefined) continue;
      if (!isPlainObject(value)) {
        repaired.add(part);
        continue;
      }
      for (const id of Object.keys(settings[part])) {
        if (typeof value[id] === "boolean") settings[part][id] = value[id];
        else if (value[id] !== undefined) repaired.add(part);
      }
    }

    for (const part of ["showInfo", "quietMode"]) {
      if (typeof stored[part] === "boolean") settings[part] = stored[part];
      else if (stored[part] !== undefined) repaired.add(part);
    }

    const snooze = stored.snoozedUntil;
    if (snooze !== undefined) {
      // A snooze is never longer than an hour; one further ahead was edited by hand or came from
      // a clock far out, and would switch the extension off for good.
      const valid = Number.isFinite(snooze) && snooze >= 0 && snooze <= now + 2 * SNOOZE_MS;
      if (valid) settings.snoozedUntil = snooze > now ? snooze : 0;
      else repaired.add("snoozedUntil");
    }

    if (LANGUAGES.includes(stored.language)) settings.language = stored.language;
    else if (stored.language !== undefined) repaired.add("language");

    if (stored.phrases !== undefined) {
      if (!Array.isArray(stored.phrases)) {
        repaired.add("phrases");
      } else {
        const cleaned = cleanList(stored.phrases, LIMITS.phrases);
        settings.phrases = cleaned.entries;
        if (cleaned.invalid || cleaned.tooLong.length || cleaned.extra) repaired.add("phrases");
      }
    }
    return { settings, repaired: PARTS.filter((part) => repaired.has(part)) };
  }

  /** The settings with defaults for anything missing or broken (the report is dropped). */
  function repair(stored) {
    return repairWithReport(stored).settings;
  }

  async function loadWithReport() {
    const got = await TBYP.api.storage.sync.get(TBYP.STORAGE.SETTINGS);
    return repairWithReport(got[TBYP.STORAGE.SETTINGS]);
  }

  async function load() {
    return (await loadWithReport()).settings;
  }

  async function save(settings) {
    await TBYP.api.storage.sync.set({ [TBYP.STORAGE.SETTINGS]: repair(settings) });
  }

  async function loadPrivateNames() {
    const got = await TBYP.api.storage.local.get(TBYP.STORAGE.PRIVATE_NAMES);
    const names = got[TBYP.STORAGE.PRIVATE_NAMES];
    return Array.isArray(names) ? cleanList(names, LIMITS.names).entries : [];
  }

  /** Private names go to storage.local only: they are never synced. */
  async function savePrivateNames(names) {
    const { entries } = cleanList(names, LIMITS.names);
    await TBYP.api.storage.local.set({ [TBYP.STORAGE.PRIVATE_NAMES]: entries });
  }

  function enabledPacks(settings) {
    return Object.entries(settings.packs)
      .filter(([, on]) => on)
      .map(([id]) => id);
  }

  function isSnoozed(settings, now = Date.now()) {
    return Number(settings?.snoozedUntil) > now;
  }

  /** Whether drafts on `site` are checked now: the site is switched on and nothing is snoozed. */
  function isActive(settings, site, now = Date.now()) {
    return Boolean(settings?.sites?.[site]) && !isSnoozed(settings, now);
  }

  /** The settings' part of a check request: {packs, names, phrases}. The user's own lists go
   * only when their pack, `custom`, is on. An organisation's lists (`organisation`: {names,
   * phrases, custom: its own setting of the pack, if any}, from shared/policy.js) go whatever
   * the user chose, unless the organisation itself switched `custom` off. */
  function checkOptions(settings, names, organisation = { names: [], phrases: [] }) {
    const packs = enabledPacks(settings);
    const own = packs.includes("custom");
    const theirs = organisation.names.length + organisation.phrases.length > 0;
    if (!own && theirs && organisation.custom !== false) packs.push("custom");
    const withOwn = (mine, org) => [...(own ? (mine ?? []) : []), ...(theirs ? org : [])];
    // Each list may be as long as the user's and the organisation's together.
    const both = ({ max, maxLength }) => ({ max: 2 * max, maxLength });
    return {
      packs,
      names: cleanList(withOwn(names, organisation.names), both(LIMITS.names)).entries,
      phrases: cleanList(withOwn(settings.phrases, organisation.phrases), both(LIMITS.phrases))
        .entries,
    };
  }

  /** Call back with fresh settings whenever they change, in any tab or page. */
  function watch(callback) {
    TBYP.api.storage.onChanged.addListener((changes, area) => {
      if (
        (area === "sync" && TBYP.STORAGE.SETTINGS in changes) ||
        (area === "local" && TBYP.STORAGE.PRIVATE_NAMES in changes)
      ) {
        callback();
      }
    });
  }

  TBYP.settings = {
    VERSION,
    SNOOZE_MS,
    LIMITS,
    PARTS,
    LANGUAGES,
    defaults,
    cleanList,
    repair,
    repairWithReport,
    load,
    loadWithReport,
    save,
    loadPrivateNames,
    savePrivateNames,
    enabledPacks,
    isSnoozed,
    isActive,
    checkOptions,
    watch,
  };
})();
