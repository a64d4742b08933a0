/* The toolbar popup: what the extension is doing on this tab, and the switch for this site. */
(() => {
  const TBYP = globalThis.TBYP;
  const { api, MSG, TARGET, ENGINE } = TBYP;
  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const SITE_NAMES = { facebook: "Facebook", linkedin: "LinkedIn", whatsapp: "WhatsApp Web" };

  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);

  async function tabStatus() {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return null;
    try {
      return await api.tabs.sendMessage(tab.id, { target: TARGET.CONTENT, type: MSG.TAB_STATUS });
    } catch {
      return null; // no content script here: not one of the three sites
    }
  }

  async function engineStatus() {
    try {
      return await api.runtime.sendMessage({ target: TARGET.BACKGROUND, type: MSG.STATUS });
    } catch {
      return null;
    }
  }

  function describe(tab, engine) {
    if (!tab) return t("popupNotSupported");
    if (!tab.enabled) return t("popupSiteOff", SITE_NAMES[tab.site]);
    if (!tab.composers) return t("popupNoComposer", SITE_NAMES[tab.site]);
    if (engine?.status === ENGINE.STARTING) return t("popupStarting");
    if (engine?.status === ENGINE.FAILED) return t("popupUnavailable");
    return t("popupActive", SITE_NAMES[tab.site]);
  }

  async function render() {
    const [tab, engine] = await Promise.all([tabStatus(), engineStatus()]);
    document.getElementById("state").textContent = describe(tab, engine);
    const box = document.getElementById("site-switch");
    if (!tab) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    document.getElementById("site-label").textContent = t("popupCheckOn", SITE_NAMES[tab.site]);
    const input = document.getElementById("site-enabled");
    input.checked = tab.enabled;
    input.onchange = async () => {
      const settings = await TBYP.settings.load();
      settings.sites[tab.site] = input.checked;
      await TBYP.settings.save(settings);
      render();
    };
  }

  render();
})();
