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
// The details panel's code (./element-details.js) and words are imported when the
// shopper points at, focuses or opens "How this is estimated"; once they are there, each
// estimate builds the panel at once, with the line.
//
// Where there is no DOM (a server rendering the page, Node) importing this module
// registers nothing and throws nothing.
import { formatMajor, formatMass, formatMinor } from "./element-format.js";
import {
  fill,
  loadDetailsStrings,
  loadStrings,
  loadWords,
  loadedDetailsStrings,
  loadedStrings,
  resolveLocale,
} from "./element-i18n.js";
import { addStyles, adoptStyles } from "./element-styles.js";

const TAG = "checkout-footprint";
const DEFAULTS = { currency: "USD", pricePerTonne: 27, factorSet: "glec-v3" };

let loading = null;
/** The details panel's module once it has loaded, and its import while pending. */
let details = null;
let detailsLoading = null;

/** The package, imported once for every element; a rejected promise when it cannot load. */
function loadPackage() {
  loading ??= import("./index.js");
  return loading;
}

/** The details panel's module, imported once; a failed import is tried again next time. */
function loadDetails() {
  detailsLoading ??= import("./element-details.js").then(
    (module) => (details = module),
    (error) => {
      detailsLoading = null;
      throw error;
    },
  );
  return detailsLoading;
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
    /** { tag, lang, strings }: the locale shown; strings is null until words have loaded. */
    #locale = { tag: "en", lang: "en", strings: null };
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
      const disclosure = node("details", "", "details");
      const summary = node("summary", "", "summary");
      const panel = node("div", "panel", "panel");
      disclosure.append(summary, panel);
      card.append(line, offer, disclosure);
      root.append(card);
      this.#parts = { card, title, value, checkbox, label, disclosure, summary, panel };
      checkbox.addEventListener("change", () => {
        this.offsetSelected = checkbox.checked;
      });
      // The panel's code and words are fetched as soon as the shopper shows the intent
      // to open it.
      const prefetch = () => {
        loadDetails().catch(() => {});
        if (this.#locale.strings) loadDetailsStrings(this.#locale.lang);
      };
      summary.addEventListener("pointerenter", prefetch);
      summary.addEventListener("focus", prefetch);
      disclosure.addEventListener("toggle", () => {
        if (disclosure.open) this.#fillPanel().catch(() => {});
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
      // Start fetching the package and the words now, side by side; the estimate reports
      // a failure.
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
      this.#parts.card.lang = this.#locale.tag;
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
      const { card, title, value, label, disclosure, summary, panel } = this.#parts;
      const { strings, tag } = this.#locale;
      if (!strings) {
        // No words could load: nothing to say, so nothing shown.
        card.dataset.state = "empty";
        for (const n of [title, value, label, summary]) n.textContent = "";
        panel.replaceChildren();
        disclosure.open = false;
        return;
      }
      card.dataset.state = state;
      title.textContent = state === "empty" ? "" : strings.title;
      summary.textContent = strings.summary;
      if (state === "loading" || state === "empty") {
        value.textContent = state === "loading" ? strings.loading : "";
        // Invisible, but as long as the real label so that the height is the same.
        label.textContent = fill(strings.offer, { amount: this.#money(0, this.currency, tag) });
      } else if (state === "error") {
        value.textContent = strings.unavailable;
        panel.replaceChildren();
        disclosure.open = false;
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
      const nodes = this.#panelContent(footprint);
      const amount = formatMinor(footprint.offset.amountMinor, footprint.offset.currency, tag);
      this.#show("ready");
      value.textContent = formatMass(footprint.co2eKg, tag);
      label.textContent = fill(strings.offer, { amount });
      panel.replaceChildren(...nodes);
      if (nodes.length === 0 && this.#parts.disclosure.open) this.#fillPanel().catch(() => {});
    }

    /**
     * The nodes of the details panel for `footprint`, its stylesheet added first; none
     * until its code and words have loaded.
     */
    #panelContent(footprint) {
      const { lang, tag } = this.#locale;
      const strings = loadedDetailsStrings(lang);
      if (!details || !strings) return [];
      addStyles(this.shadowRoot, details.CSS);
      return details.detailsContent(footprint, strings, {
        mass: (kg) => formatMass(kg, tag),
        minor: (m, c) => formatMinor(m, c, tag),
        major: (a, c) => formatMajor(a, c, tag),
        fill,
      });
    }

    /**
     * The panel of the footprint shown, once its code and words have loaded: on opening,
     * or on a new estimate while open. If they cannot load the panel stays empty, and
     * the next opening tries again.
     */
    async #fillPanel() {
      const [, strings] = await Promise.all([loadDetails(), loadDetailsStrings(this.#locale.lang)]);
      const footprint = this.#footprint;
      const { panel } = this.#parts;
      if (!strings || !footprint || panel.hasChildNodes()) return;
      let nodes;
      try {
        nodes = this.#panelContent(footprint);
      } catch (error) {
        this.#fail(errorDetail(error, "render_failed"));
        return;
      }
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
