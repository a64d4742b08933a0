/* Managed settings: what an organisation sets through the browser's policy, read, checked value
 * by value, and laid over the user's own settings.
 *
 * Chrome reads them from storage.managed, checked against managed_schema.json, which the build
 * writes (builder/manifests.py: a browser test holds it to POLICY_KEYS); Firefox from policies.json, `3rdparty.Extensions.<add-on id>`,
 * which it also gives as storage.managed. The same keys in both:
 *
 *   packs: {packId: true|false}      each pack listed is set and locked
 *   sites: {siteId: true|false}      each site listed is set and locked
 *   showInfo: true|false             gentle reminders, set and locked
 *   quietMode: true|false            no underlines while typing, set and locked
 *   organisationPhrases: [text]      watched like the user's own phrases; the user cannot remove them
 *   organisationNames: [text]        watched like the user's private names; likewise
 *   postAnyway: "direct"|"tick"|"reason"   how "Post anyway" works when something serious was found
 *   hidePause: true|false            no "Pause for an hour"
 *
 * A value that cannot be used is left out on its own and named in `ignored`; the rest applies.
 * Nothing here ever throws on a bad policy: the extension keeps working with the user's settings.
 *
 * The testing build (TBYP.BUILD.testing) also reads a policy a browser test wrote into
 * storage.local under STORAGE.TEST_POLICY, in place of the browser's: Debian's Chromium reads
 * policy files machine-wide, which would reach every other browser on the machine. The build users
 * install never looks there. */
