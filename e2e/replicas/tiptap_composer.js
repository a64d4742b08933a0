// A TipTap (ProseMirror) editor as in LinkedIn's new feed comments: `div.tiptap.ProseMirror
// [contenteditable="true"][role="textbox"]`, aria-label "Text editor for creating comment", inside
// `div[data-view-name="comment-box"]`, with no <form> around it; Enter adds a line and a
// `button[type=submit]`, disabled until there is text, sends (public LinkedIn comment automation
// code, "DOM v2 (React SSR + SDUI)", 2026; LinkedIn Rich Post content script, April 2026).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export function createTipTapComposer({ parent, label, sendLabel = 'Comment', onSend = () => {} }) {
  const box = document.createElement('div');
  box.dataset.viewName = 'comment-box';
  box.className = 'composer composer-tiptap';
  const mount = document.createElement('div');
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'comment-submit';
  button.textContent = sendLabel;
  button.disabled = true;
  box.append(mount, button);
  parent.append(box);

  const editor = new Editor({
    element: mount,
    extensions: [StarterKit],
    editorProps: {
      attributes: { role: 'textbox', 'aria-label': label, 'aria-multiline': 'true', class: 'composer-input' },
    },
  });
  const getText = () => editor.getText({ blockSeparator: '\n' });
  editor.on('update', () => {
    button.disabled = getText().trim() === '';
  });
  button.addEventListener('click', () => {
    const text = getText();
    if (text.trim() === '') return;
    editor.commands.clearContent(true);
    onSend(text);
  });
  return { root: editor.view.dom, editor, button, getText };
}
