/* LinkedIn: feed posts and comments (Quill), messaging (a plain contenteditable in a form). */
TBYP.sites.register({
  id: "linkedin",
  hosts: TBYP.SITE_HOSTS.linkedin,
  composers: [
    '.ql-editor[contenteditable="true"]',
    'div.msg-form__contenteditable[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButtons: [
    "button.msg-form__send-button",
    "button.share-actions__primary-action",
    "button.comments-comment-box__submit-button",
  ],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => document.documentElement.classList.contains("theme--dark") || null,
  sendButtonLabels: ["Post", "Comment", "Send", "Reply"],
  // Enter adds a line in posts and comments; messaging sends through its form (or the button).
  enterSends: () => false,
  modEnterSends: true,
});
