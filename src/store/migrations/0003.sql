-- Schema version 3: survey points and evidence points, each a GeoPackage point layer.
--
-- * survey_points: the benchmark, reference, start, turning, intermediate and end points of
--   a hazard area's or a land release's survey (IMSMA's point types), with the leg that led
--   to each (bearing, its reference, distance), the declination used, and the GPS quality
--   where the position was measured. `belongs_to` names the hazard area or the release: a
--   column that can name either table has no foreign key, so triggers keep the link, and
--   Clearfield's bulk writes (import, merge) and `check` look for dangling ones.
-- * evidence_points: strikes, items seen, accidents and witness reports, recorded before any
--   polygon or with one (`hazard_id`, optional, as for finds).
-- * Both go through the change log like the other records (the same triggers and views), so
--   merge, history, undo and conflicts work for them unchanged; the change log's and the
--   conflicts' `record_kind` take the two new kinds (widening an IN list is a CHECK that every
--   existing row still passes: safe through writable_schema, sqlite.org/lang_altertable.html).
-- * A hazard area or release that survey points mark, or a hazard area that evidence points
--   name, cannot be deleted (nor its id changed) while they do.
-- * A new setting, `closure_tolerance`: the 1:N closure a traverse must reach to be saved
--   without the user accepting it (1:100 when not set).

PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (record_kind IN (''hazard_area'', ''land_release'', ''ordnance_find''))',
    'CHECK (record_kind IN (''hazard_area'', ''land_release'', ''ordnance_find'', ''survey_point'', ''evidence_point''))')
  WHERE type = 'table' AND name IN ('change_log', 'conflicts');
UPDATE sqlite_master SET sql = replace(sql,
    'CHECK (key IN (''programme_name'', ''article4_deadline''))',
    'CHECK (key IN (''programme_name'', ''article4_deadline'', ''closure_tolerance''))')
  WHERE type = 'table' AND name = 'settings';
PRAGMA writable_schema = RESET;

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

DROP TRIGGER hazard_areas_keep_links;
CREATE TRIGGER hazard_areas_keep_links BEFORE DELETE ON hazard_areas
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM evidence_points WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named by land releases, ordnance finds, evidence points or survey points; delete or relink them first');
END;
DROP TRIGGER hazard_areas_keep_links_on_id;
CREATE TRIGGER hazard_areas_keep_links_on_id BEFORE UPDATE OF id ON hazard_areas
  WHEN OLD.id IS NOT NULL AND NEW.id IS NOT OLD.id AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM evidence_points WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM survey_points WHERE belongs_to = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named by land releases, ordnance finds, evidence points or survey points; its id cannot change');
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

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('survey_points', 'features', 'survey_points',
   'Benchmark, reference, start, turning, intermediate and end points of surveyed boundaries', 4326),
  ('evidence_points', 'features', 'evidence_points',
   'Evidence of contamination: strikes, items seen, accidents, witness reports', 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES
  ('survey_points', 'geom', 'POINT', 4326, 0, 0),
  ('evidence_points', 'geom', 'POINT', 4326, 0, 0);
