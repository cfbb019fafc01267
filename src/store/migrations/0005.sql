-- Schema version 5: photos attached to records, stored with the OGC GeoPackage Related Tables
-- Extension (RTE, OGC 18-000, http://docs.opengeospatial.org/is/18-000/18-000.html), so QGIS and
-- GDAL see each record's photos as a "media" relation.
--
-- * `photos` is the RTE media table (id, data, content_type as the spec requires) with
--   Clearfield's columns: `uuid`, the photo's identity between files (merge copies the photos
--   the other file has by it), the file name it was attached from, the SHA-256 of its bytes,
--   and the date taken and GPS position read from its EXIF. A photo never changes and is never
--   deleted: detaching removes a link, not the picture.
-- * One mapping table per record table (`<table>_photos`: base_id = the record's fid,
--   related_id = the photo's id), each named in `gpkgext_relations`; `id` is there only because
--   GeoPackage asks every attributes table for an INTEGER PRIMARY KEY.
-- * Every attach and detach is a fact in `photo_log` (record id, photo uuid, attach or detach,
--   when, by whom, a version_id unique across files). The link shown is the latest fact of its
--   pair (changed_at, then version_id); merge copies the facts the other file lacks. The
--   mapping tables are what the log says: deleting a record removes its mapping rows (the
--   photos and the facts stay), and a record inserted again (undo, merge, restore) gets its
--   photos back from the log.
-- * `gpkg_extensions` may already exist (GDAL adds it when it indexes a layer).

CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);

CREATE TABLE gpkgext_relations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_table_name TEXT NOT NULL,
  base_primary_column TEXT NOT NULL DEFAULT 'id',
  related_table_name TEXT NOT NULL,
  related_primary_column TEXT NOT NULL DEFAULT 'id',
  relation_name TEXT NOT NULL,
  mapping_table_name TEXT NOT NULL UNIQUE
);

CREATE TABLE photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  data BLOB NOT NULL,
  content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  -- EXIF DateTimeOriginal as the camera wrote it (local time, no zone): YYYY-MM-DDTHH:MM:SS.
  taken_at TEXT,
  lon REAL CHECK (lon IS NULL OR (lon >= -180 AND lon <= 180)),
  lat REAL CHECK (lat IS NULL OR (lat >= -90 AND lat <= 90)),
  added_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  added_by TEXT NOT NULL
);
CREATE INDEX photos_sha256 ON photos(sha256);
CREATE TRIGGER photos_never_change BEFORE UPDATE ON photos BEGIN
  SELECT RAISE(ABORT, 'a photo never changes; attach a new one');
END;
CREATE TRIGGER photos_never_deleted BEFORE DELETE ON photos BEGIN
  SELECT RAISE(ABORT, 'a photo is never deleted; detach it from its record');
END;

CREATE TABLE photo_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  version_id TEXT NOT NULL UNIQUE DEFAULT (
    replace(strftime('%Y%m%d%H%M%f', 'now'), '.', '') || lower(hex(randomblob(8)))),
  record_id TEXT NOT NULL CHECK (length(record_id) = 36),
  photo_id TEXT NOT NULL CHECK (length(photo_id) = 36),
  operation TEXT NOT NULL CHECK (operation IN ('attach', 'detach')),
  changed_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  changed_by TEXT NOT NULL
);
CREATE INDEX photo_log_record ON photo_log(record_id, photo_id);


CREATE TABLE hazard_areas_photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL,
  related_id INTEGER NOT NULL,
  UNIQUE (base_id, related_id)
);
CREATE TRIGGER hazard_areas_photos_unlink AFTER DELETE ON hazard_areas BEGIN
  DELETE FROM hazard_areas_photos WHERE base_id = OLD.fid;
END;
CREATE TRIGGER hazard_areas_photos_relink AFTER INSERT ON hazard_areas WHEN NEW.id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO hazard_areas_photos (base_id, related_id)
  SELECT NEW.fid, p.id FROM photo_log l JOIN photos p ON p.uuid = l.photo_id
  WHERE l.record_id = NEW.id AND l.operation = 'attach' AND l.seq = (
    SELECT l2.seq FROM photo_log l2 WHERE l2.record_id = NEW.id AND l2.photo_id = l.photo_id
    ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1);
END;

CREATE TABLE land_releases_photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL,
  related_id INTEGER NOT NULL,
  UNIQUE (base_id, related_id)
);
CREATE TRIGGER land_releases_photos_unlink AFTER DELETE ON land_releases BEGIN
  DELETE FROM land_releases_photos WHERE base_id = OLD.fid;
