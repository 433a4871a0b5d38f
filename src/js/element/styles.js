// The stylesheets of <checkout-footprint> (CSS) and what <checkout-footprint-option>
// shares with it (BASE_CSS: the colours and the reset), adopted by their shadow roots as constructable stylesheets: no <style> element and no style
// attribute, so they work under a CSP with `style-src 'self'`. Theme them from the page
// with the --checkout-footprint-* custom properties and the ::part() names (the README's
// "Theming" lists both).
//
// The rules of the details panel's content are in details.js, added to the sheet when
// that module loads (see addStyles).
//
// Colour scheme: the card follows the page's own `color-scheme` (light-dark()): a page
// that declares none, or `light`, gets the light card; `color-scheme: light dark` follows
// the shopper's system; `color-scheme: dark` on the element pins it dark. Browsers
// without light-dark() get the light colours.
//
// Colours: every text colour has at least 4.5:1 contrast on its default background, in
// light and dark (text #1f2328 and #57606a on #ffffff; #e6edf3 and #9ea7b3 on #161b22;
// links #0a6b2e on white, #56d364 on #161b22).
//
// Height: the card reserves --checkout-footprint-min-height (default 11rem), the height
// of its tallest content in the six languages from a 320 px wide phone up, so that it
// is the same before the element is defined (the README's rule), while loading, at rest
// and on error. The offer and the summary are laid out, hidden, in every state.

/** The custom properties both elements read, light then dark. */
const COLOURS = [
  ["fg", "color", "#1f2328", "#e6edf3"],
  ["muted", "muted-color", "#57606a", "#9ea7b3"],
  ["bg", "background", "#ffffff", "#161b22"],
  ["border", "border-color", "#d0d7de", "#3d444d"],
  ["accent", "accent", "#0a6b2e", "#56d364"],
  ["focus", "focus-color", "#0969da", "#58a6ff"],
  ["first-mile", "first-mile-color", "#1b7c83", "#39c5cf"],
  ["line-haul", "line-haul-color", "#0969da", "#58a6ff"],
  ["hubs", "hubs-color", "#8250df", "#bc8cff"],
  ["last-mile", "last-mile-color", "#bc4c00", "#f0883e"],
  ["packaging", "packaging-color", "#1a7f37", "#56d364"],
];

/** `:host { --_fg: var(--checkout-footprint-color, <light>); ... }`, and light-dark() where supported. */
const THEME =
  `:host{${COLOURS.map(([name, prop, light]) => `--_${name}:var(--checkout-footprint-${prop},${light});`).join("")}}` +
  "@supports (color:light-dark(#000,#fff)){:host{" +
  COLOURS.map(
    ([name, prop, light, dark]) => `--_${name}:var(--checkout-footprint-${prop},light-dark(${light},${dark}));`,
  ).join("") +
  "}}";

/**
 * What a page's own text styles must not change inside the card (a storefront's
 * `text-align: center` would otherwise leak in); the font is inherited on purpose.
 */
const RESET_CSS = `
:host {
  text-align: start;
  text-indent: 0;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  font: var(--checkout-footprint-font, inherit);
  line-height: 1.45;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
`;

export const CSS = `
:host {
  display: block;
  box-sizing: border-box;
  min-height: var(--checkout-footprint-min-height, 11rem);
  contain: layout;
}
.card {
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
  min-height: inherit;
  padding: 0.75rem 1rem;
  border: 1px solid var(--_border);
  border-radius: var(--checkout-footprint-radius, 0.5rem);
  background: var(--_bg);
  color: var(--_fg);
}
.line {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1rem;
  margin: 0;
}
.title { font-size: 0.875em; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; }
.offer { display: flex; align-items: flex-start; gap: 0.5rem; font-size: 0.875em; }
.offer input {
  flex: none;
  width: 1.05em;
  height: 1.05em;
  margin: 0.2em 0 0;
  accent-color: var(--_accent);
  cursor: pointer;
}
.offer label { cursor: pointer; }
details { margin-top: auto; font-size: 0.875em; }
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

/** What every sheet starts with: the colours, then the reset. */
export const BASE_CSS = THEME + RESET_CSS;

/** Each sheet's text, by name ("card" grows with what addStyles adds). @type {Record<string, string>} */
const texts = {};
/** @type {Record<string, CSSStyleSheet>} */
const shared = {};

/**
 * Gives `root` (a shadow root) the stylesheet `name`, whose text is `text` (the first
 * time): one constructable sheet shared by every element; a <style> element only where
 * constructable sheets are missing (old browsers).
 * @param {ShadowRoot} root
 * @param {string} name
 * @param {string} text
 */
export function adoptStyles(root, name, text) {
  texts[name] ??= text;
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function") {
      let sheet = shared[name];
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(texts[name]);
        shared[name] = sheet;
      }
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Constructable sheets exist but failed: fall through to a <style> element.
  }
  const style = document.createElement("style");
  style.textContent = texts[name];
  root.append(style);
}

/**
 * Adds `css` at the end of the card's stylesheet, once: to the shared sheet (so to every
 * element) and, where `root` has a <style> element instead, to that one.
 * @param {ShadowRoot} root
 * @param {string} css
 */
export function addStyles(root, css) {
  if (!texts.card.includes(css)) {
    texts.card += css;
    shared.card?.replaceSync(texts.card);
  }
  const style = root.querySelector("style");
  if (style && style.textContent !== texts.card) style.textContent = texts.card;
}
