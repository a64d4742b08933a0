// A Facebook group feed (https://www.facebook.com/groups/carers/) with the three composers the extension
// meets there: the post composer, which opens in a dialog and is mounted afresh each time as React does;
// a comment box where Enter sends; and a Messenger chat where Enter sends (also the whole page at
// /messages/t/1, and at https://www.messenger.com/t/1/, Messenger's own address).
//
// Shapes of 2025-2026 beside the old ones:
// - every comment has "Like" and "Reply" [role=button]s, here under the comment box, which send
//   nothing (public Facebook automation code, 2025-2026, tells its "Reply" buttons from the comment
//   box's own "Comment" control);
// - ?variant=page: posting as a Page goes through "Next", then a "Post settings" step with the
//   "Post" button, where the composer is no longer mounted (public Facebook automation code, 2025:
//   nextButton '[aria-label="Next"], [aria-label="Dalej"]', then publishButton);
// - ?lang=pl: Polish words ("Opublikuj", "Wyślij", "Dalej": public Facebook automation code,
//   2025-2026; "Skomentuj", "Odpowiedz", "Lubię to!" are guesses).
import { createLexicalComposer } from '../../extension/practice/composers.js';
import { divButton, onReady } from './replica_page.js';

const params = new URLSearchParams(location.search);
const AS_PAGE = params.get('variant') === 'page';
const WORDS =
  params.get('lang') === 'pl'
    ? { post: 'Opublikuj', comment: 'Skomentuj', send: 'Wyślij', next: 'Dalej', reply: 'Odpowiedz', like: 'Lubię to!', back: 'Wstecz', close: 'Zamknij' }
    : { post: 'Post', comment: 'Comment', send: 'Send', next: 'Next', reply: 'Reply', like: 'Like', back: 'Back', close: 'Close' };

function openPostDialog(record, opener) {
  const layer = document.getElementById('dialog-layer');
  if (layer.querySelector('[role="dialog"]')) return;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create post');
  dialog.className = 'post-dialog';
  const heading = document.createElement('h2');
  heading.textContent = 'Create post';
  const close = divButton(WORDS.close, '×');
  const body = document.createElement('div');
  const post = divButton(AS_PAGE ? WORDS.next : WORDS.post);
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
  if (!AS_PAGE) {
    post.addEventListener('click', () => {
      if (composer.send() !== null) dismiss();
    });
  } else {
    // "Next": the draft is kept, the composer is unmounted, and the "Post settings" step shows.
    post.addEventListener('click', () => {
      const text = composer.getText();
      if (text.trim() === '') return;
      body.remove();
      post.remove();
      heading.textContent = 'Post settings';
      const audience = document.createElement('p');
      audience.textContent = 'Audience: Carers’ peer support';
      const back = divButton(WORDS.back);
      const publish = divButton(WORDS.post);
      publish.classList.add('primary');
      dialog.append(audience, back, publish);
      back.addEventListener('click', () => {
        audience.remove();
        back.remove();
        publish.remove();
        heading.textContent = 'Create post';
        dialog.append(body, post);
      });
      publish.addEventListener('click', () => {
        composer.editor.setRootElement(null);
        dialog.remove();
        record('facebook-post', text);
        opener.focus();
      });
      publish.focus();
    });
  }
  composer.root.focus();
}

function addReplies(slot) {
  const thread = document.createElement('div');
  thread.className = 'comment-thread';
  const said = document.createElement('p');
  said.innerHTML = '<strong>Alex</strong> A warm drink and the same story each night.';
  const like = divButton(WORDS.like);
  const reply = divButton(WORDS.reply);
  reply.addEventListener('click', () => {
    window.__replyClicks = (window.__replyClicks || 0) + 1;
  });
  thread.append(said, like, reply);
  // In the same container as the comment box and after it, as the next comments of a thread are.
  slot.append(thread);
}

onReady((record) => {
  const onMessenger = location.hostname === 'www.messenger.com';
  const opener = document.getElementById('open-post-composer');
  opener.addEventListener('click', () => openPostDialog(record, opener));
  opener.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      opener.click();
    }
  });

  const commentSlot = document.getElementById('comment-box');
  // The post's action bar, before the comment box: its "Comment" only opens the box. (Facebook
  // labels it "Leave a comment"; the replica uses the harder case, the same word as the send.)
  const actions = document.createElement('div');
  actions.className = 'post-actions';
  const open = divButton(WORDS.comment);
  open.id = 'action-comment';
  actions.append(divButton(WORDS.like), open);
  commentSlot.before(actions);
  const comment = createLexicalComposer({
    parent: commentSlot,
    label: 'Write a comment…',
    placeholder: 'Write a comment…',
    enterSends: true,
    onSend: (text) => record('facebook-comment', text),
  });
  const commentButton = divButton(WORDS.comment);
  commentButton.addEventListener('click', () => comment.send());
  open.addEventListener('click', () => comment.root.focus());
  commentSlot.append(commentButton);
  addReplies(commentSlot);

  const chatSlot = document.getElementById('messenger-composer');
  const chat = createLexicalComposer({
    parent: chatSlot,
    label: 'Message',
    placeholder: 'Aa',
    enterSends: true,
    onSend: (text) => record(onMessenger ? 'messenger-com' : 'messenger', text),
  });
  const send = divButton(WORDS.send, WORDS.send);
  send.addEventListener('click', () => chat.send());
  chatSlot.append(send);

  if (location.pathname.startsWith('/messages/') || onMessenger) {
    document.body.classList.add('messenger-page');
  }
});
