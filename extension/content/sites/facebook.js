/* Facebook: group posts, comments and Messenger, all Lexical editors; Messenger also at
 * www.messenger.com. Facebook's class names are generated, so its send controls are known by their
 * words (send_controls.js, in every listed language), always after the composer they send:
 *   - "Post" in the "Create post" dialog; posting as a Page (and for some profiles) first shows
 *     "Next", then a "Post settings" step with the "Post" button, where the composer may be gone
 *     (public Facebook automation code, 2025: nextButton '[aria-label="Next"], [aria-label="Dalej"]'
 *     before publishButton '[aria-label="Publish"], [aria-label="Opublikuj"]');
 *   - "Comment" after a comment box; every comment also has a "Reply" [role=button], which opens
 *     a reply box and sends nothing (it is in no list);
 *   - "Send" / "Press Enter to send" in Messenger. */
TBYP.sites.register({
  id: "facebook",
  hosts: TBYP.SITE_HOSTS.facebook,
  composers: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  controls: [],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => document.documentElement.classList.contains("__fb-dark-mode") || null,
  // Comments and Messenger send on Enter; in a post dialog (its control is "Post", or "Next")
  // Enter starts a new line, and so it does wherever the send control is not known.
  enterSends(_composer, sendButton) {
    const kind = this.kindOf(sendButton);
    return kind === "send" || kind === "comment";
  },
});
