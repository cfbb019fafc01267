//! Place names and boundaries bundled with Clearfield, and a search of places by name.
//!
//! - Places: GeoNames populated places (feature class P) in the GeoNames "geoname" table
//!   format (tab-separated, 19 columns), © GeoNames, CC BY 4.0. The bundled extract is
//!   `assets/gazetteer/places.tsv.gz`, made by `tools/make_gazetteer.py` from GeoNames'
//!   `cities500` for the programme countries; a full GeoNames country dump (`LB.txt`) in the
//!   same format is read by [`Gazetteer::parse`] unchanged.
//! - First-order division names (`admin1.tsv`: GeoNames code, name, ISO 3166-2).
//! - Boundaries: Natural Earth 1:10m admin-0 outlines and admin-1 boundary lines (public
//!   domain), GeoJSON lines ([`Boundaries::bundled`]).
//!
//! No drawing here: the app draws what this module reads.

use std::collections::HashMap;
use std::io::Read;

use unicode_normalization::UnicodeNormalization;

/// The bundled places (GeoNames rows, gzip).
const PLACES_GZ: &[u8] = include_bytes!("../../assets/gazetteer/places.tsv.gz");
/// The bundled names of first-order divisions.
const ADMIN1_TSV: &str = include_str!("../../assets/gazetteer/admin1.tsv");
/// The bundled Natural Earth 1:10m country outlines (lines, gzip).
const ADMIN0_GZ: &[u8] = include_bytes!("../../assets/gazetteer/admin0.geojson.gz");
/// The bundled Natural Earth 1:10m admin-1 boundary lines (gzip).
const ADMIN1_GZ: &[u8] = include_bytes!("../../assets/gazetteer/admin1.geojson.gz");

/// The credit GeoNames' licence asks for, to show wherever the place names are shown (the
/// app shows it in its language: `map-credit` in the catalogues, this text in English).
pub const CREDIT: &str = "Place names © GeoNames (CC BY 4.0); boundaries: Natural Earth";

/// Why bundled or given gazetteer data cannot be read: the file, the line, and why.
#[derive(Debug, thiserror::Error)]
#[error("{file} line {line}: {why}")]
pub struct GazetteerError {
    /// Which file (`places.tsv`, `admin1.tsv`, `admin0.geojson`...).
    pub file: &'static str,
    /// The line, from 1 (0: the whole file).
    pub line: usize,
    /// What is wrong, in words.
    pub why: String,
}

/// What a populated place is, for how far out its name is shown and how it ranks in a search.
/// Ordered from the most to the least important.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A national capital (GeoNames PPLC).
    Capital,
    /// A first-order division's seat (PPLA, PPLG) or a place of 100,000 people or more.
    City,
    /// A second- or third-order seat (PPLA2, PPLA3) or a place of 10,000 people or more.
    Town,
    /// Any other populated place, including sections of a city (PPLX) and places
    /// abandoned or destroyed (PPLQ, PPLW).
    Village,
}

impl PlaceKind {
    /// The word for it: "capital", "city", "town", "village".
    pub fn word(self) -> &'static str {
        match self {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::Village => "village",
        }
    }
}

/// One populated place, as GeoNames has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// GeoNames id.
    pub geoname_id: u64,
    /// The main name (UTF-8, as GeoNames writes it: "Nabatîyé et Tahta").
    pub name: String,
    /// The name in plain ASCII ("Nabatiye et Tahta").
    pub ascii_name: String,
    /// Other names, in any script and language (Arabic, Georgian, Russian, English...).
    pub alternate_names: Vec<String>,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// GeoNames feature code (PPL, PPLA, PPLC...).
    pub feature_code: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// GeoNames first-order division code within the country ("07").
    pub admin1: String,
    /// Population, 0 where GeoNames has none.
    pub population: u64,
}

impl Place {
    /// What the place is, from its feature code and population.
    pub fn kind(&self) -> PlaceKind {
        match self.feature_code.as_str() {
            "PPLC" => PlaceKind::Capital,
            "PPLX" | "PPLQ" | "PPLW" | "PPLH" | "PPLCH" => PlaceKind::Village,
            "PPLA" | "PPLG" => PlaceKind::City,
            _ if self.population >= 100_000 => PlaceKind::City,
            "PPLA2" | "PPLA3" => PlaceKind::Town,
            _ if self.population >= 10_000 => PlaceKind::Town,
            _ => PlaceKind::Village,
        }
    }
}

/// A place a search found: the place, and the name of it that matched.
#[derive(Clone, Debug)]
pub struct Found<'a> {
    /// The place.
    pub place: &'a Place,
    /// The name that matched the query (the main name, the ASCII one or an alternate).
    pub matched: &'a str,
    /// How it matched: 0 the whole name, 1 its start, 2 the start of a word in it, 3 inside.
    pub rank: u8,
}

/// Populated places and the names of their divisions, searchable by name.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Each place's names folded ([`fold`]), in the order name, ASCII name, alternates.
    keys: Vec<Vec<String>>,
    /// "LB.07" → "Nabatîyé".
    admin1_names: HashMap<String, String>,
}

