// What every replica page shares: it notes Content Security Policy violations from the first moment
// (so tests can see the site's CSP at work), records sends in window.__sent and <ol id="sent">, and
// mounts its composers once the document is parsed.
import { createSentLog } from '../../extension/practice/sent_log.js';

window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
    });
  },
  true,
);

// Compiles a tiny WebAssembly module in the page's own realm, so tests can see whether the site's CSP
// allows WebAssembly (script a test runner evaluates may be exempt from the page's CSP, as in Firefox).
window.__tryWebAssembly = () =>
  WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
    () => 'compiled',
    (error) => error.name,
  );

export function onReady(start) {
  const run = () => start(createSentLog(document.getElementById('sent')));
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else {
    run();
  }
}

/** A `<div role="button">` as Facebook draws its buttons: clickable, and Enter or Space presses it. */
export function divButton(label, text = label) {
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.setAttribute('tabindex', '0');
  button.setAttribute('aria-label', label);
  button.className = 'div-button';
  button.textContent = text;
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      button.click();
    }
  });
  return button;
}
