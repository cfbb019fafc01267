#!/bin/sh
# Remakes the sample shapefiles of tests/shapefile.rs from the GeoJSON here (GDAL 3.6.2).
set -e
cd "$(dirname "$0")"
rm -f ./*.shp ./*.shx ./*.dbf ./*.prj ./*.cpg ./*.zip hazards_utm36n.geojson
ogr2ogr -f "ESRI Shapefile" hazards_wgs84.shp hazards.geojson
ogr2ogr -f "ESRI Shapefile" -t_srs EPSG:32636 hazards_utm36n.shp hazards.geojson
ogr2ogr -f "ESRI Shapefile" -t_srs EPSG:22770 hazards_syria_lambert.shp hazards.geojson
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=CP1256 finds_cp1256.shp points.geojson
zip -q -X finds_cp1256.zip finds_cp1256.shp finds_cp1256.shx finds_cp1256.dbf finds_cp1256.prj finds_cp1256.cpg
ogr2ogr -f "ESRI Shapefile" bowtie.shp bad_records.geojson
ogr2ogr -f "ESRI Shapefile" orphan_hole.shp orphan_hole.geojson
# GDAL writes the second ring of record 2 clockwise (an outer ring, as it lies outside the
# first): its points are reversed in place, making it a hole (counter-clockwise) that lies
# in no outer ring, which the import must refuse naming record 2.
python3 - <<'PY'
import struct
b = bytearray(open("orphan_hole.shp", "rb").read())
off = 100
n, words = struct.unpack(">ii", b[off:off + 8])
off += 8 + 2 * words  # record 2
content = off + 8
nparts, npts = struct.unpack("<ii", b[content + 36:content + 44])
parts = struct.unpack("<%di" % nparts, b[content + 44:content + 44 + 4 * nparts])
first = content + 44 + 4 * nparts
start = first + 16 * parts[1]
ring = [b[start + 16 * i:start + 16 * i + 16] for i in range(npts - parts[1])]
b[start:start + 16 * len(ring)] = b"".join(reversed(ring))
open("orphan_hole.shp", "wb").write(bytes(b))
PY
ogr2ogr -f GeoJSON -t_srs EPSG:32636 -lco RFC7946=NO -lco COORDINATE_PRECISION=3 hazards_utm36n.geojson hazards.geojson
