/** ISO 3166-1 alpha-2 country code, upper case ("FR"). */
export type CountryCode = string;

/** A place: a country, optionally a point in it (lat and lon together or not at all). */
export interface Place {
  country: CountryCode;
  /** Degrees, -90..90. */
  lat?: number | null;
  /** Degrees, -180..180. */
  lon?: number | null;
}

export type Service = "standard" | "express" | "pickup_point" | "locker";

export type Category =
  | "smartphone"
  | "tablet"
  | "laptop"
  | "desktop"
  | "monitor"
  | "console"
  | "smartwatch"
  | "headphones"
  | "camera"
  | "small_appliance";

/**
 * Transport modes. `rail` is traction unknown, `air` aircraft unknown (GLEC's mix of
 * bellies and freighters); the others name the traction or the aircraft.
 */
export type Mode =
  | "van"
  | "electric_van"
  | "cargo_bike"
  | "truck_rigid"
  | "truck_hgv"
  | "rail"
  | "rail_electric"
  | "rail_diesel"
  | "air"
  | "air_freighter"
  | "air_belly"
  | "sea";

/** The transport stages a carrier's per-parcel figure can cover. */
export type Stage = "first_mile" | "line_haul" | "hubs" | "last_mile";

export type Material = "cardboard" | "plastic_film";

export interface Item {
  category: Category;
  /** Whole number 1..1000; 1 when absent. */
  quantity?: number | null;
  /** Shipping weight of one unit, kg (0 < w <= 1000); the catalog's when absent. */
  weightKg?: number | null;
  /** "refurbished" when absent; only refurbished units count in avoidedCo2eKg. */
  condition?: Condition | null;
}

export type Condition = "refurbished" | "new";

export interface Packaging {
  material: Material;
  /** kg, 0 < w <= 1000. */
  weightKg: number;
}

/** An explicit line-haul leg: the real distance travelled, used as given. */
export interface Leg {
  mode: Mode;
  /** km, 0 < d <= 40075. */
  distanceKm: number;
  /** The carrier's own intensity for this leg (primary data), instead of the mode's default. */
  carrier?: LegCarrier | null;
}

/** A carrier-declared intensity of one leg, well-to-wheel. */
export interface LegCarrier {
  /** g CO2e per tonne-km, 0 < x <= 10000. */
  intensityGPerTkm: number;
  /** Where the figure comes from (report and page), 1..200 characters. */
  source: string;
}

/** A carrier-declared emission figure for one parcel, well-to-wheel (primary data). */
export interface CarrierFigure {
  /** kg CO2e per parcel, 0 < x <= 100. */
  kgPerParcel: number;
  /** The stages the figure covers (at least one); they take its value instead of the defaults. */
  covers: Stage[];
  /** Where the figure comes from (report and page), 1..200 characters. */
  source: string;
}

/** One parcel, from one seller. */
export interface Shipment {
  /** Your reference (a seller id), echoed in the result. At most 200 characters. */
  id?: string | null;
  from: Place;
  to: Place;
  /** "standard" when absent. */
  service?: Service | null;
  /** 1..1000 lines. */
  items: Item[];
  /** The category's default when absent. */
  packaging?: Packaging | null;
  /** The line haul, in order; the service's default chain when absent. 1..20 legs. */
  legs?: Leg[] | null;
  /** The carrier's own figure per parcel, replacing the defaults of the stages it covers. */
  carrier?: CarrierFigure | null;
}

/** An order: 1..100 shipments, one per seller. */
export interface Order {
  shipments: Shipment[];
}

export type FactorSetName = "glec-v3" | "defra-2025";

export interface Options {
  /** ISO 4217 code, upper case. Default "USD". */
  currency?: string;
  /** Major units of `currency` per tonne CO2e, > 0. Default 27. */
  pricePerTonne?: number;
  /** Default "glec-v3". */
  factorSet?: FactorSetName;
}

/** Low and high bounds, kg CO2e. */
export interface Range {
  lowKg: number;
  highKg: number;
}

/** A shipment's emissions by stage, kg CO2e; they add up to its co2eKg. */
export interface Stages {
  /** Collection from the seller (a shared stop of a van round). */
  firstMileKg: number;
  lineHaulKg: number;
  /** Parcel sorting hubs. */
  hubsKg: number;
  /** Delivery: a van stop at the door, or a shared stop at a pickup point or locker. */
  lastMileKg: number;
  packagingKg: number;
}

