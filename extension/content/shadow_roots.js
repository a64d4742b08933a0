/* Composers inside open shadow roots. LinkedIn draws its post composer and its pop-up messaging
 * windows inside the open shadow root of div#interop-outlet (data-testid="interop-shadowdom"):
 *   - webbrain-one/webbrain pull request #461 (2026-07-22): "LinkedIn's interop shell renders the
 *     post composer dialog inside the open #interop-outlet shadow root";
 *   - Briskine/briskine src/content/plugins/linkedin.spec.js (2026): the messaging pop-up's
 *     [contenteditable] is read from querySelector('#interop-outlet').shadowRoot;
 *   - Sn0wAlice/LinkedGuard README (2026): "LinkedIn's new interop-outlet shadow DOM messaging panel".
 * Seen from the document, an event from inside such a root has the host as its target, `submit`
 * (not composed) never leaves the root, focus moving inside the root is not seen at all
 * (Briskine/briskine src/content/utils/shadow-focus.js), and document.querySelector does not look in.
 *
 * So: an event's real target is the first entry of composedPath(); every open shadow root that
 * holds something (found as its host is added to the page, or from an event's path) is handed to
 * the listeners that need to listen inside it (submit, focusin); and the selection is read and
 * set relative to the editor's own root. */
(() => {
  const TBYP = globalThis.TBYP;
  const roots = new Set();
  const listeners = [];
  // Hosts the sites are known to use; any other open root is found from the events in it.
  const KNOWN_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

  /** The element an event really happened on, inside any open shadow root. */
  function eventTarget(event) {
    const first = event.composedPath?.()[0];
    return first instanceof Node ? first : event.target;
  }

  /** A node's parent, stepping out of a shadow root to its host. */
  function parentOrHost(node) {
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentElement;
  }

  function register(root) {
    if (!(root instanceof ShadowRoot) || roots.has(root) || root.host?.hasAttribute("data-tbyp")) {
      return;
    }
    roots.add(root);
    for (const listener of listeners) listener(root);
  }

  /** Call `listener(root)` for every open shadow root known now and found later. */
  function onRoot(listener) {
    listeners.push(listener);
    for (const root of roots) listener(root);
  }

  /** Note every open shadow root on an event's path. */
  function noteEvent(event) {
    for (const node of event.composedPath?.() ?? []) {
      if (node instanceof ShadowRoot) register(node);
    }
  }

  function checkKnownHosts() {
    for (const host of document.querySelectorAll(KNOWN_HOSTS)) {
      if (host.shadowRoot) register(host.shadowRoot);
    }
  }

  /** Every element matching `selector` in the document and in the open roots found so far. */
  function querySelectorAllDeep(selector) {
    const found = [...document.querySelectorAll(selector)];
    for (const root of roots) if (root.host.isConnected) found.push(...root.querySelectorAll(selector));
    return found;
  }

  /** The focused element, inside open shadow roots. */
  function activeElement() {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /** Where the caret is, as {node, offset}, read relative to `node`'s own root: a document's
   * selection names the host, not the text, when the caret is inside a shadow root. */
  function caret(near) {
    const root = near?.getRootNode?.();
    const selection = document.getSelection();
    if (root instanceof ShadowRoot) {
      // Chromium: the root's own selection; Firefox and Chromium 137+: composed ranges.
      const own = root.getSelection?.();
      if (own?.anchorNode) {
        return own.isCollapsed ? { node: own.anchorNode, offset: own.anchorOffset } : null;
      }
      const [range] = selection?.getComposedRanges?.({ shadowRoots: [root] }) ?? [];
      if (range) {
        return range.collapsed ? { node: range.startContainer, offset: range.startOffset } : null;
      }
    }
    if (!selection?.isCollapsed || !selection.anchorNode) return null;
    return { node: selection.anchorNode, offset: selection.anchorOffset };
  }

  /** Select `range` (which may be inside a shadow root) so that typing replaces it. */
  function select(range) {
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  }

  for (const type of ["focusin", "pointerdown", "keydown", "input"]) {
    window.addEventListener(type, noteEvent, { capture: true, passive: true });
  }
  // Hosts as they are added; a root attached to a host already on the page is found by the
  // next change to the page, or from the events in it.
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      checkKnownHosts();
    });
  });
  const start = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    checkKnownHosts();
  };
  if (document.documentElement) start();
  else document.addEventListener("readystatechange", start, { once: true });

  TBYP.shadow = {
    eventTarget,
    parentOrHost,
    onRoot,
    register,
    roots,
    querySelectorAllDeep,
    activeElement,
    caret,
    select,
  };
})();
