// The per-shipment breakdown of <checkout-footprint>: a small inline SVG stacked bar of
// the five stages, hidden from assistive technology, and next to it the same figures as
// text (a list), which is what screen readers read. DOM nodes only, never markup.

const SVG = "http://www.w3.org/2000/svg";

/**
 * The stages in the order they are drawn, as named in the footprint's `stages`.
 * @type {(keyof import("../api/index.js").Stages)[]}
 */
export const STAGES = ["firstMileKg", "lineHaulKg", "hubsKg", "lastMileKg", "packagingKg"];

/**
 * CSS class of each stage (its colour comes from the stylesheet).
 * @type {Record<string, string>}
 */
const CLASS = {
  firstMileKg: "stage-first-mile",
  lineHaulKg: "stage-line-haul",
  hubsKg: "stage-hubs",
  lastMileKg: "stage-last-mile",
  packagingKg: "stage-packaging",
};

/**
 * The bar: one rect per stage, widths in percent of the shipment's total.
 * @param {import("../api/index.js").Stages} stages
 */
export function stageBar(stages) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 100 8");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("part", "bar");
  svg.setAttribute("class", "bar");
  const values = STAGES.map((k) => (Number.isFinite(stages?.[k]) && stages[k] > 0 ? stages[k] : 0));
  const total = values.reduce((a, b) => a + b, 0);
  let x = 0;
  STAGES.forEach((key, i) => {
    if (total <= 0 || values[i] <= 0) return;
    const width = (values[i] / total) * 100;
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("x", String(x));
    rect.setAttribute("y", "0");
    rect.setAttribute("width", String(width));
    rect.setAttribute("height", "8");
    rect.setAttribute("class", CLASS[key]);
    rect.setAttribute("data-stage", key);
    svg.append(rect);
    x += width;
  });
  return svg;
}

/**
 * The same figures as text: a list of "swatch, stage name, mass".
 * @param {import("../api/index.js").Stages} stages
 * @param {Record<string, string>} names the stages' names
 * @param {(kg: number) => string} formatMass
 * @param {string} [colon]
 */
export function stageLegend(stages, names, formatMass, colon = ": ") {
  const list = document.createElement("ul");
  list.className = "legend";
  list.setAttribute("part", "legend");
  for (const key of STAGES) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `swatch ${CLASS[key]}`;
    swatch.setAttribute("aria-hidden", "true");
    const name = document.createElement("span");
    name.textContent = `${names[key]}${colon}`;
    const value = document.createElement("span");
    value.className = "figure";
    value.textContent = formatMass(stages?.[key] ?? 0);
    item.append(swatch, name, value);
    list.append(item);
  }
  return list;
}
