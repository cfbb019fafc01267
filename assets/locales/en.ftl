# Clearfield: English messages (the reference catalogue).
#
# One file per language: en.ftl (this one), ar.ftl, ka.ftl, ru.ftl. Every key here must be
# in each of them, with the same variables ({ $name }); tests/i18n.rs checks it.
# Mine-action terms follow the IMAS glossary (IMAS 04.10) and land release (IMAS 07.11).
# Corrections: edit the language's .ftl file and send it (a pull request, or the file by
# e-mail to the programme's information management officer); see README, "Languages".

## Mine-action terms (IMAS 04.10, 07.11, 08.10, 08.20)

term-hazard-area = hazardous area
term-land-release = land release
term-sha = suspected hazardous area (SHA)
term-cha = confirmed hazardous area (CHA)
term-nts = non-technical survey
term-ts = technical survey
term-cancelled = cancelled
term-reduced = reduced
term-cleared = cleared

## Units, numbers and dates

unit-m2 = m²
unit-km2 = km²
unit-ha = ha
unit-m = m
# An area with its unit: "73.4 km²".
area = { $number } { $unit }
rate-per-day = { $rate } m²/day
# A date as a manager reads it: "1 May 2026".
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## clearfield status

status-title = Status on { $date } ({ $file })
status-hazard-area = hazard area
status-remaining = remaining
status-released = released
status-cancelled = cancelled (NTS)
status-reduced = reduced (TS)
status-cleared = cleared
status-hazard-areas = hazard areas recorded
status-land-releases = land releases
status-ordnance-finds = ordnance finds
# The items (sum of the finds' quantities), after the number of finds.
status-items = ({ $count } items)
status-region = region
status-areas = areas
status-hazard-m2 = hazard m²
status-remaining-m2 = remaining m²
status-no-region = (none)
# The id column of status --by hazard.
status-hazard-id = hazard area
status-name = name
status-area-m2 = area m²
status-overlap = (each hazard area's own figures; where hazard areas overlap, the land is in each row)
warning-left-out = warning: left out, not a valid record: { $what }

## The estimate's headline: the one sentence a manager reads first

headline-no-data = No data yet: record or import hazard areas to see what remains and when it will be cleared.
headline-all-released = No contaminated land remains on { $date }: every hazard area recorded is released.
# $window: window-year or window-days, after "over".
window-year = the last 12 months
window-days = the last { $days } days
pace-quiet = no releases and no new contamination were recorded over { $window }
pace-no-releases = over { $window } no releases were recorded, while new contamination came at { $new }
pace-no-new = over { $window } releases came at { $released } and no new contamination was recorded
pace-outran = over { $window } new contamination ({ $new }) outran releases ({ $released })
pace-outpaced = over { $window } releases ({ $released }) outpaced new contamination ({ $new })
completion-ends = at this pace clearance ends on { $date }
completion-never = at this pace clearance does not end
headline-missed = Deadline { $deadline } missed: { $remaining } remain; { $pace }.
headline-on-track = On track for the deadline { $deadline }: { $remaining } remain, { $completion }; { $pace }.
# $needed: needed-pace, or nothing when no pace can meet the deadline.
headline-not-on-track = Not on track for the deadline { $deadline }: { $remaining } remain, { $completion }{ $needed }; { $pace }.
needed-pace = , and meeting it needs { $rate }
headline-no-deadline = { $remaining } remain; { $completion }; { $pace }.

## The estimate in plain words (its statement): each a sentence, joined by a space

statement-none-remains = No contaminated land remains on { $date }.
# $km2, $net, $released, $new: numbers written for the language; $days: the window.
statement-fell = Remaining on { $date }: { $km2 } km². Over the last { $days } days the remaining area fell by { $net } m² per day net (released { $released } m² per day, new contamination recorded { $new } m² per day).
statement-grew = Remaining on { $date }: { $km2 } km². Over the last { $days } days the remaining area grew by { $net } m² per day net (released { $released } m² per day, new contamination recorded { $new } m² per day).
statement-complete = At this pace clearance would be complete on { $date } (80 % interval { $low } to { $high }).
statement-complete-no-latest = At this pace clearance would be complete on { $date } (80 % interval from { $low }, with no latest date: at the slow end of the range clearance does not end).
statement-complete-no-interval = At this pace clearance would be complete on { $date }.
statement-century = At this pace clearance would take more than a century.
statement-never = At this pace clearance never ends: new contamination is recorded as fast as land is released, or faster.
statement-on-track = The Article 4 deadline { $date } is on track.
statement-needs-ratio = The Article 4 deadline { $date } will not be met at this pace: it needs { $rate } m² per day, { $ratio } times the current pace.
statement-needs = The Article 4 deadline { $date } will not be met at this pace: it needs { $rate } m² per day.
statement-passed = The Article 4 deadline { $date } has passed with land still contaminated.

## clearfield report (Markdown and HTML; CSV and JSON stay in English in every language)

report-title = { $programme }: progress report { $from } to { $to }
report-programme = Clearance programme
report-land = Land
report-remaining-start = Remaining at start ({ $date })
report-remaining-end = Remaining at end ({ $date })
report-hazard-added = Hazard area added in the period
# $method: report-method-cancelled, -reduced or -cleared.
report-released-by = Released in the period: { $method }
report-method-cancelled = cancelled (non-technical survey)
report-method-reduced = reduced (technical survey)
report-method-cleared = cleared
report-released-total = Released in the period: total
report-recorded = { $hazards } hazard area(s) recorded and { $releases } release(s) completed in the period.
report-finds = Finds
report-col-ordnance-type = ordnance type
report-col-category = category
report-col-disposal = disposal
report-col-finds = finds
report-col-items = items
report-teams = Teams
report-col-team = team
report-col-releases = releases
report-col-released-m2 = land released, m²
report-credit = Land released is credited to the earliest release that freed it, as of { $date }.
report-estimate = Completion estimate
report-completion = completion
report-interval = 80 % interval
report-interval-range = { $low } to { $high }
report-deadline = Article 4 deadline
report-on-track = on track
report-pace-needed = pace needed
report-per-day = { $rate } m² per day
report-none-at-this-pace = none at this pace
report-interval-open = { $low } to no latest date
# No completion at this pace, early or late.
report-interval-none = none to no latest date
report-not-set = not set
report-yes = yes
report-no = no
report-no-deadline = no deadline set
report-article7 = Article 7 summary
report-a7-remaining = Contaminated area remaining on { $date }, km²
report-a7-released = Area released { $from } to { $to }, km²
report-a7-cancelled = of which cancelled, km²
report-a7-reduced = of which reduced, km²
report-a7-cleared = of which cleared, km²
report-a7-submunitions = Submunitions destroyed
report-left-out = Left out of the figures, not a valid record: { $what }
# A team or a disposal the record does not give.
report-not-recorded = not recorded
report-chart = Remaining area over time
report-chart-label = Remaining contaminated area over time, km²
report-chart-axis = remaining, km²
report-chart-deadline = Article 4 deadline { $date }
report-chart-legend = red: remaining area · dashed: projection at the pace of the last { $days } days · dotted: 80 % interval · shaded: report period

## clearfield --help: one line per command, and the options of the commands HQ and
## the teams use most (the others in "help: the remaining options" at the end). help-cmd-PATH names a command
## (help-cmd-add-hazard), help-arg-PATH-ID an option (help-arg-status-as_of); tests/i18n.rs
## checks the English here is the program's own.
help-usage = Usage
help-options = Options
help-arguments = Arguments
help-commands = Commands
help-arg-help = Print help
help-cmd = Offline field database for clearance of cluster munitions and other explosive ordnance
help-arg-db = The database file (a GeoPackage) [default: the per-user data file]
help-arg-user = Who is making changes, for the change log [default: the login name]
help-arg-lang = Language of the messages: en, ar, ka or ru [default: from LC_ALL, LC_MESSAGES or LANG, else English]. JSON output is the same in every language
help-cmd-init = Create the database file
help-cmd-add = Add a record
help-cmd-add-hazard = Add a hazard area (SHA or CHA)
help-cmd-add-release = Add land cancelled, reduced or cleared
help-cmd-add-find = Add an ordnance find
help-cmd-add-survey = Add a survey point (benchmark, reference, start, turning, intermediate, end) of a hazard area or land release
help-cmd-add-evidence = Add an evidence point (strike, item seen, accident, witness report)
help-cmd-edit = Change fields or the geometry of a record (an empty value clears a field)
help-cmd-list = List records
help-cmd-show = Show one record with all its fields
help-cmd-history = Show every version of a record from the change log
help-cmd-delete = Delete a record (its versions stay in the change log)
help-cmd-attach = Attach JPEG or PNG photos to a record (all or none)
help-cmd-photos = List a record's photos: id, file, size, type, date taken and position (EXIF)
help-cmd-detach = Detach a photo from a record (the photo stays in the file and the history)
help-cmd-check = Check the file: integrity, GeoPackage rules, every record's values and geometry
help-cmd-types = List the ordnance type reference list
help-cmd-status = Hazard area, remaining area and land released at a date
help-arg-status-as_of = The date, YYYY-MM-DD [default: today]
help-arg-status-json = Print one JSON object
help-arg-status-by = Add a breakdown per hazard area or per region
help-cmd-import = Import a GeoJSON, GPX, KML/KMZ or shapefile: every feature, or nothing and every problem listed
help-cmd-export = Export records as RFC 7946 GeoJSON, GPX (for a GPS), KML (for Google Earth) or shapefiles (one per kind)
help-arg-export-file = File to write (GeoJSON, GPX, KML or shapefiles by its extension), or - for standard output; a name ending .shp writes shapefiles beside it, one per kind: NAME_hazard_area.shp, NAME_ordnance_find.shp…
help-arg-export-format = The format to write: geojson, gpx (finds, evidence and survey points as waypoints, the land still contaminated as routes), kml (for Google Earth) or shp (ESRI Shapefile, for ArcGIS) [default: by the file's extension, else geojson]
help-arg-export-kind = Only this kind (repeatable) [default: all]
help-arg-export-as_of = Only records surveyed, completed or found by this date (GPX: the land still contaminated at this date) [default: today]
help-cmd-merge = Bring every record and every version of another file into this one, by UUID
help-cmd-conflicts = Records edited in two files: whose each competing version is and the fields that differ
help-cmd-resolve = Resolve a conflict: keep one version, or one version with fields from the others
help-cmd-hub = The national hub on PostgreSQL/PostGIS that files sync through
help-cmd-hub-init = Create the hub's tables in a PostgreSQL database with PostGIS, or bring them to this version (a hub already current is left as it is)
help-arg-hub-init-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password from the URL, PGPASSWORD or ~/.pgpass, never stored
help-cmd-hub-settings = Show the programme's settings the hub holds, or set them: every laptop takes them at its next sync (a laptop's own are sent only where the hub has none)
help-arg-hub-settings-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password from the URL, PGPASSWORD or ~/.pgpass, never stored
help-arg-hub-settings-name = Programme name, for reports
help-arg-hub-settings-deadline = Article 4 deadline, YYYY-MM-DD
help-arg-hub-settings-closure_tolerance = The closure a traverse must reach to be saved without --accept-closure: N of 1:N (100 or 1:100) [default: 1:100]
help-cmd-sync = Send this file's versions to a hub and bring back the hub's, with merge's rule on both sides (the same records and conflicts)
help-arg-sync-url = postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password from the URL, PGPASSWORD or ~/.pgpass, never stored
help-arg-sync-all = Compare every version of both sides, not only those since the last sync (after the hub was restored from a backup)
help-cmd-backup = Copy the database to a new file, safely even while the app is open
help-cmd-restore = Replace the database with a backup (checked first; the current file is kept beside it)
help-cmd-estimate = When clearance will be complete at the recent pace, against the Article 4 deadline
help-arg-estimate-as_of = The date, YYYY-MM-DD [default: today]
help-arg-estimate-window_days = Days of history the pace is measured over (30 to 3650)
help-arg-estimate-json = Print one JSON object
help-cmd-report = Progress report for a period: land, finds, teams, estimate, Article 7 summary
help-arg-report-from = First day, YYYY-MM-DD
help-arg-report-to = Last day, YYYY-MM-DD
help-arg-report-format = md, csv, json or html [default: from the -o file's extension, else md]
help-arg-report-output = Write to FILE instead of the screen
help-arg-report-window_days = Days of history the estimate's pace is measured over
help-cmd-settings = Show, or set, the programme's name and Article 4 deadline
help-arg-settings-name = Programme name, for reports
help-arg-settings-deadline = Article 4 deadline, YYYY-MM-DD
help-arg-settings-closure_tolerance = The closure a traverse must reach to be saved without --accept-closure: N of 1:N (100 or 1:100) [default: 1:100]
help-cmd-generate = Write a synthetic programme (south Lebanon) into a new file, for trying the app and for benchmarks
help-cmd-gps = Position from a GPS receiver (serial port, gpsd or a recorded NMEA log), averaged over several fixes
help-cmd-traverse = A hazard area's perimeter from a benchmark and a table of legs (bearing, distance): points, area, perimeter and closure, printed and not saved

## The command line's one-line results and its own errors
# Record kinds, as the results name them.

kind-hazard-area = hazard area
kind-land-release = land release
kind-ordnance-find = ordnance find
kind-survey-point = survey point
kind-evidence-point = evidence point
# A number of records of a kind: "2 hazard areas", "1 land release".
count-hazard-area = { $count ->
        [one] { $count } hazard area
       *[other] { $count } hazard areas
    }
count-land-release = { $count ->
        [one] { $count } land release
       *[other] { $count } land releases
    }
count-ordnance-find = { $count ->
        [one] { $count } ordnance find
       *[other] { $count } ordnance finds
    }
count-survey-point = { $count ->
        [one] { $count } survey point
       *[other] { $count } survey points
    }
count-evidence-point = { $count ->
        [one] { $count } evidence point
       *[other] { $count } evidence points
    }
# A record on one line, after its id (two spaces between the parts). $classification,
# $method and $type are codes from the data (CHA, cleared, M42), $name is quoted.
summary-hazard = { $classification } { $name }  surveyed { $date }  { $area } m²
summary-release = { $method }  completed { $date }  { $area } m²
summary-team = team { $team }
summary-find = { $quantity } × { $type }  found { $date }  at { $lon }, { $lat }
summary-survey = { $type } #{ $sequence } of { $hazard }{ $leg }  at { $lon }, { $lat }
summary-leg = leg { $bearing }° { $reference } { $distance } m
summary-evidence = { $type }  recorded { $date }  at { $lon }, { $lat }
cli-added = added { $kind } { $id }{ $summary }
cli-with-survey-points = with { $count } survey points (benchmark and legs); { $closure }
cli-changed = changed { $kind } { $id }{ $summary }
cli-corrected = corrected { $kind } { $id }{ $summary }
cli-no-change = { $kind } { $id }: no change
cli-deleted = deleted { $kind } { $id } (kept in the change log: `clearfield history { $id }`)
# $problems: the library's list of bad values (in English).
cli-not-added = { $kind } not added: { $problems }
cli-not-changed = { $kind } { $id } not changed: { $problems }
cli-not-changed-stored = { $kind } { $id } (not valid as stored) not changed: { $problems }
cli-nothing-to-change = nothing to change: give --FIELD VALUE or --geometry (see `clearfield edit --help`)
cli-upgraded = upgraded { $file } from schema version { $from } to { $to }
settings-name = programme name
settings-deadline = Article 4 deadline
settings-tolerance = closure tolerance
settings-not-set = (not set)
settings-default = (default)
cli-hub-ready = { $hub }: hub of schema { $schema } ready (hub { $id })
cli-hub-current = { $hub }: already a hub of schema { $schema } (hub { $id }); nothing changed
cli-no-conflicts = no conflicts
cli-resolve-with = resolve with: clearfield resolve ID --keep mine|theirs|VERSION [--take FIELD=mine|theirs|VERSION]…
cli-resolved = resolved { $id }: new version { $version }
cli-no-photos = no photos attached to { $id }
list-heading-hazard_area = hazard_areas ({ $count }):
list-heading-land_release = land_releases ({ $count }):
list-heading-ordnance_find = ordnance_finds ({ $count }):
list-heading-survey_point = survey_points ({ $count }):
list-heading-evidence_point = evidence_points ({ $count }):
list-not-valid = not valid: { $problem }
list-problems = { $count } row(s) are not valid records and count in no figure; `clearfield check` says why, `clearfield edit ID` corrects one, `clearfield delete ID` removes it
gps-position = position: { $lonlat } (lon,lat WGS84)
gps-utm = UTM: { $utm }
gps-mgrs = MGRS: { $mgrs }
gps-altitude = altitude: { $metres } m above mean sea level
gps-spread = spread: { $max } m at most, { $rms } m RMS from the mean
gps-fixes = fixes: { $count } averaged, quality { $quality } or better
gps-fixes-short = fixes: { $count } averaged (of { $wanted } asked; the log ended), quality { $quality } or better
gps-satellites = satellites: { $count } at least
gps-hdop = HDOP: { $hdop } mean
gps-passed-over = passed over: { $bad } with a bad checksum, { $nofix } GGA without a fix, { $unreadable } unreadable
traverse-benchmark = benchmark
traverse-area = area
traverse-perimeter = perimeter
traverse-closure = closure
traverse-bearings = bearings
traverse-declination = declination
traverse-grid = grid
traverse-col-kind = kind
traverse-col-lon = lon
traverse-col-lat = lat
traverse-col-bearing = true bearing
traverse-col-distance = distance
traverse-closes-exactly = 1:∞ (closes exactly)
traverse-given = given
traverse-wmm = World Magnetic Model at the benchmark on { $date }, ±{ $uncertainty }°
traverse-caution = ; caution zone near a magnetic pole: compasses may be inaccurate
traverse-utm-zone = UTM zone { $zone }
traverse-warning = WARNING: closure { $ratio } is worse than 1:{ $tolerance }; check the legs before using this perimeter
traverse-adjusted = adjusted by the compass (Bowditch) rule:
traverse-moved = moved { $metres } m
traverse-adjusted-area = adjusted area { $area } m²
cli-created = created { $file }
cli-already = { $file } is already a Clearfield database (schema version { $version }){ $upgraded }; nothing else changed
cli-already-upgraded = , upgraded from schema version { $from }
cli-checked = checked { $file }: { $counts }
# The kind of a problem check found, before the problem itself (in English).
check-integrity = integrity: { $problem }
check-link = link: { $problem }
check-geopackage = geopackage: { $problem }
check-schema = schema: { $problem }
check-record = record: { $problem }
cli-more-all = … and { $count } more (--all-problems lists them all)
cli-more = … and { $count } more
cli-no-problems = no problems found
cli-problems-found = { $count } problem(s) found; nothing was changed
cli-backed-up = backed up { $file } to { $backup }
cli-restored = restored { $file } from { $backup }; the file as it was is kept as { $kept }
cli-imported = imported { $counts } from { $file }; { $unchanged } already present unchanged
cli-imported-updated = ; { $count } updated
cli-imported-kept-deleted = ; { $count } deleted here, not brought back (see `clearfield history`)
cli-import-problems = { $file }: { $count } problem(s), nothing was imported
cli-import-refused = { $file }: { $why }; nothing was imported
cli-cannot-import = cannot import { $file }
cli-skipped = skipped { $count } feature(s):
cli-repaired = repaired { $count } boundary(ies):
cli-repairs-listed = the repairs are listed in { $file }
cli-repairs-not-written = imported, but the list of repairs was not written beside { $file }
cli-saved-profile = saved import profile { $name } (use it with --profile { $name })
cli-repair-tolerance = --repair-tolerance { $value }: give a percentage from 0 to 100
cli-tracks-as = --tracks-as { $kind }: tracks are boundaries: hazard or release
cli-map-geometry = --map { $column }=geometry: { $file } is { $format }; a geometry column is for CSV and XLSX form exports
cli-sheet-not-xlsx = --sheet { $sheet }: { $file } is { $format }, not XLSX
cli-exported = exported { $counts } to { $file }
cli-exported-routes = exported { $counts } to { $file } as { $routes } route(s)
cli-exported-nothing = exported { $counts } to no file (there is nothing to export)
cli-wrote-photos = wrote { $count } photo(s) to { $folder }
cli-cannot-write-export = cannot write { $file }; nothing was written
cli-shapefile-stdout = a shapefile is several files: give a name (NAME.shp), not -
cli-merged = merged { $file }: { $versions } received; { $records } added, { $changed } changed, { $deleted } deleted; { $conflicts } in conflict
cli-would-merge = would merge { $file }: { $versions } received; { $records } added, { $changed } changed, { $deleted } deleted; { $conflicts } in conflict
count-versions = { $count ->
        [one] { $count } version
       *[other] { $count } versions
    }
count-records = { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
merge-add = add { $kind }{ $name } { $id }
merge-change = change { $kind }{ $name } { $id }
merge-delete = delete { $kind }{ $name } { $id }
merge-conflict-on = conflict on { $kind }{ $name } { $id }
cli-photos-received = photos: { $photos } received, { $changes } attaches and detaches received
cli-conflict = conflict: { $kind } { $id } (see `clearfield conflicts`)
cli-dry-run = dry run: nothing was changed
cli-synced = synced with { $hub }: { $sent } sent, { $received } received; { $records } added, { $changed } changed, { $deleted } deleted here; { $conflicts } in conflict
said-more = … and { $count } more
sync-photos = photos: { $sent } sent, { $received } received; { $changes_sent } attaches or detaches sent, { $changes_received } received
sync-setting = programme setting from the hub: { $key } = { $value }
cli-wrote = wrote { $file }
cli-report-is-database = { $file }: it is the database (or its journal); choose another file for the report
cli-cannot-write = cannot write { $file }
cli-not-an-id = { $text } is not a record id (a UUID like 3f2b1c4e-…)
# Between the items of a list: "2 hazard areas, 1 land release".
list-separator = {", "}

## clearfield show, history, types, generate, attach and detach. In English `show` keeps
## the stored field names and values; other languages name them in words (app-field-*,
## app-value-*).
show-area = area
show-area-value = { $m2 } m² ({ $ha } ha)
show-geometry = geometry
show-created-at = created_at
show-modified-at = modified_at
show-modified-value = { $at } by { $who }
history-none = no record with id { $id } in the change log
history-version = { $at }  { $operation }  by { $who }  version { $version }
history-op-insert = insert
history-op-update = update
history-op-delete = delete
history-and = and
history-made-from = made from { $versions }
history-photo-attach = photo { $file } attached by { $who } at { $at } (photo { $photo }, version { $version })
history-photo-detach = photo { $file } detached by { $who } at { $at } (photo { $photo }, version { $version })
history-photo-other = photo { $file } { $operation } by { $who } at { $at } (photo { $photo }, version { $version })
generate-progress = generate: { $percent }% ({ $done } of { $total } records)
generate-wrote = wrote { $hazards } hazard areas, { $releases } land releases and { $finds } ordnance finds to { $path }
cli-attached = attached { $file } to { $id } as photo { $photo }
cli-detached = detached photo { $photo } from { $id } (the photo stays in the file and in `clearfield history { $id }`)
cli-not-a-photo-id = { $text } is not a photo id (a UUID, see `clearfield photos { $id }`)

## clearfield estimate: the figures between the headline and the statement

estimate-title = Estimate on { $date } (pace over the last { $days } days)
estimate-remaining = remaining
estimate-net = net reduction
estimate-released = released
estimate-new = new contamination
estimate-completion = completion
estimate-interval = 80 % interval
estimate-interval-open = from { $low }, with no latest date
estimate-interval-none = none: no completion at this pace
estimate-deadline = Article 4 deadline
estimate-no-deadline = (not set: clearfield settings --deadline YYYY-MM-DD)
estimate-on-track = on track
estimate-pace-needed = pace needed
estimate-per-day = m² per day
# After the pace needed as a multiple of the current one: "2.29 × the current pace".
estimate-times-pace = × the current pace

## app
# The desktop app's words (issue #15). Keys prefixed app-; kept at the end of the file.

app-read-only = read-only
app-file-read-only-hint = The file can only be read (write-protected media, a read-only share): changes are refused. Copy it to a writable folder to change it.
app-hq-view = HQ view of the hub { $hub }
app-hub-read-only-hint = What the hub held when it was read. Changes are made on the laptops and reach the hub when they sync.
app-read-hub-again = Read the hub again
app-fit-map = Fit map to data
app-new-hazard-area = New hazard area
app-new-land-release = New land release
app-new-find = New find
app-new-evidence-point = New evidence point
app-last-boundary-change = the last change to the boundary
app-undo = Undo
app-redo = Redo
app-undo-hint = Undo { $what } (Ctrl+Z)
app-redo-hint = Redo { $what } (Ctrl+Y)
app-import-export = Import / export
map-scale-m = { $n } m
map-scale-km = { $n } km
map-credit = Place names © GeoNames (CC BY 4.0); boundaries: Natural Earth
app-import-failed = { $file }: { $why }; nothing was imported
app-import-rejected = { $count } problem(s), nothing was imported:
app-repairs-listed = The repairs are listed in { $file }.
app-repairs-not-listed = The list of repairs was not written beside the file: { $why }
app-repaired = Repaired { $what }
app-skipped = Skipped { $count }:
app-export-failed = { $file }: { $why }; nothing was written
app-report-written = Wrote the report for { $from } to { $to } to { $file }.
app-preview-features = { $count } feature(s): { $counts }
app-preview-repaired = ; { $count } boundary(ies) to be repaired
app-preview-refused = ; { $count } would be refused:
app-preview-checks = The database's own checks (an id already there) run on import.
app-preview-unit-feature = Feature
app-preview-unit-record = Record
app-preview-problem = { $unit } { $n }{ $name }: { $problem }
app-preview-show-alone = Show it alone on the map
app-preview-show-all = Show every feature
app-merge-file = Merge a file
app-sync-hub = Sync with hub
app-conflicts = Conflicts ({ $count })
app-gps = GPS
app-settings = Settings
app-language = Language
app-user-name = Your name in the change log (now: { $name })
app-use-name = Use this name
app-square-metres = Areas in m² (instead of km² and ha)
app-settings-not-saved = Settings not saved: { $why }
app-settings-not-read = Settings not read: { $why }
app-centred-on = Centred on { $what }.
app-nothing-named = Nothing named "{ $text }" (no record, no place), no id starting so, and not a position.
app-type-a-name = Type a name for the change log first.
app-user-kept = Changes are now recorded as made by { $name }.
app-user-not-kept = Changes are recorded as made by { $name }, but it was not kept: { $why }
app-units-not-kept = The choice of units was not kept: { $why }
app-reading-hub = Reading the hub { $hub }…
app-basemap-opened = Basemap: { $name }
app-saved = Saved: { $what }.
app-deleted = Deleted: { $what } (Undo brings it back).
app-undone = Undone: { $what }.
app-redone = Redone: { $what }.
app-step-dropped = { $why }. That step is dropped.
app-resolved = Resolved { $id }: new version { $version }.
app-open-record-for-photos = Open a record (click it on the map) to attach dropped photos to it.
app-loading-stopped = loading stopped unexpectedly
app-demo-loaded = Loaded the demo programme: { $counts }.
app-demo-failed = The demo could not be loaded: { $why }
app-record = record
app-change-added = added { $kind } { $id }
app-change-deleted = deleted { $kind } { $id }
app-change-edited = edited { $kind } { $id }
# Between the counts of a list: "12 hazard areas, 3 land releases".
app-list-separator = {", "}
app-kind-hazard_area = hazard area
app-kind-land_release = land release
app-kind-ordnance_find = ordnance find
app-kind-survey_point = survey point
app-kind-evidence_point = evidence point
# $count selects the plural; $shown is the number written for the language.
app-count-hazard_area = { $count ->
        [one] { $shown } hazard area
       *[other] { $shown } hazard areas
    }
app-count-land_release = { $count ->
        [one] { $shown } land release
       *[other] { $shown } land releases
    }
app-count-ordnance_find = { $count ->
        [one] { $shown } ordnance find
       *[other] { $shown } ordnance finds
    }
app-count-survey_point = { $count ->
        [one] { $shown } survey point
       *[other] { $shown } survey points
    }
app-count-evidence_point = { $count ->
        [one] { $shown } evidence point
       *[other] { $shown } evidence points
    }
# Stored values as shown (the database keeps the stored text).
app-value-SHA = SHA
app-value-CHA = CHA
app-value-cmr = cluster munition remnants
app-value-uxo = UXO
app-value-ap_mines = AP mines
app-value-at_mines = AT mines
app-value-ied = IED
app-value-mixed = mixed
app-value-active = active
app-value-in_progress = in progress
app-value-closed = closed
app-value-cancelled = cancelled
app-value-reduced = reduced
app-value-cleared = cleared
app-value-submunition = submunition
app-value-bomb = bomb
app-value-projectile = projectile
app-value-mortar = mortar
app-value-rocket = rocket
app-value-grenade = grenade
app-value-landmine = landmine
app-value-other = other
app-value-intact = intact
app-value-damaged = damaged
app-value-unknown = unknown
app-welcome-title = This file has no records yet
app-welcome-text = Load the demo programme (synthetic data in south Lebanon) to see the map, the remaining area and the forecast at once, or import your own data with `clearfield import FILE`.
app-demo-loading = Loading the demo programme…
app-demo-load = Load the demo programme
app-computing-figures = Computing the figures…
app-completion-estimate = Completion estimate
app-computing-forecast = Computing the forecast…
app-no-figures = No figures: the file could not be read.
app-programme = Programme
app-regions-open = Regions and hazard areas
app-finds-by-type = Finds by type
app-col-type = type
app-col-category = category
app-col-finds = finds
app-col-items = items
app-no-hazard-area-yet = No hazard area recorded yet.
app-left-out = { $count ->
        [one] 1 record left out: not valid (run `clearfield check`)
       *[other] { $count } records left out: not valid (run `clearfield check`)
    }
app-map = Map
app-layer-hazard_area = Hazard areas
app-layer-land_release = Land releases
app-layer-ordnance_find = Ordnance finds
app-layer-survey_point = Survey points
app-layer-evidence_point = Evidence points
app-layer-remaining = Remaining area (highlighted)
app-basemap = Basemap (MBTiles file, offline)
app-open = Open
app-choose = Choose…
app-basemap-showing = Showing { $name }
app-go-to = Go to (a name, an id, or lon,lat / UTM / MGRS / DMS)
app-go = Go
app-found = { $count } found:
app-places-found = Places ({ $count }):
app-completion = Completion: { $date }
app-completion-none = none at this pace
app-interval = 80 % interval: { $interval }
app-interval-between = { $low } to { $high }
app-interval-from = from { $low }, with no latest date
app-interval-none = none: no completion at this pace
app-deadline-missed = Article 4 deadline { $date }: missed
app-deadline-on-track = Article 4 deadline { $date }: on track
app-deadline-not-on-track = Article 4 deadline { $date }: not on track
app-figures-on = Figures on { $date }
app-area-hazard = Hazard area
app-area-remaining = Remaining
app-area-cancelled = Cancelled (NTS)
app-area-reduced = Reduced (TS)
app-area-cleared = Cleared
app-nts-ts = NTS: non-technical survey. TS: technical survey.
app-status-counts = { $hazards }, { $releases }, { $finds } ({ $count ->
        [one] { $items } item
       *[other] { $items } items
    })
app-find-symbols = Find symbols
app-find-symbols-note = By category; zoomed out, finds are counted per area instead.
app-cursor = lon { $lon }  lat { $lat }   UTM { $utm }   MGRS { $mgrs }
app-chart-remaining-km2 = remaining, km²
app-chart-year = year
app-chart-remaining = remaining area
app-chart-projection = projection at the present pace
app-chart-today = today ({ $date })
app-chart-deadline = Article 4 deadline ({ $date })
app-value-benchmark = benchmark
app-value-turning = turning
app-value-intermediate = intermediate
app-value-start = start
app-value-end = end
app-value-true = true north
app-value-grid = grid north
app-value-magnetic = magnetic north
app-value-strike = strike
app-value-accident = accident
app-value-item_seen = item seen
app-value-witness = witness
app-value-reference = reference
app-value-destroyed_in_situ = destroyed in situ
app-value-removed_and_destroyed = removed and destroyed
app-value-removed_to_storage = removed to storage
app-value-pending = pending
app-field-name = Name
app-field-classification = Classification
app-field-contamination = Contamination
app-field-surveyed_on = Surveyed on
app-field-region = Region
app-field-status = Status
app-field-note = Note
app-field-hazard_id = Hazard area
app-field-method = Method
app-field-started_on = Started on
app-field-completed_on = Completed on
app-field-team = Team
app-field-depth_cm = Depth (cm)
app-field-ordnance_type = Ordnance type
app-field-category = Category
app-field-quantity = Quantity
app-field-condition = Condition
app-field-found_on = Found on
app-field-disposal = Disposal
app-field-belongs_to = Marks (id)
app-field-point_type = Point type
app-field-sequence = Sequence
app-field-bearing_deg = Bearing (°)
app-field-bearing_ref = Bearing from
app-field-distance_m = Distance (m)
app-field-declination_deg = Declination (° east)
app-field-gps_accuracy_m = GPS accuracy (m)
app-field-hdop = HDOP
app-field-satellites = Satellites
app-field-evidence_type = Evidence
app-field-recorded_on = Recorded on
app-field-source = Source
app-field-geometry = Geometry
app-traverse-enter = Enter legs from a benchmark
app-traverse-title = Traverse: legs from a benchmark
app-form-new = New { $kind }
app-form-edit = Edit { $kind } { $id }
app-form-help-find = Click the map where it was found (or drag the point), or type the position below.
app-form-help-point = Click the map where it is (or drag the point), or type the position below.
app-form-help-new-area = Click the map to add vertices, or type the boundary below. Drag a vertex to move it, click a square on an edge to insert one, right-click a vertex (or select it and press Delete) to delete it.
app-form-help-edit-area = Drag a vertex to move it, click a square on an edge to insert one, right-click a vertex (or select it and press Delete) to delete it; or edit the text below.
app-form-geometry-hint = WKT, lon,lat, UTM, MGRS or DMS
app-form-delete-vertex = Delete selected vertex
app-form-unlinked = Not linked to a hazard area: pick one above, or save it unlinked.
app-form-to-save = To save: { $missing }
# One thing the form lacks: the field's label, and why (the reason in English for now).
app-form-problem = { $field }: { $reason }
app-form-search-types = Search types
app-form-linked-drawn-in = Linked to the hazard area it was drawn in (change it above).
app-save = Save
app-cancel = Cancel
app-choose-value = choose…
app-none = none
app-none-in-list = (none)
app-hint-centimetres = centimetres
app-hint-hazard-id = UUID of the hazard area
app-hint-category = from the type list when empty
app-area-line = Area { $ha } ha ({ $m2 } m²)
app-remaining-line = Remaining { $ha } ha ({ $m2 } m²)
app-remaining-working = Remaining: being worked out…
app-photos = Photos
app-photo-taken = taken { $at }
app-photo-detach = Detach
app-photo-attach = Attach photo…
app-photo-attach-hint = Or drop JPEG or PNG files on the window
app-photo-detached = Photo detached (it stays in the file's history).
app-photo-select-record = Select a record to attach photos to.
app-photos-attached = { $count ->
        [one] Attached 1 photo.
       *[other] Attached { $count } photos.
    }
app-no-record = no record with id { $id }
app-releases-and-finds = Land releases and finds
app-release-line = { $method } { $date } · { $ha } ha · { $team }
app-no-team = no team
app-survey-evidence-points = Survey and evidence points
app-survey-leg = { $sequence } { $type } · leg { $bearing }° { $from } { $distance } m
app-add-survey-point = Add survey point
app-add-evidence-point = Add evidence point
app-zoom-to = Zoom to
app-edit = Edit
app-delete = Delete
app-close = Close
app-regions-computing = Computing the figures by region…
app-regions-by-region = Land still contaminated, by region
app-areas-in = Areas in { $unit }.
app-col-region = Region
app-col-area = Area
app-col-remaining = Remaining
app-col-name = Name
app-col-sorted = { $column } (sorted)
app-sort-hint = Sort by this column
app-regions-hazards = Hazard areas ({ $count })
app-regions-hazards-in = Hazard areas in { $region } ({ $count })
app-no-region = no region
app-no-region-row = (no region)
app-all-regions = All regions
app-regions-none-left = No land remains contaminated.
app-region-share = { $region }: { $area } { $unit } ({ $share } %)
app-calendar = calendar
app-selected-record = Selected record
app-merge-title = Merge a team's file
app-merge-help = Every record and every version of the other file comes into this one, matched by id.
app-merge-file-label = File to merge
app-merge = Merge
app-dry-run = Dry run
app-dry-run-said = { $said } (dry run, nothing changed)
app-no-conflicts = No conflicts.
app-conflict-help = Choose whose value each field in bold takes, or keep one version whole.
app-this-file = this file
app-other-file = other file
app-version-heading =
    { $whose }
    by { $by }
    { $when }
app-version-heading-deletes =
    { $whose }
    by { $by }
    { $when }
    deletes the record
app-keep-version = Keep { $whose }'s version
app-keep-version-by = Keep { $whose }'s version by { $by }, { $when }
app-version-id = version { $version }
app-resolve-choices = Resolve with these choices
app-conflict-delete-note = A version marked delete removes the record if kept; it has no fields to give.
app-deleted-version = deleted
app-take-from = Take { $field } from { $whose }: { $by }, { $when }
app-field-geom = Geometry
app-geom-point = point { $lon }, { $lat }
app-geom-area = { $area }, { $vertices } vertices around { $lon }, { $lat }
app-geom-other = a geometry of another type
app-sync-read-only = This file can only be read: it cannot take the hub's changes.
app-sync-give-address = Give the hub's address: postgresql://USER@HOST:PORT/DATABASE
app-sync-not-kept = The hub's address was not kept: { $why }
app-sync-title = Sync with the hub
app-sync-help = Sends this laptop's changes to the national hub and brings back everyone else's. Work offline as before; sync when there is a connection.
app-sync-address = Hub address
app-sync-password = Password (never kept)
app-sync-password-hint = empty: PGPASSWORD or ~/.pgpass
app-syncing = Syncing…
app-sync = Sync
app-exchange-title = Import and export
app-exchange-file = File
app-exchange-choose = Choose a file to import…
app-exchange-save-as = Save as…
app-exchange-preview = Preview on the map
app-exchange-import = Import
app-exchange-reading = Reading the file…
app-exchange-preview-stale = The file or the choices changed since the preview: preview again.
app-exchange-export = Export
app-exchange-export-hint = GeoJSON, or GPX, KML or shapefiles by the file's ending (.gpx, .kml, .shp)
app-report-from = Report from
app-report-from-hint = 12 months ago
app-report-to = to
app-report-to-hint = today
app-report-write = Write report
app-report-write-hint = HTML, Markdown (.md), CSV or JSON by the file's ending
app-report-open = Open the report
app-writing = Writing…
app-import-saved-choices = Saved choices
app-import-kindless = Features without a kind are
app-import-refused = (refused)
app-import-fill = Fill fields the features lack (FIELD=VALUE, comma between)
app-import-columns = Columns read as fields (COLUMN=FIELD, comma between; COLUMN=geometry)
app-import-skip-invalid = Import the valid features, list the others
app-import-repair = Repair invalid boundaries (each repair listed)
app-import-accept-repairs = Take repairs that change an area by more than 1 %
app-gps-title = GPS receiver
app-gps-disconnect = Disconnect
app-gps-connect = Connect
app-gps-connected = Connected to { $source }
app-gps-fixes-to-average = Fixes to average
app-gps-averaging = Averaging { $count } fixes… hold the receiver still
app-gps-use-position = Use position
app-gps-serial = Serial port
app-gps-replay = Recorded log
app-gps-port = Port
app-gps-gpsd-address = gpsd address
app-gps-log-file = NMEA log file
app-gps-baud = Baud
app-gps-live = Live: { $at } (lon,lat)
app-gps-fix = Fix: { $quality }, { $satellites } satellites, HDOP { $hdop }
app-gps-waiting = Waiting for a fix…
app-gps-counts = { $total } fixes; passed over { $bad } with a bad checksum, { $nofix } without a fix
app-gps-averaging-short = Averaging…
app-gps-average-next = Average the next fixes
app-gps-use-averaged = Use GPS position ({ $count } fixes, spread { $spread } m)
app-gps-averaged = Averaged position
app-gps-at = { $at } (lon,lat)
app-gps-spread = Spread: { $max } m at most, { $rms } m RMS
app-gps-at-least = { $n } at least
app-gps-mean = { $n } mean
app-gps-averaged-from = { $count } fixes averaged, { $quality } or better; satellites { $satellites }; HDOP { $hdop }
app-traverse-benchmark = Benchmark *
app-traverse-benchmark-hint = lon,lat, UTM, MGRS or DMS
app-traverse-bearings-from = Bearings from
app-traverse-wmm = World Magnetic Model
app-traverse-leg-to = Leg to
app-traverse-leg-kind = leg { $n }: the point it reaches
app-traverse-leg-bearing = leg { $n } bearing
app-traverse-leg-distance = leg { $n } distance
app-traverse-remove-leg = remove this leg
app-traverse-add-leg = Add leg
app-traverse-paste = Paste rows from a spreadsheet (kind, bearing, distance)
app-traverse-read-pasted = Read pasted rows
app-traverse-adjust = Adjust by the compass rule (recorded)
app-traverse-accept = Accept a closure worse than the tolerance (recorded)
app-traverse-area = Area { $area } m², perimeter { $perimeter } m
app-traverse-closure = Closure error { $error } m ({ $ratio })
app-traverse-closure-worse = { $closure }: worse than the programme's 1:{ $tolerance }. Check the legs, or accept or adjust it.
app-traverse-declination = Declination { $degrees }° east
app-traverse-adjusted = Adjusted: points moved up to { $most } m; area { $area } m²

## help: the remaining options
# The options of every command not above, and clap's own words: the help subcommand's
# line, --version's, and the errors of a command line refused (cli-args-*: one line, then
# the usage and where to find more; $arg is an option as typed in the usage, --as-of <DATE>).
# tests/i18n.rs checks every command and option has its help-… key here or above.

help-cmd-help = Print this message or the help of the given subcommand(s)
help-arg-help-command = Print help for the subcommand(s)
help-arg-version = Print version
help-default = default
help-env = env
help-possible-values = possible values
cli-args-unknown-argument = unexpected argument '{ $arg }' found
cli-args-value-required = a value is required for '{ $arg }' but none was supplied
cli-args-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-args-invalid-value-reason = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-args-not-a-whole-number = not a whole number
cli-args-not-a-number = not a number
cli-args-out-of-range = must be from { $min } to { $max }
cli-args-possible-values = possible values: { $values }
cli-args-unknown-subcommand = unrecognized subcommand '{ $command }'
cli-args-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-args-commands = subcommands: { $values }
cli-args-missing-required = the following required arguments were not provided: { $args }
cli-args-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-args-subcommand-conflict = the subcommand '{ $command }' cannot be used with '{ $other }'
cli-args-repeated = the argument '{ $arg }' cannot be used multiple times
cli-args-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-args-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-args-too-few-values = '{ $arg }' needs at least { $expected } values; { $actual } given
cli-args-wrong-number-of-values = '{ $arg }' needs { $expected } values; { $actual } given
cli-args-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-args-other = the command line is not valid: { $error }
cli-args-similar = similar: { $suggested }
cli-args-more = For more information, try '{ $help }'.

help-arg-add-evidence-evidence_type = strike|item_seen|accident|witness
help-arg-add-evidence-geometry = Location: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) or WKT POINT (lon lat)
help-arg-add-evidence-hazard_id = UUID of the hazard area it belongs to
help-arg-add-evidence-id = Use this id instead of a new random one
help-arg-add-evidence-note = Free text
help-arg-add-evidence-recorded_on = Date the evidence was recorded, YYYY-MM-DD
help-arg-add-evidence-source = Who or what it came from (witness, team, report)
help-arg-add-find-category = submunition|bomb|projectile|mortar|rocket|grenade|landmine|other [default: from the type list]
help-arg-add-find-condition = intact|damaged|unknown
help-arg-add-find-depth_cm = Depth in centimetres (0 or more)
help-arg-add-find-disposal = destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending
help-arg-add-find-found_on = Date found, YYYY-MM-DD
help-arg-add-find-geometry = Location: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) or WKT POINT (lon lat)
help-arg-add-find-hazard_id = UUID of the hazard area it belongs to
help-arg-add-find-id = Use this id instead of a new random one
help-arg-add-find-note = Free text
help-arg-add-find-ordnance_type = Type code, e.g. M42, BLU-97 (see `clearfield types`)
help-arg-add-find-quantity = Number of items, 1 or more [default: 1]
help-arg-add-find-team = Team name
help-arg-add-hazard-accept-closure = Save a boundary whose closure is worse than the programme's tolerance (recorded)
help-arg-add-hazard-adjust = Distribute the misclosure by the compass (Bowditch) rule before saving (recorded)
help-arg-add-hazard-bearing-ref = The north the bearings are read from: true, grid or magnetic [default: magnetic]
help-arg-add-hazard-benchmark = The benchmark the survey starts from: lon,lat, UTM, MGRS or DMS
help-arg-add-hazard-classification = SHA (suspected) or CHA (confirmed)
help-arg-add-hazard-contamination = cmr|uxo|ap_mines|at_mines|ied|mixed [default: cmr]
help-arg-add-hazard-declination = Magnetic declination, degrees east, instead of the World Magnetic Model's
help-arg-add-hazard-geometry = Boundary as WKT POLYGON or MULTIPOLYGON, lon lat order, rings closed
help-arg-add-hazard-id = Use this id instead of a new random one
help-arg-add-hazard-legs = The legs (kind,bearing_deg,distance_m): the boundary is computed and saved with its survey points
help-arg-add-hazard-name = Name of the hazard area
help-arg-add-hazard-note = Free text
help-arg-add-hazard-region = Administrative region
help-arg-add-hazard-status = active|in_progress|closed [default: active]
help-arg-add-hazard-survey-date = The date of the survey, for the magnetic model [default: the record's date]
help-arg-add-hazard-surveyed_on = Date the hazard area was recorded, YYYY-MM-DD
help-arg-add-release-accept-closure = Save a boundary whose closure is worse than the programme's tolerance (recorded)
help-arg-add-release-adjust = Distribute the misclosure by the compass (Bowditch) rule before saving (recorded)
help-arg-add-release-bearing-ref = The north the bearings are read from: true, grid or magnetic [default: magnetic]
help-arg-add-release-benchmark = The benchmark the survey starts from: lon,lat, UTM, MGRS or DMS
help-arg-add-release-completed_on = Date the land was released, YYYY-MM-DD
help-arg-add-release-declination = Magnetic declination, degrees east, instead of the World Magnetic Model's
help-arg-add-release-depth_cm = Depth in centimetres (0 or more)
help-arg-add-release-geometry = Boundary as WKT POLYGON or MULTIPOLYGON, lon lat order, rings closed
help-arg-add-release-hazard_id = UUID of the hazard area it belongs to
help-arg-add-release-id = Use this id instead of a new random one
help-arg-add-release-legs = The legs (kind,bearing_deg,distance_m): the boundary is computed and saved with its survey points
help-arg-add-release-method = cancelled|reduced|cleared
help-arg-add-release-note = Free text
help-arg-add-release-started_on = Date work started, YYYY-MM-DD
help-arg-add-release-survey-date = The date of the survey, for the magnetic model [default: the record's date]
help-arg-add-release-team = Team name
help-arg-add-survey-bearing_deg = Bearing of the leg that led here, degrees [0, 360)
help-arg-add-survey-bearing_ref = What the bearing is measured from: true|grid|magnetic
help-arg-add-survey-belongs_to = UUID of the hazard area or land release the point marks
help-arg-add-survey-declination_deg = Magnetic declination used, degrees east (west negative)
help-arg-add-survey-distance_m = Length of the leg that led here, metres
help-arg-add-survey-geometry = Location: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), MGRS (36SYB4028185298), DMS (33°16'48"N 35°34'48"E) or WKT POINT (lon lat)
help-arg-add-survey-gps_accuracy_m = GPS accuracy of the position, metres
help-arg-add-survey-hdop = Horizontal dilution of precision of the position
help-arg-add-survey-id = Use this id instead of a new random one
help-arg-add-survey-note = Free text
help-arg-add-survey-point_type = benchmark|reference|start|turning|intermediate|end
help-arg-add-survey-satellites = Satellites used for the position
help-arg-add-survey-sequence = Its place in the survey, from 0 (the benchmark)
help-arg-attach-files = JPEG or PNG files; all are attached, or none when one is refused
help-arg-attach-id = The record's UUID
help-arg-backup-dest = The file to write
help-arg-check-all_problems = List every problem found, not only the first 20 and how many more
help-arg-conflicts-json = Print JSON
help-arg-delete-id = The record's UUID
help-arg-detach-id = The record's UUID
help-arg-detach-photo = The photo's id (from `clearfield photos ID`)
help-arg-edit-bearing_deg = Bearing of the leg that led here, degrees [0, 360)
help-arg-edit-bearing_ref = What the bearing is measured from: true|grid|magnetic
help-arg-edit-belongs_to = UUID of the hazard area or land release the point marks
help-arg-edit-category = submunition|bomb|projectile|mortar|rocket|grenade|landmine|other
help-arg-edit-classification = SHA (suspected) or CHA (confirmed)
help-arg-edit-completed_on = Date the land was released, YYYY-MM-DD
help-arg-edit-condition = intact|damaged|unknown
help-arg-edit-contamination = cmr|uxo|ap_mines|at_mines|ied|mixed
help-arg-edit-declination_deg = Magnetic declination used, degrees east (west negative)
help-arg-edit-depth_cm = Depth in centimetres (0 or more)
help-arg-edit-disposal = destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending
help-arg-edit-distance_m = Length of the leg that led here, metres
help-arg-edit-evidence_type = strike|item_seen|accident|witness
help-arg-edit-found_on = Date found, YYYY-MM-DD
help-arg-edit-geometry = New geometry (WKT, or lon,lat for a find)
help-arg-edit-gps_accuracy_m = GPS accuracy of the position, metres
help-arg-edit-hazard_id = UUID of the hazard area it belongs to
help-arg-edit-hdop = Horizontal dilution of precision of the position
help-arg-edit-id = The record's UUID
help-arg-edit-method = cancelled|reduced|cleared
help-arg-edit-name = Name of the hazard area
help-arg-edit-note = Free text
help-arg-edit-ordnance_type = Type code, e.g. M42, BLU-97 (see `clearfield types`)
help-arg-edit-point_type = benchmark|reference|start|turning|intermediate|end
help-arg-edit-quantity = Number of items, 1 or more
help-arg-edit-recorded_on = Date the evidence was recorded, YYYY-MM-DD
help-arg-edit-region = Administrative region
help-arg-edit-satellites = Satellites used for the position
help-arg-edit-sequence = Its place in the survey, from 0 (the benchmark)
help-arg-edit-source = Who or what it came from (witness, team, report)
help-arg-edit-started_on = Date work started, YYYY-MM-DD
help-arg-edit-status = active|in_progress|closed
help-arg-edit-surveyed_on = Date the hazard area was recorded, YYYY-MM-DD
help-arg-edit-team = Team name
help-arg-generate-finds = How many ordnance finds
help-arg-generate-hazards = How many hazard areas
help-arg-generate-out = New database file
help-arg-generate-releases = How many land releases
help-arg-generate-seed = The seed of the random sequence (the same seed, the same programme)
help-arg-generate-timeline = scattered: every date drawn on its own (the benchmarks'); steady: a programme releasing its hazard areas at a steady pace until 2026-10-31 (the demo's: --seed 3 --hazards 250 --releases 1200 --finds 1500)
help-arg-gps-baud = The serial port's baud rate
help-arg-gps-fixes = How many valid fixes to average
help-arg-gps-gpsd = gpsd's address (HOST:PORT); bare --gpsd is 127.0.0.1:2947
help-arg-gps-json = Print one JSON object
help-arg-gps-port = The receiver's serial port (/dev/ttyUSB0, COM3)
help-arg-gps-replay = A recorded NMEA log to read instead of a receiver
help-arg-gps-timeout = Seconds to wait for them before giving up
help-arg-history-id = The record's UUID
help-arg-import-accept_repairs = With --repair: take every repair whatever it does to the area
help-arg-import-all_problems = List every problem found, not only the first 20 and how many more
help-arg-import-as = Kind of the features that have no "kind" property
help-arg-import-close_tracks = GPX: close an open track or route by joining its ends (the gap is reported) instead of refusing it
help-arg-import-file = File to import, its format told by its content: GeoJSON, GPX, KML or KMZ, a shapefile (its .shp, or a .zip of its parts), a KoboToolbox/ODK export (CSV or XLSX); or - for standard input (GeoJSON)
help-arg-import-list_profiles = List the saved import profiles and stop
help-arg-import-map = A property (a column) read as a field, e.g. --map Site=name (repeatable); for a KoboToolbox/ODK export, --map COLUMN=geometry names the geometry column
help-arg-import-profile = Read the file with the choices (--as, --map, --set, --sheet) saved under this name; choices given besides are added (--map) or take precedence
help-arg-import-repair = Repair invalid boundaries (self-intersections, holes touching or outside their shell, overlapping parts) and list each repair, also in FILE.repairs.csv
help-arg-import-repair_tolerance = With --repair: the largest change of area a repair may make, percent
help-arg-import-save_profile = Once the import succeeds, save its choices (--as, --map, --set, --sheet) under this name in the database, for --profile; without a FILE, only save them
help-arg-import-set = A value for a field the features lack, e.g. --set classification=SHA (repeatable)
help-arg-import-sheet = XLSX: the sheet to read [default: the first]
help-arg-import-skip_invalid = Import the valid features and list the others
help-arg-import-tracks_as = GPX and KML: what tracks, routes and polygons without a kind are: hazard (the default) or release
help-arg-import-update = Give a stored record of the same id and other content the file's content as a new version (always so for a KoboToolbox/ODK export: the submission is the authority); a record deleted here is not brought back
help-arg-list-kind = Only this kind
help-arg-merge-dry_run = Say what would happen; change nothing
help-arg-merge-other = The other Clearfield file
help-arg-photos-id = The record's UUID
help-arg-resolve-id = The record's UUID
help-arg-resolve-keep = This file's version, the other file's, or a version id (or its start)
help-arg-resolve-take = Take one field from another version (repeatable; `geom` is the geometry)
help-arg-restore-src = The backup to restore from
help-arg-show-id = The record's UUID
help-arg-traverse-adjust = Also show the points adjusted by the compass (Bowditch) rule and how far each moved
help-arg-traverse-bearing_ref = The north the bearings are measured from: true, grid (UTM, the benchmark's zone) or magnetic (a compass; turned to true with the declination)
help-arg-traverse-benchmark = The benchmark: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), MGRS (36SYB4028185298) or DMS (33°16'48"N 35°34'48"E)
help-arg-traverse-date = The survey's date, YYYY-MM-DD, for the World Magnetic Model [default: today]
help-arg-traverse-declination = Magnetic declination in degrees, east positive, instead of the World Magnetic Model's (magnetic bearings only)
help-arg-traverse-json = Print one JSON object
help-arg-traverse-legs = The legs: a CSV file with the header kind,bearing_deg,distance_m, the start leg (benchmark to start point) first and the end leg last
help-arg-traverse-tolerance = Largest acceptable misclosure as 1:N of the perimeter; worse exits with status 1

## errors: the reasons a record or a file is refused

err-field-error = { $field } { $value }: { $reason }
err-field-error-no-value = { $field }: { $reason }
err-field-reason-not-a-field = is not a field of a { $kind }
err-field-reason-required = is required
err-field-reason-required-with = is required with { $given }: a leg is a bearing and a distance
err-field-reason-category-required = is required for ordnance type { $type }, which is not in the reference list ({ $choices })
err-field-reason-one-of = must be one of { $choices }
err-field-reason-after-completed = is after completed_on { $date }
err-field-reason-not-a-date = is not a date written YYYY-MM-DD
err-field-reason-no-such-day = is not a calendar date (no such day)
err-field-reason-date-out-of-range = is outside the years 1900 to 2199
err-field-reason-not-a-uuid = is not a UUID (like 3f2b…-…)
err-field-reason-negative = must not be negative
err-field-reason-too-large = is too large
err-field-reason-whole-centimetres = must be a whole number of centimetres
err-field-reason-whole-or-zero = must be a whole number, 0 or more
err-field-reason-whole = must be a whole number
err-field-reason-at-least-one = must be at least 1
err-field-reason-not-a-number = is not a number (like 12.5)
err-field-reason-bearing = must be at least 0 and below 360
err-field-reason-declination = must be between -180 and 180 degrees
err-field-reason-not-an-area = must be a Polygon or MultiPolygon, not a { $type }
err-field-reason-not-a-point = must be a Point, not a { $type }
err-unit-feature = feature
err-unit-record = record
err-problem-feature-id = { $unit } { $n }{ $name } (id { $id }): { $message }
err-problem-feature = { $unit } { $n }{ $name }: { $message }
err-problem-file = file: { $message }
err-problem-reason-same-id = the same id as { $unit } { $first }
err-problem-reason-conflict = conflict: the database already has this id with different { $what }; not overwritten
err-problem-reason-deleted = this record was deleted from the database on { $at } by { $by }; not brought back (its versions are in `clearfield history`)
err-problem-reason-link-not-imported = { $field } { $id } is { $unit } { $feature }, which is not imported
err-problem-reason-no-such-link = { $field } { $id }: no such hazard area in the file or the database
err-problem-reason-no-such-link-or-release = { $field } { $id }: no such hazard area or land release in the file or the database
err-problem-reason-not-an-object = is not a GeoJSON Feature object
err-problem-reason-not-a-feature = is not a GeoJSON Feature (its "type" is not "Feature")
err-problem-reason-properties-not-an-object = "properties" is not an object
err-problem-reason-id-not-a-uuid = id { $id } is not a UUID
err-problem-reason-unknown-kind = kind { $kind } is not one of hazard_area, land_release, ordnance_find, survey_point, evidence_point
err-problem-reason-kind-not-text = kind { $kind } is not text
err-problem-reason-no-kind = has no kind (hazard_area, land_release, ordnance_find, survey_point or evidence_point); give one with --as
err-problem-reason-bare-geometry = is a bare { $type } geometry with no properties: give its kind with --as hazard|release|find (and its fields with --set FIELD=VALUE)
err-problem-reason-not-text-or-number = { $field } must be text or a number
err-problem-reason-no-geometry = has no geometry
err-problem-reason-foreign-crs = its crs member names { $name }, not WGS84 longitude/latitude; GeoJSON (RFC 7946) is always WGS84 lon/lat: reproject it first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)
err-problem-reason-file-crs = the file's crs member names { $name }, not WGS84 longitude/latitude
err-problem-reason-dates-shifted-out = its dates moved by { $days } days would leave the years 1900 to 2199
err-import-error-rejected = { $count } problem(s), nothing was imported
err-import-error-more = … and { $more } more
err-import-error-file = { $why }; nothing was imported
err-file-error-not-json = not JSON: { $detail }
err-file-error-not-geo-json = not GeoJSON: { $detail }
err-gpx-error-unreadable = not a GPX file that can be read: { $detail }
err-gpx-error-write = cannot write GPX: { $detail }
err-gpx-error-open = { $what } is open: its last point is { $gap } m from its first; a boundary must be closed (give --close-tracks to close it, the gap is reported)
err-kml-error-unreadable = not a KML file that can be read: { $detail }
err-kml-error-not-kmz = not a KMZ file: { $detail }
err-kobo-error-unreadable = not a readable { $what }: { $why }
err-kobo-error-no-sheet = the workbook has no sheet { $name } (it has { $have })
err-kobo-error-empty = no submissions: the file has no rows below its header
err-kobo-error-no-column = --map { $column }=geometry: there is no column { $quoted }
err-kobo-error-no-geometry = no column holds ODK geopoints or geoshapes ("lat lon alt acc;…") in every row; name it with --map COLUMN=geometry
err-kobo-error-rows = { $count } row(s) cannot be read: { $rows }
err-store-what-geopackage = a GeoPackage
err-store-what-sqlite = an SQLite database
err-store-wanted-upgrade = upgrade its schema
err-store-wanted-change = change it
err-store-error-missing = { $path }: no such file; create it with `clearfield init`
err-store-error-exists = { $path }: a file is already there (not a Clearfield database, or one not to be replaced); nothing was changed
err-store-error-not-a-database = { $path }: not a database file ({ $reason })
err-store-error-not-ours = { $path }: { $what }, not a Clearfield database (it has no clearfield_meta table); nothing was changed
err-store-error-too-new = { $path }: schema version { $found } was written by a newer Clearfield (this one reads up to { $supported }); update Clearfield, the file was not changed
err-store-error-bad-version = { $path }: schema version { $found } in clearfield_meta is not a number
err-store-error-corrupt = { $path }: the database is damaged ({ $details }); restore it from a backup, the file was not changed
err-store-error-read-only = { $path }: the file can only be read (write-protected media, a read-only share, or no permission), so Clearfield cannot { $wanted }; copy it to a writable folder first. Nothing was changed
err-store-error-shared-read-only = { $path }: the file was left in WAL mode and its folder cannot be written by this user, so it cannot be read safely while others may be writing it; ask for write access to the folder, or copy the file and open the copy
err-store-error-needs-upgrade = { $path }: schema version { $found } is older than this build's { $current }; open it once with this Clearfield (`clearfield --db FILE check`) to upgrade it, then try again
err-store-error-read-only-wal = { $path }: the file is on read-only media with changes not yet merged into it (its -wal file beside it); copy the file together with its -wal and -shm files to a writable folder and open it there
err-store-error-merge-refused = cannot merge { $path }: { $reason }; nothing was changed
err-store-error-no-such-file = { $path }: no such file
err-store-error-not-a-photo = { $file }: not a JPEG or PNG photo (told by its first bytes); nothing was attached
err-store-error-not-found = no record with id { $id }
err-store-error-changed-since = record { $id } was changed meanwhile (by a merge or another program); nothing was written, open it again
err-store-error-in-conflict = record { $id } is in conflict after a merge; resolve it first (Conflicts, or `clearfield resolve`)
err-store-error-duplicate-id = { $kind } { $id }: a record with this id already exists
err-store-error-no-such-hazard = { $kind } { $id }: { $field } { $hazard }: no such hazard area
err-store-error-no-such-hazard-or-release = { $kind } { $id }: { $field } { $hazard }: no such hazard area or land release
err-store-error-referenced = { $kind } { $id }: { $releases } land release(s), { $finds } ordnance find(s) and { $points } survey or evidence point(s) refer to it; delete or relink them first
err-store-error-no-conflict = record { $id } is not in conflict (see `clearfield conflicts`)
err-store-error-bad-choice = record { $id }: { $reason }
err-store-error-not-in-conflict = record { $id }: { $version } is not one of the versions in conflict ({ $versions })
err-store-error-not-a-field = record { $id }: { $field } is not a field of a { $kind } (fields: { $fields }, geom)
err-store-error-deletion-has-no-fields = record { $id }: version { $version } deletes the record; it has no { $field } to take, nor takes one
err-store-error-invalid-choice = record { $id }: the { $kind } these choices make is not valid: { $invalid }; nothing was written
err-store-error-bad-setting = setting { $key } { $value }: { $reason }; set it again with `clearfield settings`
err-store-error-no-such-photo = no photo with id { $id }
err-store-error-not-attached = photo { $photo } is not attached to record { $record } (see `clearfield photos { $record }`)
err-store-error-already-attached = { $file }: record { $record } already has this photo (as { $photo }); nothing was attached
err-traverse-error-benchmark = benchmark (lon { $lon }, lat { $lat }) is not a position: lon -180..180, lat -90..90
err-traverse-error-order = leg { $leg }: kind { $kind }: { $why }
err-traverse-error-bearing = leg { $leg }: bearing { $value } is outside 0 to 360 (360 excluded)
err-traverse-error-distance = leg { $leg }: distance { $value } m must be a finite number, not negative
err-traverse-error-declination = declination { $value }: { $why }
err-traverse-error-wmm = no magnetic declination for { $date } at lat { $lat }, lon { $lon }: { $why }; give --declination
err-traverse-error-no-utm-zone = grid bearings need a UTM zone; the benchmark at lat { $lat } is outside 80°S–84°N
err-traverse-error-off-the-map = leg { $leg } ends off the map (lon { $lon }, lat { $lat })
err-traverse-error-too-few-points = the perimeter has { $count } distinct points; an area needs at least 3
err-traverse-error-self-intersecting = the perimeter crosses itself near lon { $lon }, lat { $lat }; check the legs
err-traverse-error-polygon = the perimeter { $why }
err-traverse-reason-first-start = the first leg must be of kind start (benchmark to start point)
err-traverse-reason-only-first-start = only the first leg is of kind start
err-traverse-reason-only-last-end = only the last leg is of kind end
err-traverse-reason-last-end = the last leg must be of kind end (it reaches the end point)
err-traverse-reason-reaches = a leg reaches a start, turning, intermediate or end point
err-traverse-reason-declination-range = must be a number of degrees from -180 to 180 (east positive)
err-traverse-reason-declination-magnetic = applies to magnetic bearings only
err-on-line = { $file }: line { $line }: { $why }
err-gps-error-open = no { $what }: { $reason }
err-gps-error-silent = no { $what }: nothing received in { $secs } s
err-gps-error-too-few = { $what }: { $got } of { $wanted } valid fixes in { $secs } s ({ $counts })
err-gps-error-no-fix = { $what }: no valid fix in it ({ $counts })
err-gps-error-read = { $what }: cannot read: { $reason }
err-gps-error-average = { $what }: { $error }
err-gps-counts-lines = { $count } lines read
err-gps-counts-none-nmea = none of them NMEA 0183 (a serial port at the wrong baud rate?)
err-gps-counts-bad-checksum = { $count } with a bad checksum
err-gps-counts-no-fix = { $count } GGA without a fix
err-gps-counts-unreadable = { $count } unreadable
err-gps-counts-ignored = { $count } other sentences
err-gps-counts-not-nmea = { $count } not NMEA
err-average-error-no-fix = no valid fix to average
err-average-error-out-of-range = fix { $index }: lon { $lon }, lat { $lat } is not a position (lon -180..180, lat -90..90)
err-hub-error-connect = { $url }: cannot connect: { $reason }
err-hub-error-not-a-hub = { $url }: not a Clearfield hub; create it with `clearfield hub init { $url }`
err-hub-error-schema-older = { $url }: hub schema { $found }, this build works with schema { $supported }; upgrade it with `clearfield hub init`
err-hub-error-schema-newer = { $url }: hub schema { $found }, this build works with schema { $supported }; use a newer Clearfield
err-hub-error-bad-version = version { $version } of { $record }: { $reason }
err-hub-error-photo-differs = photo { $uuid } has different bytes in the file and the hub; nothing was sent
err-report-error-period = --from { $from } is after --to { $to }

## geometry: what is wrong with a shape
geom-part-boundary = the boundary
geom-part-hole = hole { $hole }
geom-part-part-boundary = part { $part }'s boundary
geom-part-part-hole = part { $part }'s hole { $hole }
geom-part-exterior-ring = exterior ring
geom-part-interior-ring = interior ring { $ring }
geom-part-polygon-exterior-ring = polygon { $polygon }: exterior ring
geom-part-polygon-interior-ring = polygon { $polygon }: interior ring { $ring }
geom-part-point = point
geom-hint-projected-metres = these look like projected metres, e.g. UTM; give WGS84 lon/lat degrees
geom-hint-swapped = longitude and latitude may be swapped; the order is lon, lat
err-geometry-empty = is empty
err-geometry-non-finite = { $part }: coordinate { $index } is not a finite number
err-geometry-out-of-range = { $part }: coordinate { $index } (lon { $lon }, lat { $lat }) is outside lon -180..180, lat -90..90{ $hint }
err-geometry-self-intersection = { $ring } crosses itself near lon { $lon }, lat { $lat }
err-geometry-crosses-antimeridian = { $part }: the edge from coordinate { $index } (lon { $from }) to the next (lon { $to }) spans more than 180° of longitude; split a boundary that crosses the antimeridian at 180° (RFC 7946 §3.1.9)
err-geometry-zero-area = { $part } encloses no area: its points are all on one line
err-geometry-whole-world = { $part } covers the whole world (lon -180..180, lat -90..90); a hazard area over half the Earth is never right
err-geometry-over-half-the-earth = { $part } encloses { $percent } % of the Earth's surface; a hazard area over half the Earth is never right
err-geometry-topology-too-few-corners = { $ring } has fewer than 3 distinct corners
err-geometry-topology-crosses-itself = { $ring } crosses itself
err-geometry-topology-not-a-number = { $ring } has a coordinate that is not a number (corner { $corner })
err-geometry-topology-hole-outside = { $hole } is not inside { $boundary }
err-geometry-topology-rings-share-an-edge = { $a } and { $b } share an edge
err-geometry-topology-rings-overlap = { $a } and { $b } overlap
err-geometry-topology-parts-overlap = parts { $a } and { $b } overlap
err-geometry-topology-parts-share-an-edge = parts { $a } and { $b } share an edge
err-problem-reason-projected-ring = geometry: { $ring }: coordinates look like projected metres (e.g. UTM), not WGS84 lon/lat degrees: reproject first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)
