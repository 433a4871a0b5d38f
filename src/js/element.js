// <checkout-footprint>: the checkout line that shows the estimated greenhouse gas of
// delivering an order and offers a contribution to a climate project.
//
//   import "checkout-footprint/element";
//   el.order = { shipments: [...] };     // re-estimated on every change of any input
//
// The only code of the package that touches the DOM. It never awaits the wasm at module
// level: the package (./index.js and its .wasm) is imported on first connection, and a
// failure to load becomes a `footprinterror` event ("load_failed"). Whatever happens
// (no wasm, an invalid order, a listener that throws) it keeps its reserved height,
// shows nothing or a neutral line, and lets no error escape.
//
// Where there is no DOM (a server rendering the page, Node) importing this module
// registers nothing and throws nothing.
import { detailsContent } from "./element-details.js";
import { formatMajor, formatMass, formatMinor } from "./element-format.js";
import { EN, fill, loadStrings, loadedStrings, resolveLocale } from "./element-i18n.js";
import { adoptStyles } from "./element-styles.js";

const TAG = "checkout-footprint";
const DEFAULTS = { currency: "USD", pricePerTonne: 27, factorSet: "glec-v3" };

let loading = null;

/** The package, imported once for every element; a rejected promise when it cannot load. */
function loadPackage() {
  loading ??= import("./index.js");
  return loading;
}

/** The { code, message, path } of anything thrown. */
function errorDetail(error, fallbackCode) {
  const code = typeof error?.code === "string" ? error.code : fallbackCode;
  const message = typeof error?.message === "string" ? error.message : String(error);
  const path = typeof error?.path === "string" ? error.path : null;
  return { code, message, path };
}

function node(tag, className, part) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (part) n.setAttribute("part", part);
  return n;
}

