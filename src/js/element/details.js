// The content of the <details> disclosure of <checkout-footprint>: range, per-shipment
// breakdown, avoided emissions, contribution, assumptions, method. Built from DOM nodes
// and textContent only, so any string of the order or the model stays inert text.
// The element imports this module (and bar.js) only when the shopper is about to open
// the disclosure; it shares no module with the element, which passes it the formatters
// and `fill`, so that bundlers make it one chunk on its own.
import { stageBar, stageLegend } from "./bar.js";

/**
 * The stylesheet of the panel's content, added after styles.js's when this module
 * loads (the custom properties --_line-haul etc. are defined there). Under forced
 * colours (Windows High Contrast) the swatches keep the bar's colours, with an outline
 * in the text colour, so that every key stays visible and matches its part of the bar.
 */
export const CSS = `
.panel p, .panel ul { margin: 0; }
.shipments { display: grid; gap: 0.75rem; }
.shipment { display: grid; gap: 0.375rem; }
.shipment-heading { display: flex; justify-content: space-between; gap: 1rem; font-weight: 600; }
.shipment-name { overflow-wrap: anywhere; }
.figure { font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { display: block; width: 100%; height: 0.5rem; border-radius: 0.25rem; overflow: hidden; }
.legend {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
  gap: 0.125rem 1rem;
  padding: 0;
  list-style: none;
  color: var(--_muted);
}
.legend li { display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.375rem; }
.swatch { display: inline-block; flex: none; width: 0.625rem; height: 0.625rem; border-radius: 0.125rem; }
rect.stage-first-mile { fill: var(--_first-mile); }
rect.stage-line-haul { fill: var(--_line-haul); }
rect.stage-hubs { fill: var(--_hubs); }
rect.stage-last-mile { fill: var(--_last-mile); }
rect.stage-packaging { fill: var(--_packaging); }
.swatch.stage-first-mile { background: var(--_first-mile); }
.swatch.stage-line-haul { background: var(--_line-haul); }
.swatch.stage-hubs { background: var(--_hubs); }
.swatch.stage-last-mile { background: var(--_last-mile); }
.swatch.stage-packaging { background: var(--_packaging); }
.avoided, .contribution, .primary, .method, .assumptions { color: var(--_muted); }
.assumptions-title { font-weight: 600; color: var(--_fg); }
.assumptions ul { padding-inline-start: 1.25rem; }
@media (forced-colors: active) {
  .bar, .swatch { forced-color-adjust: none; }
  .swatch { outline: 1px solid CanvasText; }
}
`;

/** Display names of the factor sets; an unknown name is shown as it is. */
export const FACTOR_SET_NAMES = { "glec-v3": "GLEC v3", "defra-2025": "DEFRA 2025" };

/**
 * The plain-words text of an assumption in `strings`, or null (then the model's own
 * English message is shown). `default_chain` reads the chain and the hub count of the
 * shipment the assumption is about.
 * @param {any} strings the details panel's words
 * @param {import("../api/index.js").Assumption} assumption
 * @param {import("../api/index.js").Footprint} footprint
 * @param {(template: string, values: Record<string, unknown>) => string} fill
 * @returns {string | null}
 */
export function assumptionText(strings, assumption, footprint, fill) {
  const table = strings.assumptions ?? {};
  if (assumption.code !== "default_chain") return table[assumption.code] ?? null;
  const shipment = footprint.shipments[assumption.shipment];
  const text = shipment ? table[`chain_${shipment.chain}`] : undefined;
  return text ? fill(text, { hubs: shipment.hubCount }) : null;
}

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @typedef {object} Formatters
 * @property {(kg: number) => string} mass
 * @property {(amount: number, currency: string) => string} major
 * @property {(share: number) => string} percent
 * @property {(template: string, values: Record<string, unknown>) => string} fill
 */

/**
 * The nodes of the panel for `footprint`, in the words of `strings` (the details
 * panel's). `fmt` holds the locale's formatters, mass(kg), major(amount, currency) and
 * percent(share), and fill(template, values) of i18n.js.
 * @param {import("../api/index.js").Footprint} footprint
 * @param {any} strings
 * @param {Formatters} fmt
 * @returns {Node[]}
 */
export function detailsContent(footprint, strings, fmt) {
  const { fill } = fmt;
  const nodes = [];
  const { range, offset, method } = footprint;

  nodes.push(el("p", "range", fill(strings.range, { low: fmt.mass(range.lowKg), high: fmt.mass(range.highKg) })));

  const shipments = el("div", "shipments");
  footprint.shipments.forEach((s, i) => {
    const section = el("section", "shipment");
    section.setAttribute("part", "shipment");
    const heading = el("p", "shipment-heading");
    const n = i + 1;
    const name = el(
      "span",
      "shipment-name",
      s.id == null || s.id === "" ? fill(strings.shipment, { n }) : fill(strings.shipmentId, { n, id: s.id }),
    );
    const total = el("span", "figure", fmt.mass(s.co2eKg));
    heading.append(name, total);
    section.append(heading, stageBar(s.stages), stageLegend(s.stages, strings.stages, fmt.mass, strings.colon));
    shipments.append(section);
  });
  nodes.push(shipments);

  if (footprint.avoidedCo2eKg > 0) {
    nodes.push(el("p", "avoided", fill(strings.avoided, { mass: fmt.mass(footprint.avoidedCo2eKg) })));
  }

  nodes.push(
    el("p", "contribution", fill(strings.contribution, { price: fmt.major(offset.pricePerTonne, offset.currency) })),
  );

  if (method.primaryShare > 0) {
    const sources = [...new Set(footprint.shipments.flatMap((s) => s.primarySources))].join(", ");
    nodes.push(el("p", "primary", fill(strings.primary, { share: fmt.percent(method.primaryShare), sources })));
  }

  // Each text once, with the shipments it is about when the order has several and it is
  // not about all of them ("Shipment 2: A shipment without a route is counted as flown…").
  /** @type {Map<string, Set<number>>} */
  const about = new Map();
  for (const a of footprint.assumptions ?? []) {
    const text = assumptionText(strings, a, footprint, fill) ?? a.message;
    if (!text) continue;
    if (!about.has(text)) about.set(text, new Set());
    about.get(text)?.add(a.shipment);
  }
  const count = footprint.shipments.length;
  const texts = [...about].map(([text, shipments]) =>
    count > 1 && shipments.size < count
      ? [...shipments]
          .sort((a, b) => a - b)
          .map((i) => fill(strings.shipment, { n: i + 1 }))
          .join(", ") +
        strings.colon +
        text
      : text,
  );
  if (texts.length > 0) {
    const block = el("div", "assumptions");
    const title = el("p", "assumptions-title", strings.assumptionsTitle);
    const list = el("ul");
    list.setAttribute("part", "assumptions");
    for (const text of texts) list.append(el("li", "", text));
    block.append(title, list);
    nodes.push(block);
  }

  nodes.push(
    el(
      "p",
      "method",
      fill(strings.method, {
        standard: method.standard,
        factorSet: FACTOR_SET_NAMES[method.factorSet] ?? method.factorSet,
        version: method.modelVersion,
      }),
    ),
  );
  return nodes;
}
