// <checkout-footprint-option service="express">: the estimated footprint of one delivery
// option, shown inside the storefront's own option markup (a radio's label, or beside it
// with aria-describedby), and whether it is the lowest of the options shown.
//
//   import "checkout-footprint/element";
//   import "checkout-footprint/option";
//   <checkout-footprint id="footprint"></checkout-footprint>
//   <label><input type="radio" name="delivery" value="express" aria-describedby="fp-express">
//     Express <checkout-footprint-option id="fp-express" service="express"></checkout-footprint-option></label>
//
// It computes nothing: the <checkout-footprint> it names with `for` (an id), or else the
// first one in the same document or shadow root, estimates the order once per change
// under every service its options show (estimateServices) and gives each option its
// figure, in the same task as its own line. So the options follow the order, the
// options (currency, factor set) and the language of that element.
//
// Its height is the same in every state (its two lines are laid out, hidden, until there
// is a figure), so that the option list never shifts. With no estimate (no wasm, an
// invalid order) it shows "Not available"; the storefront's options stay usable.
import { errorDetail, mainOf, node, OPTIONS_HOOK, optionsOf, REFRESH } from "./shared.js";
import { adoptStyles, BASE_CSS } from "./styles.js";

/**
 * What a <checkout-footprint> (element.js) tells its options after every change.
 * @typedef {object} MainState
 * @property {"empty" | "loading" | "ready" | "error"} state
 * @property {typeof import("./package.js") | undefined} pkg the package, with "ready"
 * @property {import("../api/index.js").Order | null} order
 * @property {import("../api/index.js").Options} options
 * @property {any} strings the line's words (null when none could load)
 * @property {string} tag the locale shown
 * @property {"ltr" | "rtl"} dir
 * @property {(kg: number) => string} mass a mass, formatted for the locale
 * @property {(template: string, values: Record<string, unknown>) => string} fill
 */

/**
 * What an option shows.
 * @typedef {object} OptionView
 * @property {"empty" | "loading" | "ready" | "unavailable"} state
 * @property {string} figure the figure's words ("Estimated 1.2 kg CO₂e"), or "Not available"
 * @property {string} lowestText the words that mark the lowest (laid out in every state)
 * @property {boolean} lowest whether this service has the lowest estimate (ties: each of them)
 * @property {import("../api/index.js").ServiceFootprint | null} footprint
 * @property {string} lang
 * @property {"ltr" | "rtl"} dir
 */

/**
 * <checkout-footprint-option>: its figure, and under it the lowest's mark, laid out (and
 * hidden) in every state so that the option's height never changes. Three lines are
 * reserved, the page's rule gives the same before the element is defined: in a phone's
 * narrow option card the mark takes two.
 */
const OPTION_CSS = `
:host {
  display: block;
  min-height: 4.35em;
  font-size: 0.875em;
  color: var(--_muted);
}
.figure, .lowest { display: block; }
.figure { font-variant-numeric: tabular-nums; }
.lowest { color: var(--_accent); font-weight: 600; }
.option:not([data-state="ready"]) .figure,
.option:not([data-lowest]) .lowest { visibility: hidden; }
.option[data-state="unavailable"] .figure { visibility: visible; }
`;

/** Each option's shadow parts. @type {WeakMap<Element, { box: HTMLElement, figure: HTMLElement, lowest: HTMLElement }>} */
const parts = new WeakMap();
/** Each option's view. @type {WeakMap<Element, OptionView>} */
const views = new WeakMap();

/**
 * Shows `view` in `option`.
 * @param {Element} option
 * @param {OptionView} view
 */
function render(option, view) {
  const p = parts.get(option);
  if (!p) return;
  views.set(option, view);
  p.box.dataset.state = view.state;
  p.box.lang = view.lang;
  p.box.dir = view.dir;
  p.box.toggleAttribute("data-lowest", view.state === "ready" && view.lowest);
  p.figure.textContent = view.figure;
  p.lowest.textContent = view.lowestText;
}

/**
 * The options that follow `main`, from what it shows: with an estimate, one
 * estimateServices call under every service they show; else their reserved, blank or
 * "Not available" state. An option whose `service` the model does not know shows "Not
 * available" and reports it with a `footprinterror` (path "service"); the others still
 * show theirs.
 * @param {Element} main
 * @param {MainState} s
 */
