//! The validation table: published figures computed by others (tests/validation.json)
//! against the model's estimate of the same scenario.
//!
//! For each figure the order that reproduces its scenario is estimated, and the stages
//! it compares with are summed (with their bounds). The table of METHODOLOGY.md §19 is
//! rendered from that and must equal the one in the file, so it cannot drift from the
//! model; `UPDATE_METHODOLOGY=1 cargo test --test validation` writes it instead. A
//! figure outside 2x of the estimate or outside its range must say why (`note`).

#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::fs;

use checkout_footprint::model::footprint::{Range, ShipmentFootprint};
use checkout_footprint::model::{estimate, parse_options, parse_order, Footprint};
use serde_json::Value;

const BEGIN: &str = "<!-- validation table: begin (written by tests/validation.rs) -->";
const END: &str = "<!-- validation table: end -->";

/// A figure and the part of the estimate it compares with.
struct Row {
    figure: Value,
    central: f64,
    low: f64,
    high: f64,
}

impl Row {
    fn published(&self) -> f64 {
        self.figure["publishedKg"].as_f64().expect("publishedKg")
    }
    fn ratio(&self) -> f64 {
        self.published() / self.central
    }
    fn within(&self, factor: f64) -> bool {
        (1.0 / factor..=factor).contains(&self.ratio())
    }
    fn inside(&self) -> bool {
        self.low <= self.published() && self.published() <= self.high
    }
    fn note(&self) -> &str {
        self.figure["note"].as_str().unwrap_or("")
    }
}

/// The stage `name`'s central value and bounds in shipment `s`.
fn stage(s: &ShipmentFootprint, name: &str) -> (f64, Range) {
    let r = s.stage_ranges;
    match name {
        "first_mile" => (s.stages.first_mile_kg, r.first_mile),
        "line_haul" => (s.stages.line_haul_kg, r.line_haul),
        "hubs" => (s.stages.hubs_kg, r.hubs),
        "last_mile" => (s.stages.last_mile_kg, r.last_mile),
        "packaging" => (s.stages.packaging_kg, r.packaging),
        other => panic!("unknown stage {other}"),
    }
}

fn row(figure: &Value) -> Row {
    let order = parse_order(&figure["order"].to_string()).expect("a valid order");
    let options = match figure.get("options") {
        Some(o) => parse_options(&o.to_string()).expect("valid options"),
        None => parse_options("null").unwrap(),
    };
    let f: Footprint = estimate(&order, &options);
    let (mut central, mut low, mut high) = (0.0, 0.0, 0.0);
    for s in &f.shipments {
        for name in figure["comparable"].as_array().expect("comparable stages") {
            let (c, r) = stage(s, name.as_str().unwrap());
            central += c;
            low += r.low_kg;
            high += r.high_kg;
        }
    }
    Row {
        figure: figure.clone(),
        central,
        low,
        high,
    }
}

/// kg with three significant digits (0.402, 13.7, 432).
fn kg(v: f64) -> String {
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else if v >= 1.0 {
        2
    } else {
        3
    };
    format!("{v:.digits$}")
}

/// The order in a few words: each shipment's places, mass, service and legs.
fn describe(order: &Value) -> String {
    let place = |p: &Value| match (p.get("lat"), p.get("lon")) {
        (Some(lat), Some(lon)) => format!("{} ({lat}, {lon})", p["country"].as_str().unwrap()),
        _ => p["country"].as_str().unwrap().to_string(),
    };
    let mut out = Vec::new();
    for s in order["shipments"].as_array().unwrap() {
        let mut mass = s["packaging"]["weightKg"].as_f64().unwrap_or(0.0);
        for item in s["items"].as_array().unwrap() {
            let q = item.get("quantity").and_then(Value::as_f64).unwrap_or(1.0);
            mass += q * item["weightKg"]
                .as_f64()
                .expect("validation items give weightKg");
        }
        let mut text = format!(
            "{} to {}, {} kg, {}",
            place(&s["from"]),
            place(&s["to"]),
            kg(mass),
            s.get("service")
                .and_then(Value::as_str)
                .unwrap_or("standard")
        );
        if let Some(legs) = s.get("legs").and_then(Value::as_array) {
            let legs: Vec<String> = legs
                .iter()
                .map(|l| {
                    let mut leg = format!("{} {} km", l["mode"].as_str().unwrap(), l["distanceKm"]);
                    if let Some(i) = l["carrier"].get("intensityGPerTkm") {
                        write!(leg, " at {i} g/tkm").unwrap();
                    }
                    leg
                })
                .collect();
            write!(text, "; legs: {}", legs.join(", ")).unwrap();
        }
        out.push(text);
    }
    out.join("; ")
}

