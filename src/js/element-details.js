// The content of the <details> disclosure of <checkout-footprint>: range, per-shipment
// breakdown, avoided emissions, contribution, assumptions, method. Built from DOM nodes
// and textContent only, so any string of the order or the model stays inert text.
// The element imports this module (and element-bar.js) only when the shopper is about
// to open the disclosure; it shares no module with the element, which passes it the
// formatters and `fill`, so that bundlers make it one chunk on its own.
import { stageBar, stageLegend } from "./element-bar.js";

/**
 * The stylesheet of the panel's content, added after element-styles.js's when this
 * module loads (the custom properties --_line-haul etc. are defined there).
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
  grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
  gap: 0.125rem 1rem;
  padding: 0;
  list-style: none;
  color: var(--_muted);
}
.legend li { display: inline-flex; align-items: center; gap: 0.375rem; }
.swatch { display: inline-block; width: 0.625rem; height: 0.625rem; border-radius: 0.125rem; }
rect.stage-line-haul { fill: var(--_line-haul); }
rect.stage-hubs { fill: var(--_hubs); }
rect.stage-last-mile { fill: var(--_last-mile); }
rect.stage-packaging { fill: var(--_packaging); }
.swatch.stage-line-haul { background: var(--_line-haul); }
.swatch.stage-hubs { background: var(--_hubs); }
.swatch.stage-last-mile { background: var(--_last-mile); }
.swatch.stage-packaging { background: var(--_packaging); }
.avoided, .contribution, .method, .assumptions { color: var(--_muted); }
.assumptions-title { font-weight: 600; color: var(--_fg); }
.assumptions ul { padding-inline-start: 1.25rem; }
@media (forced-colors: active) {
  rect { fill: CanvasText; }
  .swatch { background: CanvasText; }
}
`;

/** Display names of the factor sets; an unknown name is shown as it is. */
export const FACTOR_SET_NAMES = { "glec-v3": "GLEC v3", "defra-2025": "DEFRA 2025" };

/**
 * The plain-words text of an assumption in `strings`, or null (then the model's own
 * English message is shown). `default_chain` depends on the mode the model chose,
 * read from the shipment's first leg.
 */
export function assumptionText(strings, assumption, footprint) {
  const table = strings.assumptions ?? {};
  if (assumption.code !== "default_chain") return table[assumption.code] ?? null;
  const index = /^shipments\[(\d+)\]/.exec(assumption.path ?? "")?.[1];
  const mode = footprint.shipments?.[Number(index)]?.legs?.[0]?.mode;
  const key = mode === "truck_hgv" || mode === "truck_rigid" || mode === "air" ? `chain_${mode}` : null;
  return (key && table[key]) ?? null;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The nodes of the panel for `footprint`, in the words of `strings` (the details
 * panel's). `fmt` holds the locale's formatters, mass(kg), minor(amountMinor, currency)
 * and major(amount, currency), and fill(template, values) of element-i18n.js.
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

  nodes.push(el("p", "contribution", fill(strings.contribution, { price: fmt.major(offset.pricePerTonne, offset.currency) })));

  const texts = [];
  for (const a of footprint.assumptions ?? []) {
    const text = assumptionText(strings, a, footprint) ?? a.message;
    if (text && !texts.includes(text)) texts.push(text);
  }
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
