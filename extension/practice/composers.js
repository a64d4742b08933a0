// Real editors mounted the way Facebook, WhatsApp Web and LinkedIn mount theirs, so the practice page and
// the end-to-end replicas exercise the same editor code the extension meets on the live sites.
//
// Every builder returns {root, getText(), clear(), send()}: `root` is the element the person types into,
// `send()` passes the editor's plain text to onSend and empties the editor (an empty draft is not sent,
// as on the sites), and `getText()` reads the draft without changing it.
//
// Bundle this with esbuild so that exactly one copy of `lexical` ends up in a bundle: a second copy
// (for example one nested under @lexical/*) breaks typing, because nodes and commands from one copy are
// unknown to the other.

import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
} from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import Quill from 'quill/core';

function element(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  if (text) node.textContent = text;
  return node;
}

// The sites draw their placeholder as a sibling of the editor, never inside it: an editor's DOM belongs
// to the editor library.
function placeholderFor(wrapper, text) {
  const node = element('div', { class: 'composer-placeholder', 'aria-hidden': 'true' }, text);
  wrapper.append(node);
  return (isEmpty) => {
    node.hidden = !isEmpty;
  };
}

/**
 * A Lexical editor on `<div contenteditable="true" role="textbox" aria-label=label>`, as on Facebook
 * (posts, comments, Messenger) and WhatsApp Web. Lexical itself adds `data-lexical-editor="true"`.
 *
 * With `enterSends`, Enter without Shift sends and Shift+Enter starts a new line. The Enter handler is a
 * Lexical command, so a synthetic Enter `KeyboardEvent` dispatched on the editor sends too (Lexical does not
 * check `isTrusted`): the extension's "Post anyway" relies on that where a site has no send button.
 */
export function createLexicalComposer({
  parent,
  label,
  placeholder = '',
  enterSends = false,
  richText = true,
  onSend = () => {},
}) {
  const wrapper = element('div', { class: 'composer composer-lexical' });
  const root = element('div', {
    contenteditable: 'true',
    role: 'textbox',
    'aria-label': label,
    'aria-multiline': 'true',
    spellcheck: 'true',
    class: 'composer-input',
  });
  wrapper.append(root);
  parent.append(wrapper);
  const showPlaceholder = placeholderFor(wrapper, placeholder);

  const editor = createEditor({
    namespace: label,
    nodes: richText ? [HeadingNode, QuoteNode] : [],
    onError(error) {
      throw error;
    },
  });
  editor.setRootElement(root);
  if (richText) {
    registerRichText(editor);
  } else {
    registerPlainText(editor);
  }
  // Undo and redo (Ctrl+Z / Ctrl+Shift+Z), as the sites' editors have.
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.update(() => {
    const rootNode = $getRoot();
    if (rootNode.getChildrenSize() === 0) rootNode.append($createParagraphNode());
  });

  editor.registerUpdateListener(({ editorState }) => {
    showPlaceholder(editorState.read(() => $getRoot().getTextContent() === ''));
  });

  function $clear() {
    const rootNode = $getRoot();
    rootNode.clear();
    const paragraph = $createParagraphNode();
    rootNode.append(paragraph);
    paragraph.select();
  }

  const getText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  const clear = () => editor.update($clear, { discrete: true });
  function send() {
    const text = getText();
    if (text.trim() === '') return null;
    clear();
    onSend(text);
    return text;
  }

  if (enterSends) {
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event === null || event.shiftKey || event.isComposing || event.keyCode === 229) return false;
        event.preventDefault();
        // Command listeners run inside an update, so the draft read here is the one on screen.
        const text = $getRoot().getTextContent();
        if (text.trim() !== '') {
          $clear();
          // Tell the page after Lexical has committed the cleared state, as a site would after its
          // network call: listeners then see an empty composer.
          queueMicrotask(() => onSend(text));
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }

  return { root, editor, getText, clear, send };
}

/**
 * Quill 2 as in LinkedIn's share box and comment box: `.ql-editor[contenteditable="true"]`, Enter adds a
 * line, and sending happens from a button the caller draws (it calls `send()`).
 */
export function createQuillComposer({ parent, label, placeholder = '', onSend = () => {} }) {
  const container = element('div', { class: 'composer composer-quill' });
  parent.append(container);
  const quill = new Quill(container, { placeholder, formats: [] });
  const root = quill.root;
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  root.setAttribute('aria-label', label);

  // Quill always ends its document with one newline of its own; it is not part of the draft.
  const getText = () => quill.getText().replace(/\n$/, '');
  const clear = () => quill.setText('', 'user');
  function send() {
    const text = getText();
    if (text.trim() === '') return null;
    clear();
    onSend(text);
    return text;
  }
  return { root, quill, getText, clear, send };
}

function normaliseInnerText(text) {
  return text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

/**
 * A plain contenteditable as in LinkedIn messaging: `div.msg-form__contenteditable` in
 * `<form class="msg-form">` with `button.msg-form__send-button[type=submit]`. The form's submit sends;
 * with `enterSends` (a LinkedIn setting) Enter without Shift submits the form too.
 */
export function createPlainComposer({
  parent,
  label,
  placeholder = '',
  enterSends = false,
  sendLabel = 'Send',
  onSend = () => {},
}) {
  const form = element('form', { class: 'msg-form' });
  const wrapper = element('div', { class: 'composer composer-plain' });
  const root = element('div', {
    class: 'msg-form__contenteditable composer-input',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
  });
  const button = element('button', { class: 'msg-form__send-button', type: 'submit' }, sendLabel);
  wrapper.append(root);
  form.append(wrapper, button);
  parent.append(form);
  const showPlaceholder = placeholderFor(wrapper, placeholder);

  const getText = () => normaliseInnerText(root.innerText);
  const refresh = () => showPlaceholder(getText() === '');
  function clear() {
    root.replaceChildren();
    refresh();
  }
  function send() {
    const text = getText();
    if (text.trim() === '') return null;
    clear();
    onSend(text);
    return text;
  }

  root.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  root.addEventListener('keydown', (event) => {
    if (!enterSends || event.key !== 'Enter' || event.shiftKey) return;
    if (event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    form.requestSubmit(button);
  });
  refresh();

  return { root, form, button, getText, clear, send };
}
