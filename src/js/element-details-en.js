// The words of the details panel of <checkout-footprint> in English, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Every other language has the same keys; wording rules in
// element-i18n.js.
export default {
  range: "Range: {low} to {high}.",
  shipment: "Shipment {n}",
  shipmentId: "Shipment {n} ({id})",
  colon: ": ",
  stages: { lineHaulKg: "Line haul", hubsKg: "Hubs", lastMileKg: "Last mile", packagingKg: "Packaging" },
  avoided:
    "Buying refurbished rather than new avoided about {mass} of manufacturing emissions. " +
    "This is shown apart and not subtracted from the delivery estimate.",
  contribution:
    "The contribution is priced at {price} per tonne of CO₂e and supports a climate project. " +
    "It does not remove the emissions of this delivery.",
  assumptionsTitle: "Assumptions",
  method: "Method: {standard}, {factorSet} emission factors, well-to-wheel, model {version}.",
  assumptions: {
    catalog_weight:
      "An item without a weight is counted at the typical shipping weight of its category (device in its own box).",
    unusual_weight:
      "An item's weight is far above what its category usually weighs and is counted as given; it may have been entered in grams.",
    default_packaging:
      "A shipment without packaging details is counted with one cardboard box, the usual box for its largest item.",
    country_reference_point:
      "An address without coordinates is placed at its country's reference point (its largest city); " +
      "the range covers the usual spread of addresses.",
    chain_truck_hgv:
      "A shipment without a route is counted as going by articulated truck (straight-line distance plus 5%), " +
      "through one hub, then the last mile.",
    chain_truck_rigid:
      "An express shipment under 800 km without a route is counted as going by rigid truck " +
      "(straight-line distance plus 5%), through one hub, then the last mile.",
    chain_air:
      "A shipment without a route is counted as going by air (straight-line distance plus 95 km), " +
      "through one hub, then the last mile.",
  },
};
