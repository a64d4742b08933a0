/* The "Think before you post" panel: a modal dialog in the extension's shadow root.
 * Keyboard-first: focus moves in, Tab stays inside, Esc means Edit, focus returns to the composer. */
(() => {
  const TBYP = globalThis.TBYP;
  const { t } = TBYP.ui;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  }

  function findingItem(finding) {
    // The rule id is for the browser tests only (the testing build): see ui_root.js.
    const rule = TBYP.ui.testing ? { "data-rule": finding.rule } : {};
    return el(
      "li",
      { class: `finding sev-${finding.severity}`, ...rule },
      el("p", { class: "message" }, el("strong", { text: finding.message }), " ",
        el("q", { class: "match", text: finding.match })),
      el("p", { class: "why", text: finding.why }),
      el("p", { class: "suggestion", text: finding.suggestion }),
    );
  }

  /** The least a reason for "Post anyway" must have, in characters (spaces aside). */
  const REASON_MIN = 3;
  const REASON_MAX = 200;

  /**
   * What the organisation asks before "Post anyway" when something serious was found: a tick
   * ("tick") or a short reason ("reason"), else nothing. Returns {node, ready(), reason()} or null.
   * The button stays disabled until it is answered.
   */
  function postAnywayGate(mode, findings, onChange) {
    if (!findings.some((f) => f.severity === "serious")) return null;
    if (mode === "tick") {
      const box = el("input", { type: "checkbox", id: "tbyp-checked" });
      box.addEventListener("change", onChange);
      const node = el(
        "div",
        { class: "gate" },
        el("label", { for: "tbyp-checked" }, box, " ", t("panelTickChecked")),
      );
      return { node, ready: () => box.checked, reason: () => null };
    }
    if (mode === "reason") {
      const input = el("input", {
        type: "text",
        id: "tbyp-reason",
        maxlength: String(REASON_MAX),
        autocomplete: "off",
        "aria-describedby": "tbyp-reason-hint",
      });
      input.addEventListener("input", onChange);
      const node = el(
        "div",
        { class: "gate" },
        el("label", { for: "tbyp-reason", text: t("panelReasonLabel") }),
        input,
        el("p", { id: "tbyp-reason-hint", class: "hint", text: t("panelReasonHint") }),
      );
      const reason = () => input.value.trim();
      return { node, ready: () => reason().replace(/\s/g, "").length >= REASON_MIN, reason };
    }
    return null;
  }

  class Panel {
    /**
     * Show the panel for a composer's findings. Resolves with the user's choice, {choice,
     * reason}: choice is "edit", "remove" or "post"; reason is what they typed for "Post
     * anyway" when the organisation asks for one (`postAnyway` "reason"), else null.
     * `skipped`: the packs the engine left out and why (the reply's `skipped`); for a draft in
     * another language the panel says only some checks ran.
     */
    static open(findings, { canRemove, postAnyway = "direct", skipped = null }) {
      return new Promise((resolve) => {
        const root = TBYP.ui.uiRoot();
        const previous = document.activeElement;
        const titleId = "tbyp-panel-title";
        const buttons = [
          el("button", { type: "button", class: "secondary", "data-action": "edit", text: t("buttonEdit") }),
        ];
        if (canRemove) {
          buttons.push(el("button", { type: "button", class: "secondary", "data-action": "remove",
            text: t("buttonRemoveIdentifiers") }));
        }
        const post = el("button", { type: "button", class: "primary", "data-action": "post",
          text: t("buttonPostAnyway") });
        buttons.push(post);
        const gate = postAnywayGate(postAnyway, findings, () => {
          post.disabled = !gate.ready();
        });
        if (gate) post.disabled = true;
        const groups = TBYP.tips.groupByTip(findings);
        const sections = groups.map((group, index) =>
          el(
            "section",
            { class: "tip", "aria-labelledby": `tbyp-tip-${index}` },
            el("h3", { id: `tbyp-tip-${index}`, text: group.heading }),
            el("ul", { class: "findings" }, ...group.findings.map(findingItem)),
          ),
        );
        const questions = TBYP.tips.questionsFor(groups.map((g) => g.tip));
        const otherLanguage = skipped?.reason === "language";
        const dialog = el(
          "div",
          { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId,
            "aria-describedby": otherLanguage ? "tbyp-panel-intro tbyp-panel-language" : "tbyp-panel-intro",
            class: "panel" },
          el("h2", { id: titleId, text: t("panelTitle") }),
          el("p", { id: "tbyp-panel-intro", class: "intro", text: t("panelIntro") }),
          ...(otherLanguage
            ? [el("p", { id: "tbyp-panel-language", class: "intro language", text: t("panelOtherLanguage") })]
            : []),
          ...sections,
          el("div", { class: "questions" },
            el("h3", { text: t("questionsHeading") }),
            el("ul", {}, ...questions.map((q) => el("li", { class: "question", text: q })))),
          ...(gate ? [gate.node] : []),
          el("div", { class: "actions" }, ...buttons),
        );
        const backdrop = el("div", { class: "backdrop" }, dialog);
        root.append(backdrop);

        const close = (choice) => {
          const reason = choice === "post" ? (gate?.reason() ?? null) : null;
          backdrop.remove();
          TBYP.ui.tidy();
          if (choice === "edit" && previous?.isConnected) previous.focus();
          resolve({ choice, reason });
        };
        // Only the user's own clicks and keys answer the panel: a page script's are ignored.
        dialog.addEventListener("click", (event) => {
          if (!event.isTrusted) return;
          const button = event.target.closest?.("button");
          if (!button || button.disabled) return;
          if (button.dataset.action === "post" && gate && !gate.ready()) return;
          if (button.dataset.action) close(button.dataset.action);
        });
        dialog.addEventListener("keydown", (event) => {
          event.stopPropagation();
          if (!event.isTrusted) return;
          if (event.key === "Escape") {
            event.preventDefault();
            close("edit");
          } else if (event.key === "Tab") {
            // What can take the focus: the gate's box and the buttons not disabled.
            const stops = [...dialog.querySelectorAll("input, button")].filter((n) => !n.disabled);
            const first = stops[0];
            const last = stops[stops.length - 1];
            const active = root.getRootNode().activeElement;
            if (event.shiftKey && active === first) {
              event.preventDefault();
              last.focus();
            } else if (!event.shiftKey && active === last) {
              event.preventDefault();
              first.focus();
            }
          }
        });
        // The buttons sit at the panel's foot (sticky), in view already: without preventScroll the
        // panel's scroll padding, kept for the reason field, would scroll its title away.
        buttons[0].focus({ preventScroll: true });
      });
    }

    static isOpen() {
      return Boolean(TBYP.ui.existing()?.querySelector(".backdrop"));
    }
  }

  /** A short, polite notice near the bottom of the page that goes away by itself. */
  function notify(text) {
    const root = TBYP.ui.uiRoot();
    const note = el("div", { class: "toast", role: "status", text });
    root.append(note);
    setTimeout(() => {
      note.remove();
      TBYP.ui.tidy();
    }, 6000);
  }

  TBYP.Panel = Panel;
  TBYP.notify = notify;
})();
