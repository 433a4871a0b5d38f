//! Geography: the supported countries, their reference points and road connectivity,
//! and great-circle distance.
//!
//! Each country has a reference point, used when a place gives no coordinates: the
//! centre of its **largest city** (by urban-area population), WGS 84 degrees rounded to
//! 0.01° (about 1 km), as listed by GeoNames (geonames.org, CC BY 4.0). Its `area_km2`
//! is the country's total area (CIA World Factbook, "Area: total"; metropolitan France
//! for FR, mainland Norway and Denmark proper); it gives the typical distance of an
//! address from the reference point, [`Country::radius_km`]. The `group` says which
//! countries are linked by road (METHODOLOGY.md, "Geography").

/// Mean Earth radius R1 = (2a + b) / 3 of GRS 80 / WGS 84, km (IUGG; H. Moritz,
/// "Geodetic Reference System 1980", Journal of Geodesy 74, 2000).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Road-connectivity group: two countries of the same group are linked by road (a
/// truck can drive between them, through tunnels, bridges or on ro-ro ferries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Mainland Europe with Great Britain (Channel Tunnel, Le Shuttle Freight) and
    /// Ireland (ro-ro ferries carry trailers across the Irish Sea), Scandinavia
    /// (Øresund bridge), the Balkans, Ukraine, Moldova and Turkey (Bulgarian border).
    Europe,
    /// The United States, Canada and Mexico (continuous road network).
    NorthAmerica,
    /// A country with no road link to any other supported country: islands
    /// (Iceland, Cyprus, Malta, Japan, Australia, New Zealand, Singapore) and
    /// countries whose land routes to the others are not used for parcels (Brazil:
    /// no road through the Darién Gap; China, India, South Korea, South Africa and
    /// the United Arab Emirates: no regular road parcel service to Europe).
    Alone,
}

/// A supported country.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// Reference point latitude, degrees.
    pub lat: f64,
    /// Reference point longitude, degrees.
    pub lon: f64,
    /// Total area, km² (CIA World Factbook).
    pub area_km2: f64,
    pub group: Group,
}

impl Country {
    /// Typical distance of an address from the reference point, km: the root mean
    /// square distance from the centre of a disc with the country's area,
    /// `sqrt(area / (2 pi))` (for a disc of radius R it is R / sqrt 2).
    pub fn radius_km(&self) -> f64 {
        (self.area_km2 / (2.0 * std::f64::consts::PI)).sqrt()
    }

    /// Whether a truck can drive from this country to `other`.
    pub fn road_linked(&self, other: &Country) -> bool {
        self.code == other.code || (self.group == other.group && self.group != Group::Alone)
    }
}

const fn c(code: &'static str, lat: f64, lon: f64, area_km2: f64, group: Group) -> Country {
    Country {
        code,
        lat,
        lon,
        area_km2,
        group,
    }
}

use Group::{Alone, Europe, NorthAmerica};

