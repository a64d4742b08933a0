// A Facebook group feed (https://www.facebook.com/groups/carers/) with the three composers the extension
// meets there: the post composer, which opens in a dialog and is mounted afresh each time as React does;
// a comment box where Enter sends; and a Messenger chat where Enter sends (also the whole page at
// /messages/t/1).
import { createLexicalComposer } from '../../extension/practice/composers.js';
import { divButton, onReady } from './replica_page.js';

function openPostDialog(record, opener) {
  const layer = document.getElementById('dialog-layer');
  if (layer.querySelector('[role="dialog"]')) return;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create post');
  dialog.className = 'post-dialog';
  const heading = document.createElement('h2');
  heading.textContent = 'Create post';
  const close = divButton('Close', '×');
  const body = document.createElement('div');
  const post = divButton('Post');
  post.classList.add('primary');
  dialog.append(heading, close, body, post);
  layer.append(dialog);

  const composer = createLexicalComposer({
    parent: body,
    label: 'Create a public post…',
    placeholder: 'Write something…',
    onSend: (text) => record('facebook-post', text),
  });
  const dismiss = () => {
    composer.editor.setRootElement(null);
    dialog.remove();
    opener.focus();
  };
  close.addEventListener('click', dismiss);
  post.addEventListener('click', () => {
    if (composer.send() !== null) dismiss();
  });
  composer.root.focus();
}

onReady((record) => {
  const opener = document.getElementById('open-post-composer');
  opener.addEventListener('click', () => openPostDialog(record, opener));
  opener.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      opener.click();
    }
  });

  const commentSlot = document.getElementById('comment-box');
  const comment = createLexicalComposer({
    parent: commentSlot,
    label: 'Write a comment…',
    placeholder: 'Write a comment…',
    enterSends: true,
    onSend: (text) => record('facebook-comment', text),
  });
  const commentButton = divButton('Comment');
  commentButton.addEventListener('click', () => comment.send());
  commentSlot.append(commentButton);

  const chatSlot = document.getElementById('messenger-composer');
  const chat = createLexicalComposer({
    parent: chatSlot,
    label: 'Message',
    placeholder: 'Aa',
    enterSends: true,
    onSend: (text) => record('messenger', text),
  });
  const send = divButton('Send', 'Send');
  send.addEventListener('click', () => chat.send());
  chatSlot.append(send);

  if (location.pathname.startsWith('/messages/')) {
    document.body.classList.add('messenger-page');
  }
});
