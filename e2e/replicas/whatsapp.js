// WhatsApp Web (https://web.whatsapp.com/): one conversation is open in #main at a time, and opening
// another replaces #main with a new one, so its footer composer is added after the page loaded. Enter
// sends; the footer's button is "Send" while there is a draft and "Voice message" while there is none.
import { createLexicalComposer } from '../../extension/practice/composers.js';
import { onReady } from './replica_page.js';

const CHATS = {
  carers: { title: "Carers' group", greeting: 'Morning all, how is everyone?' },
  sam: { title: 'Sam', greeting: 'Are you free for a call later?' },
};

function footerButton(hasDraft) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'footer-button';
  node.setAttribute('aria-label', hasDraft ? 'Send' : 'Voice message');
  node.textContent = hasDraft ? 'Send' : '🎤';
  return node;
}

function openChat(id, record) {
  const chat = CHATS[id];
  document.getElementById('main')?.remove();
  const main = document.createElement('div');
  main.id = 'main';
  main.dataset.chat = id;
  const header = document.createElement('header');
  header.textContent = chat.title;
  const messages = document.createElement('div');
  messages.className = 'messages';
  const greeting = document.createElement('p');
  greeting.className = 'bubble';
  greeting.textContent = chat.greeting;
  messages.append(greeting);
  const footer = document.createElement('footer');
  main.append(header, messages, footer);
  document.getElementById('conversation-pane').append(main);

  const composer = createLexicalComposer({
    parent: footer,
    label: `Type a message to ${chat.title}`,
    placeholder: 'Type a message',
    enterSends: true,
    richText: false,
    onSend: (text) => record(`whatsapp-${id}`, text),
  });
  composer.root.setAttribute('aria-placeholder', 'Type a message');

  let button = null;
  const showButton = (hasDraft) => {
    if (button && (button.getAttribute('aria-label') === 'Send') === hasDraft) return;
    const next = footerButton(hasDraft);
    if (hasDraft) next.addEventListener('click', () => composer.send());
    if (button) button.replaceWith(next);
    else footer.append(next);
    button = next;
  };
  showButton(false);
  composer.editor.registerTextContentListener((text) => showButton(text !== ''));
  composer.root.focus();
}

onReady((record) => {
  for (const item of document.querySelectorAll('#pane-side [data-chat]')) {
    item.addEventListener('click', () => openChat(item.dataset.chat, record));
  }
  openChat('carers', record);
});