function showOptions(main, s) {
  const options = optionsOf(main).filter((option) => parts.has(option));
  if (options.length === 0) return;
  const { strings } = s;
  const base = { lowestText: strings?.lowest ?? "", lowest: false, footprint: null, lang: s.tag, dir: s.dir };
  if (s.state !== "ready" || !s.pkg || !s.order) {
    const state = s.state === "error" ? "unavailable" : s.state === "ready" ? "loading" : s.state;
    const figure = state === "unavailable" ? strings.unavailable : "";
    for (const option of options) render(option, { ...base, state, figure });
    return;
  }
  const serviceOf = (/** @type {Element} */ option) => option.getAttribute("service") ?? "";
  const asked = [...new Set(options.map(serviceOf))];
  /** @type {Map<string, import("./element.js").FootprintErrorDetail>} */
  const refused = new Map();
  /** @type {import("../api/index.js").ServiceComparison | null} */
  let comparison = null;
  while (asked.length > 0 && !comparison) {
    try {
      comparison = s.pkg.estimateServices(s.order, s.options, /** @type {any} */ (asked));
    } catch (error) {
      // The error's path names the refused service, as services[i]; anything else
      // leaves every option without a figure, reported on each.
      const { code, message, path } = errorDetail(error);
      const index = path?.startsWith("services[") ? Number.parseInt(path.slice(9), 10) : -1;
      const detail = { code, message: message.replace(path ?? "", "service"), path: "service" };
      if (index >= 0 && index < asked.length) {
        refused.set(asked[index], detail);
        asked.splice(index, 1);
      } else {
        for (const service of asked) refused.set(service, detail);
        asked.length = 0;
      }
    }
  }
  // "Lowest" only where the options shown differ: of one figure, or of equal ones, none is.
  const differ = new Set(comparison?.services.map((f) => f.co2eKg)).size > 1;
  for (const option of options) {
    const service = comparison?.services.find((f) => f.service === serviceOf(option)) ?? null;
    render(option, {
      ...base,
      state: service ? "ready" : "unavailable",
      figure: service ? s.fill(strings.option, { mass: s.mass(service.co2eKg) }) : strings.unavailable,
      lowest: differ && service !== null && comparison !== null && comparison.lowest.includes(service.service),
      footprint: service,
    });
    const problem = refused.get(serviceOf(option));
    /** @ignore */
    if (problem)
      option.dispatchEvent(new CustomEvent("footprinterror", { detail: problem, bubbles: true, composed: true }));
  }
}

/** Asks the option's <checkout-footprint>, if it is there, to estimate again. @param {Element} option */
function refreshMain(option) {
  const main = /** @type {any} */ (mainOf(option));
  if (typeof main?.[REFRESH] === "function") main[REFRESH]();
}

function defineOption() {
  /**
   * The estimated delivery footprint of one delivery option, from a <checkout-footprint>.
   * @tagname checkout-footprint-option
   * @summary One delivery option's estimated footprint, marked when it is the lowest.
   * @csspart option - The box of the two lines.
   * @csspart figure - The estimated footprint ("Estimated 1.2 kg CO₂e"), or "Not available".
   * @csspart lowest - "Lowest estimated delivery footprint", shown on the lowest option(s).
   * @cssprop [--checkout-footprint-font=inherit] - The font.
   * @cssprop [--checkout-footprint-muted-color] - The figure.
   * @cssprop [--checkout-footprint-accent] - The lowest option's mark.
   * @fires {CustomEvent<import("./element.js").FootprintErrorDetail>} footprinterror - `service` is not a delivery service of the model.
   */
  class CheckoutFootprintOptionElement extends HTMLElement {
    static observedAttributes = ["service", "for"];

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      adoptStyles(root, "option", BASE_CSS + OPTION_CSS);
      const box = node("span", "option", "option");
      const figure = node("span", "figure", "figure");
      const lowest = node("span", "lowest", "lowest");
      box.append(figure, lowest);
      root.append(box);
      parts.set(this, { box, figure, lowest });
    }

    connectedCallback() {
      refreshMain(this);
    }

    /** @param {string} _name @param {string | null} oldValue @param {string | null} newValue */
    attributeChangedCallback(_name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) refreshMain(this);
    }

    /**
     * The delivery service this option shows: "standard", "express", "pickup_point" or "locker".
     * @type {string}
     * @attr service
     */
    get service() {
      return this.getAttribute("service") ?? "";
    }
    set service(value) {
      this.setAttribute("service", String(value));
    }

    /**
     * The id of the <checkout-footprint> to take the figure from; absent: the first one in
     * the same document or shadow root.
     * @type {string}
     * @attr for
     */
    get htmlFor() {
      return this.getAttribute("for") ?? "";
    }
    set htmlFor(value) {
      this.setAttribute("for", String(value));
    }

    /**
     * This service's estimate (co2eKg, range, offset), or null while there is none.
     * @type {import("../api/index.js").ServiceFootprint | null}
     */
    get footprint() {
      return views.get(this)?.footprint ?? null;
    }

    /**
     * Whether this service has the lowest estimate of the options shown (each of them on a tie).
     * @type {boolean}
     */
    get lowest() {
      const view = views.get(this);
      return view?.state === "ready" && view.lowest;
    }
  }
  customElements.define("checkout-footprint-option", CheckoutFootprintOptionElement);
  /** @type {any} */ (globalThis)[OPTIONS_HOOK] = showOptions;
  return CheckoutFootprintOptionElement;
}

/**
 * The option element's class; undefined where there is no DOM.
 * @type {CustomElementConstructor | undefined}
 */
export let CheckoutFootprintOptionElement;

if (typeof HTMLElement === "function" && typeof customElements === "object" && customElements !== null) {
  CheckoutFootprintOptionElement = customElements.get("checkout-footprint-option") ?? defineOption();
}
