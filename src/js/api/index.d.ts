// Types of the checkout-footprint package: the functions and data types come from the
// wasm module's declarations (generated from src/wasm), the error class from error.d.ts.
import type { FactorSetInfo } from "./checkout_footprint.js";

export { estimate, estimateMany, estimateServices } from "./checkout_footprint.js";

/** The package version, e.g. "0.2.0" (the model's own is `footprint.method.modelVersion`). */
export function version(): string;

/** The factor sets this version knows: name, description, sources. */
export function factorSets(): FactorSetInfo[];
export type {
  Assumption,
  AssumptionCode,
  CarrierFigure,
  Category,
  Chain,
  Condition,
  CountryCode,
  FactorSetInfo,
  FactorSetName,
  Footprint,
  InvalidOrder,
  Item,
  Leg,
  LegCarrier,
  LegFootprint,
  Material,
  Method,
  Mode,
  Offset,
  Options,
  Order,
  Packaging,
  Place,
  Range,
  Service,
  ServiceComparison,
  ServiceFootprint,
  Shipment,
  ShipmentFootprint,
  Stage,
  Stages,
  Totals,
} from "./checkout_footprint.js";
export { FootprintError, type FootprintErrorCode } from "./error.js";
