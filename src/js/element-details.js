// The content of the <details> disclosure of <checkout-footprint>: range, per-shipment
// breakdown, avoided emissions, contribution, assumptions, method. Built from DOM nodes
// and textContent only, so any string of the order or the model stays inert text.
import { stageBar, stageLegend } from "./element-bar.js";
import { FACTOR_SET_NAMES, assumptionText, fill } from "./element-i18n.js";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The nodes of the panel for `footprint`, in the words of `strings`. `fmt` holds the
 * locale's formatters: mass(kg), minor(amountMinor, currency), major(amount, currency).
 */
export function detailsContent(footprint, strings, fmt) {
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
    section.append(heading, stageBar(s.stages), stageLegend(s.stages, strings.stages, fmt.mass));
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
