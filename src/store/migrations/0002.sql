-- Schema version 2: the file keeps its own rules when other programs write to it.
--
-- * Links to hazard areas are enforced by triggers as well as by foreign keys: GDAL (so QGIS)
--   writes with foreign keys off, and could delete a hazard area that land releases or finds
--   still name, or name one that does not exist. Clearfield's bulk writes (import, merge)
--   check every link at the end of their transaction, so the triggers stand aside then.
-- * A find added without a category (a QGIS form leaves it empty) takes its type's category
--   from the type list, as the command line does, instead of failing on NOT NULL ('other'
--   for a type not in the list); emptying the category later is refused. Its first version
--   is logged once filled in, like a row given its id.
--
-- Dropping NOT NULL is one of the edits SQLite documents as safe through writable_schema
-- (sqlite.org/lang_altertable.html, "otherwise"); the CREATE TRIGGER statements after it
-- change the schema cookie, so every other connection reads the new table definition.

PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'category TEXT NOT NULL CHECK', 'category TEXT CHECK')
  WHERE type = 'table' AND name = 'ordnance_finds';
PRAGMA writable_schema = RESET;

DROP TRIGGER ordnance_finds_fill_id;
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
DROP TRIGGER ordnance_finds_log_insert;
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
DROP TRIGGER ordnance_finds_log_update;
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

CREATE TRIGGER hazard_areas_keep_links BEFORE DELETE ON hazard_areas
  WHEN NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named (hazard_id) by land releases or ordnance finds; delete or relink them first');
END;
CREATE TRIGGER hazard_areas_keep_links_on_id BEFORE UPDATE OF id ON hazard_areas
  WHEN OLD.id IS NOT NULL AND NEW.id IS NOT OLD.id AND NOT EXISTS (SELECT 1 FROM clearfield_meta WHERE key = 'bulk_insert')
    AND (EXISTS (SELECT 1 FROM land_releases WHERE hazard_id = OLD.id)
      OR EXISTS (SELECT 1 FROM ordnance_finds WHERE hazard_id = OLD.id)) BEGIN
  SELECT RAISE(ABORT, 'this hazard area is named (hazard_id) by land releases or ordnance finds; its id cannot change');
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
