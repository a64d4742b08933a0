// LinkedIn (https://www.linkedin.com/feed/ and /messaging/): the share box and a comment box are Quill
// editors, where Enter adds a line and a button sends; messaging is a plain contenteditable inside
// form.msg-form, sent by its submit button.
//
// The 2026 shapes, rolled out beside the old ones (?variant=2026):
// - the share box and the messaging pop-up are inside the open shadow root of
//   div#interop-outlet[data-testid="interop-shadowdom"] (webbrain-one/webbrain pull request #461,
//   2026-07: "LinkedIn's interop shell renders the post composer dialog inside the open
//   #interop-outlet shadow root"; Briskine/briskine src/content/plugins/linkedin.spec.js: the
//   messaging pop-up's [contenteditable] inside #interop-outlet's shadowRoot);
// - messaging sends with button.msg-form__send-btn[type=submit] (public LinkedIn messaging code);
// - a feed comment is a TipTap/ProseMirror editor in [role=listitem] (tiptap_composer.js);
// - the old comment box's button.comments-comment-box__submit-button--cr has no aria-label (public
//   LinkedIn comment automation notes, 2026).
// ?lang=de gives German words on every control (LinkedIn "Posten", "Absenden": xldeveloper/
// openclaw-skills .../references/dom-patterns.md; "Kommentieren", "Senden" are guesses).
import { createPlainComposer, createQuillComposer } from '../../extension/practice/composers.js';
import { onReady } from './replica_page.js';
import { createTipTapComposer } from './tiptap_composer.js';

const params = new URLSearchParams(location.search);
const GERMAN = params.get('lang') === 'de';
const WORDS = GERMAN
  ? { post: 'Posten', comment: 'Kommentieren', send: 'Senden' }
  : { post: 'Post', comment: 'Comment', send: 'Send' };

function button(className, text) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  const label = document.createElement('span');
  label.className = 'artdeco-button__text';
  label.textContent = text;
  node.append(label);
  return node;
}

function mountShareBox(parent, record) {
  const share = createQuillComposer({
    parent,
    label: 'Text editor for creating content',
    placeholder: 'What do you want to talk about?',
    onSend: (text) => record('linkedin-post', text),
  });
  const post = button('share-actions__primary-action artdeco-button', WORDS.post);
  post.addEventListener('click', () => share.send());
  parent.append(post);
  return share;
}

// Quill asks document.activeElement whether it has focus, and in Chromium reads the caret from
// document.getSelection(): inside a shadow root the first names the host, and so does the second
// in Chromium. LinkedIn's own Quill must be made to ask the root, or typing in its share box
// would put each first letter after the rest (Quill redraws the line without putting the caret
// back). The replica does the same; Firefox's document selection already reaches into the root.
function readSelectionInShadowRoot(quill, shadow) {
  const { selection } = quill;
  selection.hasFocus = () => shadow.activeElement === quill.root || quill.root.contains(shadow.activeElement);
  if (!shadow.getSelection) return;
  selection.getNativeRange = () => {
    const native = shadow.getSelection();
    if (!native || native.rangeCount <= 0) return null;
    return selection.normalizeNative(native.getRangeAt(0));
  };
}

function mountInteropOutlet(record) {
  const host = document.createElement('div');
  host.id = 'interop-outlet';
  host.dataset.testid = 'interop-shadowdom';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = '/sc/h/replica/linkedin.css';
  const modal = document.createElement('div');
  modal.setAttribute('role', 'dialog');
  modal.setAttribute('aria-label', 'Create a post');
  modal.className = 'share-box card';
  modal.id = 'share-box';
  const bubble = document.createElement('aside');
  bubble.className = 'msg-overlay-conversation-bubble card';
  bubble.setAttribute('aria-label', 'Messaging');
  bubble.id = 'messaging';
  shadow.append(styles, modal, bubble);
  readSelectionInShadowRoot(mountShareBox(modal, record).quill, shadow);
  const chat = createPlainComposer({
    parent: bubble,
    label: 'Write a message…',
    placeholder: 'Write a message…',
    // LinkedIn's "Press Enter to send" setting, on: Enter submits the form inside the shadow root.
    enterSends: true,
    sendLabel: WORDS.send,
    onSend: (text) => record('linkedin-message', text),
  });
  chat.button.className = 'msg-form__send-btn artdeco-button';
}

// ?variant=unknown: no evidence behind it, on purpose. It stands for the next change nobody has
// seen yet: an editor no adapter selector knows (a contenteditable without role or class), with a
// div[role=button] "Send" after it, alone on the page. The general method must still check it.
function mountUnknownEditor(record) {
  for (const id of ['share-box', 'comment-box', 'messaging']) document.getElementById(id).remove();
  const card = document.createElement('div');
  card.id = 'new-editor';
  card.className = 'card';
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.className = 'composer-input';
  const send = document.createElement('div');
  send.setAttribute('role', 'button');
  send.setAttribute('aria-label', 'Send');
  send.className = 'div-button';
  send.textContent = '➤';
  send.addEventListener('click', () => {
    const text = editor.innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
    if (text.trim() === '') return;
    editor.replaceChildren();
    record('linkedin-new-editor', text);
  });
  card.append(editor, send);
  document.querySelector('.scaffold-layout__main').append(card);
}

onReady((record) => {
  if (params.get('variant') === 'unknown') {
    mountUnknownEditor(record);
    return;
  }
  const variant2026 = params.get('variant') === '2026';
  if (variant2026) {
    document.body.classList.add('variant-2026');
    document.getElementById('share-box').remove();
    document.getElementById('messaging').closest('aside').remove();
    mountInteropOutlet(record);
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.className = 'card';
    item.id = 'tiptap-comment';
    item.innerHTML = '<p><strong>Sam, Care coordinator</strong></p><p>Any tips for handovers?</p>';
    document.querySelector('.scaffold-layout__main').append(item);
    createTipTapComposer({
      parent: item,
      label: 'Text editor for creating comment',
      sendLabel: WORDS.comment,
      onSend: (text) => record('linkedin-tiptap-comment', text),
    });
  } else {
    mountShareBox(document.getElementById('share-box'), record);
  }

  const commentSlot = document.getElementById('comment-box');
  const comment = createQuillComposer({
    parent: commentSlot,
    label: 'Text editor for creating content',
    placeholder: 'Add a comment…',
    onSend: (text) => record('linkedin-comment', text),
  });
  // The old layout's button; the 2026 one (--cr) carries no aria-label, only its words.
  const submit = button(
    variant2026
      ? 'comments-comment-box__submit-button--cr artdeco-button'
      : 'comments-comment-box__submit-button artdeco-button',
    WORDS.comment,
  );
  submit.addEventListener('click', () => comment.send());
  commentSlot.append(submit);

  if (!variant2026) {
    createPlainComposer({
      parent: document.getElementById('messaging'),
      label: 'Write a message…',
      placeholder: 'Write a message…',
      onSend: (text) => record('linkedin-message', text),
    });
  }

  if (location.pathname.startsWith('/messaging/')) {
    document.body.classList.add('messaging-page');
  }
});
