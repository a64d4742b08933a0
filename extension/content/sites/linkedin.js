/* LinkedIn: feed posts (Quill), comments (Quill, or TipTap/ProseMirror on the new feed), messaging
 * (a contenteditable in form.msg-form). On the new pages the share box and the messaging pop-ups
 * are inside the open shadow root of div#interop-outlet (shadow_roots.js reaches them). */
TBYP.sites.register({
  id: "linkedin",
  hosts: TBYP.SITE_HOSTS.linkedin,
  composers: [
    // Share box, old comment box: Quill, aria-label "Text editor for creating content"
    // (webbrain-one/webbrain pull request #461, 2026; opencues/opencues pull request #83, 2026).
    '.ql-editor[contenteditable="true"]',
    // New feed comments: div.tiptap.ProseMirror[contenteditable], aria-label "Text editor for
    // creating comment", in div[data-view-name="comment-box"], no <form> (public LinkedIn comment
    // automation, "DOM v2 (React SSR + SDUI)", 2026; LinkedIn Rich Post content script, April 2026).
    '.ProseMirror[contenteditable="true"]',
    'div.msg-form__contenteditable[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  controls: [
    // Messaging: button.msg-form__send-button, or button.msg-form__send-btn[type=submit] (public
    // LinkedIn messaging automation code, 2025-2026, '.msg-form__send-btn-container
    // button[type="submit"]').
    { css: "button.msg-form__send-button, button.msg-form__send-btn", kind: "send" },
    { css: "button.share-actions__primary-action", kind: "post" },
    // Old comment box: comments-comment-box__submit-button--cr has no aria-label and appears only
    // once there is text (public LinkedIn comment automation notes, 2026: "When it appears it
    // carries no aria-label. Select it by class").
    {
      css: "button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr",
      kind: "comment",
    },
  ],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => document.documentElement.classList.contains("theme--dark") || null,
  // Enter adds a line in posts and comments; messaging sends through its form (or the button).
  enterSends: () => false,
  modEnterSends: true,
});
