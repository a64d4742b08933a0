// What a page "sent", kept where people and tests can both read it: `window.__sent` holds
// {composer, text} for every send, and `<ol id="sent">` shows each text in an item whose
// data-composer names the composer it came from.

export function createSentLog(list) {
  window.__sent = window.__sent || [];
  return function recordSent(composer, text) {
    window.__sent.push({ composer, text });
    const item = document.createElement('li');
    item.dataset.composer = composer;
    item.textContent = text;
    list.append(item);
    list.dispatchEvent(new CustomEvent('sent', { detail: { composer, text } }));
  };
}
