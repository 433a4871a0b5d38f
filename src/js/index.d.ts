// Types of the checkout-footprint package: the functions and data types come from the
// wasm module's declarations (generated from src/wasm), the error class from error.d.ts.
export {
  estimate,
  estimateMany,
  factorSets,
  version,
} from "./checkout_footprint.js";
export type {
  Assumption,
  AssumptionCode,
  Category,
  Condition,
  CountryCode,
  FactorSetInfo,
  FactorSetName,
  Footprint,
  InvalidOrder,
  Item,
  Leg,
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
  Shipment,
  ShipmentFootprint,
  Stages,
  Totals,
} from "./checkout_footprint.js";
export { FootprintError, type FootprintErrorCode } from "./error.js";
