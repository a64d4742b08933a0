// WhatsApp Web (https://web.whatsapp.com/): one conversation is open in #main at a time, and opening
// another replaces #main with a new one, so its footer composer is added after the page loaded. Enter
// sends; the footer's button is "Send" while there is a draft and "Voice message" while there is none.
//
// The 2026 shape (?variant=2026), beside the old one:
// - the send control is a div[role=button] around an icon span[data-icon="wds-ic-send-filled"]; the
//   icon was "send" before 2025 (landifrancesco/Whatsapp-Automator issue #4, 2025-11;
//   Matt-Fontes/SendScriptWhatsApp pull request #120, 2025-12; public WhatsApp automation code of
//   2025-2026 that looks for the icon and takes closest('div[role="button"], button'));
// - attaching a photo opens a dialog with a second Lexical editor for the caption and its own send
//   control with the same icon, outside #main footer (public WhatsApp automation code, 2025-2026,
//   that looks in [role="dialog"] for the send icon first, and otherwise for one not in the footer).
// ?lang=pt gives the Portuguese words ("Enviar": public WhatsApp automation code, 2025,
// 'button[aria-label^="Enviar"]'; "Mensagem de voz", "Anexar", "Adicione uma legenda" are guesses).
import { createLexicalComposer } from '../../extension/practice/composers.js';
import { onReady } from './replica_page.js';

const params = new URLSearchParams(location.search);
const VARIANT_2026 = params.get('variant') === '2026';
const WORDS =
  params.get('lang') === 'pt'
    ? { send: 'Enviar', voice: 'Mensagem de voz', attach: 'Anexar', caption: 'Adicione uma legenda', type: 'Digite uma mensagem' }
    : { send: 'Send', voice: 'Voice message', attach: 'Attach', caption: 'Add a caption', type: 'Type a message' };

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

/** The 2026 control: a div[role=button] around the icon span. */
function iconButton(label, icon, symbol) {
  const node = document.createElement('div');
  node.setAttribute('role', 'button');
  node.setAttribute('tabindex', '0');
  node.setAttribute('aria-label', label);
  node.className = 'div-button';
  const span = document.createElement('span');
  span.dataset.icon = icon;
  span.setAttribute('aria-hidden', 'true');
  span.textContent = symbol;
  node.append(span);
  return node;
}

function openCaptionDialog(id, record) {
  if (document.querySelector('[role="dialog"]')) return;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.className = 'wa-dialog';
  const preview = document.createElement('p');
  preview.textContent = '🖼️ photo.jpg';
  const body = document.createElement('div');
  dialog.append(preview, body);
  document.body.append(dialog);
  const caption = createLexicalComposer({
    parent: body,
    label: WORDS.caption,
    placeholder: WORDS.caption,
    enterSends: true,
    richText: false,
    onSend: (text) => {
      dialog.remove();
      record(`whatsapp-caption-${id}`, text);
    },
  });
  const send = iconButton(WORDS.send, 'wds-ic-send-filled', '➤');
  send.addEventListener('click', () => caption.send());
  dialog.append(send);
  caption.root.focus();
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

  if (VARIANT_2026) {
    const attach = iconButton(WORDS.attach, 'plus-rounded', '+');
    attach.addEventListener('click', () => openCaptionDialog(id, record));
    footer.append(attach);
  }
  const composer = createLexicalComposer({
    parent: footer,
    label: `${WORDS.type} ${chat.title}`,
    placeholder: WORDS.type,
    enterSends: true,
    richText: false,
    onSend: (text) => record(`whatsapp-${id}`, text),
  });
  composer.root.setAttribute('aria-placeholder', WORDS.type);

  let button = null;
  let showing = null;
  const showButton = (hasDraft) => {
    if (showing === hasDraft) return;
    showing = hasDraft;
    let next;
    if (VARIANT_2026) {
      next = hasDraft ? iconButton(WORDS.send, 'wds-ic-send-filled', '➤') : iconButton(WORDS.voice, 'ptt', '🎤');
    } else {
      next = footerButton(hasDraft);
    }
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
