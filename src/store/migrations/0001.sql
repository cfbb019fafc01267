-- Clearfield field database, schema version 1.
--
-- The file is an OGC GeoPackage (http://www.geopackage.org/spec140/): QGIS, ArcGIS and GDAL
-- open it as it is. It follows the 1.4 rules but declares version 1.3 (user_version 10300),
-- which every 1.4 reader accepts: GDAL before 3.7 (QGIS 3.28 and older, common on field
-- laptops) warns on every open of a file that declares 1.4. GeoPackage owns
-- `PRAGMA application_id` ('GPKG') and `PRAGMA user_version`, so Clearfield keeps its own
-- schema version in `clearfield_meta`. The app applies this file to create a database; later changes are
-- appended to the migration list in src/store/migrate.rs, never edited in place.
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
  category TEXT NOT NULL CHECK (category IN
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
  ('schema_version', '1'),
  ('file_id', lower(hex(randomblob(16))));

-- The programme's settings, edited by the user.
CREATE TABLE settings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE CHECK (key IN ('programme_name', 'article4_deadline')),
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
  record_kind TEXT NOT NULL CHECK (record_kind IN ('hazard_area', 'land_release', 'ordnance_find')),
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
  record_kind TEXT NOT NULL CHECK (record_kind IN ('hazard_area', 'land_release', 'ordnance_find')),
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
CREATE TRIGGER ordnance_finds_fill_id AFTER INSERT ON ordnance_finds WHEN NEW.id IS NULL BEGIN
  UPDATE ordnance_finds SET id = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid;
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
  WHEN NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert') BEGIN
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
  VALUES ('ordnance_find', NEW.id, CASE WHEN OLD.id IS NULL THEN 'insert' ELSE 'update' END,
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
  ('merges', 'attributes', 'merges', 'Files merged into this one', NULL);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES
  ('hazard_areas', 'geom', 'MULTIPOLYGON', 4326, 0, 0),
  ('land_releases', 'geom', 'MULTIPOLYGON', 4326, 0, 0),
  ('ordnance_finds', 'geom', 'POINT', 4326, 0, 0);
