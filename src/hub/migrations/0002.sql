-- Clearfield hub, schema 2: photos and their attach/detach facts, as a file holds them
-- (store/photos.rs: a photo never changes; the link shown is the latest fact of its
-- (record, photo) pair), and the programme's settings (name, Article 4 deadline, closure
-- tolerance). Applied after 0001.sql by `clearfield hub init`, in one transaction.

-- Every photo any file sent, by its uuid, with its bytes.
CREATE TABLE photos (
  uuid text PRIMARY KEY CHECK (length(uuid) = 36),
  data bytea NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (length(sha256) = 64),
  taken_at text,
  lon double precision,
  lat double precision,
  added_at text NOT NULL,
  added_by text NOT NULL,
  -- The file_id of the file that sent it first.
  origin_file text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- Every attach and detach any file sent, as its photo_log had it.
CREATE TABLE photo_log (
  seq bigserial PRIMARY KEY,
  version_id text NOT NULL UNIQUE,
  record_id text NOT NULL,
  photo_id text NOT NULL,
  operation text NOT NULL CHECK (operation IN ('attach', 'detach')),
  changed_at text NOT NULL,
  changed_by text NOT NULL,
  origin_file text NOT NULL
);
CREATE INDEX photo_log_record ON photo_log (record_id, photo_id);

-- The programme's settings, as `clearfield settings` names them. The hub's are the
-- programme's: a sync writes them into the file, and sends the file's only where the hub
-- has none. `clearfield hub settings URL` changes them.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  set_by text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
