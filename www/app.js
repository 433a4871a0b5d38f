// The demo checkout: cart, delivery address, delivery option and order summary, with the
// <checkout-footprint> element under the delivery options. The checkout works on its own;
// the element is loaded as an enhancement, so if it (or its .wasm) cannot load, the shopper
// can still place the order.
import {
  CITIES,
  COUNTRIES,
  CURRENCY,
  DELIVERY_DAYS,
  DELIVERY_OPTIONS,
  MAX_QUANTITY,
  SAMPLE_ADDRESS,
  SAMPLE_CART,
  SELLERS,
  SHIPPING_PER_PARCEL_MINOR,
  findCity,
} from "./catalogue.js";
import { LANGUAGES, MESSAGES, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const form = $("checkout-form");
const footprintEl = $("footprint");
const countrySelect = $("country");
const cityInput = $("city");

const state = {
  lang: initialLanguage(),
  cart: structuredClone(SAMPLE_CART),
  service: "standard",
  /** The contribution in cents while the shopper has ticked it, else null. */
  contributionMinor: null,
  /** The placed order, once "Place order" is pressed. */
  placed: null,
};

// ---------------------------------------------------------------- formatting

const minorDigits = new Intl.NumberFormat("en", { style: "currency", currency: CURRENCY }).resolvedOptions()
  .maximumFractionDigits;

/** Formats integer minor units of the store currency for the page's language. */
function money(minor) {
  return new Intl.NumberFormat(state.lang, { style: "currency", currency: CURRENCY }).format(minor / 10 ** minorDigits);
}

function countryName(code) {
  return new Intl.DisplayNames([state.lang], { type: "region" }).of(code) ?? code;
}

/** Writes an amount into an element, with its exact value in cents for scripts and tests. */
function setAmount(element, minor) {
  element.textContent = money(minor);
  element.dataset.minor = String(minor);
}

function initialLanguage() {
  const supported = new Set(Object.keys(MESSAGES));
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked && supported.has(asked)) return asked;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split("-")[0];
    if (supported.has(base)) return base;
  }
  return "en";
}

// ---------------------------------------------------------------- derived state

const zone = () => COUNTRIES[countrySelect.value] ?? "world";

/** One parcel per seller, in cart order. */
function parcels() {
  const bySeller = new Map();
  for (const line of state.cart) {
    if (!bySeller.has(line.seller)) bySeller.set(line.seller, []);
    bySeller.get(line.seller).push(line);
  }
  return [...bySeller].map(([seller, lines]) => ({ seller, lines }));
}

function totals() {
  const subtotalMinor = state.cart.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const parcelCount = parcels().length;
  const shippingMinor = parcelCount * SHIPPING_PER_PARCEL_MINOR[zone()][state.service];
  const contributionMinor = parcelCount > 0 ? (state.contributionMinor ?? 0) : 0;
  return {
    subtotalMinor,
    shippingMinor,
    contributionMinor,
    totalMinor: subtotalMinor + shippingMinor + contributionMinor,
    parcelCount,
    itemCount: state.cart.reduce((sum, l) => sum + l.quantity, 0),
  };
}

/** The order handed to <checkout-footprint>: one shipment per seller, named after it. */
function buildOrder() {
  const country = countrySelect.value;
  const city = findCity(country, cityInput.value);
  const to = city ? { country, lat: city.lat, lon: city.lon } : { country };
  const shipments = parcels().map(({ seller, lines }) => ({
    id: SELLERS[seller].name,
    from: { ...SELLERS[seller].from },
    to: { ...to },
    service: state.service,
    items: lines.map((l) => ({ category: l.category, quantity: l.quantity })),
  }));
  return shipments.length ? { shipments } : null;
}

// ---------------------------------------------------------------- the footprint element

let elementReady = false;
let lastOrderJson;

