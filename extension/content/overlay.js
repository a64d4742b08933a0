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

  class Overlay {
    /** @param onBadge called when the user activates the badge */
    constructor(composer, onBadge) {
      this.composer = composer;
      this.layer = document.createElement("div");
      this.layer.className = "layer";
      this.marks = document.createElement("div");
      this.badge = document.createElement("button");
      this.badge.type = "button";
      this.badge.className = "badge";
      this.badge.hidden = true;
      this.badge.addEventListener("click", () => onBadge?.());
      this.layer.append(this.marks, this.badge);
      this.findings = [];
      this.hits = []; // [{finding, rects}] as last drawn, for hover
      this.state = "idle";
      this.frame = 0;
      this.resizeObserver = new ResizeObserver(() => this.schedule());
      this.resizeObserver.observe(composer);
    }

    /** idle | checking | clean | findings | unavailable */
    setState(state) {
      this.state = state;
      this.schedule();
    }

    attach() {
      if (!this.layer.isConnected) TBYP.ui.uiRoot().append(this.layer);
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
      this.schedule();
    }

    remove() {
      cancelAnimationFrame(this.frame);
      this.resizeObserver.disconnect();
      this.layer.remove();
    }

    /** Redraw at the next frame, at most once per frame (scroll and resize call this often). */
    schedule() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    }

    draw() {
      this.attach();
      const marks = [];
      const hits = [];
      if (this.findings.length && this.composer.isConnected) {
        const box = this.composer.getBoundingClientRect();
        const draft = TBYP.draft.readDraft(this.composer);
        for (const finding of this.findings) {
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
            const mark = document.createElement("span");
            mark.className = `mark sev-${finding.severity}`;
            mark.dataset.rule = finding.rule;
            mark.title = finding.message;
            mark.style.cssText = `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`;
            marks.push(mark);
            rects.push({ left, top, right, bottom });
          }
        }
      }
      this.marks.replaceChildren(...marks);
      this.hits = hits;
      this.drawBadge();
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

    drawBadge() {
      const look = BADGE[this.state];
      if (!look || !this.composer.isConnected) {
        this.badge.hidden = true;
        return;
      }
      const box = this.composer.getBoundingClientRect();
      const count = this.findings.length;
      this.badge.hidden = false;
      this.badge.dataset.state = this.state;
      this.badge.textContent = look.symbol ?? String(count);
      this.badge.setAttribute("aria-label", look.label(count));
      this.badge.title = look.label(count);
      this.badge.style.left = `${Math.max(0, box.right - 26)}px`;
      this.badge.style.top = `${Math.max(0, box.bottom - 22)}px`;
    }
  }

  TBYP.Overlay = Overlay;
})();
