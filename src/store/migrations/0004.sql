-- Schema version 4: import profiles.
--
-- * import_profiles: the choices an import was made with (`--as`, `--map COLUMN=FIELD`,
--   `--set FIELD=VALUE`, `--sheet`), saved under a name (`import FILE ... --save-profile
--   NAME`) to read the next export of the same form the same way (`import FILE --profile
--   NAME`). `profile` is their JSON object (`exchange::ImportProfile`). Not records: no
--   change log, not merged.

CREATE TABLE import_profiles (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  profile TEXT NOT NULL CHECK (json_valid(profile) AND json_type(profile) = 'object')
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('import_profiles', 'attributes', 'import_profiles', 'Saved choices of imports, by name', NULL);
