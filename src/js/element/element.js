// <checkout-footprint>: the checkout line that shows the estimated greenhouse gas of
// delivering an order and offers a contribution to a climate project; and, for each
// <checkout-footprint-option> that names it, that delivery option's figure (option.js).
//
//   import "checkout-footprint/element";
//   el.order = { shipments: [...] };     // re-estimated on every change of any input
//
// The only code of the package that touches the DOM. It never awaits the wasm at module
// level: the package's module and its .wasm are requested side by side on first
// connection (loader.js), and a failure to load becomes a `footprinterror` event
// ("load_failed"). Whatever happens (no wasm, an invalid order, a listener that throws)
// it keeps its reserved height, shows nothing or a neutral line, and lets no error
// escape.
//
// The details panel's code (./details.js) and words are imported when the shopper
// points at, focuses or opens "How this is estimated"; once they are there, each
// estimate builds the panel at once, with the line.
//
// Where there is no DOM (a server rendering the page, Node) importing this module
// registers nothing and throws nothing.
import { formatMajor, formatMass, formatMinor, formatPercent } from "./format.js";
import {
  direction,
  fill,
  loadDetailsStrings,
  loadStrings,
  loadWords,
  loadedDetailsStrings,
  loadedStrings,
  resolveLocale,
} from "./i18n.js";
import { loadPackage } from "./loader.js";
import { errorDetail, node, OPTIONS_HOOK, REFRESH } from "./shared.js";
import { addStyles, adoptStyles, BASE_CSS, CSS } from "./styles.js";

const TAG = "checkout-footprint";
const DEFAULTS = { currency: "USD", pricePerTonne: 27, factorSet: "glec-v3" };

/** @typedef {import("../api/index.js").Footprint} Footprint */
/** @typedef {import("../api/index.js").ServiceComparison} ServiceComparison */
/** @typedef {import("./element.js").FootprintErrorDetail} FootprintErrorDetail */
/** @typedef {import("./loader.js").Package} Package */

/** The details panel's module once it has loaded, and its import while pending. */
/** @type {typeof import("./details.js") | null} */
let details = null;
/** @type {Promise<typeof import("./details.js")> | null} */
let detailsLoading = null;

/** The details panel's module, imported once; a failed import is tried again next time. */
function loadDetails() {
  detailsLoading ??= import("./details.js").then(
    (module) => (details = module),
    (error) => {
      detailsLoading = null;
      throw error;
    },
  );
  return detailsLoading;
}

/** The card's nodes, built once per element (a module function, so that no DOM wiring reads as a field). */
function buildCard() {
  const card = node("div", "card", "container");
  card.dataset.state = "empty";
  const line = node("p", "line", "line");
  line.setAttribute("aria-live", "polite");
  line.setAttribute("aria-atomic", "true");
  const title = node("span", "title", "title");
  const value = node("span", "value", "value");
  line.append(title, value);
  const offer = node("div", "offer", "offer");
  const checkbox = /** @type {HTMLInputElement} */ (node("input", "", "checkbox"));
  checkbox.type = "checkbox";
  checkbox.id = "offer";
  const label = /** @type {HTMLLabelElement} */ (node("label", "", "label"));
  label.htmlFor = "offer";
  offer.append(checkbox, label);
  const disclosure = /** @type {HTMLDetailsElement} */ (node("details", "", "details"));
  const summary = node("summary", "", "summary");
  const panel = node("div", "panel", "panel");
  disclosure.append(summary, panel);
  card.append(line, offer, disclosure);
  return { card, title, value, checkbox, label, disclosure, summary, panel };
}

