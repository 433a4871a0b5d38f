//! Native figures for `make bench` (scripts/bench.mjs runs this with criterion and reads
//! target/criterion/*/new/estimates.json):
//!
//! - `estimate/1`, `estimate/2`, `estimate/10`: one order of 1, 2 and 10 shipments,
//!   from its untyped `Value` (what the wasm boundary builds from the JS object) through
//!   `read_order` and `estimate`: the model's work of one `estimate()` call, without the
//!   JavaScript conversions.
//! - `estimate_many/100000`: generated orders through `Totals::add_order` (what
//!   `estimateMany` does per order) on one core, 100,000 per sample: criterion's 10
//!   samples make the 1,000,000 orders of the throughput figure.
//!
//! The orders come from the generator that benches/pages/workload.js implements
//! too, so that the wasm figures measure the same work; the checksum written to
//! target/bench/native-checksum.json (sum of co2eKg over the pool) lets the bench check
//! that both sides saw the same orders.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use checkout_footprint::model::{self, Options, Totals, Value};
    use criterion::{BatchSize, Criterion, SamplingMode, Throughput};

    /// Orders in the batch's pool; the batch cycles through it.
    pub const POOL: u32 = 1000;
    /// Orders in one sample of the batch benchmark (10 samples: 1,000,000 orders).
    pub const BATCH: usize = 100_000;

    const COUNTRIES: [&str; 12] = [
        "FR", "DE", "IT", "ES", "NL", "BE", "PL", "GB", "US", "JP", "SE", "AT",
    ];
    const SERVICES: [&str; 4] = ["standard", "express", "pickup_point", "locker"];
    const CATEGORIES: [&str; 10] = [
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

    /// xorshift32, as in workload.js.
    struct Rng(u32);

    impl Rng {
        fn next(&mut self) -> u32 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            self.0 = x;
            x
        }
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.next() as usize % from.len()]
        }
    }

    /// The JSON of order `seed` with `shipments` shipments (workload.js `order`).
    pub fn order_json(seed: u32, shipments: u32) -> String {
        let mut rng = Rng(seed.wrapping_mul(2_654_435_761) | 1);
        let mut out = Vec::new();
        for i in 0..shipments {
            let from = rng.pick(&COUNTRIES);
            let to = rng.pick(&COUNTRIES);
            let service = rng.pick(&SERVICES);
            let mut place = format!(r#"{{"country":"{from}"}}"#);
            if rng.next() % 4 == 0 {
                let lat = 40.0 + f64::from(rng.next() % 1500) / 100.0;
                let lon = f64::from(rng.next() % 2000) / 100.0;
                place = format!(r#"{{"country":"{from}","lat":{lat},"lon":{lon}}}"#);
            }
            let items: Vec<String> = (0..1 + rng.next() % 3)
                .map(|_| {
                    let category = rng.pick(&CATEGORIES);
                    let quantity = 1 + rng.next() % 2;
                    format!(r#"{{"category":"{category}","quantity":{quantity}}}"#)
                })
                .collect();
            out.push(format!(
                r#"{{"id":"s{i}","from":{place},"to":{{"country":"{to}"}},"service":"{service}","items":[{}]}}"#,
                items.join(",")
            ));
        }
        format!(r#"{{"shipments":[{}]}}"#, out.join(","))
    }

    fn value(json: &str) -> Value<'static> {
        Value::from_json(json, "order")
            .expect("generated orders are valid JSON")
            .into_owned()
    }

    /// Order `seed` of the pool: 1 to 3 shipments.
    fn pool() -> Vec<Value<'static>> {
        (1..=POOL)
            .map(|seed| value(&order_json(seed, 1 + seed % 3)))
            .collect()
    }

    /// The sum of co2eKg over the pool, for the cross-check with the wasm side.
    fn write_checksum(pool: &[Value]) {
        let options = Options::default();
        let mut totals = Totals::new(&options);
        for (i, order) in pool.iter().enumerate() {
            totals.add_order(i, order, &options);
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
        std::fs::create_dir_all(&dir).expect("target/bench");
        let json = format!(
            r#"{{"pool":{POOL},"co2eKg":{},"orders":{},"invalidOrders":{}}}"#,
            totals.co2e_kg, totals.orders, totals.invalid_orders
        );
        std::fs::write(dir.join("native-checksum.json"), json).expect("native-checksum.json");
    }

    pub fn main() {
        let pool = pool();
        write_checksum(&pool);
        let options = Options::default();
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2))
            .configure_from_args();

        let mut group = c.benchmark_group("estimate");
        for shipments in [1, 2, 10] {
            let order = value(&order_json(shipments, shipments));
            group.bench_function(shipments.to_string(), |b| {
                b.iter(|| {
                    let order = model::read_order(black_box(&order)).expect("valid order");
                    model::estimate(&order, black_box(&options))
                })
            });
        }
        group.finish();
        let order = value(&order_json(2, 2));
        c.bench_function("read_only/2", |b| {
            b.iter(|| model::read_order(black_box(&order)).expect("valid"))
        });
        let read = model::read_order(&order).unwrap();
        c.bench_function("estimate_only/2", |b| {
            b.iter(|| model::estimate(black_box(&read), black_box(&options)))
        });

        let mut group = c.benchmark_group("estimate_many");
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
        group.warm_up_time(Duration::from_millis(100));
        group.measurement_time(Duration::from_secs(1));
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_function(BATCH.to_string(), |b| {
            b.iter_batched(
                || Totals::new(&options),
                |mut totals| {
                    for i in 0..BATCH {
                        totals.add_order(i, black_box(&pool[i % pool.len()]), &options);
                    }
                    totals
                },
                BatchSize::PerIteration,
            )
        });
        group.finish();
        c.final_summary();
    }
}