/// The table, its summary and its notes, as METHODOLOGY.md holds them.
fn render(rows: &[Row]) -> String {
    let mut t = String::new();
    let n = rows.len();
    let count = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count();
    writeln!(
        t,
        "{n} published figures: **{} within ±25%** of the comparable central estimate, \
         **{} within 2x**, **{} inside the estimate's range**.\n",
        count(&|r| r.within(1.25)),
        count(&|r| r.within(2.0)),
        count(&|r| r.inside()),
    )
    .unwrap();
    t.push_str(
        "| # | published figure | source | scope | order fed in | compared with | model, kg CO2e: central (low-high) | published / model | in range |\n",
    );
    t.push_str("|---|---|---|---|---|---|---|---:|---|\n");
    for (i, r) in rows.iter().enumerate() {
        let f = &r.figure;
        let stages: Vec<&str> = f["comparable"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        let mark = if r.note().is_empty() {
            String::new()
        } else {
            format!(" [{}]", i + 1)
        };
        writeln!(
            t,
            "| {} | {}{mark} | {} | {} | {} | {} | {} ({}-{}) | {:.2} | {} |",
            i + 1,
            f["published"].as_str().unwrap(),
            f["source"].as_str().unwrap(),
            f["scope"].as_str().unwrap(),
            describe(&f["order"]),
            stages.join(", "),
            kg(r.central),
            kg(r.low),
            kg(r.high),
            r.ratio(),
            if r.inside() { "yes" } else { "no" },
        )
        .unwrap();
    }
    let notes: Vec<String> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.note().is_empty())
        .map(|(i, r)| format!("[{}] {}", i + 1, r.note()))
        .collect();
    if !notes.is_empty() {
        t.push('\n');
        for note in notes {
            writeln!(t, "{note}\n").unwrap();
        }
    }
    t
}

fn rows() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/validation.json");
    let data: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    data["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(row)
        .collect()
}

#[test]
fn methodology_holds_the_table_the_model_gives() {
    let table = render(&rows());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/METHODOLOGY.md");
    let text = fs::read_to_string(path).unwrap();
    let (start, end) = match (text.find(BEGIN), text.find(END)) {
        (Some(s), Some(e)) if s < e => (s + BEGIN.len(), e),
        _ => panic!("METHODOLOGY.md lacks the validation table's markers"),
    };
    let written = text[start..end].trim();
    if written != table.trim() {
        if std::env::var_os("UPDATE_METHODOLOGY").is_some() {
            let updated = format!("{}\n{}\n{}", &text[..start], table.trim(), &text[end..]);
            fs::write(path, updated).unwrap();
        } else {
            panic!(
                "METHODOLOGY.md's validation table differs from the model's; run \
                 UPDATE_METHODOLOGY=1 cargo test --test validation and review the diff.\n\n{table}"
            );
        }
    }
}

#[test]
fn every_figure_far_from_the_estimate_says_why() {
    let rows = rows();
    assert!(rows.len() >= 12, "at least 12 published figures");
    for r in &rows {
        let id = r.figure["id"].as_str().unwrap();
        assert!(r.low <= r.central && r.central <= r.high, "{id}: bounds");
        if !(r.within(2.0) && r.inside()) {
            assert!(
                !r.note().is_empty(),
                "{id}: outside 2x or the range, with no note"
            );
        }
    }
    let carriers: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| r.figure["country"].as_str())
        .filter(|c| c.len() == 2 && *c != "EU")
        .collect();
    assert!(
        carriers.len() >= 4,
        "carriers' figures for at least four countries"
    );
}
