// <checkout-footprint> outside a browser: importing it in Node registers nothing and
// throws nothing; the strings of every locale are complete and make no claim that EU
// Directive 2024/825 forbids; the element's code never writes markup and never calls
// the network; numbers and money go through Intl.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { LARGE, MEDIUM, SMALL } from "./pages/element-fixtures.js";

const PKG = new URL("../../pkg/", import.meta.url);
const SRC = new URL("../../src/js/element/", import.meta.url);

test("importing the element where there is no DOM registers nothing and throws nothing", async () => {
  assert.equal(typeof globalThis.customElements, "undefined");
  assert.equal(typeof globalThis.HTMLElement, "undefined");
  const mod = await import(new URL("element.js", PKG));
  assert.equal(mod.CheckoutFootprintElement, undefined);
  const option = await import(new URL("option.js", PKG));
  assert.equal(option.CheckoutFootprintOptionElement, undefined);
  assert.equal(typeof globalThis.customElements, "undefined", "no global was created");
});

const { STRINGS, LANGUAGES, resolveLocale, assumptionText, fill } = await import("./lib/strings.mjs");
const { formatMass, formatMinor, formatPercent, currencyDigits } = await import(new URL("format.js", SRC));

/** Every string of a locale table, with its key path. */
function* walk(value, path) {
  if (typeof value === "string") yield [path, value];
  else for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`);
}

test("en, fr, de, es, it and nl have every string English has", () => {
  for (const lang of ["en", "fr", "de", "es", "it", "nl"]) assert.ok(LANGUAGES.includes(lang), lang);
  const keys = (t) => [...walk(t, "")].map(([p]) => p).sort();
  for (const lang of LANGUAGES) assert.deepEqual(keys(STRINGS[lang]), keys(STRINGS.en), lang);
  for (const lang of LANGUAGES) {
    for (const [path, text] of walk(STRINGS[lang], lang)) assert.ok(text.trim().length > 0, path);
  }
});

test("each language is one folder, named in one list: line.js and details.js, split as English's", async () => {
  const folders = readdirSync(new URL("locales/", SRC)).sort();
  assert.deepEqual(folders, [...LANGUAGES].sort(), "src/js/element/locales/ and LANGUAGES of i18n.js agree");
  const keys = (t) => [...walk(t, "")].map(([p]) => p).sort();
  const words = async (kind, lang) => (await import(new URL(`locales/${lang}/${kind}.js`, SRC))).default;
  for (const kind of ["line", "details"]) {
    const en = keys(await words(kind, "en"));
    for (const lang of LANGUAGES) assert.deepEqual(keys(await words(kind, lang)), en, `locales/${lang}/${kind}.js`);
    // The package ships each folder's words as they are.
    for (const lang of LANGUAGES) {
      const shipped = (await import(new URL(`locales/${lang}/${kind}.js`, PKG))).default;
      assert.deepEqual(shipped, await words(kind, lang), `pkg/locales/${lang}/${kind}.js`);
    }
  }
  // The line's words: what the element and the options show before the panel is opened.
  assert.deepEqual(keys(await words("line", "en")), [
    ".loading",
    ".lowest",
    ".offer",
    ".option",
    ".summary",
    ".title",
    ".unavailable",
  ]);
});

// EU Directive 2024/825: no claim of neutrality, compensation or reduction to zero, and
// no generic environmental claim, in any language.
const FORBIDDEN = [
  /neutr/i, // neutral, neutre, neutro, neutraal, klimaneutral, CO2-neutral
  /compens/i, // compensated, compensé, compensado, compensato, compensatie
  /kompens/i, // kompensiert
  /offset/i, // "offset your emissions"
  /\b(net[- ]?zero|zero|zéro|cero|null|nul)\b/i,
  /carbon[- ]free|klimafreundlich|umweltfreundlich|eco-?friendly|écologique|ecológic|ecologic|duurzaam|sostenibil|green|grün|vert\b|verde|groen/i,
  /klimapositiv|climate[- ]positive|climatiquement|cancel/i,
];

test("no locale's strings claim neutrality, compensation or the like", () => {
  for (const lang of LANGUAGES) {
    for (const [path, text] of walk(STRINGS[lang], lang)) {
      for (const pattern of FORBIDDEN) assert.doesNotMatch(text, pattern, `${path}: ${text}`);
    }
  }
  // And each states a contribution to a climate project.
  const project = {
    en: /climate project/,
    fr: /projet pour le climat/,
    de: /Klimaprojekt/,
    es: /proyecto climático/,
    it: /progetto per il clima/,
    nl: /klimaatproject/,
  };
  for (const [lang, pattern] of Object.entries(project)) assert.match(STRINGS[lang].offer, pattern, lang);
  // The lowest option is marked as having the lowest *estimated* footprint, never as
  // "green", "eco" or "better for the planet".
  const estimated = {
    en: /estimated/,
    fr: /estimée/,
    de: /geschätzte/,
    es: /estimada/,
    it: /stimata/,
    nl: /geschatte/,
  };
  for (const [lang, pattern] of Object.entries(estimated)) {
    assert.match(STRINGS[lang].lowest, pattern, lang);
    assert.doesNotMatch(
      STRINGS[lang].lowest,
      /\beco|öko|planet|planète|planeta|pianeta|duurza|better|meilleur|besser|mejor|miglior|beter/i,
      lang,
    );
  }
});

test("the element's code never writes markup or styles, and fetches nothing but its .wasm", () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith(".js"));
  assert.ok(files.length >= 9, files.join());
  for (const f of files) {
    let code = readFileSync(new URL(f, SRC), "utf8");
    // The one request of its own: the .wasm, through ../api/wasm-source.js.
    if (f === "loader.js") code = code.replace('wasmSource(new URL("./element_bg.wasm", import.meta.url))', "");
    for (const pattern of [
      /innerHTML/,
      /outerHTML/,
      /insertAdjacentHTML/,
      /document\.write/,
      /\beval\(/,
      /new Function/,
      /setAttribute\(\s*["']style/,
      /\.style\./,
      /\bfetch\(/,
      /XMLHttpRequest/,
      /sendBeacon/,
      /WebSocket/,
    ]) {
      assert.doesNotMatch(code, pattern, `${f} uses ${pattern}`);
    }
  }
});

test("the locale: the first valid tag, a language without strings falls back to English", () => {
  assert.deepEqual([resolveLocale(["fr-CH"]).tag, resolveLocale(["fr-CH"]).lang], ["fr-CH", "fr"]);
  assert.equal(resolveLocale([null, "", "de-AT", "fr"]).tag, "de-AT");
  assert.equal(resolveLocale(["###", "nl-BE"]).lang, "nl");
  assert.equal(resolveLocale(["<img src=x>", "it"]).lang, "it");
  assert.deepEqual([resolveLocale(["pt-BR", "fr"]).tag, resolveLocale(["pt-BR"]).lang], ["en", "en"]);
  assert.equal(resolveLocale([undefined, null]).lang, "en");
  assert.equal(resolveLocale(["ES"]).lang, "es");
});

test("masses: grams under 1 kg, kilograms from 1 kg (one decimal up to 10 kg), with CO₂e, by Intl", () => {
  const nbsp = "\u00a0";
  assert.equal(
    formatMass(0.3019, "en"),
    `${new Intl.NumberFormat("en", { style: "unit", unit: "gram", maximumSignificantDigits: 2 }).format(301.9)}${nbsp}CO₂e`,
  );
  assert.match(formatMass(0.3019, "en"), /^300 g\u00a0CO₂e$/);
  assert.match(formatMass(2.5337, "en"), /^2\.5 kg\u00a0CO₂e$/);
  assert.match(formatMass(2.5337, "fr"), /^2,5\s?kg\u00a0CO₂e$/);
  assert.match(formatMass(84.29, "de"), /^84\s?kg\u00a0CO₂e$/);
  assert.match(formatMass(1234.5, "en"), /^1,200 kg/);
  assert.match(formatMass(0.9996, "en"), /^1\.0 kg/, "999.6 g is shown as 1.0 kg, not 1,000 g");
  assert.match(formatMass(1.04, "en"), /^1\.0 kg\u00a0CO₂e$/, "one decimal from 1 to 10 kg, trailing zero kept");
  assert.match(formatMass(1, "de"), /^1,0\s?kg\u00a0CO₂e$/);
  assert.match(formatMass(9.94, "en"), /^9\.9 kg/);
  assert.match(formatMass(9.96, "en"), /^10 kg/, "9.96 kg is shown as 10 kg, not 10.0 kg");
  assert.match(formatMass(0.0002, "en"), /^0\.2 g/);
  assert.match(formatMass(0, "en"), /^0 g/);
});

test("shares as whole percentages, by Intl", () => {
  assert.equal(formatPercent(0.4, "en"), "40%");
  assert.equal(
    formatPercent(0.255, "fr"),
    new Intl.NumberFormat("fr", { style: "percent", maximumFractionDigits: 0 }).format(0.255),
  );
});

test("money: minor units divided by the currency's Intl fraction digits", () => {
  assert.equal(currencyDigits("EUR", "en"), 2);
  assert.equal(currencyDigits("JPY", "en"), 0);
  assert.equal(currencyDigits("KWD", "en"), 3);
  const intl = (locale, currency, major) =>
    new Intl.NumberFormat(locale, { style: "currency", currency }).format(major);
  assert.equal(formatMinor(228, "EUR", "fr"), intl("fr", "EUR", 2.28));
  assert.equal(formatMinor(338, "JPY", "en"), intl("en", "JPY", 338));
  assert.equal(formatMinor(675, "KWD", "en"), intl("en", "KWD", 0.675));
  assert.equal(formatMinor(1, "USD", "en"), "$0.01");
});

test("every assumption the model makes has plain words in every locale", async () => {
  const { estimate } = await import(new URL("node.js", PKG));
  const orders = [SMALL, MEDIUM, LARGE];
  // A country pair not linked by road: the line haul goes by air without express.
  orders.push({ shipments: [{ from: { country: "FR" }, to: { country: "US" }, items: [{ category: "camera" }] }] });
  // A phone's weight given in grams.
  orders.push({
    shipments: [{ from: { country: "FR" }, to: { country: "FR" }, items: [{ category: "smartphone", weightKg: 171 }] }],
  });
  // Express under 800 km, and across a border (three hubs).
  orders.push({
    shipments: [
      { from: { country: "FR" }, to: { country: "BE" }, service: "express", items: [{ category: "laptop" }] },
    ],
  });
  orders.push({ shipments: [{ from: { country: "FR" }, to: { country: "DE" }, items: [{ category: "laptop" }] }] });
  // A carrier's figure that covers several stages.
  orders.push({
    shipments: [
      {
        from: { country: "FR" },
        to: { country: "FR" },
        items: [{ category: "tablet" }],
        carrier: { kgPerParcel: 0.4, covers: ["line_haul", "hubs"], source: "Example Post, 2025 report" },
      },
    ],
  });
  const seen = new Set();
  const chains = new Set();
  for (const order of orders) {
    const footprint = estimate(order);
    for (const a of footprint.assumptions) {
      seen.add(a.code);
      if (a.code === "default_chain") chains.add(footprint.shipments[a.shipment].chain);
      for (const lang of LANGUAGES) {
        const text = assumptionText(STRINGS[lang], a, footprint, fill);
        assert.ok(text, `${lang}: ${a.code} at ${a.path}`);
        assert.doesNotMatch(text, /\{\w+\}/, `${lang}: ${a.code}: every placeholder is filled`);
        if (a.code === "default_chain")
          assert.ok(text.includes(String(footprint.shipments[a.shipment].hubCount)), text);
      }
    }
  }
  assert.deepEqual([...seen].sort(), [
    "carrier_split",
    "catalog_weight",
    "country_reference_point",
    "default_chain",
    "default_packaging",
    "unusual_weight",
  ]);
  assert.deepEqual([...chains].sort(), ["air", "road", "road_express"]);
  // An unknown code has no text: the element shows the model's message.
  assert.equal(
    assumptionText(STRINGS.fr, { code: "something_new", path: "", message: "m", shipment: 0 }, { shipments: [] }, fill),
    null,
  );
});

test("fill puts values in as text", () => {
  assert.equal(fill("Add {amount} now", { amount: "<b>€1</b>" }), "Add <b>€1</b> now");
  assert.equal(fill("{missing}", {}), "{missing}");
});
