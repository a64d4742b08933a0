/* Settings: defaults derived from the rule registry, reading with repair, writing, watching. */
(() => {
  const TBYP = globalThis.TBYP;

  function defaults() {
    const packs = {};
    for (const pack of TBYP.REGISTRY.packs) packs[pack.id] = pack.default_on !== false;
    const sites = {};
    for (const site of TBYP.SITES) sites[site] = true;
    return { version: 1, packs, sites, showInfo: true };
  }

  /** Keep what is valid in a stored object and take defaults for the rest. */
  function repair(stored) {
    const base = defaults();
    if (!stored || typeof stored !== "object") return base;
    for (const id of Object.keys(base.packs)) {
      if (typeof stored.packs?.[id] === "boolean") base.packs[id] = stored.packs[id];
    }
    for (const id of Object.keys(base.sites)) {
      if (typeof stored.sites?.[id] === "boolean") base.sites[id] = stored.sites[id];
    }
    if (typeof stored.showInfo === "boolean") base.showInfo = stored.showInfo;
    return base;
  }

  async function load() {
    const got = await TBYP.api.storage.sync.get(TBYP.STORAGE.SETTINGS);
    return repair(got[TBYP.STORAGE.SETTINGS]);
  }

  async function save(settings) {
    await TBYP.api.storage.sync.set({ [TBYP.STORAGE.SETTINGS]: repair(settings) });
  }

  async function loadPrivateNames() {
    const got = await TBYP.api.storage.local.get(TBYP.STORAGE.PRIVATE_NAMES);
    const names = got[TBYP.STORAGE.PRIVATE_NAMES];
    return Array.isArray(names) ? names.filter((n) => typeof n === "string" && n.trim()) : [];
  }

  function enabledPacks(settings) {
    return Object.entries(settings.packs)
      .filter(([, on]) => on)
      .map(([id]) => id);
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

  TBYP.settings = { defaults, repair, load, save, loadPrivateNames, enabledPacks, watch };
})();
