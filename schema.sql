-- Clearfield field database, schema version 5 (the whole current schema; see src/store/migrate.rs).
--
-- The file is an OGC GeoPackage (http://www.geopackage.org/spec140/): QGIS, ArcGIS and GDAL
-- open it as it is. It follows the 1.4 rules but declares version 1.3 (user_version 10300),
-- which every 1.4 reader accepts: GDAL before 3.7 (QGIS 3.28 and older, common on field
-- laptops) warns on every open of a file that declares 1.4. GeoPackage owns
-- `PRAGMA application_id` ('GPKG') and `PRAGMA user_version`, so Clearfield keeps its own
-- schema version in `clearfield_meta`. A database is created by the migration list in
-- src/store/migrate.rs (src/store/migrations/*.sql, never edited once released); this file is
-- the schema they make, kept equal to it by a test, to read.
--
-- Conventions
-- * `fid` is the GeoPackage feature id (INTEGER PRIMARY KEY AUTOINCREMENT): local to one file.
-- * `id` is a UUID (lower-case text) and is the identity that travels between laptops.
--   A row inserted by another tool (QGIS) without one gets a random version-4 UUID from the
--   `*_fill_id` triggers. (Not a column DEFAULT: GDAL reads an expression default as literal
--   text and would store the expression itself as the id.)
-- * Dates are ISO 8601 `YYYY-MM-DD` (GeoPackage DATE), timestamps `YYYY-MM-DDTHH:MM:SS.SSSZ`
--   (GeoPackage DATETIME, UTC).
-- * Geometries are GeoPackage binary (header, envelope, ISO WKB) in EPSG:4326, lon/lat order.
-- * `extra` holds attributes from imports that have no column here, as a JSON object; they are
--   kept and exported again, never dropped.
-- * Every insert, update and delete of a record is copied into `change_log` by triggers, so
--   a record's every version survives an edit or a delete, whichever program made it.

PRAGMA application_id = 1196444487; -- 0x47504B47, 'GPKG'
PRAGMA user_version = 10300;        -- GeoPackage 1.3.0 (see above)

-- ---------------------------------------------------------------------------------------------
-- GeoPackage core tables (spec clauses 1.1.2, 1.1.3, 2.1.5)

CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);

INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
   'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
   'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);

CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

-- ---------------------------------------------------------------------------------------------
-- Feature tables

CREATE TABLE hazard_areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  id TEXT UNIQUE CHECK (id IS NULL OR length(id) = 36),
  name TEXT NOT NULL,
  classification TEXT NOT NULL CHECK (classification IN ('SHA', 'CHA')),
  contamination TEXT NOT NULL DEFAULT 'cmr'
    CHECK (contamination IN ('cmr', 'uxo', 'ap_mines', 'at_mines', 'ied', 'mixed')),
  surveyed_on DATE NOT NULL,
  region TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'in_progress', 'closed')),
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_by TEXT
);

CREATE TABLE land_releases (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  id TEXT UNIQUE CHECK (id IS NULL OR length(id) = 36),
  hazard_id TEXT REFERENCES hazard_areas(id) ON UPDATE CASCADE ON DELETE RESTRICT,
  method TEXT NOT NULL CHECK (method IN ('cancelled', 'reduced', 'cleared')),
  started_on DATE,
  completed_on DATE NOT NULL,
  team TEXT,
  depth_cm INTEGER CHECK (depth_cm IS NULL OR depth_cm >= 0),
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_by TEXT
);
CREATE INDEX land_releases_hazard ON land_releases(hazard_id);

CREATE TABLE ordnance_finds (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT UNIQUE CHECK (id IS NULL OR length(id) = 36),
  hazard_id TEXT REFERENCES hazard_areas(id) ON UPDATE CASCADE ON DELETE RESTRICT,
  ordnance_type TEXT NOT NULL,
  category TEXT CHECK (category IN
    ('submunition', 'bomb', 'projectile', 'mortar', 'rocket', 'grenade', 'landmine', 'other')),
  quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
  condition TEXT CHECK (condition IS NULL OR condition IN ('intact', 'damaged', 'unknown')),
  depth_cm INTEGER CHECK (depth_cm IS NULL OR depth_cm >= 0),
  found_on DATE NOT NULL,
  disposal TEXT CHECK (disposal IS NULL OR disposal IN
    ('destroyed_in_situ', 'removed_and_destroyed', 'removed_to_storage', 'pending')),
  team TEXT,
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_by TEXT
);
CREATE INDEX ordnance_finds_hazard ON ordnance_finds(hazard_id);

-- ---------------------------------------------------------------------------------------------
-- App tables. GeoPackage asks every attributes table for an INTEGER PRIMARY KEY AUTOINCREMENT.

-- What makes this file a Clearfield database, and its schema version.
CREATE TABLE clearfield_meta (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL
);
INSERT INTO clearfield_meta (key, value) VALUES
  ('application', 'clearfield'),
  ('schema_version', '2'),
  ('file_id', lower(hex(randomblob(16))));

-- The programme's settings, edited by the user.
CREATE TABLE settings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE CHECK (key IN ('programme_name', 'article4_deadline', 'closure_tolerance')),
  value TEXT NOT NULL
);

-- Reference list of ordnance types, so finds use one spelling and get a category.
CREATE TABLE ordnance_types (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL CHECK (category IN
    ('submunition', 'bomb', 'projectile', 'mortar', 'rocket', 'grenade', 'landmine', 'other')),
  description TEXT NOT NULL
);
INSERT INTO ordnance_types (code, category, description) VALUES
  ('M42', 'submunition', 'US DPICM grenade, 155 mm M483A1 and 105 mm carrier shells'),
  ('M46', 'submunition', 'US DPICM grenade, M483A1 carrier shell'),
  ('M77', 'submunition', 'US DPICM grenade, M26 MLRS rocket'),
  ('M85', 'submunition', 'Israeli DPICM grenade with self-destruct fuze, M395/M396 shells'),
  ('M73', 'submunition', 'US submunition, MGM-52 Lance and M26 rocket variants'),
  ('BLU-61', 'submunition', 'US fragmentation bomblet, CBU-52 dispenser'),
  ('BLU-63', 'submunition', 'US fragmentation bomblet, CBU-58/71 dispensers'),
  ('BLU-97', 'submunition', 'US combined-effects bomblet, CBU-87 dispenser'),
  ('BLU-26', 'submunition', 'US fragmentation bomblet, CBU-24/49 dispensers'),
  ('Mk 118', 'submunition', 'US anti-armour bomblet, Mk 20 Rockeye dispenser'),
  ('PTAB-2.5M', 'submunition', 'Soviet anti-armour bomblet, RBK-250/500 dispensers'),
  ('PTAB-1M', 'submunition', 'Soviet/Russian anti-armour bomblet, RBK-500 dispenser'),
  ('ShOAB-0.5', 'submunition', 'Soviet fragmentation bomblet, RBK-250/500 dispensers'),
  ('AO-2.5RT', 'submunition', 'Soviet fragmentation bomblet, RBK dispensers'),
  ('9N210', 'submunition', 'Soviet fragmentation submunition, 9M27K Uragan rocket'),
  ('9N235', 'submunition', 'Russian fragmentation submunition, 9M55K Smerch and 9M27K rockets'),
  ('MZD-2', 'submunition', 'Chinese/Soviet-pattern DPICM grenade, Type 81/BM-21 rockets'),
  ('Type 90', 'submunition', 'Chinese DPICM grenade, Type 90 rocket'),
  ('M26 grenade', 'grenade', 'US hand grenade'),
  ('Mortar 81mm', 'mortar', '81 mm mortar bomb'),
  ('Mortar 120mm', 'mortar', '120 mm mortar bomb'),
  ('Projectile 155mm', 'projectile', '155 mm artillery projectile'),
  ('Rocket 122mm', 'rocket', '122 mm artillery rocket'),
  ('Aircraft bomb', 'bomb', 'general-purpose aircraft bomb'),
  ('Other', 'other', 'any item not in this list; describe it in the note');

-- Every version of every record: who changed it, when, and what it was after the change
-- (for a delete, what it was before). Filled by the triggers below, never by hand.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  -- Unique across every file: the time of the change, then 64 random bits. Time first, so
  -- that new versions go at the end of the index.
  version_id TEXT NOT NULL UNIQUE DEFAULT (
    replace(strftime('%Y%m%d%H%M%f', 'now'), '.', '') || lower(hex(randomblob(8)))),
  record_kind TEXT NOT NULL CHECK (record_kind IN ('hazard_area', 'land_release', 'ordnance_find', 'survey_point', 'evidence_point')),
  record_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  changed_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  changed_by TEXT NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record)),
  -- The versions this one was made from (JSON array of version_id): the previous version for
  -- an edit or a delete, every competing version for a resolved conflict, none for an insert.
  -- Merges use it to tell which versions are current ("heads": no later version names them).
  parents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parents))
);
CREATE INDEX change_log_record ON change_log(record_id, seq);

-- Records changed in two files since they last shared a version: both versions are in the
-- change log; the one shown is the latest change (ties: the larger version_id) until the
-- user resolves it (`clearfield resolve`).
CREATE TABLE conflicts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  record_id TEXT NOT NULL UNIQUE,
  record_kind TEXT NOT NULL CHECK (record_kind IN ('hazard_area', 'land_release', 'ordnance_find', 'survey_point', 'evidence_point')),
  -- JSON array of the competing version_ids.
  versions TEXT NOT NULL CHECK (json_valid(versions)),
  -- The competing version this file had before the merge that found the conflict.
  mine TEXT,
  detected_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- Files merged into this one, for the record; correctness does not depend on it (versions
-- are matched by version_id, so merging a file twice adds nothing).
CREATE TABLE merges (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  other_file_id TEXT NOT NULL,
  other_path TEXT NOT NULL,
  merged_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  merged_by TEXT NOT NULL,
  versions_received INTEGER NOT NULL
);

CREATE TRIGGER hazard_areas_fill_id AFTER INSERT ON hazard_areas WHEN NEW.id IS NULL BEGIN
  UPDATE hazard_areas SET id = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid;
END;
CREATE TRIGGER land_releases_fill_id AFTER INSERT ON land_releases WHEN NEW.id IS NULL BEGIN
  UPDATE land_releases SET id = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid;
END;
CREATE TRIGGER ordnance_finds_fill_id AFTER INSERT ON ordnance_finds
  WHEN NEW.id IS NULL OR NEW.category IS NULL BEGIN
  UPDATE ordnance_finds SET id = coalesce(NEW.id, (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))),
    category = coalesce(NEW.category,
      (SELECT category FROM ordnance_types WHERE code = NEW.ordnance_type), 'other')
  WHERE fid = NEW.fid;
END;
CREATE TRIGGER ordnance_finds_category_required BEFORE UPDATE OF category ON ordnance_finds
  WHEN NEW.category IS NULL BEGIN
  SELECT RAISE(ABORT, 'category cannot be emptied: give submunition, bomb, projectile, mortar, rocket, grenade, landmine or other');
END;

-- The change-log triggers use only SQLite built-ins, so edits made in QGIS are logged too.
-- Clearfield names the user in clearfield_meta('session_actor') for the length of each write
-- transaction and removes it before commit, so a change by any other program is logged as
-- made by 'external'. The first version of a row whose id was filled in above is logged
-- when the id is set, as its 'insert'.

CREATE TRIGGER hazard_areas_log_insert AFTER INSERT ON hazard_areas
  WHEN NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
  VALUES ('hazard_area', NEW.id, 'insert', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'), json_object(
    'id', NEW.id, 'name', NEW.name, 'classification', NEW.classification,
    'contamination', NEW.contamination, 'surveyed_on', NEW.surveyed_on, 'region', NEW.region,
    'status', NEW.status, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER hazard_areas_log_update AFTER UPDATE ON hazard_areas
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('hazard_area', NEW.id, CASE WHEN OLD.id IS NULL THEN 'insert' ELSE 'update' END,
    coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = NEW.id ORDER BY seq DESC LIMIT 1), '[]'),
    json_object(
    'id', NEW.id, 'name', NEW.name, 'classification', NEW.classification,
    'contamination', NEW.contamination, 'surveyed_on', NEW.surveyed_on, 'region', NEW.region,
    'status', NEW.status, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER hazard_areas_log_delete AFTER DELETE ON hazard_areas
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('hazard_area', OLD.id, 'delete', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = OLD.id ORDER BY seq DESC LIMIT 1), '[]'), json_object(
    'id', OLD.id, 'name', OLD.name, 'classification', OLD.classification,
    'contamination', OLD.contamination, 'surveyed_on', OLD.surveyed_on, 'region', OLD.region,
    'status', OLD.status, 'note', OLD.note, 'extra', json(OLD.extra),
    'created_at', OLD.created_at, 'modified_at', OLD.modified_at,
    'modified_by', OLD.modified_by, 'geom', hex(OLD.geom)));
END;

CREATE TRIGGER land_releases_log_insert AFTER INSERT ON land_releases
  WHEN NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
  VALUES ('land_release', NEW.id, 'insert', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'), json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'method', NEW.method,
    'started_on', NEW.started_on, 'completed_on', NEW.completed_on, 'team', NEW.team,
    'depth_cm', NEW.depth_cm, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER land_releases_log_update AFTER UPDATE ON land_releases
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('land_release', NEW.id, CASE WHEN OLD.id IS NULL THEN 'insert' ELSE 'update' END,
    coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = NEW.id ORDER BY seq DESC LIMIT 1), '[]'),
    json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'method', NEW.method,
    'started_on', NEW.started_on, 'completed_on', NEW.completed_on, 'team', NEW.team,
    'depth_cm', NEW.depth_cm, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER land_releases_log_delete AFTER DELETE ON land_releases
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('land_release', OLD.id, 'delete', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = OLD.id ORDER BY seq DESC LIMIT 1), '[]'), json_object(
    'id', OLD.id, 'hazard_id', OLD.hazard_id, 'method', OLD.method,
    'started_on', OLD.started_on, 'completed_on', OLD.completed_on, 'team', OLD.team,
    'depth_cm', OLD.depth_cm, 'note', OLD.note, 'extra', json(OLD.extra),
    'created_at', OLD.created_at, 'modified_at', OLD.modified_at,
    'modified_by', OLD.modified_by, 'geom', hex(OLD.geom)));
END;

CREATE TRIGGER ordnance_finds_log_insert AFTER INSERT ON ordnance_finds
  WHEN NEW.id IS NOT NULL AND NEW.category IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
  VALUES ('ordnance_find', NEW.id, 'insert', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'), json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'ordnance_type', NEW.ordnance_type,
    'category', NEW.category, 'quantity', NEW.quantity, 'condition', NEW.condition,
    'depth_cm', NEW.depth_cm, 'found_on', NEW.found_on, 'disposal', NEW.disposal,
    'team', NEW.team, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER ordnance_finds_log_update AFTER UPDATE ON ordnance_finds
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('ordnance_find', NEW.id, CASE WHEN OLD.id IS NULL OR OLD.category IS NULL THEN 'insert' ELSE 'update' END,
    coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = NEW.id ORDER BY seq DESC LIMIT 1), '[]'),
    json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'ordnance_type', NEW.ordnance_type,
    'category', NEW.category, 'quantity', NEW.quantity, 'condition', NEW.condition,
    'depth_cm', NEW.depth_cm, 'found_on', NEW.found_on, 'disposal', NEW.disposal,
    'team', NEW.team, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER ordnance_finds_log_delete AFTER DELETE ON ordnance_finds
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('ordnance_find', OLD.id, 'delete', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = OLD.id ORDER BY seq DESC LIMIT 1), '[]'), json_object(
    'id', OLD.id, 'hazard_id', OLD.hazard_id, 'ordnance_type', OLD.ordnance_type,
    'category', OLD.category, 'quantity', OLD.quantity, 'condition', OLD.condition,
    'depth_cm', OLD.depth_cm, 'found_on', OLD.found_on, 'disposal', OLD.disposal,
    'team', OLD.team, 'note', OLD.note, 'extra', json(OLD.extra),
    'created_at', OLD.created_at, 'modified_at', OLD.modified_at,
    'modified_by', OLD.modified_by, 'geom', hex(OLD.geom)));
END;

-- Links to hazard areas hold for writers that run with foreign keys off (GDAL, so QGIS);
-- Clearfield's bulk writes check every link at the end of their transaction instead.
CREATE TRIGGER hazard_areas_keep_links BEFORE DELETE ON hazard_areas
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM evidence_points WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named by land releases, ordnance finds, evidence points or survey points; delete or relink them first');
END;
CREATE TRIGGER hazard_areas_keep_links_on_id BEFORE UPDATE OF id ON hazard_areas
  WHEN OLD.id IS NOT NULL AND NEW.id IS NOT OLD.id AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM evidence_points WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named by land releases, ordnance finds, evidence points or survey points; its id cannot change');
END;
CREATE TRIGGER land_releases_hazard_exists BEFORE INSERT ON land_releases
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;
CREATE TRIGGER land_releases_hazard_exists_on_update BEFORE UPDATE OF hazard_id ON land_releases
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;
CREATE TRIGGER ordnance_finds_hazard_exists BEFORE INSERT ON ordnance_finds
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;
CREATE TRIGGER ordnance_finds_hazard_exists_on_update BEFORE UPDATE OF hazard_id ON ordnance_finds
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;

-- A large import (Clearfield's `import`) or a merge sets clearfield_meta('bulk_insert') for
-- the length of its transaction, so the triggers stand aside; an import then writes the same
-- change-log entries in one statement per table from these views (the same JSON as the
-- triggers'), and a merge copies the other file's entries as they are.
CREATE VIEW hazard_areas_log_record AS SELECT fid, id, json_object(
    'id', id, 'name', name, 'classification', classification,
    'contamination', contamination, 'surveyed_on', surveyed_on, 'region', region,
    'status', status, 'note', note, 'extra', json(extra),
    'created_at', created_at, 'modified_at', modified_at,
    'modified_by', modified_by, 'geom', hex(geom)) AS record FROM hazard_areas;
CREATE VIEW land_releases_log_record AS SELECT fid, id, json_object(
    'id', id, 'hazard_id', hazard_id, 'method', method,
    'started_on', started_on, 'completed_on', completed_on, 'team', team,
    'depth_cm', depth_cm, 'note', note, 'extra', json(extra),
    'created_at', created_at, 'modified_at', modified_at,
    'modified_by', modified_by, 'geom', hex(geom)) AS record FROM land_releases;
CREATE VIEW ordnance_finds_log_record AS SELECT fid, id, json_object(
    'id', id, 'hazard_id', hazard_id, 'ordnance_type', ordnance_type,
    'category', category, 'quantity', quantity, 'condition', condition,
    'depth_cm', depth_cm, 'found_on', found_on, 'disposal', disposal,
    'team', team, 'note', note, 'extra', json(extra),
    'created_at', created_at, 'modified_at', modified_at,
    'modified_by', modified_by, 'geom', hex(geom)) AS record FROM ordnance_finds;

-- ---------------------------------------------------------------------------------------------
-- Survey points and evidence points (schema version 3): point layers kept like the others,
-- through the same change log. `belongs_to` names a hazard area or a land release, so it has
-- no foreign key: the triggers below keep it.

CREATE TABLE survey_points (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT UNIQUE CHECK (id IS NULL OR length(id) = 36),
  belongs_to TEXT NOT NULL,
  point_type TEXT NOT NULL
    CHECK (point_type IN ('benchmark', 'reference', 'start', 'turning', 'intermediate', 'end')),
  sequence INTEGER NOT NULL CHECK (sequence >= 0),
  bearing_deg REAL CHECK (bearing_deg IS NULL OR (bearing_deg >= 0 AND bearing_deg < 360)),
  bearing_ref TEXT CHECK (bearing_ref IS NULL OR bearing_ref IN ('true', 'grid', 'magnetic')),
  distance_m REAL CHECK (distance_m IS NULL OR distance_m >= 0),
  declination_deg REAL
    CHECK (declination_deg IS NULL OR (declination_deg >= -180 AND declination_deg <= 180)),
  gps_accuracy_m REAL CHECK (gps_accuracy_m IS NULL OR gps_accuracy_m >= 0),
  hdop REAL CHECK (hdop IS NULL OR hdop >= 0),
  satellites INTEGER CHECK (satellites IS NULL OR satellites >= 0),
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_by TEXT
);
CREATE INDEX survey_points_belongs_to ON survey_points(belongs_to);

CREATE TABLE evidence_points (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT UNIQUE CHECK (id IS NULL OR length(id) = 36),
  hazard_id TEXT REFERENCES hazard_areas(id) ON UPDATE CASCADE ON DELETE RESTRICT,
  evidence_type TEXT NOT NULL
    CHECK (evidence_type IN ('strike', 'item_seen', 'accident', 'witness')),
  recorded_on DATE NOT NULL,
  source TEXT,
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  modified_by TEXT
);
CREATE INDEX evidence_points_hazard ON evidence_points(hazard_id);

CREATE TRIGGER survey_points_fill_id AFTER INSERT ON survey_points WHEN NEW.id IS NULL BEGIN
  UPDATE survey_points SET id = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid;
END;
CREATE TRIGGER evidence_points_fill_id AFTER INSERT ON evidence_points WHEN NEW.id IS NULL BEGIN
  UPDATE evidence_points SET id = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid;
END;

CREATE TRIGGER survey_points_log_insert AFTER INSERT ON survey_points
  WHEN NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
  VALUES ('survey_point', NEW.id, 'insert', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'), json_object(
    'id', NEW.id, 'belongs_to', NEW.belongs_to, 'point_type', NEW.point_type,
    'sequence', NEW.sequence, 'bearing_deg', NEW.bearing_deg, 'bearing_ref', NEW.bearing_ref,
    'distance_m', NEW.distance_m, 'declination_deg', NEW.declination_deg,
    'gps_accuracy_m', NEW.gps_accuracy_m, 'hdop', NEW.hdop, 'satellites', NEW.satellites,
    'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER survey_points_log_update AFTER UPDATE ON survey_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('survey_point', NEW.id, CASE WHEN OLD.id IS NULL THEN 'insert' ELSE 'update' END,
    coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = NEW.id ORDER BY seq DESC LIMIT 1), '[]'),
    json_object(
    'id', NEW.id, 'belongs_to', NEW.belongs_to, 'point_type', NEW.point_type,
    'sequence', NEW.sequence, 'bearing_deg', NEW.bearing_deg, 'bearing_ref', NEW.bearing_ref,
    'distance_m', NEW.distance_m, 'declination_deg', NEW.declination_deg,
    'gps_accuracy_m', NEW.gps_accuracy_m, 'hdop', NEW.hdop, 'satellites', NEW.satellites,
    'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER survey_points_log_delete AFTER DELETE ON survey_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('survey_point', OLD.id, 'delete', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = OLD.id ORDER BY seq DESC LIMIT 1), '[]'), json_object(
    'id', OLD.id, 'belongs_to', OLD.belongs_to, 'point_type', OLD.point_type,
    'sequence', OLD.sequence, 'bearing_deg', OLD.bearing_deg, 'bearing_ref', OLD.bearing_ref,
    'distance_m', OLD.distance_m, 'declination_deg', OLD.declination_deg,
    'gps_accuracy_m', OLD.gps_accuracy_m, 'hdop', OLD.hdop, 'satellites', OLD.satellites,
    'note', OLD.note, 'extra', json(OLD.extra),
    'created_at', OLD.created_at, 'modified_at', OLD.modified_at,
    'modified_by', OLD.modified_by, 'geom', hex(OLD.geom)));
END;

CREATE TRIGGER evidence_points_log_insert AFTER INSERT ON evidence_points
  WHEN NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
  VALUES ('evidence_point', NEW.id, 'insert', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'), json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'evidence_type', NEW.evidence_type,
    'recorded_on', NEW.recorded_on, 'source', NEW.source, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER evidence_points_log_update AFTER UPDATE ON evidence_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('evidence_point', NEW.id, CASE WHEN OLD.id IS NULL THEN 'insert' ELSE 'update' END,
    coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = NEW.id ORDER BY seq DESC LIMIT 1), '[]'),
    json_object(
    'id', NEW.id, 'hazard_id', NEW.hazard_id, 'evidence_type', NEW.evidence_type,
    'recorded_on', NEW.recorded_on, 'source', NEW.source, 'note', NEW.note, 'extra', json(NEW.extra),
    'created_at', NEW.created_at, 'modified_at', NEW.modified_at,
    'modified_by', NEW.modified_by, 'geom', hex(NEW.geom)));
END;
CREATE TRIGGER evidence_points_log_delete AFTER DELETE ON evidence_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
  INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record)
  VALUES ('evidence_point', OLD.id, 'delete', coalesce((SELECT value FROM clearfield_meta WHERE key = 'session_actor'), 'external'),
    coalesce((SELECT json_array(version_id) FROM change_log WHERE record_id = OLD.id ORDER BY seq DESC LIMIT 1), '[]'), json_object(
    'id', OLD.id, 'hazard_id', OLD.hazard_id, 'evidence_type', OLD.evidence_type,
    'recorded_on', OLD.recorded_on, 'source', OLD.source, 'note', OLD.note, 'extra', json(OLD.extra),
    'created_at', OLD.created_at, 'modified_at', OLD.modified_at,
    'modified_by', OLD.modified_by, 'geom', hex(OLD.geom)));
END;

CREATE VIEW survey_points_log_record AS SELECT fid, id, json_object(
    'id', id, 'belongs_to', belongs_to, 'point_type', point_type,
    'sequence', sequence, 'bearing_deg', bearing_deg, 'bearing_ref', bearing_ref,
    'distance_m', distance_m, 'declination_deg', declination_deg,
    'gps_accuracy_m', gps_accuracy_m, 'hdop', hdop, 'satellites', satellites,
    'note', note, 'extra', json(extra),
    'created_at', created_at, 'modified_at', modified_at,
    'modified_by', modified_by, 'geom', hex(geom)) AS record FROM survey_points;
CREATE VIEW evidence_points_log_record AS SELECT fid, id, json_object(
    'id', id, 'hazard_id', hazard_id, 'evidence_type', evidence_type,
    'recorded_on', recorded_on, 'source', source, 'note', note, 'extra', json(extra),
    'created_at', created_at, 'modified_at', modified_at,
    'modified_by', modified_by, 'geom', hex(geom)) AS record FROM evidence_points;

CREATE TRIGGER survey_points_belongs_to_exists BEFORE INSERT ON survey_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.belongs_to)
    AND NOT EXISTS (SELECT 1 FROM land_releases WHERE id = NEW.belongs_to) BEGIN
  SELECT RAISE(ABORT, 'belongs_to names no hazard area or land release in this file');
END;
CREATE TRIGGER survey_points_belongs_to_exists_on_update BEFORE UPDATE OF belongs_to ON survey_points
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.belongs_to)
    AND NOT EXISTS (SELECT 1 FROM land_releases WHERE id = NEW.belongs_to) BEGIN
  SELECT RAISE(ABORT, 'belongs_to names no hazard area or land release in this file');
END;
CREATE TRIGGER evidence_points_hazard_exists BEFORE INSERT ON evidence_points
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;
CREATE TRIGGER evidence_points_hazard_exists_on_update BEFORE UPDATE OF hazard_id ON evidence_points
  WHEN NEW.hazard_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND NOT EXISTS (SELECT 1 FROM hazard_areas WHERE id = NEW.hazard_id) BEGIN
  SELECT RAISE(ABORT, 'hazard_id names no hazard area in this file');
END;

CREATE TRIGGER land_releases_keep_points BEFORE DELETE ON land_releases
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id) BEGIN
  SELECT RAISE(ABORT, 'this land release is marked by survey points (belongs_to); delete them first');
END;
CREATE TRIGGER land_releases_keep_points_on_id BEFORE UPDATE OF id ON land_releases
  WHEN OLD.id IS NOT NULL AND NEW.id IS NOT OLD.id AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id) BEGIN
  SELECT RAISE(ABORT, 'this land release is marked by survey points (belongs_to); its id cannot change');
END;


-- ---------------------------------------------------------------------------------------------
-- Photos (schema version 5): the OGC GeoPackage Related Tables Extension (OGC 18-000) with a
-- media table `photos` and one mapping table per record table; `photo_log` holds every attach
-- and detach (see migrations/0004.sql). Registered here rather than below, as the migration does.

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


-- ---------------------------------------------------------------------------------------------
-- Registration

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('hazard_areas', 'features', 'hazard_areas',
   'Suspected (SHA) and confirmed (CHA) hazard areas', 4326),
  ('land_releases', 'features', 'land_releases',
   'Land cancelled (non-technical survey), reduced (technical survey) or cleared', 4326),
  ('ordnance_finds', 'features', 'ordnance_finds',
   'Explosive ordnance found, with type, quantity and disposal', 4326),
  ('clearfield_meta', 'attributes', 'clearfield_meta', 'Clearfield file identity and schema version', NULL),
  ('settings', 'attributes', 'settings', 'Programme settings', NULL),
  ('ordnance_types', 'attributes', 'ordnance_types', 'Reference list of ordnance types', NULL),
  ('change_log', 'attributes', 'change_log', 'Every version of every record', NULL),
  ('conflicts', 'attributes', 'conflicts', 'Records edited in two files, to be resolved', NULL),
  ('merges', 'attributes', 'merges', 'Files merged into this one', NULL),
  ('survey_points', 'features', 'survey_points',
   'Benchmark, reference, start, turning, intermediate and end points of surveyed boundaries', 4326),
  ('evidence_points', 'features', 'evidence_points',
   'Evidence of contamination: strikes, items seen, accidents, witness reports', 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES
  ('hazard_areas', 'geom', 'MULTIPOLYGON', 4326, 0, 0),
  ('land_releases', 'geom', 'MULTIPOLYGON', 4326, 0, 0),
  ('ordnance_finds', 'geom', 'POINT', 4326, 0, 0),
  ('survey_points', 'geom', 'POINT', 4326, 0, 0),
  ('evidence_points', 'geom', 'POINT', 4326, 0, 0);


-- ---------------------------------------------------------------------------------------------
-- Schema version 4: import profiles (see src/store/migrations/0004.sql)

-- The choices an import was made with (--as, --map, --set, --sheet) saved under a name,
-- as a JSON object (exchange::ImportProfile).
CREATE TABLE import_profiles (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  profile TEXT NOT NULL CHECK (json_valid(profile) AND json_type(profile) = 'object')
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('import_profiles', 'attributes', 'import_profiles', 'Saved choices of imports, by name', NULL);
