// LinkedIn (https://www.linkedin.com/feed/ and /messaging/): the share box and a comment box are Quill
// editors, where Enter adds a line and a button sends; messaging is a plain contenteditable inside
// form.msg-form, sent by its submit button.
import { createPlainComposer, createQuillComposer } from '../../extension/practice/composers.js';
import { onReady } from './replica_page.js';

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

onReady((record) => {
  const shareSlot = document.getElementById('share-box');
  const share = createQuillComposer({
    parent: shareSlot,
    label: 'Text editor for creating content',
    placeholder: 'What do you want to talk about?',
    onSend: (text) => record('linkedin-post', text),
  });
  const post = button('share-actions__primary-action artdeco-button', 'Post');
  post.addEventListener('click', () => share.send());
  shareSlot.append(post);

  const commentSlot = document.getElementById('comment-box');
  const comment = createQuillComposer({
    parent: commentSlot,
    label: 'Text editor for creating content',
    placeholder: 'Add a comment…',
    onSend: (text) => record('linkedin-comment', text),
  });
  const submit = button('comments-comment-box__submit-button artdeco-button', 'Comment');
  submit.addEventListener('click', () => comment.send());
  commentSlot.append(submit);

  createPlainComposer({
    parent: document.getElementById('messaging'),
    label: 'Write a message…',
    placeholder: 'Write a message…',
    onSend: (text) => record('linkedin-message', text),
  });

  if (location.pathname.startsWith('/messaging/')) {
    document.body.classList.add('messaging-page');
  }
});
