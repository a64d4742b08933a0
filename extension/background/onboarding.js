/* First run: when the browser has installed the extension without access to the three sites
 * (Firefox: Manifest V3 host permissions are opt-in), open the page that explains and asks. */
(() => {
  const { api } = globalThis.TBYP;

  api.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== "install") return;
    const origins = api.runtime.getManifest().host_permissions;
    if (await api.permissions.contains({ origins })) return;
    await api.tabs.create({ url: api.runtime.getURL("onboarding/onboarding.html") });
  });
})();
