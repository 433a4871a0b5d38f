// The words of the details panel of <checkout-footprint> in English, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Range: {low} to {high}.",
  shipment: "Shipment {n}",
  shipmentId: "Shipment {n} ({id})",
  colon: ": ",
  stages: {
    firstMileKg: "Collection",
    lineHaulKg: "Main transport",
    hubsKg: "Parcel hubs",
    lastMileKg: "Delivery",
    packagingKg: "Packaging",
  },
  avoided:
    "Buying refurbished rather than new avoided about {mass} of manufacturing emissions. " +
    "This is shown apart and not subtracted from the delivery estimate.",
  contribution:
    "The contribution is priced at {price} per tonne of CO₂e and supports a climate project. " +
    "It does not remove the emissions of this delivery.",
  primary: "{share} of this estimate uses the carriers' own figures ({sources}).",
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
    chain_road:
      "A shipment without a route is counted as collected on a van round, carried by articulated truck (straight-line distance times the usual road detour), sorted through {hubs} parcel hubs and delivered on a van round.",
    chain_road_express:
      "An express shipment under 800 km without a route is counted as collected on a van round, carried by rigid truck (straight-line distance times the usual road detour), sorted through {hubs} parcel hubs and delivered on a van round.",
    chain_air:
      "A shipment without a route is counted as flown (straight-line distance plus 95 km, by freighter over 1,500 km) with a road leg at each end, sorted through {hubs} parcel hubs, collected and delivered on van rounds.",
    carrier_split:
      "A carrier's figure that covers several stages is split across them in the proportions of the default estimate.",
  },
};
