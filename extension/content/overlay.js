/* Underlines drawn over a composer, in the extension's own shadow root, following the text. */
(() => {
  const TBYP = globalThis.TBYP;

  class Overlay {
    constructor(composer) {
      this.composer = composer;
      this.layer = document.createElement("div");
      this.layer.className = "layer";
      this.findings = [];
      this.frame = 0;
    }

    attach() {
      if (!this.layer.isConnected) TBYP.ui.uiRoot().append(this.layer);
    }

    show(findings) {
      this.findings = findings;
      this.schedule();
    }

    clear() {
      this.findings = [];
      this.layer.replaceChildren();
    }

    remove() {
      cancelAnimationFrame(this.frame);
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
      if (this.findings.length && this.composer.isConnected) {
        const box = this.composer.getBoundingClientRect();
        const draft = TBYP.draft.readDraft(this.composer);
        for (const finding of this.findings) {
          // Skip a finding whose text has changed since it was checked; the next check redraws.
          if (draft.text.slice(finding.start, finding.end) !== finding.match) continue;
          const range = TBYP.draft.rangeFor(draft, finding.start, finding.end);
          if (!range) continue;
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
          }
        }
      }
      this.layer.replaceChildren(...marks);
    }
  }

  TBYP.Overlay = Overlay;
})();
