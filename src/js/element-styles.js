// The stylesheet of <checkout-footprint>, adopted by its shadow root as a constructable
// stylesheet: no <style> element and no style attribute, so it works under a CSP with
// `style-src 'self'`. Theme it from the page with the --checkout-footprint-* custom
// properties and the ::part() names (README-element.md lists both).
//
// The rules of the details panel's content are in element-details.js, added to the sheet
// when that module loads (see addStyles).
//
// Colours: every text colour has at least 4.5:1 contrast on its default background, in
// light and dark (text #1f2328 and #57606a on #ffffff; #e6edf3 and #9ea7b3 on #161b22;
// links #0a6b2e on white, #56d364 on #161b22).

export const CSS = `
:host {
  --_fg: var(--checkout-footprint-color, #1f2328);
  --_muted: var(--checkout-footprint-muted-color, #57606a);
  --_bg: var(--checkout-footprint-background, #ffffff);
  --_border: var(--checkout-footprint-border-color, #d0d7de);
  --_accent: var(--checkout-footprint-accent, #0a6b2e);
  --_focus: var(--checkout-footprint-focus-color, #0969da);
  --_line-haul: var(--checkout-footprint-line-haul-color, #0969da);
  --_hubs: var(--checkout-footprint-hubs-color, #8250df);
  --_last-mile: var(--checkout-footprint-last-mile-color, #bc4c00);
  --_packaging: var(--checkout-footprint-packaging-color, #1a7f37);
  display: block;
  box-sizing: border-box;
  min-height: var(--checkout-footprint-min-height, 7rem);
  contain: layout paint;
  font: var(--checkout-footprint-font, inherit);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_fg: var(--checkout-footprint-color, #e6edf3);
    --_muted: var(--checkout-footprint-muted-color, #9ea7b3);
    --_bg: var(--checkout-footprint-background, #161b22);
    --_border: var(--checkout-footprint-border-color, #3d444d);
    --_accent: var(--checkout-footprint-accent, #56d364);
    --_focus: var(--checkout-footprint-focus-color, #58a6ff);
    --_line-haul: var(--checkout-footprint-line-haul-color, #58a6ff);
    --_hubs: var(--checkout-footprint-hubs-color, #bc8cff);
    --_last-mile: var(--checkout-footprint-last-mile-color, #f0883e);
    --_packaging: var(--checkout-footprint-packaging-color, #56d364);
    color-scheme: dark;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.card {
  min-height: inherit;
  padding: 0.75rem 1rem;
  border: 1px solid var(--_border);
  border-radius: var(--checkout-footprint-radius, 0.5rem);
  background: var(--_bg);
  color: var(--_fg);
  line-height: 1.45;
}
.line {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1rem;
  margin: 0;
}
.value { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.offer { display: flex; align-items: flex-start; gap: 0.5rem; margin-top: 0.5rem; }
.offer input {
  flex: none;
  width: 1.05em;
  height: 1.05em;
  margin: 0.2em 0 0;
  accent-color: var(--_accent);
  cursor: pointer;
}
.offer label { cursor: pointer; }
details { margin-top: 0.5rem; font-size: 0.875em; }
summary {
  width: fit-content;
  color: var(--_accent);
  cursor: pointer;
  border-radius: 0.25rem;
  text-decoration: underline;
  text-underline-offset: 0.2em;
}
:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
.panel { display: grid; gap: 0.75rem; margin-top: 0.75rem; }
.value, .panel { transition: opacity 150ms ease-out; }
.card[data-state="loading"] .value { opacity: 0.75; }
.card:not([data-state="ready"]) .offer,
.card:not([data-state="ready"]) details { visibility: hidden; }
.card[data-state="empty"] { visibility: hidden; }
.card[data-state="error"] .value { font-weight: 400; color: var(--_muted); }
@media (prefers-reduced-motion: reduce) {
  *, .value, .panel { transition: none !important; animation: none !important; }
}
`;

/** The whole stylesheet: CSS, then the rules added by addStyles. */
let text = CSS;
let shared = null;

/**
 * Gives `root` (a shadow root) the stylesheet: one constructable sheet shared by every
 * element; a <style> element only where constructable sheets are missing (old browsers).
 */
export function adoptStyles(root) {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function") {
      if (!shared) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        shared = sheet;
      }
      root.adoptedStyleSheets = [shared];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = document.createElement("style");
  style.textContent = text;
  root.append(style);
}

/**
 * Adds `css` at the end of the stylesheet, once: to the shared sheet (so to every
 * element) and, where `root` has a <style> element instead, to that one.
 */
export function addStyles(root, css) {
  if (!text.includes(css)) {
    text += css;
    shared?.replaceSync(text);
  }
  const style = root.querySelector("style");
  if (style && style.textContent !== text) style.textContent = text;
}