function defineElement() {
  class CheckoutFootprintElement extends HTMLElement {
    static observedAttributes = ["locale", "currency", "price-per-tonne", "factor-set", "offset-selected"];

    #order = null;
    #footprint = null;
    #scheduled = false;
    #generation = 0;
    /** The contribution last announced by `offsetchange`: { selected, amountMinor, currency }. */
    #announced = { selected: false, amountMinor: 0, currency: "" };
    /** { tag, lang, strings }: the locale shown; its strings are loaded. */
    #locale = { tag: "en", lang: "en", strings: EN };
    #parts;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      adoptStyles(root);
      const card = node("div", "card", "container");
      card.dataset.state = "empty";
      const line = node("p", "line", "line");
      line.setAttribute("aria-live", "polite");
      line.setAttribute("aria-atomic", "true");
      const title = node("span", "title", "title");
      const value = node("span", "value", "value");
      line.append(title, value);
      const offer = node("div", "offer", "offer");
      const checkbox = node("input", "", "checkbox");
      checkbox.type = "checkbox";
      checkbox.id = "offer";
      const label = node("label", "", "label");
      label.htmlFor = "offer";
      offer.append(checkbox, label);
      const details = node("details", "", "details");
      const summary = node("summary", "", "summary");
      const panel = node("div", "panel", "panel");
      details.append(summary, panel);
      card.append(line, offer, details);
      root.append(card);
      this.#parts = { card, title, value, checkbox, label, summary, panel };
      checkbox.addEventListener("change", () => {
        this.offsetSelected = checkbox.checked;
      });
    }

    connectedCallback() {
      // Properties set before the element was defined (frameworks do that) shadow the
      // accessors; move them through the setters.
      for (const key of ["order", "locale", "currency", "pricePerTonne", "factorSet", "offsetSelected"]) {
        if (Object.prototype.hasOwnProperty.call(this, key)) {
          const value = this[key];
          delete this[key];
          this[key] = value;
        }
      }
      this.#parts.checkbox.checked = this.offsetSelected;
      // Start fetching the package and the words now; the estimate reports a failure.
      loadPackage().catch(() => {});
      loadStrings(this.#resolveLocale().lang);
      this.#schedule();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue) return;
      if (name === "offset-selected") {
        this.#parts.checkbox.checked = newValue !== null;
        this.#announceOffset();
      } else {
        this.#schedule();
      }
    }

    get order() {
      return this.#order;
    }
    set order(value) {
      this.#order = value ?? null;
      this.#schedule();
    }

    get locale() {
      return this.#resolveLocale().tag;
    }
    set locale(value) {
      this.#setAttr("locale", value);
    }

    get currency() {
      return this.getAttribute("currency") ?? DEFAULTS.currency;
    }
    set currency(value) {
      this.#setAttr("currency", value);
    }

    get pricePerTonne() {
      const attr = this.getAttribute("price-per-tonne");
      return attr === null ? DEFAULTS.pricePerTonne : Number(attr);
    }
    set pricePerTonne(value) {
      this.#setAttr("price-per-tonne", value);
    }

    get factorSet() {
      return this.getAttribute("factor-set") ?? DEFAULTS.factorSet;
    }
    set factorSet(value) {
      this.#setAttr("factor-set", value);
    }

    get offsetSelected() {
      return this.hasAttribute("offset-selected");
    }
    set offsetSelected(value) {
      this.toggleAttribute("offset-selected", Boolean(value));
    }

    get footprint() {
      return this.#footprint;
    }

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

    /** The estimate options: only what the attributes say, the model's defaults otherwise. */
    #options() {
      const options = {};
      if (this.hasAttribute("currency")) options.currency = this.getAttribute("currency");
      if (this.hasAttribute("price-per-tonne")) options.pricePerTonne = Number(this.getAttribute("price-per-tonne"));
      if (this.hasAttribute("factor-set")) options.factorSet = this.getAttribute("factor-set");
      return options;
    }

    /** Estimates once after every change made in the same task (a microtask later). */
    #schedule() {
      if (this.#scheduled || !this.isConnected) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#update().catch(() => {});
      });
    }

    async #update() {
      const generation = ++this.#generation;
      const locale = this.#resolveLocale();
      let strings = loadedStrings(locale.lang);
      if (!strings) {
        strings = await loadStrings(locale.lang);
        if (generation !== this.#generation) return;
      }
      // A language whose words cannot load is shown in English, formatted as English.
      this.#locale = strings ? { ...locale, strings } : { tag: "en", lang: "en", strings: EN };
      this.#parts.card.lang = this.#locale.tag;
      const order = this.#order;
      if (order === null) {
        this.#footprint = null;
        this.#show("empty");
        this.#announceOffset();
        return;
      }
      let pkg;
      try {
        pkg = await this.#loadShowing();
      } catch (error) {
        if (generation === this.#generation) this.#fail({ code: "load_failed", message: errorDetail(error).message, path: null });
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
      pending.then(
        () => (settled = true),
        () => (settled = true),
      );
      queueMicrotask(() => {
        if (!settled && this.#parts.card.dataset.state !== "ready") this.#show("loading");
      });
      return pending;
    }

    #show(state) {
      const { card, title, value, label, summary } = this.#parts;
      const { strings, tag } = this.#locale;
      card.dataset.state = state;
      title.textContent = state === "empty" ? "" : strings.title;
      summary.textContent = strings.summary;
      if (state === "loading" || state === "empty") {
        value.textContent = state === "loading" ? strings.loading : "";
        // Invisible, but as long as the real label so that the height is the same.
        label.textContent = fill(strings.offer, { amount: this.#money(0, this.currency, tag) });
      } else if (state === "error") {
        value.textContent = strings.unavailable;
        this.#parts.panel.replaceChildren();
        this.#parts.card.querySelector("details").open = false;
      }
    }

    #money(amountMinor, currency, tag) {
      try {
        return formatMinor(amountMinor, currency, tag);
      } catch {
        return formatMinor(amountMinor, DEFAULTS.currency, tag);
      }
    }

    #render(footprint) {
      const { strings, tag } = this.#locale;
      const { value, label, panel } = this.#parts;
      const mass = (kg) => formatMass(kg, tag);
      const nodes = detailsContent(footprint, strings, {
        mass,
        minor: (m, c) => formatMinor(m, c, tag),
        major: (a, c) => formatMajor(a, c, tag),
      });
      const amount = formatMinor(footprint.offset.amountMinor, footprint.offset.currency, tag);
      this.#show("ready");
      value.textContent = mass(footprint.co2eKg);
      label.textContent = fill(strings.offer, { amount });
      panel.replaceChildren(...nodes);
    }

    #fail(detail) {
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

    /** Listeners that throw are reported by the browser; the element carries on. */
    #emit(type, detail) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  }
  customElements.define(TAG, CheckoutFootprintElement);
  return CheckoutFootprintElement;
}

/** The element's class; undefined where there is no DOM. */
export let CheckoutFootprintElement;

if (
  typeof HTMLElement === "function" &&
  typeof customElements === "object" &&
  customElements !== null &&
  typeof document === "object"
) {
  CheckoutFootprintElement = customElements.get(TAG) ?? defineElement();
}
