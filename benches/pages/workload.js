// The workload of `make bench`, shared by Node (scripts/bench.mjs) and the Chromium page
// (bench.html): the orders, generated exactly as benches/estimate.rs generates them, and
// the timing loops. Plain ES module, no Node or DOM API.

const COUNTRIES = ["FR", "DE", "IT", "ES", "NL", "BE", "PL", "GB", "US", "JP", "SE", "AT"];
const SERVICES = ["standard", "express", "pickup_point", "locker"];
const CATEGORIES = [
  "smartphone",
  "tablet",
  "laptop",
  "desktop",
  "monitor",
  "console",
  "smartwatch",
  "headphones",
  "camera",
  "small_appliance",
];

/** Orders in the batch's pool; a batch cycles through it. */
export const POOL = 1000;
/** The shipment counts of the per-call figures. */
export const SIZES = [1, 2, 10];

/** xorshift32, as in benches/estimate.rs. */
function rng(seed) {
  let x = (Math.imul(seed, 2654435761) | 1) >>> 0;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return { next, pick: (from) => from[next() % from.length] };
}

/** Order `seed` with `shipments` shipments (benches/estimate.rs `order_json`). */
export function order(seed, shipments) {
  const r = rng(seed);
  const list = [];
  for (let i = 0; i < shipments; i++) {
    const from = r.pick(COUNTRIES);
    const to = r.pick(COUNTRIES);
    const service = r.pick(SERVICES);
    let place = { country: from };
    if (r.next() % 4 === 0) {
      const lat = 40 + (r.next() % 1500) / 100;
      const lon = (r.next() % 2000) / 100;
      place = { country: from, lat, lon };
    }
    const items = [];
    for (let n = 1 + (r.next() % 3); n > 0; n--) {
      const category = r.pick(CATEGORIES);
      items.push({ category, quantity: 1 + (r.next() % 2) });
    }
    list.push({ id: `s${i}`, from: place, to: { country: to }, service, items });
  }
  return { shipments: list };
}

/** The pool of the batch: order `seed` has 1 to 3 shipments. */
export function pool() {
  const orders = [];
  for (let seed = 1; seed <= POOL; seed++) orders.push(order(seed, 1 + (seed % 3)));
  return orders;
}

/** A batch of `count` orders cycling through `orders` (the same objects, reused). */
export function batch(orders, count) {
  const list = new Array(count);
  for (let i = 0; i < count; i++) list[i] = orders[i % orders.length];
  return list;
}

/**
 * Nanoseconds per call of `fn`: calls in rounds until `ms` milliseconds have passed
 * (after a warm-up of a fifth of that), the median of the rounds' averages.
 */
export function timePerCall(fn, { ms = 1000, now = () => performance.now() } = {}) {
  const warmUntil = now() + ms / 5;
  let perRound = 1;
  while (now() < warmUntil) {
    const t0 = now();
    for (let i = 0; i < perRound; i++) fn();
    if (now() - t0 < 5) perRound *= 2;
  }
  const rounds = [];
  const until = now() + ms;
  while (now() < until || rounds.length < 5) {
    const t0 = now();
    for (let i = 0; i < perRound; i++) fn();
    rounds.push(((now() - t0) * 1e6) / perRound);
  }
  rounds.sort((a, b) => a - b);
  return { nsPerCall: rounds[rounds.length >> 1], rounds: rounds.length, callsPerRound: perRound };
}

/**
 * The browser-side figures with the package's `estimate` and `estimateMany`: ns per
 * estimate() of each size, the batch throughput and the pool's checksum.
 */
export function runWorkload({ estimate, estimateMany }, { ms = 1000, batchSize = 1_000_000 } = {}) {
  const perCall = {};
  for (const n of SIZES) {
    const o = order(n, n);
    perCall[n] = timePerCall(() => estimate(o), { ms });
  }
  const orders = pool();
  const checksum = estimateMany(orders);
  const list = batch(orders, batchSize);
  const t0 = performance.now();
  const totals = estimateMany(list);
  const seconds = (performance.now() - t0) / 1000;
  return {
    perCall,
    batch: { orders: batchSize, seconds, ordersPerSecond: batchSize / seconds, invalidOrders: totals.invalidOrders },
    checksum: { pool: POOL, co2eKg: checksum.co2eKg, orders: checksum.orders, invalidOrders: checksum.invalidOrders },
  };
}
