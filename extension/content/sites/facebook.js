/* Facebook: group posts, comments and Messenger, all Lexical editors. */
TBYP.sites.register({
  id: "facebook",
  hosts: TBYP.SITE_HOSTS.facebook,
  composers: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButtons: [
    '[role="button"][aria-label="Post"]',
    '[role="button"][aria-label="Comment"]',
    '[role="button"][aria-label="Send"]',
    '[aria-label="Press Enter to send"]',
  ],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => document.documentElement.classList.contains("__fb-dark-mode") || null,
  sendButtonLabels: ["Post", "Comment", "Send", "Reply"],
  // In the "Create post" dialog Enter starts a new line; comments and Messenger send on Enter.
  enterSends: (_composer, sendButton) => sendButton?.getAttribute("aria-label") !== "Post",
});
