/* What every site adapter provides, and the shared logic built on an adapter's selectors.
 * A site file (sites/<site>.js) holds only data and that site's quirks, so a site's page change
 * is a one-line fix there. */
(() => {
  const TBYP = globalThis.TBYP;
  const adapters = [];
  const MAX_CONTAINER_DEPTH = 12;

  function buttonLabel(el) {
    return (el.getAttribute("aria-label") || el.textContent || "").trim();
  }

  class SiteAdapter {
    /**
     * @param {object} spec
     *   id: the site id (one of TBYP.SITES, from core/sites.py)
     *   hosts: host names where this adapter applies
     *   composers: selectors for composers, most specific first (later ones are fallbacks)
     *   sendButtons: selectors for send buttons
     *   sendButtonLabels: accessible names or visible words of send buttons, as a fallback
     *   enterSends(composer, sendButton): whether plain Enter sends from this composer
     *   modEnterSends: whether Ctrl/Cmd+Enter sends
     */
    constructor(spec) {
      Object.assign(this, { sendButtonLabels: [], modEnterSends: false, scope: null }, spec);
      this.composerSelector = spec.composers.join(",");
      this.buttonSelector = spec.sendButtons.join(",");
    }

    appliesTo(host) {
      return this.hosts.includes(host);
    }

    /** The same adapter, limited to one part of the page (the extension's practice page). */
    scopedTo(selector) {
      return new SiteAdapter({ ...this, scope: selector });
    }

    inScope(el) {
      return !this.scope || Boolean(el?.closest?.(this.scope));
    }

    composerFrom(node) {
      const el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
      const composer = el?.closest?.(this.composerSelector) ?? null;
      return composer && this.inScope(composer) ? composer : null;
    }

    isSendButton(el) {
      if (!el || !this.inScope(el)) return false;
      if (el.matches(this.buttonSelector)) return true;
      const clickable = el.matches("button, [role='button']");
      return clickable && this.sendButtonLabels.includes(buttonLabel(el));
    }

    sendButtonFrom(node) {
      let el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
      for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
        if (this.isSendButton(el)) return el;
      }
      return null;
    }

    /** The send buttons near a composer: in the smallest ancestor that has any. */
    sendButtonFor(composer) {
      let el = composer.parentElement;
      for (let depth = 0; el && depth < MAX_CONTAINER_DEPTH; depth++, el = el.parentElement) {
        const candidates = [...el.querySelectorAll("button, [role='button']")].filter(
          (b) => this.isSendButton(b) && !b.contains(composer),
        );
        if (candidates.length) return candidates[0];
      }
      return null;
    }

    /** The composer a send button belongs to: in the smallest ancestor that has one. */
    composerForButton(button) {
      let el = button.parentElement;
      for (let depth = 0; el && depth < MAX_CONTAINER_DEPTH; depth++, el = el.parentElement) {
        const found = el.querySelector(this.composerSelector);
        if (found) return found;
      }
      return null;
    }

    /** Send the way a person would: the send button if there is one, else Enter. */
    send(composer) {
      const button = this.sendButtonFor(composer);
      if (button && !button.disabled && button.getAttribute("aria-disabled") !== "true") {
        button.click();
        return;
      }
      const form = composer.closest("form");
      if (form) {
        form.requestSubmit();
        return;
      }
      composer.focus();
      const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true };
      composer.dispatchEvent(new KeyboardEvent("keydown", init));
      composer.dispatchEvent(new KeyboardEvent("keyup", init));
    }
  }

  function register(spec) {
    const adapter = new SiteAdapter(spec);
    adapters.push(adapter);
    return adapter;
  }

  function forHost(host) {
    return adapters.find((a) => a.appliesTo(host)) ?? null;
  }

  TBYP.sites = { SiteAdapter, register, forHost, adapters };
})();