END;
CREATE TRIGGER land_releases_photos_relink AFTER INSERT ON land_releases WHEN NEW.id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO land_releases_photos (base_id, related_id)
  SELECT NEW.fid, p.id FROM photo_log l JOIN photos p ON p.uuid = l.photo_id
  WHERE l.record_id = NEW.id AND l.operation = 'attach' AND l.seq = (
    SELECT l2.seq FROM photo_log l2 WHERE l2.record_id = NEW.id AND l2.photo_id = l.photo_id
    ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1);
END;

CREATE TABLE ordnance_finds_photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL,
  related_id INTEGER NOT NULL,
  UNIQUE (base_id, related_id)
);
CREATE TRIGGER ordnance_finds_photos_unlink AFTER DELETE ON ordnance_finds BEGIN
  DELETE FROM ordnance_finds_photos WHERE base_id = OLD.fid;
END;
CREATE TRIGGER ordnance_finds_photos_relink AFTER INSERT ON ordnance_finds WHEN NEW.id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO ordnance_finds_photos (base_id, related_id)
  SELECT NEW.fid, p.id FROM photo_log l JOIN photos p ON p.uuid = l.photo_id
  WHERE l.record_id = NEW.id AND l.operation = 'attach' AND l.seq = (
    SELECT l2.seq FROM photo_log l2 WHERE l2.record_id = NEW.id AND l2.photo_id = l.photo_id
    ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1);
END;

CREATE TABLE survey_points_photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL,
  related_id INTEGER NOT NULL,
  UNIQUE (base_id, related_id)
);
CREATE TRIGGER survey_points_photos_unlink AFTER DELETE ON survey_points BEGIN
  DELETE FROM survey_points_photos WHERE base_id = OLD.fid;
END;
CREATE TRIGGER survey_points_photos_relink AFTER INSERT ON survey_points WHEN NEW.id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO survey_points_photos (base_id, related_id)
  SELECT NEW.fid, p.id FROM photo_log l JOIN photos p ON p.uuid = l.photo_id
  WHERE l.record_id = NEW.id AND l.operation = 'attach' AND l.seq = (
    SELECT l2.seq FROM photo_log l2 WHERE l2.record_id = NEW.id AND l2.photo_id = l.photo_id
    ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1);
END;

CREATE TABLE evidence_points_photos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  base_id INTEGER NOT NULL,
  related_id INTEGER NOT NULL,
  UNIQUE (base_id, related_id)
);
CREATE TRIGGER evidence_points_photos_unlink AFTER DELETE ON evidence_points BEGIN
  DELETE FROM evidence_points_photos WHERE base_id = OLD.fid;
END;
CREATE TRIGGER evidence_points_photos_relink AFTER INSERT ON evidence_points WHEN NEW.id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO evidence_points_photos (base_id, related_id)
  SELECT NEW.fid, p.id FROM photo_log l JOIN photos p ON p.uuid = l.photo_id
  WHERE l.record_id = NEW.id AND l.operation = 'attach' AND l.seq = (
    SELECT l2.seq FROM photo_log l2 WHERE l2.record_id = NEW.id AND l2.photo_id = l.photo_id
    ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1);
END;

INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name,
    related_primary_column, relation_name, mapping_table_name) VALUES
  ('hazard_areas', 'fid', 'photos', 'id', 'media', 'hazard_areas_photos'),
  ('land_releases', 'fid', 'photos', 'id', 'media', 'land_releases_photos'),
  ('ordnance_finds', 'fid', 'photos', 'id', 'media', 'ordnance_finds_photos'),
  ('survey_points', 'fid', 'photos', 'id', 'media', 'survey_points_photos'),
  ('evidence_points', 'fid', 'photos', 'id', 'media', 'evidence_points_photos');

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES
  ('gpkgext_relations', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write'),
  ('hazard_areas_photos', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write'),
  ('land_releases_photos', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write'),
  ('ordnance_finds_photos', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write'),
  ('survey_points_photos', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write'),
  ('evidence_points_photos', NULL, 'related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write');

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('photos', 'attributes', 'photos', 'Photos attached to records (JPEG, PNG): the media table of the related tables extension', NULL),
  ('photo_log', 'attributes', 'photo_log', 'Every attach and detach of a photo', NULL),
  ('hazard_areas_photos', 'attributes', 'hazard_areas_photos', 'Which photos belong to which hazard areas (base_id: fid, related_id: photos.id)', NULL),
  ('land_releases_photos', 'attributes', 'land_releases_photos', 'Which photos belong to which land releases (base_id: fid, related_id: photos.id)', NULL),
  ('ordnance_finds_photos', 'attributes', 'ordnance_finds_photos', 'Which photos belong to which ordnance finds (base_id: fid, related_id: photos.id)', NULL),
  ('survey_points_photos', 'attributes', 'survey_points_photos', 'Which photos belong to which survey points (base_id: fid, related_id: photos.id)', NULL),
  ('evidence_points_photos', 'attributes', 'evidence_points_photos', 'Which photos belong to which evidence points (base_id: fid, related_id: photos.id)', NULL);