/** Hands the current order to the element, once it is defined; only when it changed. */
function updateFootprint() {
  if (!elementReady) return;
  const order = buildOrder();
  const json = JSON.stringify(order);
  if (json === lastOrderJson) return;
  lastOrderJson = json;
  footprintEl.order = order;
  if (!order) setContribution(null);
}

function setContribution(minor) {
  state.contributionMinor = minor;
  renderSummary();
}

footprintEl.addEventListener("offsetchange", (event) => {
  const { selected, amountMinor, currency } = event.detail;
  setContribution(selected && currency === CURRENCY ? amountMinor : null);
});

// A new estimate (the order changed) changes the contribution while it is ticked.
footprintEl.addEventListener("footprintchange", (event) => {
  const offset = event.detail?.offset;
  if (state.contributionMinor !== null && offset?.currency === CURRENCY) setContribution(offset.amountMinor);
});

// No estimate, no contribution; the checkout carries on without it.
footprintEl.addEventListener("footprinterror", () => setContribution(null));

function loadFootprintElement() {
  Promise.all([import("checkout-footprint/element"), import("checkout-footprint/option")])
    .then(() => customElements.whenDefined("checkout-footprint"))
    .then(() => {
      elementReady = true;
      updateFootprint();
    })
    .catch((error) => {
      // The widget is an enhancement: the order can be placed without it.
      document.body.dataset.footprint = "unavailable";
      console.warn("checkout-footprint could not load; the checkout continues without it.", error);
    });
}

// ---------------------------------------------------------------- rendering

function node(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "text") element.textContent = value;
    else if (name === "class") element.className = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

function renderLanguage() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = t(lang, "title");
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(lang, element.dataset.i18n);
  }
  for (const element of document.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(lang, element.dataset.i18nLabel));
  }
  footprintEl.setAttribute("locale", lang);

  const languageSelect = $("language");
  if (!languageSelect.options.length) {
    for (const [code, name] of LANGUAGES)
      languageSelect.append(node("option", { value: code, lang: code, text: name }));
  }
  languageSelect.value = lang;

  const selected = countrySelect.value || SAMPLE_ADDRESS.country;
  const names = Object.keys(COUNTRIES)
    .map((code) => [code, countryName(code)])
    .sort((a, b) => a[1].localeCompare(b[1], lang));
  countrySelect.replaceChildren(...names.map(([code, name]) => node("option", { value: code, text: name })));
  countrySelect.value = selected;
}

function renderCities() {
  const cities = CITIES[countrySelect.value] ?? [];
  $("city-list").replaceChildren(...cities.map(([name]) => node("option", { value: name })));
}

function renderCart() {
  const lang = state.lang;
  const list = $("cart-lines");
  const groups = parcels();
  list.replaceChildren();
  for (const [index, { seller, lines }] of groups.entries()) {
    const info = SELLERS[seller];
    for (const line of lines) {
      const quantityId = `qty-${line.sku}`;
      const quantity = node("select", { id: quantityId, name: quantityId, "data-sku": line.sku });
      for (let q = 1; q <= MAX_QUANTITY; q++) quantity.append(node("option", { value: String(q), text: String(q) }));
      quantity.value = String(line.quantity);
      quantity.addEventListener("change", () => {
        line.quantity = Number(quantity.value);
        renderAll();
      });

      const remove = node("button", {
        type: "button",
        class: "link-button",
        "data-remove": line.sku,
        "aria-label": t(lang, "removeLabel", { product: line.name }),
        text: t(lang, "remove"),
      });
      remove.addEventListener("click", () => removeLine(line.sku));

      const price = node("p", { class: "line__price" });
      setAmount(price, line.unitPriceMinor * line.quantity);
      const newPrice = node("p", {
        class: "line__was",
        text: t(lang, "newPrice", { price: money(line.newPriceMinor * line.quantity) }),
      });

      list.append(
        node(
          "li",
          { class: "line", "data-sku": line.sku, "data-parcel": String(index + 1) },
          node("img", { class: "line__image", src: line.image, alt: "", width: "88", height: "88" }),
          node(
            "div",
            { class: "line__body" },
            node("h3", { class: "line__name", text: line.name }),
            node("p", { class: "line__grade", text: t(lang, `grade_${line.grade}`) }),
            node(
              "p",
              { class: "line__seller" },
              node("span", { text: t(lang, "soldBy", { seller: info.name }) }),
              node("span", { class: "line__sep", "aria-hidden": "true", text: " · " }),
              node("span", {
                text: t(lang, "shipsFrom", { city: info.city, country: countryName(info.from.country) }),
              }),
            ),
            node(
              "div",
              { class: "line__controls" },
              node("label", { for: quantityId, text: t(lang, "quantity") }),
              quantity,
              remove,
            ),
          ),
          node("div", { class: "line__prices" }, price, newPrice),
        ),
      );
    }
  }
  const count = groups.length;
  $("parcel-count").textContent = count ? t(lang, "parcels", { n: count }) : "";
  $("cart-empty").hidden = count > 0;
  list.hidden = count === 0;
}

