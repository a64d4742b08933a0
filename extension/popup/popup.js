/* The toolbar popup: what the extension is doing on this tab, the switch for this site, a pause
 * for an hour, and a warning when the browser has not given access to the sites (Firefox asks).
 * A site switch the organisation set is shown locked, with a line saying so; a pause it hid is not
 * offered. */
(() => {
  const TBYP = globalThis.TBYP;
  const { api, MSG, TARGET, ENGINE } = TBYP;
  const { t } = TBYP.i18n;
  const $ = (id) => document.getElementById(id);
  const siteName = (site) => t(TBYP.SITE_NAME_KEYS[site]);
  const timeText = (ms) =>
    new Date(ms).toLocaleTimeString(TBYP.i18n.tag(), { hour: "2-digit", minute: "2-digit" });

  async function tabStatus() {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return null;
    try {
      return await api.tabs.sendMessage(tab.id, { target: TARGET.CONTENT, type: MSG.TAB_STATUS });
    } catch {
      return null; // no content script here: not one of the sites
    }
  }

  async function engineStatus() {
    try {
      return await api.runtime.sendMessage({ target: TARGET.BACKGROUND, type: MSG.STATUS });
    } catch {
      return null;
    }
  }

  async function hasSiteAccess() {
    try {
      return await api.permissions.contains({ origins: api.runtime.getManifest().host_permissions });
    } catch {
      return true; // cannot tell: say nothing rather than something wrong
    }
  }

  function describe(tab, engine, settings) {
    if (TBYP.settings.isSnoozed(settings)) return t("popupPausedUntil", timeText(settings.snoozedUntil));
    if (!tab) return t("popupNotSupported");
    if (!settings.sites[tab.site]) return t("popupSiteOff", siteName(tab.site));
    if (!tab.composers && tab.general) return t("popupGeneralMethod", siteName(tab.site));
    if (!tab.composers) return t("popupNoComposer", siteName(tab.site));
    if (engine?.status === ENGINE.STARTING) return t("popupStarting");
    if (engine?.status === ENGINE.FAILED) return t("popupUnavailable");
    return t("popupActive", siteName(tab.site));
  }

  async function render() {
    const [tab, engine, { settings, locks }, access] = await Promise.all([
      tabStatus(),
      engineStatus(),
      TBYP.policy.effective(),
      hasSiteAccess(),
    ]);
    TBYP.i18n.choose(settings.language);
    TBYP.i18n.translatePage();
    $("permissions").hidden = access;
    // Without access no content script runs, so the tab's state would only repeat the warning.
    $("state").textContent = access ? describe(tab, engine, settings) : "";
    const paused = TBYP.settings.isSnoozed(settings);
    $("pause-buttons").hidden = locks.pause;
    $("pause").hidden = paused;
    $("resume").hidden = !paused;
    const box = $("site-switch");
    box.hidden = !tab;
    const locked = Boolean(tab) && locks.sites.has(tab.site);
    $("site-locked").hidden = !locked;
    document.documentElement.dataset.ready = "true";
    if (!tab) return;
    $("site-label").textContent = t("popupCheckOn", siteName(tab.site));
    const input = $("site-enabled");
    input.checked = settings.sites[tab.site] !== false;
    input.disabled = locked;
    if (locked) input.setAttribute("aria-describedby", "site-locked");
    else input.removeAttribute("aria-describedby");
    input.onchange = async () => {
      const fresh = await TBYP.settings.load();
      fresh.sites[tab.site] = input.checked;
      await TBYP.settings.save(fresh);
      render();
    };
  }

  async function setPause(until, focusId) {
    const settings = await TBYP.settings.load();
    settings.snoozedUntil = until;
    await TBYP.settings.save(settings);
    await render();
    $(focusId).focus();
  }

  $("pause").addEventListener("click", () =>
    setPause(Date.now() + TBYP.settings.SNOOZE_MS, "resume"),
  );
  $("resume").addEventListener("click", () => setPause(0, "pause"));
  // Asking for access from the popup would close it under the browser's prompt (Firefox), so
  // the request is made from the onboarding page, which explains it first.
  $("give-permission").addEventListener("click", () => {
    api.tabs.create({ url: api.runtime.getURL("onboarding/onboarding.html") });
    window.close();
  });

  render();
})();
