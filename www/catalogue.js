// The demo store's data: the sample cart, the sellers who ship it, the delivery options
// and their prices, and a few cities per country. Money is in integer minor units (cents).

export const CURRENCY = "EUR";

/** Independent sellers; each ships its own parcel from its workshop. */
export const SELLERS = {
  "atelier-rhone": {
    name: "Atelier Rhône Mobile",
    city: "Lyon",
    from: { country: "FR", lat: 45.76, lon: 4.84 },
  },
  "elbe-rechner": {
    name: "Elbe Rechnerwerk",
    city: "Leipzig",
    from: { country: "DE", lat: 51.34, lon: 12.37 },
  },
};

/** The sample cart, one line per product. `category` is the package's item category. */
export const SAMPLE_CART = [
  {
    sku: "NMB-X12-128-GRA",
    name: "Nimbus X12 · 128 GB · Graphite",
    kind: "smartphone",
    category: "smartphone",
    grade: "excellent",
    image: "img/phone.svg",
    seller: "atelier-rhone",
    unitPriceMinor: 42900,
    newPriceMinor: 79900,
    quantity: 1,
  },
  {
    sku: "ARD-B14-I5-16-512",
    name: "Ardent Book 14 · Core i5 · 16 GB · 512 GB SSD",
    kind: "laptop",
    category: "laptop",
    grade: "very_good",
    image: "img/laptop.svg",
    seller: "elbe-rechner",
    unitPriceMinor: 64900,
    newPriceMinor: 129900,
    quantity: 1,
  },
];

export const MAX_QUANTITY = 5;

/** Delivery options in display order; `service` is the package's service code. */
export const DELIVERY_OPTIONS = ["standard", "express", "pickup_point", "locker"];

/** Shipping zone of each country the store delivers to. */
export const COUNTRIES = {
  FR: "eu",
  DE: "eu",
  ES: "eu",
  IT: "eu",
  NL: "eu",
  BE: "eu",
  LU: "eu",
  AT: "eu",
  PT: "eu",
  IE: "eu",
  CH: "europe",
  GB: "europe",
  US: "world",
};

/** Price of one parcel, by zone and service, in cents. */
export const SHIPPING_PER_PARCEL_MINOR = {
  eu: { standard: 490, express: 1290, pickup_point: 290, locker: 390 },
  europe: { standard: 1290, express: 2490, pickup_point: 990, locker: 1090 },
  world: { standard: 1990, express: 3990, pickup_point: 1790, locker: 1890 },
};

/** Working days to delivery, by zone and service: [min, max]. */
export const DELIVERY_DAYS = {
  eu: { standard: [3, 5], express: [1, 2], pickup_point: [3, 5], locker: [2, 4] },
  europe: { standard: [4, 7], express: [2, 3], pickup_point: [5, 8], locker: [5, 8] },
  world: { standard: [7, 12], express: [2, 4], pickup_point: [8, 14], locker: [8, 14] },
};

/**
 * Cities the address form recognises, with coordinates (degrees), so the estimate can use
 * the real destination; any other city is fine and the country alone is used.
 */
export const CITIES = {
  FR: [
    ["Paris", 48.86, 2.35],
    ["Lyon", 45.76, 4.84],
    ["Marseille", 43.3, 5.37],
    ["Toulouse", 43.6, 1.44],
    ["Bordeaux", 44.84, -0.58],
    ["Lille", 50.63, 3.06],
    ["Nantes", 47.22, -1.55],
    ["Strasbourg", 48.58, 7.75],
  ],
  DE: [
    ["Berlin", 52.52, 13.4],
    ["Hamburg", 53.55, 9.99],
    ["München", 48.14, 11.58, "Munich"],
    ["Köln", 50.94, 6.96, "Cologne"],
    ["Frankfurt am Main", 50.11, 8.68, "Frankfurt"],
    ["Leipzig", 51.34, 12.37],
    ["Stuttgart", 48.78, 9.18],
  ],
  ES: [
    ["Madrid", 40.42, -3.7],
    ["Barcelona", 41.39, 2.17],
    ["Valencia", 39.47, -0.38],
    ["Sevilla", 37.39, -5.98, "Seville"],
    ["Bilbao", 43.26, -2.93],
  ],
  IT: [
    ["Roma", 41.9, 12.5, "Rome"],
    ["Milano", 45.46, 9.19, "Milan"],
    ["Napoli", 40.85, 14.27, "Naples"],
    ["Torino", 45.07, 7.69, "Turin"],
    ["Firenze", 43.77, 11.26, "Florence"],
    ["Bologna", 44.49, 11.34],
  ],
  NL: [
    ["Amsterdam", 52.37, 4.9],
    ["Rotterdam", 51.92, 4.48],
    ["Utrecht", 52.09, 5.12],
    ["Den Haag", 52.08, 4.3, "The Hague"],
    ["Eindhoven", 51.44, 5.48],
  ],
  BE: [
    ["Bruxelles", 50.85, 4.35, "Brussels", "Brussel"],
    ["Antwerpen", 51.22, 4.4, "Antwerp"],
    ["Gent", 51.05, 3.72, "Ghent"],
    ["Liège", 50.63, 5.57],
  ],
  LU: [["Luxembourg", 49.61, 6.13]],
  AT: [
    ["Wien", 48.21, 16.37, "Vienna"],
    ["Graz", 47.07, 15.44],
    ["Salzburg", 47.81, 13.04],
  ],
  PT: [
    ["Lisboa", 38.72, -9.14, "Lisbon"],
    ["Porto", 41.15, -8.61],
  ],
  IE: [
    ["Dublin", 53.35, -6.26],
    ["Cork", 51.9, -8.47],
  ],
  CH: [
    ["Zürich", 47.37, 8.54, "Zurich"],
    ["Genève", 46.2, 6.15, "Geneva"],
    ["Bern", 46.95, 7.45],
  ],
  GB: [
    ["London", 51.51, -0.13],
    ["Manchester", 53.48, -2.24],
    ["Birmingham", 52.49, -1.89],
    ["Edinburgh", 55.95, -3.19],
    ["Glasgow", 55.86, -4.25],
  ],
  US: [
    ["New York", 40.71, -74.01],
    ["Los Angeles", 34.05, -118.24],
    ["Chicago", 41.88, -87.63],
    ["Houston", 29.76, -95.37],
    ["San Francisco", 37.77, -122.42],
    ["Seattle", 47.61, -122.33],
    ["Boston", 42.36, -71.06],
  ],
};

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/** The coordinates of a known city of `country`, or null. */
export function findCity(country, city) {
  const wanted = fold(city ?? "");
  if (!wanted) return null;
  for (const [name, lat, lon, ...aliases] of CITIES[country] ?? []) {
    if ([name, ...aliases].some((n) => fold(n) === wanted)) return { name, lat, lon };
  }
  return null;
}

/** The sample shopper, prefilled so the demo can be placed at once. */
export const SAMPLE_ADDRESS = {
  name: "Camille Martin",
  street: "12 rue des Lilas",
  postcode: "75011",
  city: "Paris",
  country: "FR",
};
