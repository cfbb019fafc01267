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