/// The supported countries, sorted by code (binary search); each line's comment names
/// the country and its reference city (kept out of the table: nothing reads them, and
/// every shopper would download them).
pub const COUNTRIES: &[Country] = &[
    c("AD", 42.51, 1.52, 468.0, Europe), // Andorra: Andorra la Vella
    c("AE", 25.20, 55.27, 83_600.0, Alone), // United Arab Emirates: Dubai
    c("AL", 41.33, 19.82, 28_748.0, Europe), // Albania: Tirana
    c("AT", 48.21, 16.37, 83_871.0, Europe), // Austria: Vienna
    c("AU", -33.87, 151.21, 7_741_220.0, Alone), // Australia: Sydney
    c("BA", 43.86, 18.41, 51_197.0, Europe), // Bosnia and Herzegovina: Sarajevo
    c("BE", 50.85, 4.35, 30_528.0, Europe), // Belgium: Brussels
    c("BG", 42.70, 23.32, 110_879.0, Europe), // Bulgaria: Sofia
    c("BR", -23.55, -46.63, 8_515_770.0, Alone), // Brazil: São Paulo
    c("CA", 43.65, -79.38, 9_984_670.0, NorthAmerica), // Canada: Toronto
    c("CH", 47.37, 8.54, 41_277.0, Europe), // Switzerland: Zurich
    c("CN", 31.23, 121.47, 9_596_960.0, Alone), // China: Shanghai
    c("CY", 35.17, 33.36, 9_251.0, Alone), // Cyprus: Nicosia
    c("CZ", 50.08, 14.44, 78_867.0, Europe), // Czechia: Prague
    c("DE", 52.52, 13.40, 357_022.0, Europe), // Germany: Berlin
    c("DK", 55.68, 12.57, 43_094.0, Europe), // Denmark: Copenhagen
    c("EE", 59.44, 24.75, 45_228.0, Europe), // Estonia: Tallinn
    c("ES", 40.42, -3.70, 505_370.0, Europe), // Spain: Madrid
    c("FI", 60.17, 24.94, 338_145.0, Europe), // Finland: Helsinki
    c("FR", 48.86, 2.35, 543_940.0, Europe), // France: Paris
    c("GB", 51.51, -0.13, 243_610.0, Europe), // United Kingdom: London
    c("GR", 37.98, 23.73, 131_957.0, Europe), // Greece: Athens
    c("HR", 45.81, 15.98, 56_594.0, Europe), // Croatia: Zagreb
    c("HU", 47.50, 19.04, 93_028.0, Europe), // Hungary: Budapest
    c("IE", 53.35, -6.26, 70_273.0, Europe), // Ireland: Dublin
    c("IN", 19.08, 72.88, 3_287_263.0, Alone), // India: Mumbai
    c("IS", 64.15, -21.94, 103_000.0, Alone), // Iceland: Reykjavik
    c("IT", 41.90, 12.50, 301_340.0, Europe), // Italy: Rome
    c("JP", 35.68, 139.69, 377_915.0, Alone), // Japan: Tokyo
    c("KR", 37.57, 126.98, 99_720.0, Alone), // South Korea: Seoul
    c("LI", 47.14, 9.52, 160.0, Europe), // Liechtenstein: Vaduz
    c("LT", 54.69, 25.28, 65_300.0, Europe), // Lithuania: Vilnius
    c("LU", 49.61, 6.13, 2_586.0, Europe), // Luxembourg: Luxembourg
    c("LV", 56.95, 24.11, 64_589.0, Europe), // Latvia: Riga
    c("MC", 43.74, 7.42, 2.0, Europe),   // Monaco: Monaco
    c("MD", 47.01, 28.86, 33_851.0, Europe), // Moldova: Chisinau
    c("ME", 42.44, 19.26, 13_812.0, Europe), // Montenegro: Podgorica
    c("MK", 42.00, 21.43, 25_713.0, Europe), // North Macedonia: Skopje
    c("MT", 35.90, 14.51, 316.0, Alone), // Malta: Valletta
    c("MX", 19.43, -99.13, 1_964_375.0, NorthAmerica), // Mexico: Mexico City
    c("NL", 52.37, 4.90, 41_543.0, Europe), // Netherlands: Amsterdam
    c("NO", 59.91, 10.75, 323_802.0, Europe), // Norway: Oslo
    c("NZ", -36.85, 174.76, 268_838.0, Alone), // New Zealand: Auckland
    c("PL", 52.23, 21.01, 312_685.0, Europe), // Poland: Warsaw
    c("PT", 38.72, -9.14, 92_090.0, Europe), // Portugal: Lisbon
    c("RO", 44.43, 26.10, 238_391.0, Europe), // Romania: Bucharest
    c("RS", 44.79, 20.45, 77_474.0, Europe), // Serbia: Belgrade
    c("SE", 59.33, 18.07, 450_295.0, Europe), // Sweden: Stockholm
    c("SG", 1.29, 103.85, 719.0, Alone), // Singapore: Singapore
    c("SI", 46.06, 14.51, 20_273.0, Europe), // Slovenia: Ljubljana
    c("SK", 48.15, 17.11, 49_035.0, Europe), // Slovakia: Bratislava
    c("SM", 43.94, 12.45, 61.0, Europe), // San Marino: San Marino
    c("TR", 41.01, 28.98, 783_562.0, Europe), // Türkiye: Istanbul
    c("UA", 50.45, 30.52, 603_550.0, Europe), // Ukraine: Kyiv
    c("US", 40.71, -74.01, 9_833_517.0, NorthAmerica), // United States: New York
    c("VA", 41.90, 12.45, 0.44, Europe), // Holy See: Vatican City
    c("ZA", -26.20, 28.05, 1_219_090.0, Alone), // South Africa: Johannesburg
];

