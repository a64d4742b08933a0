/* The one element this extension adds to a page: a host with an open shadow root that holds the
 * underlines, the badge and the panel. Nothing is ever inserted into the site's editor. */
(() => {
  const TBYP = globalThis.TBYP;
  let root = null;

  /** A constructed stylesheet is not subject to the page's CSP; a <style> is the fallback. */
  function applyStyles(shadow) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TBYP.UI_CSS);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Fall through to a <style> element.
    }
    const style = document.createElement("style");
    style.textContent = TBYP.UI_CSS;
    shadow.append(style);
  }

  function uiRoot() {
    if (root?.host.isConnected) return root;
    const host = document.createElement("tbyp-root");
    host.setAttribute("data-tbyp", "");
    host.style.cssText = "all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;";
    root = host.attachShadow({ mode: "open" });
    applyStyles(root);
    (document.body ?? document.documentElement).append(host);
    return root;
  }

  /** Follow the site's own dark mode (the adapter knows how the site marks it), else the
   * system's colour scheme. */
  function followColourScheme(adapter) {
    const dark = adapter?.darkMode?.() ?? matchMedia("(prefers-color-scheme: dark)").matches;
    uiRoot().host.classList.toggle("dark", Boolean(dark));
  }

  function t(key, substitutions) {
    return TBYP.api.i18n.getMessage(key, substitutions) || key;
  }

  TBYP.ui = { uiRoot, t, followColourScheme };
})();
