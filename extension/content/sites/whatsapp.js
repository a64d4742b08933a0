/* WhatsApp Web: the chat composer is a Lexical editor in the conversation's footer. */
TBYP.sites.register({
  id: "whatsapp",
  hosts: TBYP.SITE_HOSTS.whatsapp,
  composers: [
    '#main footer [contenteditable="true"][data-lexical-editor="true"]',
    '#main footer [contenteditable="true"][role="textbox"]',
    'footer [contenteditable="true"]',
  ],
  sendButtons: ['button[aria-label="Send"]', '[role="button"][aria-label="Send"]'],
  // The site's own dark mode (null: not known, follow the system).
  darkMode: () => Boolean(document.body?.classList.contains("dark")) || null,
  sendButtonLabels: ["Send"],
  enterSends: () => true,
});