function renderDelivery() {
  const lang = state.lang;
  const container = $("delivery-options");
  const z = zone();
  container.replaceChildren(
    ...DELIVERY_OPTIONS.map((service) => {
      const id = `delivery-${service}`;
      // The option's estimated footprint, from <checkout-footprint id="footprint">: shown in
      // the card, read by screen readers as the radio's description, and once only: the
      // radio's name comes from the option's own words (aria-labelledby), not the label's
      // whole content.
      const figureId = `footprint-${service}`;
      const figure = node("checkout-footprint-option", {
        class: "option__footprint",
        id: figureId,
        service,
        for: "footprint",
      });
      const input = node("input", {
        type: "radio",
        name: "delivery",
        id,
        value: service,
        "aria-labelledby": `${id}-name ${id}-desc ${id}-price`,
        "aria-describedby": figureId,
      });
      input.checked = service === state.service;
      input.addEventListener("change", () => {
        if (!input.checked) return;
        state.service = service;
        renderSummary();
        updateFootprint();
      });
      const [min, max] = DELIVERY_DAYS[z][service];
      const price = node("span", {
        id: `${id}-price`,
        class: "option__price",
        text: t(lang, "perParcel", { price: money(SHIPPING_PER_PARCEL_MINOR[z][service]) }),
      });
      price.dataset.minor = String(SHIPPING_PER_PARCEL_MINOR[z][service]);
      return node(
        "div",
        { class: "option" },
        input,
        node(
          "label",
          { for: id },
          node("img", { class: "option__icon", src: `img/${service}.svg`, alt: "", width: "28", height: "28" }),
          node(
            "span",
            { class: "option__text" },
            node("span", { id: `${id}-name`, class: "option__name", text: t(lang, `service_${service}`) }),
            node("span", {
              id: `${id}-desc`,
              class: "option__desc",
              text: `${t(lang, `desc_${service}`)} · ${t(lang, "days", { min, max })}`,
            }),
            figure,
          ),
          price,
        ),
      );
    }),
  );
}

function renderSummary() {
  const lang = state.lang;
  const sum = totals();
  $("item-count").textContent = t(lang, "items", { n: sum.itemCount });
  $("shipping-note").textContent = sum.parcelCount
    ? `${t(lang, `service_${state.service}`)} · ${t(lang, "parcelsShort", { n: sum.parcelCount })}`
    : "";
  setAmount($("summary-subtotal"), sum.subtotalMinor);
  setAmount($("summary-shipping"), sum.shippingMinor);
  setAmount($("summary-contribution"), sum.contributionMinor);
  $("summary-contribution-row").hidden = sum.contributionMinor === 0;
  setAmount($("summary-total"), sum.totalMinor);
  $("place-order").disabled = sum.parcelCount === 0;
}

function renderAll() {
  renderCart();
  renderDelivery();
  renderSummary();
  updateFootprint();
}

