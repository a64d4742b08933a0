/* Reading a composer's draft as plain text, with a map from text offsets back to DOM positions.
 * Offsets are UTF-16 code units, the same as the engine's findings, so no conversion is needed. */
(() => {
  const TBYP = globalThis.TBYP;
  const BLOCKS = new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6",
    "BLOCKQUOTE", "PRE", "TABLE", "TR"]);

  function isBlock(node) {
    return node?.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.tagName);
  }

  /** A <br> that only keeps an empty or finished line open (editors add one) is not a break. */
  function isPlaceholderBreak(br) {
    return !br.nextSibling && isBlock(br.parentNode) && br.parentNode !== br.getRootNode();
  }

  /**
   * Read the draft: {text, segments}, where each segment maps [start, end) of text to a text node.
   * Each block starts a new line; a <br> is a line break unless it is a placeholder.
   */
  function readDraft(root) {
    // A textarea (the general method may check one) keeps its draft in its value, not in nodes.
    if (root instanceof HTMLTextAreaElement) return { text: root.value, segments: [] };
    const parts = [];
    const segments = [];
    let length = 0;
    let started = false;
    const emit = (s) => {
      parts.push(s);
      length += s.length;
    };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!child.data) continue;
          segments.push({ node: child, start: length, end: length + child.data.length });
          emit(child.data);
          started = true;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName === "BR") {
            if (!isPlaceholderBreak(child)) emit("\n");
            started = true;
            continue;
          }
          if (child.getAttribute("contenteditable") === "false") continue;
          if (isBlock(child)) {
            if (started) emit("\n");
            started = true;
          }
          walk(child);
        }
      }
    };
    walk(root);
    return { text: parts.join(""), segments };
  }

  function locate(draft, offset, preferNext) {
    const { segments } = draft;
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (offset < seg.end || (offset === seg.end && !(preferNext && segments[i + 1]?.start === offset))) {
        if (offset >= seg.start) return { node: seg.node, offset: offset - seg.start };
        // The offset fell on a line break between segments: start at the next text.
        return { node: seg.node, offset: 0 };
      }
    }
    const last = segments[segments.length - 1];
    return last ? { node: last.node, offset: last.node.data.length } : null;
  }

  /** A DOM Range for [start, end) of the draft text, or null if the draft has no text there. */
  function rangeFor(draft, start, end) {
    if (end <= start) return null;
    const a = locate(draft, start, true);
    const b = locate(draft, end, false);
    if (!a || !b) return null;
    const range = document.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range;
  }

  TBYP.draft = { readDraft, rangeFor };
})();
