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

use super::bounds::Bounds;

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

/// A supported country. Its figures are kept as whole numbers (hundredths of a degree,
/// hundredths of a km²), exactly as the sources round them: the table ships in every
/// download, and floating-point numbers of it would weigh three times as much there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    lat_centi: i16,
    lon_centi: i16,
    area_centi_km2: u32,
    pub group: Group,
}

impl Country {
    /// Reference point latitude, degrees.
    pub fn lat(&self) -> f64 {
        f64::from(self.lat_centi) / 100.0
    }

    /// Reference point longitude, degrees.
    pub fn lon(&self) -> f64 {
        f64::from(self.lon_centi) / 100.0
    }

    /// Total area, km² (CIA World Factbook).
    pub fn area_km2(&self) -> f64 {
        f64::from(self.area_centi_km2) / 100.0
    }

    /// Typical distance of an address from the reference point, km: the root mean
    /// square distance from the centre of a disc with the country's area,
    /// `sqrt(area / (2 pi))` (for a disc of radius R it is R / sqrt 2).
    pub fn radius_km(&self) -> f64 {
        (self.area_km2() / (2.0 * std::f64::consts::PI)).sqrt()
    }

    /// Whether a truck can drive from this country to `other`.
    pub fn road_linked(&self, other: &Country) -> bool {
        self.code == other.code || (self.group == other.group && self.group != Group::Alone)
    }

    /// Road distance over great-circle distance (circuity) in this country's region:
    /// low, central and high (METHODOLOGY.md §8.2).
    pub fn circuity(&self) -> Bounds {
        match self.group {
            // Large motorway networks: 1.3 +/- 0.1 (Wang, Bette, Schreckenberg & Guhr,
            // npj Complexity 1, 22, 2024); the EU above South Korea's 1.26 (Kim, Shin,
            // Lee & Suh, J. Korean Soc. Agric. Eng. 57(4), 2015).
            Group::Europe => CIRCUITY_LARGE_NETWORKS,
            // The United States: 1.21 in Ballou's logistics textbook, 1.2 for random
            // points (Newell 1980), below South Korea's 1.26 (Kim et al. 2015); +/- 0.1.
            Group::NorthAmerica => Bounds {
                low: 1.11,
                central: 1.21,
                high: 1.31,
            },
            // Elsewhere (a road leg within an island or a country alone): large networks.
            Group::Alone => CIRCUITY_LARGE_NETWORKS,
        }
    }
}

/// Road over great-circle distance on large motorway networks, 1.3 +/- 0.1 (Wang et al.,
/// npj Complexity, 2024).
const CIRCUITY_LARGE_NETWORKS: Bounds = Bounds {
    low: 1.2,
    central: 1.3,
    high: 1.4,
};

/// A row of the table: code, latitude and longitude in hundredths of a degree, area in
/// hundredths of a km², group.
const fn c(
    code: &'static str,
    lat_centi: i16,
    lon_centi: i16,
    area_centi_km2: u32,
    group: Group,
) -> Country {
    Country {
        code,
        lat_centi,
        lon_centi,
        area_centi_km2,
        group,
    }
}

use Group::{Alone, Europe, NorthAmerica};