// ---------------------------------------------------------------- actions

function announce(message) {
  $("announcer").textContent = message;
}

function removeLine(sku) {
  const index = state.cart.findIndex((l) => l.sku === sku);
  if (index < 0) return;
  const [line] = state.cart.splice(index, 1);
  renderAll();
  announce(t(state.lang, "removed", { product: line.name }));
  // Keep the keyboard where it was: the next line's remove button, else the cart heading.
  const next = document.querySelector("[data-remove]") ?? $("restore-cart");
  next.focus();
}

function fillSampleAddress() {
  $("full-name").value = SAMPLE_ADDRESS.name;
  $("street").value = SAMPLE_ADDRESS.street;
  $("postcode").value = SAMPLE_ADDRESS.postcode;
  cityInput.value = SAMPLE_ADDRESS.city;
  countrySelect.value = SAMPLE_ADDRESS.country;
}

function orderNumber() {
  const digits = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;
  return `TW-${String(digits).padStart(6, "0")}`;
}

function placeOrder(event) {
  event.preventDefault();
  const sum = totals();
  if (sum.parcelCount === 0) return;
  state.placed = {
    number: orderNumber(),
    ...sum,
    service: state.service,
    city: cityInput.value.trim(),
    country: countrySelect.value,
  };
  renderConfirmation();
  form.hidden = true;
  document.querySelector(".steps").hidden = true;
  $("confirmation").hidden = false;
  document.body.dataset.orderPlaced = "true";
  $("confirmation-title").focus();
  window.scrollTo({ top: 0 });
}

/** The confirmation of the placed order, in the page's language. */
function renderConfirmation() {
  const placed = state.placed;
  if (!placed) return;
  const lang = state.lang;
  $("confirmation-number").textContent = placed.number;
  setAmount($("confirmation-total"), placed.totalMinor);
  const contribution = $("confirmation-contribution");
  contribution.hidden = placed.contributionMinor === 0;
  contribution.textContent = placed.contributionMinor
    ? t(lang, "confirmContribution", { amount: money(placed.contributionMinor) })
    : "";
  contribution.dataset.minor = String(placed.contributionMinor);
  $("confirmation-delivery").textContent = t(
    lang,
    placed.parcelCount === 1 ? "confirmDeliveryOne" : "confirmDelivery",
    {
      service: t(lang, `service_${placed.service}`),
      city: placed.city ? `${placed.city}, ` : "",
      country: countryName(placed.country),
      n: placed.parcelCount,
    },
  );
}

function newOrder() {
  state.placed = null;
  state.cart = structuredClone(SAMPLE_CART);
  state.service = "standard";
  state.contributionMinor = null;
  if (elementReady) footprintEl.offsetSelected = false;
  fillSampleAddress();
  renderCities();
  $("confirmation").hidden = true;
  form.hidden = false;
  document.querySelector(".steps").hidden = false;
  delete document.body.dataset.orderPlaced;
  renderAll();
  $("checkout").focus();
}

// ---------------------------------------------------------------- wiring

$("language").addEventListener("change", (event) => {
  state.lang = event.target.value;
  const url = new URL(location.href);
  url.searchParams.set("lang", state.lang);
  history.replaceState(null, "", url);
  renderLanguage();
  renderCart();
  renderDelivery();
  renderSummary();
  renderConfirmation();
});

countrySelect.addEventListener("change", () => {
  renderCities();
  renderDelivery();
  renderSummary();
  updateFootprint();
});

cityInput.addEventListener("input", updateFootprint);

$("restore-cart").addEventListener("click", () => {
  state.cart = structuredClone(SAMPLE_CART);
  renderAll();
  document.querySelector("[data-remove]")?.focus();
});

$("new-order").addEventListener("click", newOrder);
form.addEventListener("submit", placeOrder);

fillSampleAddress();
renderLanguage();
renderCities();
renderAll();
document.body.dataset.ready = "true";
loadFootprintElement();
