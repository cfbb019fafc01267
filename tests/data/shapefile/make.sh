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
ogr2ogr -f GeoJSON -t_srs EPSG:32636 -lco RFC7946=NO -lco COORDINATE_PRECISION=3 hazards_utm36n.geojson hazards.geojson
