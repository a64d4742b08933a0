/* Which control sends a composer's draft, recognised by the page's structure first and by its
 * words only after that, so that it works whatever language the site is shown in:
 *   1. the submit button of the composer's own form (or a type=submit button after it);
 *   2. the site's known classes and icons (the adapter's `controls`: a class, a data-icon);
 *   3. the accessible name or visible word, from the table below, in any of its languages.
 * A control counts only for the composer it belongs to: in the composer's own form, or in the
 * smallest container around the composer that has one, and after the composer. So a "Comment"
 * button that opens a comment box above it, or a "Reply" under someone else's comment, is never
 * taken for the send button; and "Reply" is in no list at all. */
(() => {
  const TBYP = globalThis.TBYP;
  const CLICKABLE = 'button, [role="button"], input[type="submit"]';
  // A composer's own container ends at one of these: a send control is not looked for beyond it.
  const BOUNDARY = 'form, dialog, [role="dialog"], [role="article"], [role="listitem"], ' +
    '[role="complementary"], [role="main"], footer';
  const MAX_DEPTH = 12;
  const MAX_BUTTON_DEPTH = 6;

  /**
   * What the sites' send controls are called, by kind and language. "send" sends a message,
   * "comment" a comment, "post" a post; "next" moves a post dialog to its next step (it sends
   * nothing, but the draft goes on to the step with the Post button).
   * Where the wording was found in public automation code, the source is named; the rest is a
   * guess at the sites' translation and says so.
   */
  const LABELS = {
    // English: Facebook "Post", "Comment", "Send", "Press Enter to send" and WhatsApp "Send"
    // (landifrancesco/Whatsapp-Automator issue #4, 2025-11); LinkedIn "Post" (xldeveloper/
    // openclaw-skills .../references/dom-patterns.md); "Send message" (public LinkedIn automation
    // code, 2026); "Next" (Facebook Marketplace automation, 2025, aria-label="Next").
    en: {
      send: ["Send", "Press Enter to send", "Send message"],
      post: ["Post"],
      comment: ["Comment", "Post comment"],
      next: ["Next"],
    },
    // Welsh: a guess (Facebook's and LinkedIn's Welsh wording was not found in public code).
    cy: { send: ["Anfon"], post: ["Postio", "Cyhoeddi"], comment: ["Rhoi sylw"], next: ["Nesaf"] },
    // Polish: "Opublikuj", "Wyślij" on Facebook (public Facebook automation code, 2025-2026, with
    // '[aria-label="Opublikuj"][role="button"]', '[aria-label="Wyślij"][role="button"]');
    // "Dalej" (Facebook Marketplace automation, '[aria-label="Dalej"]'); "Skomentuj" is a guess.
    pl: { send: ["Wyślij"], post: ["Opublikuj"], comment: ["Skomentuj"], next: ["Dalej"] },
    // Romanian: a guess.
    ro: { send: ["Trimite"], post: ["Publică", "Postează"], comment: ["Comentează"], next: ["Înainte"] },
    // Portuguese: "Enviar" on WhatsApp Web (public WhatsApp automation code, 2025,
    // 'button[aria-label="Enviar"]') and "Publicar" on Facebook (the same Facebook code as
    // Polish); "Comentar" (fb_bot commenter, 2025); "Avançar" is a guess.
    pt: { send: ["Enviar"], post: ["Publicar"], comment: ["Comentar"], next: ["Avançar", "Seguinte"] },
    // Spanish: "Publicar", "Enviar" (the same Facebook code as Polish); the rest a guess.
    es: { send: ["Enviar"], post: ["Publicar"], comment: ["Comentar"], next: ["Siguiente"] },
    // French: "Publier" (the same Facebook code as Polish); the rest a guess.
    fr: { send: ["Envoyer"], post: ["Publier"], comment: ["Commenter"], next: ["Suivant"] },
    // German: LinkedIn "Posten", "Absenden" (xldeveloper/openclaw-skills dom-patterns.md);
    // "Kommentar hinzufügen" (named as a live label in this project's issue 16); the rest a guess.
    de: {
      send: ["Senden", "Absenden"],
      post: ["Posten", "Veröffentlichen"],
      comment: ["Kommentieren", "Kommentar hinzufügen"],
      next: ["Weiter"],
    },
    // Italian: "Pubblica", "Invia" (the same Facebook code as Polish); the rest a guess.
    it: { send: ["Invia"], post: ["Pubblica"], comment: ["Commenta"], next: ["Avanti"] },
    // Hindi: a guess.
    hi: { send: ["भेजें"], post: ["पोस्ट करें"], comment: ["टिप्पणी करें"], next: ["आगे"] },
  };

  const normal = (text) => text.replace(/\s+/g, " ").trim().toLocaleLowerCase();
  const KIND_OF_LABEL = new Map();
  for (const table of Object.values(LABELS)) {
    for (const [kind, words] of Object.entries(table)) {
      for (const word of words) if (!KIND_OF_LABEL.has(normal(word))) KIND_OF_LABEL.set(normal(word), kind);
    }
  }

  function labelOf(el) {
    return normal(el.getAttribute("aria-label") || el.textContent || "");
  }

  /** The kind a control's words name ("send", "post", "comment", "next"), or null. */
  function kindOfLabel(el) {
    return KIND_OF_LABEL.get(labelOf(el)) ?? null;
  }

  const elementOf = (node) => (node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement);

  /** The clickable control a click landed in (the icon inside a button, the button itself). */
  function clickableFrom(node) {
    let el = elementOf(node);
    for (let depth = 0; el && depth < MAX_BUTTON_DEPTH; depth++, el = el.parentElement) {
      if (el.matches(CLICKABLE)) return el;
    }
    return null;
  }

  const after = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

  /**
   * How `el` is recognised as a send control of `adapter`, structure first:
   * {how: "form" | "structure" | "label", kind} or null.
   */
  function recognise(adapter, el) {
    if (el.matches('[type="submit"]')) return { how: "form", kind: kindOfLabel(el) ?? "send" };
    for (const control of adapter.controls) {
      const byClass = control.css && el.matches(control.css);
      if (byClass || (control.icon && el.querySelector(control.icon))) {
        return { how: "structure", kind: control.kind };
      }
    }
    const kind = kindOfLabel(el);
    if (kind && kind !== "next") return { how: "label", kind };
    return null;
  }

  const RANK = { form: 0, structure: 1, label: 2 };

  /** The send controls of `composer`, best first: [{el, how, kind}]. */
  function controlsFor(adapter, composer) {
    const form = composer.closest("form");
    let el = composer.parentElement;
    for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
      const found = [];
      for (const candidate of el.querySelectorAll(CLICKABLE)) {
        if (candidate.contains(composer) || !after(composer, candidate)) continue;
        if (candidate.closest("form") !== form && form) continue;
        const seen = recognise(adapter, candidate);
        if (seen) found.push({ el: candidate, ...seen });
      }
      if (found.length) return found.sort((a, b) => RANK[a.how] - RANK[b.how]);
      if (el.matches(BOUNDARY)) break;
    }
    return [];
  }

  /** The composer that `control` sends, if it is one of that composer's send controls. */
  function ownerOf(adapter, control, composerSelector) {
    let el = control.parentElement;
    for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
      const before = [...el.querySelectorAll(composerSelector)].filter((c) => after(c, control));
      const composer = before[before.length - 1];
      if (composer) {
        return controlsFor(adapter, composer).some((c) => c.el === control) ? composer : null;
      }
      if (el.matches(BOUNDARY)) break;
    }
    return null;
  }

  /** The dialog around an element, if any. */
  function dialogOf(el) {
    return el?.closest?.('[role="dialog"], dialog') ?? null;
  }

  TBYP.sendControls = { LABELS, CLICKABLE, kindOfLabel, clickableFrom, recognise, controlsFor, ownerOf, dialogOf };
})();
