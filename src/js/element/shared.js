// What <checkout-footprint> (element.js) and <checkout-footprint-option> (option.js)
// share. Each is bundled into a file of its own (a storefront without per-option figures
// never downloads the option's code), so each carries a copy of this module, and they
// meet through the DOM and two symbols of the global registry, not through module state.

/** The element's method that estimates again, called by an option that appears or changes. */
export const REFRESH = Symbol.for("checkout-footprint refresh");
/**
 * Where option.js registers the function each <checkout-footprint> calls with what it
 * shows (`hook(main, state)`, MainState in option.js), after every change.
 */
export const OPTIONS_HOOK = Symbol.for("checkout-footprint options");

/**
 * The <checkout-footprint> an option takes its figure from: the one with the id its
 * `for` names, else the first in its document or shadow root; null when there is none.
 * @param {Element} option
 * @returns {Element | null}
 */
export function mainOf(option) {
  const root = /** @type {Document | ShadowRoot} */ (option.getRootNode());
  const id = option.getAttribute("for");
  const main = id ? root.getElementById?.(id) : root.querySelector?.("checkout-footprint");
  return main?.localName === "checkout-footprint" ? main : null;
}

/**
 * The <checkout-footprint-option> elements that take their figure from `main`.
 * @param {Element} main
 * @returns {Element[]}
 */
export function optionsOf(main) {
  const root = /** @type {Document | ShadowRoot} */ (main.getRootNode());
  const all = root.querySelectorAll?.("checkout-footprint-option") ?? [];
  return [...all].filter((option) => mainOf(option) === main);
}

/**
 * A shadow-DOM node with its class (if any) and its `part` name.
 * @param {string} tag
 * @param {string} className
 * @param {string} part
 */
export function node(tag, className, part) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  n.setAttribute("part", part);
  return n;
}

/**
 * The { code, message, path } of anything thrown (a FootprintError, or anything else).
 * @param {unknown} error
 * @param {string} [fallbackCode]
 * @returns {import("./element.js").FootprintErrorDetail}
 */
export function errorDetail(error, fallbackCode = "internal") {
  const e = /** @type {any} */ (error);
  const code = typeof e?.code === "string" ? e.code : fallbackCode;
  const message = typeof e?.message === "string" ? e.message : String(error);
  const path = typeof e?.path === "string" ? e.path : null;
  return { code, message, path };
}
