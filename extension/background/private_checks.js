/* What stays in the extension's trusted contexts (background, options, popup): the user's private
 * names, their phrases, the packs, the organisation's lists, and the "always allow" list with its
 * key. A content script runs beside the site's own scripts and sends only the draft and the site;
 * this file adds the rest to each check and leaves out what the user always allowed, so a content
 * script never holds the lists, and a page that gets it to check text learns nothing from them.
 *
 * "Always allow" keeps HMAC-SHA-256(key, rule + NUL + words), with a random 256-bit key made once
 * per install and kept in storage.local: without the key the list cannot be read back, not even by
 * trying every NHS number. */
(() => {
  const TBYP = globalThis.TBYP;
  const { api, STORAGE, MSG, TARGET } = TBYP;
  const MAX_ALLOWED = 1000;
  const MAX_FINGERPRINTS = 500;
  const MAX_REASONS = 500; // reasons typed for "Post anyway": the newest are kept
  const MAX_REASON = 200; // characters of each

  // Chrome: storage.local (names, allow list, key) and storage.sync (phrases) are for the
  // extension's own pages only; content scripts are refused. Firefox has no such switch (bug
  // 1724754): there the promise is that our content scripts never ask.
  const restrict = () =>
    Promise.all(
      [api.storage.local, api.storage.sync].map((area) =>
        Promise.resolve(area?.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" })).catch(() => {}),
      ),
    );
  restrict();

  const toHex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  const fromHex = (hex) => new Uint8Array(hex.match(/../g).map((h) => parseInt(h, 16)));

  /** The HMAC key, made on first use. A list kept before there was a key holds plain SHA-256
   * fingerprints, which cannot be turned into keyed ones (the words were never kept): it is
   * dropped, and those underlines come back until allowed again. */
  async function loadOrMakeKey() {
    const got = await api.storage.local.get(STORAGE.ALLOW_KEY);
    let hex = got[STORAGE.ALLOW_KEY];
    if (typeof hex !== "string" || !/^[0-9a-f]{64}$/.test(hex)) {
      hex = toHex(crypto.getRandomValues(new Uint8Array(32)));
      await api.storage.local.set({ [STORAGE.ALLOW_KEY]: hex, [STORAGE.ALLOWED]: [] });
    }
    return crypto.subtle.importKey(
      "raw",
      fromHex(hex),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
  }

  let keyPromise = null;
  function allowKey() {
    keyPromise ??= loadOrMakeKey().catch((error) => {
      keyPromise = null;
      throw error;
    });
    return keyPromise;
  }

  const fingerprints = new Map(); // "rule\0words" -> promise of its fingerprint
  /** The fingerprint of a finding: each check while typing finds the same things again. */
  function fingerprint(rule, match) {
    const text = `${rule}\u0000${String(match).trim().toLowerCase()}`;
    let found = fingerprints.get(text);
    if (!found) {
      if (fingerprints.size >= MAX_FINGERPRINTS) fingerprints.clear();
      found = allowKey()
        .then((key) => crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text)))
        .then((mac) => toHex(new Uint8Array(mac)));
      found.catch(() => fingerprints.delete(text));
      fingerprints.set(text, found);
    }
    return found;
  }

  /** What the checks need from storage, read once and again after each change. */
  let stored = null;
  function privateState() {
    stored ??= Promise.all([
      TBYP.policy.effective(),
      TBYP.settings.loadPrivateNames(),
      api.storage.local.get(STORAGE.ALLOWED),
    ]).then(([{ settings, policy }, names, got]) => {
      const allowed = got[STORAGE.ALLOWED];
      return { settings, policy, names, allowed: new Set(Array.isArray(allowed) ? allowed : []) };
    });
    stored.catch(() => {
      stored = null;
    });
    return stored;
  }

  /** The settings a page may know: whether it is checked, whether reminders and underlines
   * show, how "Post anyway" works (the organisation may ask for a tick or a reason), and the
   * language of the extension's words. */
  async function pageSettings() {
    const { settings, policy } = await privateState();
    const { sites, snoozedUntil, showInfo, quietMode, language } = settings;
    return {
      ok: true,
      settings: {
        sites: { ...sites },
        snoozedUntil,
        showInfo,
        quietMode,
        postAnyway: policy.postAnyway,
        language,
      },
    };
  }

  /**
   * Check a draft for a page: the engine gets the packs, phrases and names; the page gets the
   * findings minus those always allowed. A site switched off or paused gets none.
   * @param engine TBYP.engine
   */
  async function check(engine, { text, site, waitMs }) {
    if (typeof text !== "string" || !TBYP.SITES.includes(site)) return { ok: true, findings: [] };
    const { settings, policy, names, allowed } = await privateState();
    if (!TBYP.settings.isActive(settings, site)) return { ok: true, findings: [] };
    const part = checkedPart(text);
    const options = TBYP.settings.checkOptions(
      settings,
      names,
      TBYP.policy.organisationLists(policy),
    );
    const request = { type: "check", text: part, site, ...options };
    let reply = await engine.request(request, waitMs);
    if (reply?.ok && part.length < text.length) {
      reply = { ...reply, truncated: true, checked: part.length };
    }
    if (!reply?.ok || !allowed.size) return reply;
    const marks = await Promise.all(reply.findings.map((f) => fingerprint(f.rule, f.match)));
    return { ...reply, findings: reply.findings.filter((_, i) => !allowed.has(marks[i])) };
  }

  /** The part of a draft that is checked: its first LIMITS.DRAFT_UTF16 UTF-16 units (the
   * engine's bridge cuts there too), never half a surrogate pair. */
  function checkedPart(text) {
    const limit = TBYP.LIMITS.DRAFT_UTF16;
    if (text.length <= limit) return text;
    const cut = /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit;
    return text.slice(0, cut);
  }

  /** "Always allow" from a page's card: keep the fingerprint, the newest 1,000. */
  async function allow({ rule, match }) {
    if (typeof rule !== "string" || typeof match !== "string" || !match.trim()) return { ok: false };
    const mark = await fingerprint(rule, match);
    const got = await api.storage.local.get(STORAGE.ALLOWED);
    const list = (Array.isArray(got[STORAGE.ALLOWED]) ? got[STORAGE.ALLOWED] : []).filter(
      (m) => m !== mark,
    );
    list.push(mark);
    await api.storage.local.set({ [STORAGE.ALLOWED]: list.slice(-MAX_ALLOWED) });
    return { ok: true };
  }

  /**
   * A reason typed for "Post anyway", where the organisation asks for one: kept on this device,
   * in storage.local, with the time and the rule ids. The draft never comes here.
   */
  async function postReason({ reason, rules }) {
    const text = typeof reason === "string" ? reason.trim().slice(0, MAX_REASON) : "";
    const ids = Array.isArray(rules) ? rules.filter((r) => typeof r === "string").slice(0, 50) : [];
    if (!text) return { ok: false };
    const got = await api.storage.local.get(STORAGE.POST_REASONS);
    const list = Array.isArray(got[STORAGE.POST_REASONS]) ? got[STORAGE.POST_REASONS] : [];
    list.push({ time: new Date().toISOString(), rules: [...new Set(ids)], reason: text });
    await api.storage.local.set({ [STORAGE.POST_REASONS]: list.slice(-MAX_REASONS) });
    return { ok: true };
  }

  /** Tell every page's content script that what it shows may have changed: it asks again.
   * The message carries nothing. */
  async function tellPages() {
    const note = { target: TARGET.CONTENT, type: MSG.SETTINGS_CHANGED };
    let tabs = [];
    try {
      tabs = await api.tabs.query({});
    } catch {
      // No tabs to tell.
    }
    for (const tab of tabs) {
      if (tab.id !== undefined) api.tabs.sendMessage(tab.id, note).catch(() => {});
    }
    // The practice page: an extension page, which tabs.sendMessage does not reach.
    Promise.resolve(api.runtime.sendMessage(note)).catch(() => {});
  }

  api.storage.onChanged.addListener((changes, area) => {
    const relevant =
      (area === "sync" && STORAGE.SETTINGS in changes) ||
      area === "managed" ||
      (area === "local" &&
        (STORAGE.PRIVATE_NAMES in changes ||
          STORAGE.ALLOWED in changes ||
          STORAGE.ALLOW_KEY in changes ||
          STORAGE.TEST_POLICY in changes));
    if (!relevant) return;
    stored = null;
    if (STORAGE.ALLOW_KEY in changes) {
      keyPromise = null;
      fingerprints.clear();
    }
    tellPages();
  });

  api.runtime.onInstalled.addListener(() => {
    restrict();
    allowKey().catch(() => {});
  });

  TBYP.privateChecks = { check, allow, pageSettings, postReason, fingerprint, checkedPart };
})();
