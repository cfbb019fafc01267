#!/usr/bin/env python3
"""Independent computation of `clearfield status --json` with GEOS and Karney.

Reads a Clearfield GeoPackage with sqlite3 (no Clearfield code), computes the areas with
shapely (GEOS) and pyproj (GeographicLib, Karney 2013), and prints the same JSON keys.

Area semantics (RFC 7946, as Clearfield's): an edge is a straight line in lon/lat. pyproj
measures geodesic edges, so every edge is first densified in lon/lat to steps of at most
1e-3 degrees (shapely.segmentize), which makes the geodesics follow the straight lines to
well under a millimetre on the edges of hazard areas.
Used by tests/geos.rs to check the engine, and by `cargo bench --bench status` as the
yardstick for speed.

Definition (README): a hazard area counts from surveyed_on; a release frees land only in
hazard areas recorded on or before its completed_on; remaining(t) = area of the union over
hazards h (surveyed_on <= t) of h minus the releases r with h.surveyed_on <= r.completed_on
<= t; released land is credited once, to the earliest release (completed_on, then id) that
freed it.

    python3 scripts/geos_status.py FILE.gpkg --as-of 2026-01-01 [--window-days 365]

With --window-days W it also computes, independently of Clearfield's estimate module, the
estimate's rates over the window ending at --as-of: net = (remaining(as_of - W) -
remaining(as_of)) / W, release = (released(as_of) - released(as_of - W)) / W, new
contamination = (hazard(as_of) - hazard(as_of - W)) / W, and the completion date
as_of + ceil(remaining / net) when net > 0.

Needs: pip install shapely pyproj
"""

import argparse
import json
import math
import sqlite3
import struct
import sys
import time

import numpy as np
import shapely
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
# Largest step, in degrees, of the densified edges measured by pyproj.
STEP_DEG = 1e-3


def wkb_of(blob):
    """The WKB inside a GeoPackage geometry blob (spec clause 2.1.3)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7]
    return bytes(blob[8 + envelope:])


def ring_area(ring):
    """Area in m² enclosed by a ring with straight lon/lat edges, densified for pyproj."""
    dense = shapely.segmentize(shapely.Polygon(ring), max_segment_length=STEP_DEG)
    return abs(GEOD.geometry_area_perimeter(dense)[0])


def area(geom):
    """Area in m² of a (multi)polygon on WGS84: abs of each ring's area, holes subtracted."""
    if geom is None or geom.is_empty:
        return 0.0
    total = 0.0
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Polygon":
            a = ring_area(part.exterior)
            for hole in part.interiors:
                a -= ring_area(hole)
            total += max(a, 0.0)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            total += area(part)
    return total


def union(geoms):
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return shapely.Polygon()
    if len(geoms) == 1:
        return geoms[0]
    return shapely.union_all(geoms)


def polygons_only(g):
    """Drops the lines and points a GEOS overlay can leave; they have no area."""
    if g.is_empty or g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    return union(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--window-days", type=int)
    args = ap.parse_args()
    db = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    out = status(db, args.as_of)
    if args.window_days:
        import datetime

        as_of = datetime.date.fromisoformat(args.as_of)
        w = args.window_days
        then = status(db, (as_of - datetime.timedelta(days=w)).isoformat())
        released = lambda s: s["hazard_area_m2"] - s["remaining_area_m2"]
        net = (then["remaining_area_m2"] - out["remaining_area_m2"]) / w
        out["window_days"] = w
        out["net_rate_m2_per_day"] = net
        out["release_rate_m2_per_day"] = (released(out) - released(then)) / w
        out["new_contamination_m2_per_day"] = (out["hazard_area_m2"] - then["hazard_area_m2"]) / w
        out["completion_date"] = (
            (as_of + datetime.timedelta(days=math.ceil(out["remaining_area_m2"] / net - 1e-6))).isoformat()
            if net > 0
            else None
        )
    json.dump(out, sys.stdout, indent=2)
    print()


def status(db, t):
    """The status JSON of the file at date t (ISO text)."""
    hz = db.execute(
        "SELECT id, surveyed_on, geom FROM hazard_areas WHERE surveyed_on <= ? ORDER BY surveyed_on, id", (t,)
    ).fetchall()
    rl = db.execute(
        "SELECT id, method, completed_on, geom FROM land_releases WHERE completed_on <= ? ORDER BY completed_on, id",
        (t,),
    ).fetchall()
    finds, items = db.execute(
        "SELECT count(*), coalesce(sum(quantity), 0) FROM ordnance_finds WHERE found_on <= ?", (t,)
    ).fetchone()
    started = time.perf_counter()

    h_geom = shapely.from_wkb([wkb_of(g) for _, _, g in hz])
    h_date = np.array([d for _, d, _ in hz])
    r_geom = shapely.from_wkb([wkb_of(g) for _, _, _, g in rl])
    r_date = np.array([d for _, _, d, _ in rl])
    r_method = [m for _, m, _, _ in rl]
    h_tree = shapely.STRtree(h_geom)
    r_tree = shapely.STRtree(r_geom)

    # What is left of each hazard area after the releases that apply to it.
    left = []
    for i, h in enumerate(h_geom):
        idx = [j for j in r_tree.query(h, predicate="intersects") if r_date[j] >= h_date[i]]
        left.append(polygons_only(shapely.difference(h, union(r_geom[idx]))) if idx else h)
    remaining = union(left)
    hazard_union = union(list(h_geom))
    released = polygons_only(shapely.difference(hazard_union, remaining))

    # Credit each released piece to the earliest release that freed it.
    freed = []
    for j, r in enumerate(r_geom):
        idx = [i for i in h_tree.query(r, predicate="intersects") if h_date[i] <= r_date[j]]
        freed.append(polygons_only(shapely.intersection(r, union(h_geom[idx]))) if idx else shapely.Polygon())
    freed = np.array(freed, dtype=object)
    f_tree = shapely.STRtree(freed)
    released_parts = np.array(list(getattr(released, "geoms", [released])), dtype=object)
    p_tree = shapely.STRtree(released_parts)
    by_method = {"cancelled": 0.0, "reduced": 0.0, "cleared": 0.0}
    for j, f in enumerate(freed):  # rows are in (completed_on, id) order
        if f.is_empty:
            continue
        earlier = [k for k in f_tree.query(f, predicate="intersects") if k < j]
        claim = polygons_only(shapely.difference(f, union(freed[earlier]))) if earlier else f
        parts = p_tree.query(claim, predicate="intersects")
        if len(parts) == 0:
            continue
        by_method[r_method[j]] += area(polygons_only(shapely.intersection(claim, union(released_parts[parts]))))

    return {
        "as_of": t,
        "hazard_areas": len(hz),
        "land_releases": len(rl),
        "ordnance_finds": finds,
        "items_found": items,
        "hazard_area_m2": area(hazard_union),
        "remaining_area_m2": area(remaining),
        "released_area_m2": by_method,
        "compute_seconds": time.perf_counter() - started,
    }


if __name__ == "__main__":
    main()
