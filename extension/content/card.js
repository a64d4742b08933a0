/* The small card that explains one underline: opened by hovering it, or by moving the caret into
 * it from the keyboard. It offers "Ignore once" and "Always allow this". */
(() => {
  const TBYP = globalThis.TBYP;
  const { t } = TBYP.ui;

  class FindingCard {
    constructor() {
      this.node = null;
      this.current = null; // {session, finding}
    }

    build() {
      const node = document.createElement("div");
      node.className = "card";
      node.setAttribute("role", "group");
      node.setAttribute("aria-live", "polite");
      node.hidden = true;
      node.addEventListener("mousedown", (event) => event.preventDefault()); // keep the caret
      // Only the user's own clicks answer the card: a page script's are ignored.
      node.addEventListener("click", (event) => {
        if (!event.isTrusted) return;
        const action = event.target.closest?.("button")?.dataset.action;
        if (!action || !this.current) return;
        const { session, finding } = this.current;
        this.hide();
        if (action === "ignore") session.ignoreOnce(finding);
        else if (action === "allow") session.alwaysAllow(finding);
      });
      node.addEventListener("mouseleave", () => this.hide());
      this.node = node;
    }

    isShowing(finding) {
      return Boolean(this.current?.finding === finding && this.node.isConnected && !this.node.hidden);
    }

    show(session, finding, rect) {
      if (!this.node) this.build();
      if (this.isShowing(finding)) return;
      if (!this.node.isConnected) TBYP.ui.uiRoot().append(this.node);
      this.current = { session, finding };
      const text = (tag, value, cls) => {
        const el = document.createElement(tag);
        el.textContent = value;
        if (cls) el.className = cls;
        return el;
      };
      const button = (action, label) => {
        const el = text("button", label);
        el.type = "button";
        el.dataset.action = action;
        return el;
      };
      const actions = document.createElement("div");
      actions.className = "actions";
      actions.append(button("ignore", t("cardIgnoreOnce")), button("allow", t("cardAlwaysAllow")));
      this.node.setAttribute("aria-label", finding.message);
      this.node.replaceChildren(
        text("p", finding.message, "message"),
        text("p", finding.why, "why"),
        text("p", finding.suggestion, "suggestion"),
        actions,
      );
      this.node.hidden = false;
      const width = Math.min(320, window.innerWidth - 16);
      const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
      const below = rect.bottom + 6;
      const height = this.node.offsetHeight;
      const top = below + height < window.innerHeight ? below : Math.max(8, rect.top - height - 6);
      this.node.style.width = `${width}px`;
      this.node.style.left = `${left}px`;
      this.node.style.top = `${top}px`;
    }

    hide() {
      this.current = null;
      if (!this.node?.isConnected) return;
      this.node.hidden = true;
      this.node.remove();
      TBYP.ui.tidy();
    }

    contains(x, y) {
      if (!this.node?.isConnected || this.node.hidden) return false;
      const box = this.node.getBoundingClientRect();
      return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    }
  }

  TBYP.card = new FindingCard();
})();