impl Gazetteer {
    /// The places bundled with Clearfield.
    pub fn bundled() -> Result<Gazetteer, GazetteerError> {
        let text = gunzip(PLACES_GZ, "places.tsv")?;
        Gazetteer::parse(&text, ADMIN1_TSV)
    }

    /// Reads places from GeoNames "geoname" rows (tab-separated, 19 columns, no header; rows
    /// of a feature class other than P are left out) and division names from `admin1`
    /// (a header, then GeoNames code, name, ISO 3166-2 code).
    pub fn parse(geonames: &str, admin1: &str) -> Result<Gazetteer, GazetteerError> {
        let mut places = Vec::new();
        for (i, line) in geonames.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            if let Some(p) = place(line).map_err(|why| GazetteerError {
                file: "places.tsv",
                line: i + 1,
                why,
            })? {
                places.push(p);
            }
        }
        let mut admin1_names = HashMap::new();
        for (i, line) in admin1.lines().enumerate().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 2 {
                return Err(GazetteerError {
                    file: "admin1.tsv",
                    line: i + 1,
                    why: format!("{} column(s), not code and name", f.len()),
                });
            }
            admin1_names.insert(f[0].to_owned(), f[1].to_owned());
        }
        let keys = places
            .iter()
            .map(|p| {
                std::iter::once(&p.name)
                    .chain(std::iter::once(&p.ascii_name))
                    .chain(&p.alternate_names)
                    .map(|n| fold(n))
                    .collect()
            })
            .collect();
        Ok(Gazetteer {
            places,
            keys,
            admin1_names,
        })
    }

    /// All the places, in the order read.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The name of a place's first-order division ("Nabatîyé"), when known.
    pub fn admin1_name(&self, place: &Place) -> Option<&str> {
        self.admin1_names
            .get(&format!("{}.{}", place.country, place.admin1))
            .map(String::as_str)
    }

    /// Where a place is, in words: "village, Shida Kartli, GE".
    pub fn describe(&self, place: &Place) -> String {
        match self.admin1_name(place) {
            Some(a) => format!("{}, {a}, {}", place.kind().word(), place.country),
            None => format!("{}, {}", place.kind().word(), place.country),
        }
    }

    /// The places with a name (in any script) that matches `query`, ignoring case and
    /// diacritics: whole names first, then names starting so, then names with a word starting
    /// so, then names holding it; within each, capitals, cities, towns, then villages, the
    /// most populous first. At most `limit`.
    ///
    /// ```
    /// let g = clearfield::io::gazetteer::Gazetteer::bundled().unwrap();
    /// let found = g.search("nabatiye", 5);
    /// // GeoNames 278913, Nabatîyé et Tahta: 33.37889 N, 35.48389 E.
    /// assert_eq!(found[0].place.geoname_id, 278913);
    /// assert_eq!((found[0].place.lon, found[0].place.lat), (35.48389, 33.37889));
    /// ```
    pub fn search(&self, query: &str, limit: usize) -> Vec<Found<'_>> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<Found<'_>> = Vec::new();
        for (p, keys) in self.places.iter().zip(&self.keys) {
            let best = keys
                .iter()
                .enumerate()
                .filter_map(|(i, k)| match_rank(k, &q).map(|r| (r, i)))
                .min();
            if let Some((rank, i)) = best {
                let matched = match i {
                    0 => p.name.as_str(),
                    1 => p.ascii_name.as_str(),
                    _ => p.alternate_names[i - 2].as_str(),
                };
                found.push(Found {
                    place: p,
                    matched,
                    rank,
                });
            }
        }
        found.sort_by(|a, b| {
            (
                a.rank,
                a.place.kind(),
                std::cmp::Reverse(a.place.population),
            )
                .cmp(&(
                    b.rank,
                    b.place.kind(),
                    std::cmp::Reverse(b.place.population),
                ))
                .then_with(|| a.place.name.cmp(&b.place.name))
        });
        found.truncate(limit);
        found
    }
}

/// How a folded name matches a folded query: 0 whole, 1 start, 2 a word's start, 3 inside.
fn match_rank(key: &str, q: &str) -> Option<u8> {
    if key == q {
        Some(0)
    } else if key.starts_with(q) {
        Some(1)
    } else if key.split(' ').any(|w| w.starts_with(q)) || key.contains(&format!(" {q}")) {
        Some(2)
    } else if key.contains(q) {
        Some(3)
    } else {
        None
    }
}