(() => {
  const TBYP = globalThis.TBYP;

  const POST_ANYWAY = Object.freeze({ DIRECT: "direct", TICK: "tick", REASON: "reason" });
  /** The policy's keys, each with the settings part it locks (if any). */
  const POLICY_KEYS = Object.freeze([
    "packs",
    "sites",
    "showInfo",
    "quietMode",
    "organisationPhrases",
    "organisationNames",
    "postAnyway",
    "hidePause",
  ]);
  /** Organisation lists: as long as the user's own lists may be. */
  const LIST_LIMITS = Object.freeze({
    organisationPhrases: () => TBYP.settings.LIMITS.phrases,
    organisationNames: () => TBYP.settings.LIMITS.names,
  });

  const isPlainObject = (value) =>
    value !== null && typeof value === "object" && !Array.isArray(value);

  /** A policy with nothing set. */
  function empty() {
    return {
      packs: {},
      sites: {},
      showInfo: undefined,
      quietMode: undefined,
      phrases: [],
      names: [],
      postAnyway: POST_ANYWAY.DIRECT,
      hidePause: false,
    };
  }

  /** Switches by id (packs or sites): each known id with a true or false value is kept. */
  function readSwitches(value, known, key, ignored) {
    const switches = {};
    if (!isPlainObject(value)) {
      ignored.push(key);
      return switches;
    }
    for (const [id, on] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (known.includes(id) && typeof on === "boolean") switches[id] = on;
      else ignored.push(`${key}.${id}`);
    }
    return switches;
  }

  /** An organisation list: each entry that is text of a usable length is kept, the rest named. */
  function readList(value, key, ignored) {
    if (!Array.isArray(value)) {
      ignored.push(key);
      return [];
    }
    const { max, maxLength } = LIST_LIMITS[key]();
    const usable = [];
    value.forEach((entry, index) => {
      if (typeof entry === "string" && entry.trim() && [...entry.trim()].length <= maxLength) {
        usable.push(entry);
      } else {
        ignored.push(`${key}[${index}]`);
      }
    });
    const cleaned = TBYP.settings.cleanList(usable, { max, maxLength });
    if (cleaned.extra) ignored.push(`${key}[${max}…]`);
    return cleaned.entries;
  }

  /**
   * Check a policy as the browser gave it. Returns {policy, ignored, managed}: `policy` as
   * empty() with what could be used, `ignored` the keys (or key.id, key[index]) left out,
   * `managed` whether anything at all was set.
   */
  function validate(raw) {
    const policy = empty();
    const ignored = [];
    if (raw === undefined || raw === null) return { policy, ignored, managed: false };
    if (!isPlainObject(raw)) return { policy, ignored: ["everything"], managed: true };
    const packIds = TBYP.REGISTRY.packs.map((pack) => pack.id);
    // In a stable order (the browsers give the keys in different ones): known keys first.
    const keys = [
      ...POLICY_KEYS.filter((key) => key in raw),
      ...Object.keys(raw)
        .filter((key) => !POLICY_KEYS.includes(key))
        .sort(),
    ];
    for (const key of keys) {
      const value = raw[key];
      if (key === "packs") policy.packs = readSwitches(value, packIds, key, ignored);
      else if (key === "sites") policy.sites = readSwitches(value, TBYP.SITES, key, ignored);
      else if (key === "showInfo" || key === "quietMode" || key === "hidePause") {
        if (typeof value === "boolean") policy[key] = value;
        else ignored.push(key);
      } else if (key === "organisationPhrases") policy.phrases = readList(value, key, ignored);
      else if (key === "organisationNames") policy.names = readList(value, key, ignored);
      else if (key === "postAnyway") {
        if (Object.values(POST_ANYWAY).includes(value)) policy.postAnyway = value;
        else ignored.push(key);
      } else {
        ignored.push(key);
      }
    }
    return { policy, ignored, managed: Object.keys(raw).length > 0 };
  }

  /** What is locked, for the options page and the popup: {packs: Set, sites: Set, showInfo,
   * quietMode, pause}. */
  function locks(policy) {
    return {
      packs: new Set(Object.keys(policy.packs)),
      sites: new Set(Object.keys(policy.sites)),
      showInfo: policy.showInfo !== undefined,
      quietMode: policy.quietMode !== undefined,
      pause: policy.hidePause,
    };
  }

  /** The user's settings with the organisation's laid over them (a new object). */
  function apply(settings, policy) {
    const out = {
      ...settings,
      packs: { ...settings.packs, ...policy.packs },
      sites: { ...settings.sites, ...policy.sites },
    };
    if (policy.showInfo !== undefined) out.showInfo = policy.showInfo;
    if (policy.quietMode !== undefined) out.quietMode = policy.quietMode;
    if (policy.hidePause) out.snoozedUntil = 0; // a pause made before it was hidden ends now
    return out;
  }

  /** The organisation's lists as a check request takes them (TBYP.settings.checkOptions). */
  function organisationLists(policy) {
    return { names: policy.names, phrases: policy.phrases, custom: policy.packs.custom };
  }

  /**
   * Everything the trusted pages and the background go by: {settings: the user's with the
   * organisation's laid over, own: the user's as stored, repaired (see repairWithReport), policy,
   * ignored, managed, locks}.
   */
  async function effective() {
    const [{ settings: own, repaired }, { policy, ignored, managed }] = await Promise.all([
      TBYP.settings.loadWithReport(),
      load(),
    ]);
    return {
      settings: apply(own, policy),
      own,
      repaired,
      policy,
      ignored,
      managed,
      locks: locks(policy),
    };
  }

  /** The raw policy: the browser's storage.managed (Firefox throws when there is none), or in
   * the testing build a test's policy in storage.local if one is there. */
  async function readRaw() {
    if (TBYP.BUILD?.testing === true) {
      const got = await TBYP.api.storage.local.get(TBYP.STORAGE.TEST_POLICY).catch(() => ({}));
      if (got?.[TBYP.STORAGE.TEST_POLICY] !== undefined) return got[TBYP.STORAGE.TEST_POLICY];
    }
    try {
      const managed = await TBYP.api.storage.managed?.get(null);
      return managed && Object.keys(managed).length ? managed : undefined;
    } catch {
      return undefined;
    }
  }

  async function load() {
    return validate(await readRaw());
  }

  /** Call back when the organisation's policy may have changed (Chrome tells; Firefox reads it
   * once per start). */
  function watch(callback) {
    TBYP.api.storage.onChanged.addListener((changes, area) => {
      if (area === "managed" || (area === "local" && TBYP.STORAGE.TEST_POLICY in changes)) {
        callback();
      }
    });
  }

  TBYP.policy = {
    POST_ANYWAY,
    POLICY_KEYS,
    empty,
    validate,
    locks,
    apply,
    load,
    effective,
    organisationLists,
    watch,
  };
})();
