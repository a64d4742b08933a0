/* Styles for everything in the extension's shadow root. Calm colours, readable at 200 % zoom,
 * following the system's light or dark scheme. */
TBYP.UI_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.mark { position: fixed; box-sizing: border-box; pointer-events: none;
  border-bottom: 2px solid #b45309; background: rgba(245, 158, 11, 0.16); border-radius: 2px; }
.mark.sev-serious { border-bottom-color: #b91c1c; background: rgba(220, 38, 38, 0.14); }
.mark.sev-info { border-bottom: 2px dotted #1d4ed8; background: transparent; }
.badge { position: fixed; pointer-events: auto; min-width: 20px; height: 20px; padding: 0 5px;
  border-radius: 10px; border: 1px solid #94a3b8; background: #f8fafc; color: #334155;
  font: 600 12px/18px system-ui, sans-serif; cursor: pointer; opacity: 0.9; box-sizing: border-box; }
.badge[data-state="findings"] { background: #b45309; border-color: #b45309; color: #fff; }
.badge[data-state="unavailable"] { background: #e2e8f0; color: #475569; }
.card { position: fixed; pointer-events: auto; box-sizing: border-box; padding: 0.6rem 0.8rem;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1e293b;
  background: #ffffff; border: 1px solid #cbd5e1; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(15, 23, 42, 0.25); }
.card p { margin: 0.15rem 0; }
.card .message { font-weight: 600; }
.card .actions { margin-top: 0.4rem; justify-content: flex-start; }
.card button { font-size: 13px; padding: 0.25rem 0.6rem; }
.backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, 0.45); display: flex;
  align-items: center; justify-content: center; padding: 1rem; box-sizing: border-box; }
.panel { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1e293b; background: #ffffff; border-radius: 12px; max-width: 34rem; width: 100%;
  max-height: calc(100vh - 2rem); overflow: auto; padding: 1.25rem 1.5rem; box-sizing: border-box;
  box-shadow: 0 20px 50px rgba(15, 23, 42, 0.35); }
.panel h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
.panel .intro { margin: 0 0 0.75rem; }
.findings { list-style: none; margin: 0 0 0.75rem; padding: 0; }
.finding { border-left: 4px solid #b45309; padding: 0.4rem 0.75rem; margin: 0 0 0.5rem;
  background: #fffbeb; border-radius: 0 6px 6px 0; }
.finding.sev-serious { border-left-color: #b91c1c; background: #fef2f2; }
.finding.sev-info { border-left-color: #1d4ed8; background: #eff6ff; }
.finding p { margin: 0.2rem 0; }
.finding .match { font-family: ui-monospace, monospace; }
.panel h3 { font-size: 1rem; margin: 0.75rem 0 0.35rem; }
.questions ul { margin: 0 0 1rem; padding-left: 1.2rem; }
.question { font-style: italic; margin: 0.2rem 0; }
.gate { margin: 0 0 1rem; padding: 0.6rem 0.75rem; border: 1px solid #94a3b8; border-radius: 8px; }
.gate label { display: block; font-weight: 600; }
.gate input[type="checkbox"] { width: 1.1rem; height: 1.1rem; vertical-align: -0.15rem;
  accent-color: #1e3a8a; }
.gate input[type="text"] { display: block; box-sizing: border-box; width: 100%; margin: 0.4rem 0 0;
  font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #475569; border-radius: 6px;
  color: #1e293b; background: #ffffff; }
.gate input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.gate .hint { margin: 0.3rem 0 0; font-size: 0.9rem; color: #475569; }
button:disabled { cursor: not-allowed; opacity: 0.6; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; }
.panel { scroll-padding-bottom: 6rem; }
.panel > .actions { position: sticky; bottom: -1.25rem; background: inherit;
  padding: 0.75rem 0 1.25rem; margin-bottom: -1.25rem; border-top: 1px solid #e2e8f0; }
button { font: inherit; border-radius: 8px; padding: 0.45rem 1rem; cursor: pointer;
  border: 1px solid #334155; background: #ffffff; color: #1e293b; }
button.primary { background: #1e3a8a; border-color: #1e3a8a; color: #ffffff; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.toast { position: fixed; bottom: 1rem; left: 50%; transform: translateX(-50%); max-width: 30rem;
  font: 15px/1.4 system-ui, sans-serif; background: #1e293b; color: #f8fafc; padding: 0.6rem 1rem;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(15, 23, 42, 0.3); }
.root.dark .panel, .root.dark .card { background: #1e293b; color: #e2e8f0;
  border-color: #475569; }
.root.dark .finding { background: #3a2a10; }
.root.dark .finding.sev-serious { background: #3b1515; }
.root.dark .finding.sev-info { background: #172554; }
.root.dark button { background: #0f172a; color: #e2e8f0; border-color: #94a3b8; }
.root.dark button.primary { background: #3b82f6; border-color: #3b82f6; color: #0f172a; }
.root.dark .gate input[type="text"] { background: #0f172a; color: #e2e8f0; border-color: #94a3b8; }
.root.dark .gate .hint { color: #cbd5e1; }
.root.dark .badge { background: #1e293b; color: #e2e8f0; border-color: #64748b; }
`;
