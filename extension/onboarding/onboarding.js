/* Onboarding: Firefox treats Manifest V3 host permissions as opt-in, so the extension may be
 * installed without access to the three sites. This page says why it needs that access and asks
 * for it when the person chooses the button (the browser only asks from a user action). */
(() => {
  const { api, i18n } = globalThis.TBYP;
  const { t } = i18n;
  const $ = (id) => document.getElementById(id);
  const origins = api.runtime.getManifest().host_permissions;

  const translated = i18n.translateOwnPage();

  function show(granted, asked) {
    $("ask").hidden = granted;
    $("next").hidden = !granted;
    const result = $("result");
    result.className = granted ? "granted" : asked ? "declined" : "";
    result.textContent = granted ? t("onboardingGranted") : asked ? t("onboardingDeclined") : "";
    document.documentElement.dataset.ready = "true";
  }

  $("allow").addEventListener("click", () => {
    // Called straight from the click, with no await before it: Firefox only shows its prompt
    // while handling the user's action.
    api.permissions
      .request({ origins })
      .then((granted) => show(granted, true))
      .catch(() => show(false, true));
  });

  translated
    .then(() => api.permissions.contains({ origins }))
    .then((granted) => show(granted, false));
})();