/// The supported country with this ISO 3166-1 alpha-2 code (upper case), if any.
pub fn country(code: &str) -> Option<&'static Country> {
    // Two bytes compared as one number: the lookup runs for every place of every order.
    let key = |code: &str| match code.as_bytes() {
        [a, b] => Some(u16::from_be_bytes([*a, *b])),
        _ => None,
    };
    let wanted = key(code)?;
    COUNTRIES
        .binary_search_by_key(&wanted, |c| key(c.code).unwrap_or(0))
        .ok()
        .and_then(|i| COUNTRIES.get(i))
}

/// Great-circle distance between two points given in degrees, km (haversine formula
/// on a sphere of radius [`EARTH_RADIUS_KM`]).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    // Every argument of sin and cos is within ±π (|lat| <= 90, |lon| <= 180).
    #[cfg(target_arch = "wasm32")]
    use super::trig::{cos, sin};
    #[cfg(not(target_arch = "wasm32"))]
    let (sin, cos) = (f64::sin, f64::cos);
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let h = sin(dp / 2.0).powi(2) + cos(p1) * cos(p2) * sin(dl / 2.0).powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().clamp(0.0, 1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_lookups_work() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        for c in COUNTRIES {
            assert_eq!(country(c.code).map(|f| f.code), Some(c.code));
            assert!(c.area_km2 > 0.0 && c.lat.abs() <= 90.0 && c.lon.abs() <= 180.0);
            assert_eq!(c.code.len(), 2);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()));
        }
        assert!(country("fr").is_none());
        assert!(country("ZZ").is_none());
        assert!(country("").is_none());
    }

    #[test]
    fn covers_the_eu_eea_and_the_named_countries() {
        let required = [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO", "GB", "CH", "US", "CA", "AU", "JP",
        ];
        for code in required {
            assert!(country(code).is_some(), "{code}");
        }
    }

    #[test]
    fn paris_berlin_is_about_878_km() {
        let d = haversine_km(48.8566, 2.3522, 52.5200, 13.4050);
        assert!((d - 878.0).abs() < 2.0, "{d}");
    }

    #[test]
    fn haversine_is_symmetric_and_zero_on_a_point() {
        assert_eq!(haversine_km(10.0, 20.0, 10.0, 20.0), 0.0);
        let a = haversine_km(-33.87, 151.21, 40.71, -74.01);
        let b = haversine_km(40.71, -74.01, -33.87, 151.21);
        assert!((a - b).abs() < 1e-9);
        // Antipodes: half the circumference.
        let h = haversine_km(0.0, 0.0, 0.0, 180.0);
        assert!((h - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
    }

    #[test]
    fn road_links() {
        let (fr, gb, us, jp) = (
            country("FR").unwrap(),
            country("GB").unwrap(),
            country("US").unwrap(),
            country("JP").unwrap(),
        );
        assert!(fr.road_linked(gb));
        assert!(!fr.road_linked(us));
        assert!(jp.road_linked(jp));
        assert!(!jp.road_linked(country("KR").unwrap()));
        assert!(us.road_linked(country("MX").unwrap()));
    }

    #[test]
    fn france_radius() {
        // sqrt(543940 / 2 pi) = 294.2 km
        let r = country("FR").unwrap().radius_km();
        assert!((r - 294.23).abs() < 0.01, "{r}");
    }
}