/// One GeoNames row: the place, `None` for a feature class other than P.
fn place(line: &str) -> Result<Option<Place>, String> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 15 {
        return Err(format!(
            "{} column(s); a GeoNames row has 19 (id, name, ascii name, alternate names, \
             latitude, longitude, class, code, country, cc2, admin1-4, population, ...)",
            f.len()
        ));
    }
    if f[6] != "P" {
        return Ok(None);
    }
    let number = |i: usize, what: &str| -> Result<f64, String> {
        f[i].parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| format!("{what} {:?} is not a number", f[i]))
    };
    let lat = number(4, "latitude")?;
    let lon = number(5, "longitude")?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("position {lon}, {lat} is off the Earth"));
    }
    let geoname_id = f[0]
        .parse()
        .map_err(|_| format!("id {:?} is not a whole number", f[0]))?;
    let population = if f[14].is_empty() {
        0
    } else {
        f[14]
            .parse()
            .map_err(|_| format!("population {:?} is not a whole number", f[14]))?
    };
    Ok(Some(Place {
        geoname_id,
        name: f[1].to_owned(),
        ascii_name: f[2].to_owned(),
        alternate_names: f[3]
            .split(',')
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect(),
        lon,
        lat,
        feature_code: f[7].to_owned(),
        country: f[8].to_owned(),
        admin1: f[10].to_owned(),
        population,
    }))
}

/// A name made comparable: lower case, without diacritics (é → e, ạ → a, Arabic vowel
/// marks, hamza on alef), without apostrophes (’ ʻ ʼ '), hyphens and runs of spaces made one
/// space. `fold("Ts’khinvali") == "tskhinvali"`, `fold("Nabatîyé") == "nabatiye"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        let u = c as u32;
        let combining = (0x300..=0x36f).contains(&u)
            || (0x1ab0..=0x1aff).contains(&u)
            || (0x1dc0..=0x1dff).contains(&u)
            || (0x64b..=0x65f).contains(&u)
            || u == 0x670
            || u == 0x640;
        if combining || matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '`' | '´') {
            continue;
        }
        if c.is_whitespace() || matches!(c, '-' | '‐' | '–' | ',' | '.' | '(' | ')') {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'ı' => out.push('i'),
            'ħ' | 'Ħ' => out.push('h'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Bytes un-gzipped into text.
fn gunzip(bytes: &[u8], file: &'static str) -> Result<String, GazetteerError> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut text)
        .map_err(|e| GazetteerError {
            file,
            line: 0,
            why: format!("not gzip-compressed UTF-8 text: {e}"),
        })?;
    Ok(text)
}

/// One boundary: its lines in lon/lat, and the country it outlines when known.
#[derive(Clone, Debug, PartialEq)]
pub struct Boundary {
    /// ISO 3166-1 alpha-2 code of the country outlined (admin-0), `None` for admin-1 lines.
    pub country: Option<String>,
    /// Lines, each a list of `[lon, lat]`.
    pub lines: Vec<Vec<[f64; 2]>>,
    /// min lon, min lat, max lon, max lat.
    pub bbox: [f64; 4],
}

/// Country outlines and first-order division boundaries.
#[derive(Clone, Debug, Default)]
pub struct Boundaries {
    /// Natural Earth 1:10m country outlines near the programme countries.
    pub admin0: Vec<Boundary>,
    /// Natural Earth 1:10m admin-1 boundary lines of the programme countries.
    pub admin1: Vec<Boundary>,
}

#[derive(serde::Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(serde::Deserialize)]
struct Feature {
    #[serde(default)]
    properties: Option<Properties>,
    geometry: Lines,
}

#[derive(serde::Deserialize, Default)]
struct Properties {
    #[serde(default)]
    iso_a2: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Lines {
    LineString(Vec<[f64; 2]>),
    MultiLineString(Vec<Vec<[f64; 2]>>),
}

impl Boundaries {
    /// The boundaries bundled with Clearfield.
    pub fn bundled() -> Result<Boundaries, GazetteerError> {
        Ok(Boundaries {
            admin0: Boundaries::parse(&gunzip(ADMIN0_GZ, "admin0.geojson")?, "admin0.geojson")?,
            admin1: Boundaries::parse(&gunzip(ADMIN1_GZ, "admin1.geojson")?, "admin1.geojson")?,
        })
    }

    /// Reads a GeoJSON FeatureCollection of LineString and MultiLineString features (an
    /// `iso_a2` property, when there is one, names the country).
    pub fn parse(geojson: &str, file: &'static str) -> Result<Vec<Boundary>, GazetteerError> {
        let c: Collection = serde_json::from_str(geojson).map_err(|e| GazetteerError {
            file,
            line: e.line(),
            why: format!("not a FeatureCollection of lines: {e}"),
        })?;
        Ok(c.features
            .into_iter()
            .map(|f| {
                let lines = match f.geometry {
                    Lines::LineString(l) => vec![l],
                    Lines::MultiLineString(m) => m,
                };
                let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
                for p in lines.iter().flatten() {
                    bbox = [
                        bbox[0].min(p[0]),
                        bbox[1].min(p[1]),
                        bbox[2].max(p[0]),
                        bbox[3].max(p[1]),
                    ];
                }
                Boundary {
                    country: f.properties.and_then(|p| p.iso_a2),
                    lines,
                    bbox,
                }
            })
            .collect())
    }
}
