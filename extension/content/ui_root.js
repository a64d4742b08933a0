/* The one element this extension adds to a page: a host whose shadow root holds the underlines, the
 * badge, the card and the panel. Nothing is ever inserted into the site's editor.
 *
 * The page's own scripts share this document, so in the build users install the host is a plain
 * <div> with a closed shadow root: a page script cannot reach what is inside (which words are
 * underlined, and why). It is in the page only while it shows something, and leaves when idle.
 * The testing build (build.py --testing) keeps the contract the browser tests read: an open shadow
 * root on <tbyp-root data-tbyp>, and the rule id on each underline. */
(() => {
  const TBYP = globalThis.TBYP;
  const testing = TBYP.BUILD?.testing === true; // a build without the flag is a release build
  let host = null;
  let container = null; // the one element in the shadow root: everything shown goes in it

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

  function make() {
    host = document.createElement(testing ? "tbyp-root" : "div");
    if (testing) host.setAttribute("data-tbyp", "");
    host.style.cssText =
      "all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;";
    const shadow = host.attachShadow({ mode: testing ? "open" : "closed" });
    applyStyles(shadow);
    container = document.createElement("div");
    container.className = "root";
    shadow.append(container);
  }

  /** Where to put something to show: the host is added to the page if it is not there. */
  function uiRoot() {
    if (!host) make();
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    container.lang = TBYP.i18n.tag(); // the site's page may be in another language
    return container;
  }

  /** The container if it exists, without adding anything to the page. */
  function existing() {
    return container;
  }

  /** Take the host out of the page once nothing in it shows (call after removing something). */
  function tidy() {
    if (host?.isConnected && !container.childElementCount) host.remove();
  }

  /** Follow the site's own dark mode (the adapter knows how the site marks it), else the
   * system's colour scheme. */
  function followColourScheme(adapter) {
    const dark = adapter?.darkMode?.() ?? matchMedia("(prefers-color-scheme: dark)").matches;
    uiRoot().classList.toggle("dark", Boolean(dark));
  }

  /** The extension's words in the language the user chose (shared/i18n.js). */
  function t(key, substitutions) {
    return TBYP.i18n.t(key, substitutions);
  }

  TBYP.ui = { uiRoot, existing, tidy, testing, t, followColourScheme };
})();