/** The transport chain of a shipment: a default one, or the legs the order gave. */
export type Chain = "road" | "road_express" | "air" | "given";

export interface LegFootprint {
  mode: Mode;
  /** Great-circle distance before adjustment, km; null for an explicit leg. */
  gcdKm: number | null;
  /** Distance used, km. */
  distanceKm: number;
  tonneKm: number;
  /** g CO2e per tonne-km, well-to-wheel: the mode's default, or the carrier's when `primary`. */
  intensityGPerTkm: number;
  co2eKg: number;
  /** Whether the figure is the carrier's own (primary data). */
  primary: boolean;
}

export interface ShipmentFootprint {
  id: string | null;
  service: Service;
  chain: Chain;
  /** Items and packaging, kg. */
  massKg: number;
  co2eKg: number;
  range: Range;
  stages: Stages;
  /** The legs of the line haul (the rounds are in `stages`). */
  legs: LegFootprint[];
  /** Parcel sorting hubs crossed. */
  hubCount: number;
  /** The part of co2eKg from the carrier's own figures (primary data), kg CO2e. */
  primaryKg: number;
  /** Where those figures come from, as the order gave them. */
  primarySources: string[];
  avoidedCo2eKg: number;
}

export interface Offset {
  /** ISO 4217 code. */
  currency: string;
  /** Minor units (cents), rounded up; at least 1 for any footprint > 0. */
  amountMinor: number;
  /** amountMinor in major units, for display with Intl.NumberFormat. */
  amount: number;
  pricePerTonne: number;
}

/** What the model assumed where the order said nothing (METHODOLOGY.md, "Assumption codes"). */
export type AssumptionCode =
  | "catalog_weight"
  | "unusual_weight"
  | "default_packaging"
  | "country_reference_point"
  | "default_chain"
  | "carrier_split";

export interface Assumption {
  code: AssumptionCode;
  /** The field the assumption stands in for, e.g. "shipments[0].items[1].weightKg". */
  path: string;
  /** The index of the shipment it is about. */
  shipment: number;
  /** Plain English; may be reworded. Branch on `code`. */
  message: string;
}

export interface Method {
  standard: string;
  factorSet: FactorSetName;
  scope: "WTW";
  modelVersion: string;
  /** The share of co2eKg from carriers' own figures (primary data), 0 to 1; the rest uses defaults. */
  primaryShare: number;
}

/** The delivery footprint of one order, kg CO2e well-to-wheel. */
export interface Footprint {
  co2eKg: number;
  range: Range;
  shipments: ShipmentFootprint[];
  offset: Offset;
  /** Refurbished against new; reported apart, never subtracted from co2eKg. */
  avoidedCo2eKg: number;
  assumptions: Assumption[];
  method: Method;
}

/** The footprint of an order under one delivery service (estimateServices). */
export interface ServiceFootprint {
  service: Service;
  /** kg CO2e, central estimate. */
  co2eKg: number;
  range: Range;
  /** The contribution's price at this footprint. */
  offset: Offset;
}

/** An order's footprint under each of several delivery services (estimateServices). */
export interface ServiceComparison {
  /** One entry per service, in the order asked (each service once). */
  services: ServiceFootprint[];
  /** The services with the lowest co2eKg: one, or every one that shares it (a tie). */
  lowest: Service[];
  method: Method;
}

/** The first invalid order of an estimateMany call. */
export interface InvalidOrder {
  index: number;
  code: string;
  path: string;
  message: string;
}

/** Totals over many orders (estimateMany). */
export interface Totals {
  /** Sum over the valid orders, kg CO2e. */
  co2eKg: number;
  /** Sum of each valid order's offset amountMinor (each rounded up). */
  amountMinor: number;
  currency: string;
  /** Valid orders counted. */
  orders: number;
  /** Shipments in the valid orders. */
  shipments: number;
  /** Orders refused as invalid. */
  invalidOrders: number;
  /** The first invalid order, or null. */
  firstInvalid: InvalidOrder | null;
}

export interface FactorSetInfo {
  name: FactorSetName;
  description: string;
  sources: string[];
}
