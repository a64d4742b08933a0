/* What every site adapter provides, and the shared logic built on an adapter's selectors.
 * A site file (sites/<site>.js) holds only data and that site's quirks, so a site's page change
 * is a one-line fix there. Send controls are recognised by send_controls.js (structure first, then
 * words in any of the listed languages); composers in open shadow roots are reached through
 * shadow_roots.js. */
(() => {
  const TBYP = globalThis.TBYP;
  const adapters = [];
  // The general method: any editable box no adapter selector recognised, once it has focus.
  const GENERAL =
    '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], ' +
    '[role="textbox"], textarea';
  const lastComposerIn = new WeakMap(); // a dialog -> the composer last used in it

  class SiteAdapter {
    /**
     * @param {object} spec
     *   id: the site id (one of TBYP.SITES, from core/sites.py)
     *   hosts: host names where this adapter applies
     *   composers: selectors for composers, most specific first (later ones are fallbacks)
     *   controls: the site's send controls known by structure: [{css, icon, kind}], where css
     *     matches the control itself, icon an element inside it, and kind is "send", "comment" or
     *     "post"; words in any language come after these (send_controls.js)
     *   enterSends(composer, sendButton): whether plain Enter sends from this composer
     *   modEnterSends: whether Ctrl/Cmd+Enter sends
     */
    constructor(spec) {
      Object.assign(this, { controls: [], modEnterSends: false, scope: null, general: true }, spec);
      this.composerSelector = spec.composers.join(",");
      this.anyComposerSelector = this.general
        ? `${this.composerSelector},${GENERAL}`
        : this.composerSelector;
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

    /** The composer a node is in: one this site's selectors know, else (the general method) any
     * editable box, unless it is the extension's own. */
    composerFrom(node) {
      const el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
      let composer = el?.closest?.(this.composerSelector) ?? null;
      if (!composer && this.general) {
        composer = el?.closest?.(GENERAL) ?? null;
        if (composer?.closest('[contenteditable="false"], [data-tbyp]') || composer?.readOnly) {
          composer = null;
        }
      }
      if (!composer || !this.inScope(composer)) return null;
      const dialog = TBYP.sendControls.dialogOf(composer);
      if (dialog) lastComposerIn.set(dialog, composer);
      return composer;
    }

    /** Whether this composer was found only by the general method. */
    isGeneral(composer) {
      return !composer.matches(this.composerSelector);
    }

    /** The kind of a send control ("send", "comment", "post") or null. */
    kindOf(button) {
      return button ? (TBYP.sendControls.recognise(this, button)?.kind ?? null) : null;
    }

    isSendButton(el) {
      return Boolean(el && this.inScope(el) && TBYP.sendControls.recognise(this, el));
    }

    /** The send control a click landed in, if it is one. */
    sendButtonFrom(node) {
      const el = TBYP.sendControls.clickableFrom(node);
      return this.isSendButton(el) ? el : null;
    }

    /** The composer's own send control: its form's submit button, else the first it has. */
    sendButtonFor(composer) {
      return TBYP.sendControls.controlsFor(this, composer)[0]?.el ?? null;
    }

    /** The composer a send control belongs to. In a dialog whose composer has gone (Facebook's
     * "Next", then "Post"), the composer last used in that dialog. */
    composerForButton(button) {
      const composer = TBYP.sendControls.ownerOf(this, button, this.anyComposerSelector);
      if (composer) return composer;
      const dialog = TBYP.sendControls.dialogOf(button);
      const last = dialog && lastComposerIn.get(dialog);
      return last && !dialog.contains(last) ? last : null;
    }

    /** Send the way a person would: the control that was held if there is one, else the
     * composer's send button, else its form, else Enter. */
    send(composer, heldControl = null) {
      const usable = (b) => b?.isConnected && !b.disabled && b.getAttribute("aria-disabled") !== "true";
      const button = usable(heldControl) ? heldControl : this.sendButtonFor(composer);
      if (usable(button)) {
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
