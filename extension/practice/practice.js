// The extension's practice page: the same editors as the real sites, with nothing posted anywhere.
import { createLexicalComposer, createQuillComposer } from './composers.js';
import { createSentLog } from './sent_log.js';

function activateOnKeys(button, action) {
  button.addEventListener('click', action);
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  });
}

function start() {
  const list = document.getElementById('sent');
  const empty = document.getElementById('sent-empty');
  const record = createSentLog(list);
  const recordFrom = (composer) => (text) => {
    record(composer, text);
    empty.hidden = true;
  };

  const facebook = document.querySelector('[data-practice="facebook"]');
  const groupPost = createLexicalComposer({
    parent: facebook.querySelector('.composer-slot'),
    label: 'Write something to the group',
    placeholder: 'Write something…',
    onSend: recordFrom('facebook-post'),
  });
  activateOnKeys(facebook.querySelector('[role="button"][aria-label="Post"]'), () => groupPost.send());

  const linkedin = document.querySelector('[data-practice="linkedin"]');
  const share = createQuillComposer({
    parent: linkedin.querySelector('.composer-slot'),
    label: 'Text editor for creating content',
    placeholder: 'What do you want to talk about?',
    onSend: recordFrom('linkedin-post'),
  });
  linkedin.querySelector('.share-actions__primary-action').addEventListener('click', () => share.send());

  const whatsapp = document.querySelector('[data-practice="whatsapp"]');
  const chat = createLexicalComposer({
    parent: whatsapp.querySelector('footer .composer-slot'),
    label: 'Type a message',
    placeholder: 'Type a message',
    enterSends: true,
    richText: false,
    onSend: recordFrom('whatsapp-chat'),
  });
  whatsapp.querySelector('button[aria-label="Send"]').addEventListener('click', () => chat.send());
}

// The page's own words, in the language chosen in the options, once the extension's scripts
// have run (they are deferred after this one, so they have by DOMContentLoaded); again whenever
// the settings change.
function translate() {
  const TBYP = globalThis.TBYP;
  if (!TBYP?.i18n) return;
  TBYP.i18n.translateOwnPage();
  TBYP.settings.watch(() => TBYP.i18n.translateOwnPage());
}
document.addEventListener('DOMContentLoaded', translate, { once: true });

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