function defineElement() {
  /**
   * The checkout line: the estimated greenhouse gas of delivering the order, with a
   * contribution to a climate project to tick, and how it is estimated.
   * @tagname checkout-footprint
   * @summary Delivery footprint of a checkout order, with an optional climate contribution.
   * @fires {CustomEvent<import("../api/index.js").Footprint>} footprintchange - A new estimate is shown.
   * @fires {CustomEvent<import("./element.js").OffsetChangeDetail>} offsetchange - The contribution to add changed.
   * @fires {CustomEvent<import("./element.js").FootprintErrorDetail>} footprinterror - Invalid order, no wasm, or the details panel could not load.
   * @csspart container - The card.
   * @csspart line - The line: title and value.
   * @csspart title - "Estimated delivery footprint".
   * @csspart value - The figure, "Estimating…" or "Not available".
   * @csspart offer - The contribution's checkbox and label.
   * @csspart checkbox - The contribution's checkbox.
   * @csspart label - The contribution's label.
   * @csspart details - The disclosure "How this is estimated".
   * @csspart summary - Its summary.
   * @csspart panel - Its content.
   * @csspart shipment - One shipment's breakdown in the panel.
   * @csspart bar - A shipment's stacked bar.
   * @csspart legend - A shipment's stages as text.
   * @csspart assumptions - The list of assumptions.
   * @cssprop [--checkout-footprint-min-height=11rem] - Height reserved in every state.
   * @cssprop [--checkout-footprint-font=inherit] - The card's font.
   * @cssprop [--checkout-footprint-color] - Text.
   * @cssprop [--checkout-footprint-muted-color] - Secondary text.
   * @cssprop [--checkout-footprint-background] - Card background.
   * @cssprop [--checkout-footprint-border-color] - Card border.
   * @cssprop [--checkout-footprint-radius=0.5rem] - Card corner radius.
   * @cssprop [--checkout-footprint-accent] - Checkbox, summary, the lowest option's mark.
   * @cssprop [--checkout-footprint-focus-color] - Focus ring.
   * @cssprop [--checkout-footprint-first-mile-color] - Collection in the bar.
   * @cssprop [--checkout-footprint-line-haul-color] - Line haul in the bar.
   * @cssprop [--checkout-footprint-hubs-color] - Parcel hubs in the bar.
   * @cssprop [--checkout-footprint-last-mile-color] - Delivery in the bar.
   * @cssprop [--checkout-footprint-packaging-color] - Packaging in the bar.
   */
  class CheckoutFootprintElement extends HTMLElement {
    static observedAttributes = ["locale", "currency", "price-per-tonne", "factor-set", "offset-selected"];

    /** @type {import("../api/index.js").Order | null} */
    #order = null;
    /** @type {Footprint | null} */
    #footprint = null;
    #scheduled = false;
    #generation = 0;
    /** The contribution last announced by `offsetchange`: { selected, amountMinor, currency }. */
    #announced = { selected: false, amountMinor: 0, currency: "" };
    /**
     * The locale shown; strings is null until words have loaded.
     * @type {{ tag: string, lang: string, strings: any }}
     */
    #locale = { tag: "en", lang: "en", strings: null };
    /** The footprint the details panel shows, or null when it is empty. @type {Footprint | null} */
    #panelFor = null;
    #parts;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      adoptStyles(root, "card", BASE_CSS + CSS);
      this.#parts = buildCard();
      root.append(this.#parts.card);
      const { checkbox, summary, disclosure } = this.#parts;
      checkbox.addEventListener("change", () => {
        this.offsetSelected = checkbox.checked;
      });
      // The panel's code and words are fetched as soon as the shopper shows the intent
      // to open it. A failed prefetch is dropped on purpose: opening tries again and
      // reports what still fails.
      const prefetch = () => {
        loadDetails().catch(() => {});
        if (this.#locale.strings) loadDetailsStrings(this.#locale.lang);
      };
      summary.addEventListener("pointerenter", prefetch);
      summary.addEventListener("focus", prefetch);
      disclosure.addEventListener("toggle", () => {
        if (disclosure.open) void this.#fillPanel();
      });
    }

    connectedCallback() {
      // Properties set before the element was defined (frameworks do that) shadow the
      // accessors; move them through the setters.
      for (const key of ["order", "locale", "currency", "pricePerTonne", "factorSet", "offsetSelected"]) {
        if (Object.prototype.hasOwnProperty.call(this, key)) {
          const self = /** @type {any} */ (this);
          const value = self[key];
          delete self[key];
          self[key] = value;
        }
      }
      this.#parts.checkbox.checked = this.offsetSelected;
      // Start fetching the package and the words now, side by side. A failure is dropped
      // here on purpose: the estimate that follows awaits the same promise and reports it.
      loadPackage().catch(() => {});
      loadStrings(this.#resolveLocale().lang);
      this.#schedule();
    }

    /** @param {string} name @param {string | null} oldValue @param {string | null} newValue */
    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue) return;
      if (name === "offset-selected") {
        this.#parts.checkbox.checked = newValue !== null;
        this.#announceOffset();
      } else {
        this.#schedule();
      }
    }

    /**
     * The order to estimate (property only); null shows nothing.
     * @type {import("../api/index.js").Order | null}
     */
    get order() {
      return this.#order;
    }
    set order(value) {
      this.#order = value ?? null;
      this.#schedule();
    }

    /**
     * BCP 47 tag; absent: the closest `lang`, the page's, the browser's, then "en".
     * @type {string}
     * @attr locale
     */
    get locale() {
      return this.#resolveLocale().tag;
    }
    set locale(value) {
      this.#setAttr("locale", value);
    }

    /**
     * ISO 4217 code of the contribution; default "USD".
     * @type {string}
     * @attr currency
     */
    get currency() {
      return this.getAttribute("currency") ?? DEFAULTS.currency;
    }
    set currency(value) {
      this.#setAttr("currency", value);
    }

    /**
     * Price per tonne CO2e in major units; default 27.
     * @type {number}
     * @attr price-per-tonne
     */
    get pricePerTonne() {
      const attr = this.getAttribute("price-per-tonne");
      return attr === null ? DEFAULTS.pricePerTonne : Number(attr);
    }
    set pricePerTonne(value) {
      this.#setAttr("price-per-tonne", value);
    }

    /**
     * The emission factors: "glec-v3" (default) or "defra-2025".
     * @type {import("../api/index.js").FactorSetName}
     * @attr factor-set
     */
    get factorSet() {
      return /** @type {any} */ (this.getAttribute("factor-set") ?? DEFAULTS.factorSet);
    }
    set factorSet(value) {
      this.#setAttr("factor-set", value);
    }

    /**
     * Whether the contribution is ticked.
     * @type {boolean}
     * @attr offset-selected
     */
    get offsetSelected() {
      return this.hasAttribute("offset-selected");
    }
    set offsetSelected(value) {
      this.toggleAttribute("offset-selected", Boolean(value));
    }

    /**
     * The last footprint shown, or null.
     * @type {Footprint | null}
     * @readonly
     */
    get footprint() {
      return this.#footprint;
    }

    /**
     * Estimates again: a <checkout-footprint-option> that follows this element appeared or changed.
     * @ignore
     */
    [REFRESH]() {
      this.#schedule();
    }

    /** @param {string} name @param {unknown} value */
    #setAttr(name, value) {
      if (value === null || value === undefined || value === "") this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    }

    #resolveLocale() {
      const own = this.getAttribute("locale");
      const closest = this.closest("[lang]")?.getAttribute("lang");
      const doc = globalThis.document?.documentElement?.lang;
      const nav = globalThis.navigator?.language;
      return resolveLocale([own, closest, doc, nav]);
    }

    /**
     * The estimate options: only what the attributes say, the model's defaults otherwise.
     * @returns {import("../api/index.js").Options}
     */
    #options() {
      /** @type {any} */
      const options = {};
      if (this.hasAttribute("currency")) options.currency = this.getAttribute("currency");
      if (this.hasAttribute("price-per-tonne")) {
        // Not a number: the attribute's own text, which the error then quotes.
        const text = this.getAttribute("price-per-tonne") ?? "";
        options.pricePerTonne = text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
      }
      if (this.hasAttribute("factor-set")) options.factorSet = this.getAttribute("factor-set");
      return options;
    }

    /** Estimates once after every change made in the same task (a microtask later). */
    #schedule() {
      if (this.#scheduled || !this.isConnected) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#update().catch((error) => this.#fail(errorDetail(error, "internal")));
      });
    }

    async #update() {
      const generation = ++this.#generation;
      const locale = this.#resolveLocale();
      const ready = loadedStrings(locale.lang);
      let words = ready ? { lang: locale.lang, strings: ready } : null;
      if (!words) {
        words = await loadWords(locale.lang);
        if (generation !== this.#generation) return;
      }
      // A language whose words cannot load is shown in English, formatted as English;
      // with no words at all the element stays blank (its height kept).
      this.#locale =
        words?.lang === locale.lang
          ? { ...locale, strings: words.strings }
          : { tag: "en", lang: "en", strings: words?.strings ?? null };
      const { card } = this.#parts;
      card.lang = this.#locale.tag;
      card.dir = direction(this.#locale.lang);
      const order = this.#order;
      if (order === null) {
        this.#footprint = null;
        this.#show("empty");
        this.#announceOffset();
        return;
      }
      if (!words) {
        this.#fail({ code: "load_failed", message: "the element's words could not load", path: null });
        return;
      }
      let pkg;
      try {
        pkg = await this.#loadShowing();
      } catch (error) {
        if (generation === this.#generation)
          this.#fail({ code: "load_failed", message: errorDetail(error).message, path: null });
        return;
      }
      // A newer change started its own estimate; only the last one renders.
      if (generation !== this.#generation) return;
      let footprint;
      try {
        footprint = pkg.estimate(order, this.#options());
      } catch (error) {
        this.#fail(errorDetail(error, "internal"));
        return;
      }
      try {
        this.#render(footprint);
        this.#tellOptions("ready", pkg);
      } catch (error) {
        this.#fail(errorDetail(error, "render_failed"));
        return;
      }
      this.#footprint = footprint;
      this.#emit("footprintchange", footprint);
      this.#announceOffset();
    }

    /** The package; "Estimating…" shows while it loads, the first time only. */
    #loadShowing() {
      const pending = loadPackage();
      let settled = false;
      const settle = () => (settled = true);
      pending.then(settle, settle);
      queueMicrotask(() => {
        if (!settled && this.#parts.card.dataset.state !== "ready") this.#show("loading");
      });
      return pending;
    }

    /** @param {"empty" | "loading" | "ready" | "error"} state */
    #show(state) {
      const { card, title, value, label, disclosure, summary, panel } = this.#parts;
      const { strings, tag } = this.#locale;
      if (!strings) {
        // No words could load: nothing to say, so nothing shown.
        card.dataset.state = "empty";
        for (const n of [title, value, label, summary]) n.textContent = "";
        panel.replaceChildren();
        this.#panelFor = null;
        disclosure.open = false;
        this.#tellOptions("empty");
        return;
      }
      card.dataset.state = state;
      title.textContent = state === "empty" ? "" : strings.title;
      summary.textContent = strings.summary;
      if (state === "loading" || state === "empty") {
        value.textContent = state === "loading" ? strings.loading : "";
        // Invisible, but as long as the real label so that the height is the same. At
        // start-up this is also the page's first Intl number format, whose locale data
        // (about 10 ms) thus loads while the .wasm downloads, not after.
        label.textContent = fill(strings.offer, { amount: this.#money(0, this.currency, tag) });
        this.#tellOptions(state);
      } else if (state === "error") {
        value.textContent = strings.unavailable;
        panel.replaceChildren();
        this.#panelFor = null;
        disclosure.open = false;
        this.#tellOptions("error");
      }
    }

    /**
     * @param {number} amountMinor
     * @param {string} currency
     * @param {string} tag
     */
    #money(amountMinor, currency, tag) {
      try {
        return formatMinor(amountMinor, currency, tag);
      } catch {
        return formatMinor(amountMinor, DEFAULTS.currency, tag);
      }
    }

    /** @param {Footprint} footprint */
    #render(footprint) {
      const { strings, tag } = this.#locale;
      const { value, label, panel, disclosure } = this.#parts;
      const nodes = this.#panelContent(footprint);
      const amount = formatMinor(footprint.offset.amountMinor, footprint.offset.currency, tag);
      this.#show("ready");
      value.textContent = formatMass(footprint.co2eKg, tag);
      label.textContent = fill(strings.offer, { amount });
      panel.replaceChildren(...nodes);
      this.#panelFor = nodes.length > 0 ? footprint : null;
      if (nodes.length === 0 && disclosure.open) void this.#fillPanel();
    }

    /**
     * Tells the <checkout-footprint-option> elements that follow this one what it shows,
     * when "checkout-footprint/option" is loaded (it registers the hook). In the same
     * task as the line, so that both change in the same frame.
     * @param {"empty" | "loading" | "ready" | "error"} state
     * @param {Package} [pkg]
     */
    #tellOptions(state, pkg) {
      const hook = /** @type {any} */ (globalThis)[OPTIONS_HOOK];
      if (typeof hook !== "function") return;
      const { strings, tag, lang } = this.#locale;
      const shown = {
        state: strings ? state : "empty",
        pkg,
        order: this.#order,
        options: this.#options(),
        strings,
        tag,
        dir: direction(lang),
        mass: (/** @type {number} */ kg) => formatMass(kg, tag),
        fill,
      };
      try {
        hook(this, shown);
      } catch (error) {
        // The options' own failure: reported as an uncaught error (as a throwing event
        // listener is), never through the line, which stays as it is.
        queueMicrotask(() => {
          throw error;
        });
      }
    }

    /**
     * The nodes of the details panel for `footprint`, its stylesheet added first; none
     * until its code and words have loaded.
     * @param {Footprint} footprint
     * @returns {Node[]}
     */
    #panelContent(footprint) {
      const { lang, tag } = this.#locale;
      const strings = loadedDetailsStrings(lang);
      if (!details || !strings || !this.shadowRoot) return [];
      addStyles(this.shadowRoot, details.CSS);
      return details.detailsContent(footprint, strings, {
        mass: (kg) => formatMass(kg, tag),
        major: (a, c) => formatMajor(a, c, tag),
        percent: (share) => formatPercent(share, tag),
        fill,
      });
    }

    /**
     * The panel of the footprint shown, once its code and words have loaded: on opening,
     * or on a new estimate while open. Never rejects: when they cannot load, the panel
     * says "Not available", a `footprinterror` with path "details" reports it (the line
     * and its footprint stay), and the next opening tries again.
     */
    async #fillPanel() {
      const { panel } = this.#parts;
      let strings;
      try {
        [, strings] = await Promise.all([loadDetails(), loadDetailsStrings(this.#locale.lang)]);
        if (!strings) throw new Error(`the details panel's words (${this.#locale.lang}) could not load`);
      } catch (error) {
        const message = this.#locale.strings?.unavailable ?? "";
        panel.replaceChildren(Object.assign(document.createElement("p"), { textContent: message }));
        this.#panelFor = null;
        this.#emit("footprinterror", { code: "load_failed", message: errorDetail(error).message, path: "details" });
        return;
      }
      const footprint = this.#footprint;
      if (!footprint || this.#panelFor === footprint) return;
      try {
        panel.replaceChildren(...this.#panelContent(footprint));
        this.#panelFor = footprint;
      } catch (error) {
        this.#fail(errorDetail(error, "render_failed"));
      }
    }

    /**
     * The neutral line, and the failure reported: a `footprinterror` event, and a warning
     * in the console for the developer who has no listener yet.
     * @param {FootprintErrorDetail} detail
     */
    #fail(detail) {
      console.warn(`<checkout-footprint>: ${detail.code}: ${detail.message}`);
      this.#footprint = null;
      try {
        this.#show("error");
      } catch {
        // Showing the neutral line cannot fail in practice; the event still goes out.
      }
      this.#emit("footprinterror", detail);
      this.#announceOffset();
    }

    /**
     * Dispatches `offsetchange` when the contribution the storefront must add changes:
     * the shopper ticks or unticks it, or its amount or currency changes while ticked.
     * Without a footprint (no order, invalid order, no wasm) nothing is selected.
     */
    #announceOffset() {
      const offset = this.#footprint?.offset;
      const detail = {
        selected: this.offsetSelected && offset !== undefined,
        amountMinor: offset?.amountMinor ?? 0,
        currency: offset?.currency ?? this.currency,
      };
      const last = this.#announced;
      const same =
        detail.selected === last.selected &&
        (!detail.selected || (detail.amountMinor === last.amountMinor && detail.currency === last.currency));
      this.#announced = detail;
      if (!same) this.#emit("offsetchange", { ...detail });
    }

    /**
     * Listeners that throw are reported by the browser; the element carries on.
     * @param {string} type
     * @param {unknown} detail
     */
    #emit(type, detail) {
      /** @ignore */
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  }
  customElements.define("checkout-footprint", CheckoutFootprintElement);
  return CheckoutFootprintElement;
}

/**
 * The element's class; undefined where there is no DOM.
 * @type {CustomElementConstructor | undefined}
 */
export let CheckoutFootprintElement;

if (
  typeof HTMLElement === "function" &&
  typeof customElements === "object" &&
  customElements !== null &&
  typeof document === "object"
) {
  CheckoutFootprintElement = customElements.get(TAG) ?? defineElement();
}
