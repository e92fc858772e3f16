// The widget's styles, as constructed style sheets: a host page's style-src policy may forbid
// <style> elements, but not these. Two sheets: the panel (inside the widget's shadow root) and
// the marks it adds to the host page (zero specificity, so the host's own rules win). The
// colours are the page's (css/theme.css), written out: a host page has no theme.css.
import { entityPaletteCss } from './entity-types.js';

const PANEL_CSS = `
:host {
  display: block;
  --precis-text: light-dark(#1c1e22, #e9e6df);
  --precis-muted: light-dark(#545a64, #aab0ba);
  --precis-surface: light-dark(#ffffff, #1b1e23);
  --precis-border: light-dark(#d9d5ca, #3a404a);
  --precis-accent: light-dark(#17456e, #9cc6f2);
  --precis-accent-soft: light-dark(#e3ecf6, #1d2d40);
  --precis-focus: light-dark(#0b57d0, #8ab4ff);
  --precis-rank-bg: light-dark(#5c4300, #f0c350);
  --precis-rank-text: light-dark(#ffffff, #1b1400);
}
:host([hidden]) { display: none; }
/* Floating (the bookmarklet): over any page, so none of the page's styles leak in. */
:host([floating]) {
  all: initial;
  display: block;
  position: fixed;
  top: 16px;
  right: 16px;
  z-index: 2147483647;
  width: min(24rem, calc(100vw - 32px));
  max-height: calc(100vh - 32px);
  overflow: auto;
  color-scheme: light dark;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  box-shadow: 0 8px 30px rgb(0 0 0 / 0.25);
  border-radius: 12px;
}
.panel {
  padding: 0.9em 1em 1em;
  color: var(--precis-text);
  background: var(--precis-surface);
  border: 1px solid var(--precis-border);
  border-radius: 12px;
}
header { display: flex; align-items: center; gap: 0.5em; }
h2 { flex: 1; margin: 0; font-size: 1.05em; line-height: 1.3; }
.meta { margin: 0.2em 0 0; color: var(--precis-muted); font-size: 0.85em; }
ol { display: grid; gap: 0.35em; margin: 0.75em 0 0; padding: 0; list-style: none; }
button {
  font: inherit;
  color: inherit;
  cursor: pointer;
}
.sentence {
  display: flex;
  gap: 0.55em;
  width: 100%;
  padding: 0.4em 0.5em;
  text-align: left;
  line-height: 1.45;
  background: transparent;
  border: 1px solid transparent;
  border-radius: 6px;
}
.sentence:hover { background: var(--precis-accent-soft); }
.rank {
  flex: none;
  display: inline-grid;
  place-items: center;
  min-width: 1.45em;
  height: 1.45em;
  font-size: 0.75em;
  font-weight: 700;
  color: var(--precis-rank-text);
  background: var(--precis-rank-bg);
  border-radius: 999px;
  margin-top: 0.15em;
}
.controls { display: flex; gap: 0.4em; margin-top: 0.75em; }
.control, .close {
  padding: 0.25em 0.7em;
  font-size: 0.875em;
  font-weight: 600;
  color: var(--precis-accent);
  background: transparent;
  border: 1px solid var(--precis-border);
  border-radius: 6px;
}
.control:hover, .close:hover { background: var(--precis-accent-soft); }
.control:disabled { opacity: 0.5; cursor: default; }
.close { border-color: transparent; font-size: 1.1em; line-height: 1; padding: 0.2em 0.45em; }
:focus-visible { outline: 3px solid var(--precis-focus); outline-offset: 2px; }
.error { color: light-dark(#a3231b, #ff9d94); font-weight: 600; }
`;

const HOST_CSS = `
${entityPaletteCss()}
:where([data-precis-host] [data-selected]) {
  background-color: color-mix(in srgb, light-dark(#ffd34d, #6e540e) calc(var(--strength, 1) * 100%), transparent);
  box-shadow: inset 0 -2px 0 light-dark(#a8740b, #f0c350);
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  border-radius: 2px;
}
:where([data-precis-host] [data-selected][data-rank])::before {
  content: attr(data-rank);
  display: inline-block;
  min-width: 1.3em;
  margin-right: 0.3em;
  padding: 0.1em 0.3em;
  font: 700 0.7em/1.2 system-ui, sans-serif;
  text-align: center;
  vertical-align: 0.15em;
  color: light-dark(#ffffff, #1b1400);
  background: light-dark(#5c4300, #f0c350);
  border-radius: 999px;
}
:where([data-precis-host] [data-entity]) {
  text-decoration-line: underline;
  text-decoration-style: var(--entity-line);
  text-decoration-color: var(--entity-colour);
  text-decoration-thickness: 0.12em;
  text-underline-offset: 0.22em;
  text-decoration-skip-ink: none;
}
:where([data-precis-host] .precis-flash) { animation: precis-flash 1.6s ease-out; }
@keyframes precis-flash {
  0%, 30% { outline: 3px solid light-dark(#0b57d0, #8ab4ff); outline-offset: 4px; }
  100% { outline: 3px solid transparent; outline-offset: 4px; }
}
`;

let sheets = null;

export function widgetSheets() {
  if (!sheets) {
    const panel = new CSSStyleSheet();
    panel.replaceSync(PANEL_CSS);
    const host = new CSSStyleSheet();
    host.replaceSync(HOST_CSS);
    sheets = { panel, host };
  }
  return sheets;
}
