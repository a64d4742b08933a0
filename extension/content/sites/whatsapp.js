/* WhatsApp Web: the chat composer is a Lexical editor in the conversation's footer; a caption
 * typed when attaching a photo or file is a second Lexical editor in a dialog, with its own send
 * control. The send control is a div[role=button] around an icon span[data-icon]; the icon was
 * "send" and is "wds-ic-send-filled" since 2025 (landifrancesco/Whatsapp-Automator issue #4,
 * 2025-11; Matt-Fontes/SendScriptWhatsApp pull request #120, 2025-12; public WhatsApp automation
 * code, 2025-2026, clicking 'span[data-icon="wds-ic-send-filled"]' in the media dialog). */
TBYP.sites.register({
  id: "whatsapp",
  hosts: TBYP.SITE_HOSTS.whatsapp,
  composers: [
    '#main footer [contenteditable="true"][data-lexical-editor="true"]',
    '#main footer [contenteditable="true"][role="textbox"]',
    'footer [contenteditable="true"]',
    // The caption box of the photo and file dialog.
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
  ],
  controls: [
    { icon: '[data-icon="wds-ic-send-filled"], [data-icon="send"]', kind: "send" },
    { css: '[data-icon="wds-ic-send-filled"], [data-icon="send"]', kind: "send" },
  ],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => Boolean(document.body?.classList.contains("dark")) || null,
  // Enter sends from the chat box and from a caption, where the send control is known.
  enterSends: (_composer, sendButton) => Boolean(sendButton),
});
