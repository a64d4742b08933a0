/* Underlines drawn over a composer, in the extension's own shadow root, following the text, and a
 * quiet badge at the composer's corner that shows the state of the check and opens the panel. */
(() => {
  const TBYP = globalThis.TBYP;
  const { t } = TBYP.ui;

  /** Badge states: what the badge shows and says to screen readers. */
  const BADGE = {
    idle: null,
    checking: { symbol: "…", label: () => t("badgeChecking") },
    clean: { symbol: "✓", label: () => t("badgeClean") },
    findings: { symbol: null, label: (n) => t("badgeFindings", String(n)) },
    unavailable: { symbol: "!", label: () => t("badgeUnavailable") },
  };

  /** The badge's words for a state and count, in the language in use, worked out
   * once: the badge goes to "checking" and back on every check while someone types. */
  const labels = new Map();
  function badgeLabel(state, count) {
    const key = `${TBYP.i18n.language()} ${state} ${count}`;
    if (!labels.has(key)) labels.set(key, BADGE[state].label(count));
    return labels.get(key);
  }

  class Overlay {
    /**
     * @param onBadge called when the user activates the badge
     * @param isQuiet whether quiet mode is on: nothing is drawn while typing (no underlines, no
     *   badge); the panel still comes at send
     */
    constructor(composer, onBadge, isQuiet = () => false) {
      this.composer = composer;
      this.isQuiet = isQuiet;
      this.layer = document.createElement("div");
      this.layer.className = "layer";
      this.marks = document.createElement("div");
      this.badge = document.createElement("button");
      this.badge.type = "button";
      this.badge.className = "badge";
      this.badge.hidden = true;
      this.badgeText = this.badge.appendChild(document.createTextNode(""));
      this.badge.addEventListener("click", (event) => {
        if (event.isTrusted) onBadge?.(); // the user's own click, not a page script's
      });
      this.layer.append(this.marks, this.badge);
      this.findings = [];
      this.hits = []; // [{finding, rects}] as last drawn, for hover
      this.drawn = []; // [{span, look}]: each mark's span and what it was last drawn as
      this.badgeLook = ""; // the badge's state and count as last drawn
      this.badgeAt = ""; // and its position
      this.state = "idle";
      this.limits = ""; // what the last check left out, for the badge: see setLimits
      this.frame = 0;
      this.resizeObserver = new ResizeObserver(() => this.schedule());
      this.resizeObserver.observe(composer);
    }

    /** idle | checking | clean | findings | unavailable */
    setState(state) {
      this.state = state;
      this.schedule();
    }


    /** What the engine's reply says it left out: the draft past `checked` UTF-16 units
     * (`truncated`), and `more` findings past those sent. The badge says so. */
    setLimits({ truncated = false, checked = 0, more = 0 } = {}) {
      const limits = [
        truncated ? t("badgeTruncated", checked.toLocaleString(TBYP.i18n.tag())) : "",
        more > 0 ? t("badgeMore", more.toLocaleString(TBYP.i18n.tag())) : "",
      ]
        .filter(Boolean)
        .join(" ");
      if (limits === this.limits) return;
      this.limits = limits;
      this.schedule();
    }

    show(findings) {
      this.findings = findings;
      this.schedule();
    }

    clear(state = "idle") {
      this.findings = [];
      this.hits = [];
      this.state = state;
      this.marks.replaceChildren();
      this.drawn = [];
      this.schedule();
    }

    remove() {
      cancelAnimationFrame(this.frame);
      this.resizeObserver.disconnect();
      this.layer.remove();
      TBYP.ui.tidy();
    }

    /** Redraw at the next frame, at most once per frame (scroll and resize call this often). */
    schedule() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    }

    /**
     * Typing redraws several times a second, so a redraw measures the composer at most once and
     * writes to the shadow root only what changed: each write makes the browser style and lay out
     * again, and a measure after a write forces it to do so at once.
     */
    draw() {
      const connected = this.composer.isConnected;
      const quiet = this.isQuiet();
      const findings = quiet ? [] : this.findings;
      const badge = quiet ? null : BADGE[this.state];
      const measured = connected && (findings.length || badge);
      const box = measured ? this.composer.getBoundingClientRect() : null;
      const looks = [];
      const hits = [];
      if (findings.length && connected) {
        const draft = TBYP.draft.readDraft(this.composer);
        for (const finding of findings) {
          // Skip a finding whose text has changed since it was checked; the next check redraws.
          if (draft.text.slice(finding.start, finding.end) !== finding.match) continue;
          const range = TBYP.draft.rangeFor(draft, finding.start, finding.end);
          if (!range) continue;
          const rects = [];
          hits.push({ finding, rects });
          for (const rect of range.getClientRects()) {
            const left = Math.max(rect.left, box.left);
            const right = Math.min(rect.right, box.right);
            const top = Math.max(rect.top, box.top);
            const bottom = Math.min(rect.bottom, box.bottom);
            if (right - left < 1 || bottom - top < 1) continue;
            looks.push({
              className: `mark sev-${finding.severity}`,
              rule: finding.rule,
              css: `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`,
            });
            rects.push({ left, top, right, bottom });
          }
        }
      }
      this.drawMarks(looks);
      this.hits = hits;
      this.drawBadge(box, badge);
      // In the page only while something shows: see ui_root.js.
      if (looks.length || !this.badge.hidden) {
        if (!this.layer.isConnected) TBYP.ui.uiRoot().append(this.layer);
      } else if (this.layer.isConnected) {
        this.layer.remove();
        TBYP.ui.tidy();
      }
    }

    /** Make the marks look as `looks` says, reusing the spans already drawn. */
    drawMarks(looks) {
      for (const { span } of this.drawn.splice(looks.length)) span.remove();
      const added = [];
      looks.forEach((look, i) => {
        if (i === this.drawn.length) {
          const span = document.createElement("span");
          this.drawn.push({ span, look: {} });
          added.push(span);
        }
        const { span, look: was } = this.drawn[i];
        if (look.className !== was.className) span.className = look.className;
        // Nothing a page could read about the finding: the rule id is for the testing build.
        if (TBYP.ui.testing && look.rule !== was.rule) span.dataset.rule = look.rule;
        if (look.css !== was.css) span.style.cssText = look.css;
        this.drawn[i].look = look;
      });
      if (added.length) this.marks.append(...added);
    }

    /** The finding drawn under a point of the screen, with the rect that was hit. */
    hitAt(x, y) {
      for (const { finding, rects } of this.hits) {
        for (const r of rects) {
          if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) {
            return { finding, rect: r };
          }
        }
      }
      return null;
    }

    /**
     * @param box the composer's bounding rect, measured if the badge shows
     * @param look what the badge shows (BADGE), null for no badge
     */
    drawBadge(box, look) {
      if (!look || !this.composer.isConnected) {
        if (!this.badge.hidden) this.badge.hidden = true;
        return;
      }
      const count = this.findings.length;
      if (this.badge.hidden) this.badge.hidden = false;
      const shows = `${this.state} ${count} ${this.limits}`;
      if (shows !== this.badgeLook) {
        this.badgeLook = shows;
        const label = [badgeLabel(this.state, count), this.limits].filter(Boolean).join(" ");
        this.badge.dataset.limited = this.limits ? "true" : "false";
        this.badge.dataset.state = this.state;
        this.badgeText.data = look.symbol ?? String(count);
        this.badge.setAttribute("aria-label", label);
        this.badge.title = label;
      }
      const left = Math.max(0, box.right - 26);
      const top = Math.max(0, box.bottom - 22);
      if (`${left},${top}` !== this.badgeAt) {
        this.badgeAt = `${left},${top}`;
        this.badge.style.left = `${left}px`;
        this.badge.style.top = `${top}px`;
      }
    }
  }

  TBYP.Overlay = Overlay;
})();
