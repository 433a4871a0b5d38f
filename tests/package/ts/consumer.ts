// A TypeScript consumer that uses every field of the package's types; checked with
// `tsc --noEmit --strict` against the installed package.
import {
  estimate,
  estimateMany,
  factorSets,
  FootprintError,
  version,
  type FactorSetInfo,
  type Footprint,
  type FootprintErrorCode,
  type LegFootprint,
  type Options,
  type Order,
  type Totals,
} from "checkout-footprint";
import type { CheckoutFootprintElement, OffsetChangeDetail, FootprintErrorDetail } from "checkout-footprint/element";

const order: Order = {
  shipments: [
    {
      id: "seller-17",
      from: { country: "FR", lat: 45.76, lon: 4.84 },
      to: { country: "DE" },
      service: "standard",
      items: [{ category: "smartphone", quantity: 1, weightKg: 0.4, condition: "refurbished" }],
      packaging: { material: "cardboard", weightKg: 0.15 },
      legs: [{ mode: "truck_hgv", distanceKm: 850 }],
    },
    {
      from: { country: "DE" },
      to: { country: "DE", lat: null, lon: null },
      service: "pickup_point",
      items: [{ category: "laptop" }],
    },
  ],
};
const options: Options = { currency: "EUR", pricePerTonne: 27, factorSet: "glec-v3" };

const f: Footprint = estimate(order, options);
const g: Footprint = estimate(order);
const total: number = f.co2eKg + g.co2eKg + f.range.lowKg + f.range.highKg + f.avoidedCo2eKg;
for (const s of f.shipments) {
  const id: string | null = s.id;
  const stages: number = s.stages.lineHaulKg + s.stages.hubsKg + s.stages.lastMileKg + s.stages.packagingKg;
  const sum: number = s.co2eKg + s.massKg + s.avoidedCo2eKg + s.range.lowKg + s.range.highKg + stages;
  const legs: LegFootprint[] = s.legs;
  for (const l of legs) {
    const gcd: number | null = l.gcdKm;
    console.log(l.mode, gcd, l.distanceKm, l.tonneKm, l.intensityGPerTkm, l.co2eKg, id, sum, s.service);
  }
}
const minor: number = f.offset.amountMinor;
console.log(f.offset.currency, f.offset.amount, f.offset.pricePerTonne, minor, total);
for (const a of f.assumptions) console.log(a.code, a.path, a.message);
console.log(f.method.standard, f.method.factorSet, f.method.scope, f.method.modelVersion);

const t: Totals = estimateMany([order, order], options);
console.log(t.co2eKg, t.amountMinor, t.currency, t.orders, t.shipments, t.invalidOrders);
if (t.firstInvalid) console.log(t.firstInvalid.index, t.firstInvalid.code, t.firstInvalid.path, t.firstInvalid.message);

const sets: FactorSetInfo[] = factorSets();
console.log(
  sets.map((s) => [s.name, s.description, s.sources.join()]),
  version().length,
);

try {
  estimate(order);
} catch (e) {
  if (e instanceof FootprintError) {
    const code: FootprintErrorCode = e.code;
    const path: string = e.path;
    console.log(code, path, e.message);
  }
}

declare const el: CheckoutFootprintElement;
el.order = order;
el.order = null;
el.offsetSelected = true;
const current: Footprint | null = el.footprint;
el.addEventListener("offsetchange", (e) => {
  const d: OffsetChangeDetail = e.detail;
  console.log(d.selected, d.amountMinor, d.currency, current);
});
el.addEventListener("footprinterror", (e) => {
  const d: FootprintErrorDetail = e.detail;
  console.log(d.code, d.message, d.path);
});
el.addEventListener("footprintchange", (e) => {
  const d: Footprint = e.detail;
  console.log(d.co2eKg);
});
