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

  class Panel {
    /**
     * Show the panel for a composer's findings. Resolves with the user's choice:
     * "edit", "remove" or "post". `skipped`: the packs the engine left out and why (the reply's
     * `skipped`); for a draft in another language the panel says only some checks ran.
     */
    static open(findings, { canRemove, skipped = null }) {
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
        buttons.push(el("button", { type: "button", class: "primary", "data-action": "post",
          text: t("buttonPostAnyway") }));
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
          el("div", { class: "actions" }, ...buttons),
        );
        const backdrop = el("div", { class: "backdrop" }, dialog);
        root.append(backdrop);

        const close = (choice) => {
          backdrop.remove();
          TBYP.ui.tidy();
          if (choice === "edit" && previous?.isConnected) previous.focus();
          resolve(choice);
        };
        // Only the user's own clicks and keys answer the panel: a page script's are ignored.
        dialog.addEventListener("click", (event) => {
          if (!event.isTrusted) return;
          const action = event.target.closest?.("button")?.dataset.action;
          if (action) close(action);
        });
        dialog.addEventListener("keydown", (event) => {
          event.stopPropagation();
          if (!event.isTrusted) return;
          if (event.key === "Escape") {
            event.preventDefault();
            close("edit");
          } else if (event.key === "Tab") {
            const first = buttons[0];
            const last = buttons[buttons.length - 1];
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
        buttons[0].focus();
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
