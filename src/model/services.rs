//! One order under several delivery services: what a checkout shows beside each
//! option (standard, express, pickup point, locker) so that the shopper can choose the
//! lighter one.
//!
//! Every shipment of the order is estimated under each service in turn, with the same
//! model, options and order; the services with the lowest `co2eKg` are named, all of
//! them when several share it (a pickup point and a locker usually do: the model treats
//! both as a shared stop of the delivery round).

use serde::Serialize;

use super::codes::Code;
use super::error::FootprintError;
use super::estimate::estimate_as;
use super::footprint::{Footprint, Method, Range};
use super::offset::Offset;
use super::options::Options;
use super::order::{Order, Service};
use super::path::Path;
use super::read::check_len;
use super::reader;
use super::value::Value;

/// Longest list of services accepted (each counts once; a longer list is a mistake).
pub const MAX_SERVICES_LISTED: usize = 64;

/// The footprint of an order under one service.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceFootprint {
    pub service: Service,
    /// kg CO2e, central estimate.
    pub co2e_kg: f64,
    pub range: Range,
    /// The contribution's price at this footprint.
    pub offset: Offset,
}

/// An order's footprint under each of several services.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceComparison {
    /// One entry per service, in the order asked.
    pub services: Vec<ServiceFootprint>,
    /// The services with the lowest `co2eKg`: one, or all those that share it.
    pub lowest: Vec<Service>,
    pub method: Method,
}

/// Reads the services to compare: `null` for all four; else an array of service codes,
/// each kept once, in the order first given.
pub fn read_services(value: &Value) -> Result<Vec<Service>, FootprintError> {
    if *value == Value::Null {
        return Ok(Service::ALL.to_vec());
    }
    let path = Path::root("services");
    let list = reader::array(value, path)?;
    check_len(path, list.len(), MAX_SERVICES_LISTED)?;
    let mut services = Vec::with_capacity(Service::ALL.len());
    for (i, code) in list.iter().enumerate() {
        let service: Service = reader::code(code, path.index(i))?;
        if !services.contains(&service) {
            services.push(service);
        }
    }
    Ok(services)
}

/// The footprint of `order` under each of `services` (every shipment sent with it).
pub fn estimate_services(
    order: &Order,
    options: &Options,
    services: &[Service],
) -> ServiceComparison {
    let mut method = None;
    let entries: Vec<ServiceFootprint> = services
        .iter()
        .map(|&service| {
            let Footprint {
                co2e_kg,
                range,
                offset,
                method: m,
                ..
            } = estimate_as(order, options, Some(service));
            method = Some(m);
            ServiceFootprint {
                service,
                co2e_kg,
                range,
                offset,
            }
        })
        .collect();
    let least = entries
        .iter()
        .map(|e| e.co2e_kg)
        .fold(f64::INFINITY, f64::min);
    ServiceComparison {
        lowest: entries
            .iter()
            .filter(|e| e.co2e_kg == least)
            .map(|e| e.service)
            .collect(),
        services: entries,
        method: method.unwrap_or_else(|| estimate_as(order, options, None).method),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{estimate, parse_order};

    const ORDER: &str = r#"{"shipments":[
        {"from":{"country":"FR"},"to":{"country":"DE"},"service":"express","items":[{"category":"laptop"}]},
        {"from":{"country":"IT"},"to":{"country":"DE"},"items":[{"category":"smartphone"}]}]}"#;

    fn services(json: &str) -> Result<Vec<Service>, FootprintError> {
        read_services(&Value::from_json(json, "services").unwrap())
    }

    #[test]
    fn each_service_is_the_order_sent_that_way() {
        let order = parse_order(ORDER).unwrap();
        let options = Options::default();
        let c = estimate_services(&order, &options, Service::ALL);
        assert_eq!(c.services.len(), 4);
        for entry in &c.services {
            let json = ORDER
                .replace(r#","service":"express""#, "")
                .replace(r#""items":[{"category":"laptop"}]"#, &format!(r#""service":"{}","items":[{{"category":"laptop"}}]"#, entry.service.code()))
                .replace(r#""to":{"country":"DE"},"items":[{"category":"smartphone"}]"#, &format!(r#""to":{{"country":"DE"}},"service":"{}","items":[{{"category":"smartphone"}}]"#, entry.service.code()));
            let alone = estimate(&parse_order(&json).unwrap(), &options);
            assert_eq!(entry.co2e_kg, alone.co2e_kg, "{:?}", entry.service);
            assert_eq!(entry.range, alone.range);
            assert_eq!(entry.offset, alone.offset);
        }
        // A pickup point and a locker are the same shared stop: a tie, both named.
        assert_eq!(c.lowest, [Service::PickupPoint, Service::Locker]);
        let express = c
            .services
            .iter()
            .find(|e| e.service == Service::Express)
            .unwrap();
        assert!(c.services.iter().all(|e| e.co2e_kg <= express.co2e_kg));
    }

    #[test]
    fn services_are_read_once_each_in_order() {
        assert_eq!(services("null").unwrap(), Service::ALL);
        assert_eq!(
            services(r#"["locker","standard","locker"]"#).unwrap(),
            [Service::Locker, Service::Standard]
        );
        let e = services("[]").unwrap_err();
        assert_eq!((e.code(), e.path()), ("empty", "services"));
        let e = services(r#"["standard","drone"]"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown_code", "services[1]"));
        let e = services(r#""standard""#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("wrong_type", "services"));
    }

    #[test]
    fn one_service_is_the_lowest_of_itself() {
        let order = parse_order(ORDER).unwrap();
        let c = estimate_services(&order, &Options::default(), &[Service::Express]);
        assert_eq!(c.lowest, [Service::Express]);
    }
}