/// The supported countries, sorted by code (binary search); each line's comment names
/// the country and its reference city (kept out of the table: nothing reads them, and
/// every shopper would download them).
pub const COUNTRIES: &[Country] = &[
    c("AD", 4251, 152, 46_800, Europe),    // Andorra: Andorra la Vella
    c("AE", 2520, 5527, 8_360_000, Alone), // United Arab Emirates: Dubai
    c("AL", 4133, 1982, 2_874_800, Europe), // Albania: Tirana
    c("AT", 4821, 1637, 8_387_100, Europe), // Austria: Vienna
    c("AU", -3387, 15121, 774_122_000, Alone), // Australia: Sydney
    c("BA", 4386, 1841, 5_119_700, Europe), // Bosnia and Herzegovina: Sarajevo
    c("BE", 5085, 435, 3_052_800, Europe), // Belgium: Brussels
    c("BG", 4270, 2332, 11_087_900, Europe), // Bulgaria: Sofia
    c("BR", -2355, -4663, 851_577_000, Alone), // Brazil: São Paulo
    c("CA", 4365, -7938, 998_467_000, NorthAmerica), // Canada: Toronto
    c("CH", 4737, 854, 4_127_700, Europe), // Switzerland: Zurich
    c("CN", 3123, 12147, 959_696_000, Alone), // China: Shanghai
    c("CY", 3517, 3336, 925_100, Alone),   // Cyprus: Nicosia
    c("CZ", 5008, 1444, 7_886_700, Europe), // Czechia: Prague
    c("DE", 5252, 1340, 35_702_200, Europe), // Germany: Berlin
    c("DK", 5568, 1257, 4_309_400, Europe), // Denmark: Copenhagen
    c("EE", 5944, 2475, 4_522_800, Europe), // Estonia: Tallinn
    c("ES", 4042, -370, 50_537_000, Europe), // Spain: Madrid
    c("FI", 6017, 2494, 33_814_500, Europe), // Finland: Helsinki
    c("FR", 4886, 235, 54_394_000, Europe), // France: Paris
    c("GB", 5151, -13, 24_361_000, Europe), // United Kingdom: London
    c("GR", 3798, 2373, 13_195_700, Europe), // Greece: Athens
    c("HR", 4581, 1598, 5_659_400, Europe), // Croatia: Zagreb
    c("HU", 4750, 1904, 9_302_800, Europe), // Hungary: Budapest
    c("IE", 5335, -626, 7_027_300, Europe), // Ireland: Dublin
    c("IN", 1908, 7288, 328_726_300, Alone), // India: Mumbai
    c("IS", 6415, -2194, 10_300_000, Alone), // Iceland: Reykjavik
    c("IT", 4190, 1250, 30_134_000, Europe), // Italy: Rome
    c("JP", 3568, 13969, 37_791_500, Alone), // Japan: Tokyo
    c("KR", 3757, 12698, 9_972_000, Alone), // South Korea: Seoul
    c("LI", 4714, 952, 16_000, Europe),    // Liechtenstein: Vaduz
    c("LT", 5469, 2528, 6_530_000, Europe), // Lithuania: Vilnius
    c("LU", 4961, 613, 258_600, Europe),   // Luxembourg: Luxembourg
    c("LV", 5695, 2411, 6_458_900, Europe), // Latvia: Riga
    c("MC", 4374, 742, 200, Europe),       // Monaco: Monaco
    c("MD", 4701, 2886, 3_385_100, Europe), // Moldova: Chisinau
    c("ME", 4244, 1926, 1_381_200, Europe), // Montenegro: Podgorica
    c("MK", 4200, 2143, 2_571_300, Europe), // North Macedonia: Skopje
    c("MT", 3590, 1451, 31_600, Alone),    // Malta: Valletta
    c("MX", 1943, -9913, 196_437_500, NorthAmerica), // Mexico: Mexico City
    c("NL", 5237, 490, 4_154_300, Europe), // Netherlands: Amsterdam
    c("NO", 5991, 1075, 32_380_200, Europe), // Norway: Oslo
    c("NZ", -3685, 17476, 26_883_800, Alone), // New Zealand: Auckland
    c("PL", 5223, 2101, 31_268_500, Europe), // Poland: Warsaw
    c("PT", 3872, -914, 9_209_000, Europe), // Portugal: Lisbon
    c("RO", 4443, 2610, 23_839_100, Europe), // Romania: Bucharest
    c("RS", 4479, 2045, 7_747_400, Europe), // Serbia: Belgrade
    c("SE", 5933, 1807, 45_029_500, Europe), // Sweden: Stockholm
    c("SG", 129, 10385, 71_900, Alone),    // Singapore: Singapore
    c("SI", 4606, 1451, 2_027_300, Europe), // Slovenia: Ljubljana
    c("SK", 4815, 1711, 4_903_500, Europe), // Slovakia: Bratislava
    c("SM", 4394, 1245, 6_100, Europe),    // San Marino: San Marino
    c("TR", 4101, 2898, 78_356_200, Europe), // Türkiye: Istanbul
    c("UA", 5045, 3052, 60_355_000, Europe), // Ukraine: Kyiv
    c("US", 4071, -7401, 983_351_700, NorthAmerica), // United States: New York
    c("VA", 4190, 1245, 44, Europe),       // Holy See: Vatican City
    c("ZA", -2620, 2805, 121_909_000, Alone), // South Africa: Johannesburg
];

/// The supported country with this ISO 3166-1 alpha-2 code (upper case), if any.
pub fn country(code: &str) -> Option<&'static Country> {
    // A direct look-up by the two letters: it runs for every place of every order.
    match code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            let i = BY_LETTERS[usize::from(a - b'A') * 26 + usize::from(b - b'A')];
            COUNTRIES.get(usize::from(i))
        }
        _ => None,
    }
}

/// The index in [`COUNTRIES`] of every two-letter code, `u8::MAX` for none.
const BY_LETTERS: [u8; 26 * 26] = {
    let mut table = [u8::MAX; 26 * 26];
    let mut i = 0;
    while i < COUNTRIES.len() {
        let code = COUNTRIES[i].code.as_bytes();
        table[(code[0] - b'A') as usize * 26 + (code[1] - b'A') as usize] = i as u8;
        i += 1;
    }
    table
};

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
            assert!(c.area_km2() > 0.0 && c.lat().abs() <= 90.0 && c.lon().abs() <= 180.0);
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
