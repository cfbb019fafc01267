-- Clearfield hub, schema 1: every version of every record (the change log's DAG), and for
-- each record the version the rule shows (crate::versions), in PostGIS tables QGIS opens.
-- Applied by `clearfield hub init` in one transaction; later schemas append files, never
-- edit this one.

CREATE EXTENSION IF NOT EXISTS postgis;

-- The hub's identity (hub_id), which each file notes its sync position against.
CREATE TABLE hub_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO hub_meta (key, value) VALUES ('hub_id', gen_random_uuid()::text);

-- Every version any file sent, as its change log had it (the texts unchanged), in the order
-- the hub received them (seq: written only under the hub's write lock, so in commit order).
CREATE TABLE versions (
  seq bigserial PRIMARY KEY,
  version_id text NOT NULL UNIQUE,
  record_kind text NOT NULL CHECK (record_kind IN ('hazard_area', 'land_release', 'ordnance_find', 'survey_point', 'evidence_point')),
  record_id text NOT NULL,
  operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  changed_at text NOT NULL,
  changed_by text NOT NULL,
  record text NOT NULL,
  parents text NOT NULL,
  -- The file_id of the file that sent it first.
  origin_file text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX versions_record ON versions (record_id, seq);

-- Records whose versions have two or more heads, as a file's `conflicts` (versions: JSON
-- array of the competing version_ids, in the rule's order).
CREATE TABLE conflicts (
  record_id text PRIMARY KEY,
  record_kind text NOT NULL,
  versions text NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now()
);

-- Each sync: which file, who, how many versions came and went.
CREATE TABLE syncs (
  id bigserial PRIMARY KEY,
  file_id text NOT NULL,
  synced_by text NOT NULL,
  versions_received integer NOT NULL,
  synced_at timestamptz NOT NULL DEFAULT now()
);

-- The shown version of each record, one table per kind, fields typed; `version_id` names
-- the version shown. Written only by sync.
CREATE TABLE hazard_areas (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  version_id text NOT NULL,
  geom geometry(MultiPolygon, 4326),
  name text,
  classification text,
  contamination text,
  surveyed_on date,
  region text,
  status text,
  note text,
  extra jsonb,
  created_at text,
  modified_at text,
  modified_by text
);
CREATE INDEX hazard_areas_geom ON hazard_areas USING gist (geom);

CREATE TABLE land_releases (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  version_id text NOT NULL,
  geom geometry(MultiPolygon, 4326),
  hazard_id text,
  method text,
  started_on date,
  completed_on date,
  team text,
  depth_cm integer,
  note text,
  extra jsonb,
  created_at text,
  modified_at text,
  modified_by text
);
CREATE INDEX land_releases_geom ON land_releases USING gist (geom);

CREATE TABLE ordnance_finds (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  version_id text NOT NULL,
  geom geometry(Point, 4326),
  hazard_id text,
  ordnance_type text,
  category text,
  quantity integer,
  condition text,
  depth_cm integer,
  found_on date,
  disposal text,
  team text,
  note text,
  extra jsonb,
  created_at text,
  modified_at text,
  modified_by text
);
CREATE INDEX ordnance_finds_geom ON ordnance_finds USING gist (geom);

CREATE TABLE survey_points (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  version_id text NOT NULL,
  geom geometry(Point, 4326),
  belongs_to text,
  point_type text,
  sequence integer,
  bearing_deg double precision,
  bearing_ref text,
  distance_m double precision,
  declination_deg double precision,
  gps_accuracy_m double precision,
  hdop double precision,
  satellites integer,
  note text,
  extra jsonb,
  created_at text,
  modified_at text,
  modified_by text
);
CREATE INDEX survey_points_geom ON survey_points USING gist (geom);

CREATE TABLE evidence_points (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  version_id text NOT NULL,
  geom geometry(Point, 4326),
  hazard_id text,
  evidence_type text,
  recorded_on date,
  source text,
  note text,
  extra jsonb,
  created_at text,
  modified_at text,
  modified_by text
);
CREATE INDEX evidence_points_geom ON evidence_points USING gist (geom);
