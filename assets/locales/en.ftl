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
