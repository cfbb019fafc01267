//! The flags generated from the model's field lists: `add KIND` with a `--FIELD VALUE` per
//! field of that kind ([`NewRecord`]), `edit` with one per field of every kind
//! ([`FieldFlags`]). clap's derive cannot make flags from a list, so these two implement
//! its traits by hand.

use clap::{Arg, ArgMatches, Args, FromArgMatches, Subcommand};

use crate::model::{Fields, RecordKind};

/// One line per field: its help text, for `add` and `edit`.
fn field_help(field: &str) -> &'static str {
    match field {
        "name" => "Name of the hazard area",
        "classification" => "SHA (suspected) or CHA (confirmed)",
        "contamination" => "cmr|uxo|ap_mines|at_mines|ied|mixed [default: cmr]",
        "surveyed_on" => "Date the hazard area was recorded, YYYY-MM-DD",
        "region" => "Administrative region",
        "status" => "active|in_progress|closed [default: active]",
        "note" => "Free text",
        "hazard_id" => "UUID of the hazard area it belongs to",
        "method" => "cancelled|reduced|cleared",
        "started_on" => "Date work started, YYYY-MM-DD",
        "completed_on" => "Date the land was released, YYYY-MM-DD",
        "team" => "Team name",
        "depth_cm" => "Depth in centimetres (0 or more)",
        "ordnance_type" => "Type code, e.g. M42, BLU-97 (see `clearfield types`)",
        "category" => {
            "submunition|bomb|projectile|mortar|rocket|grenade|landmine|other [default: from the type list]"
        }
        "quantity" => "Number of items, 1 or more [default: 1]",
        "condition" => "intact|damaged|unknown",
        "found_on" => "Date found, YYYY-MM-DD",
        "disposal" => "destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending",
        "belongs_to" => "UUID of the hazard area or land release the point marks",
        "point_type" => "benchmark|reference|start|turning|intermediate|end",
        "sequence" => "Its place in the survey, from 0 (the benchmark)",
        "bearing_deg" => "Bearing of the leg that led here, degrees [0, 360)",
        "bearing_ref" => "What the bearing is measured from: true|grid|magnetic",
        "distance_m" => "Length of the leg that led here, metres",
        "declination_deg" => "Magnetic declination used, degrees east (west negative)",
        "gps_accuracy_m" => "GPS accuracy of the position, metres",
        "hdop" => "Horizontal dilution of precision of the position",
        "satellites" => "Satellites used for the position",
        "evidence_type" => "strike|item_seen|accident|witness",
        "recorded_on" => "Date the evidence was recorded, YYYY-MM-DD",
        "source" => "Who or what it came from (witness, team, report)",
        _ => "",
    }
}

/// A field's flag: `surveyed_on` is `--surveyed-on`.
fn flag(field: &str) -> String {
    field.replace('_', "-")
}

/// `--FIELD VALUE` for each of `fields`; the argument's id is the field's name.
fn field_args(fields: &[&'static str]) -> Vec<Arg> {
    flags_of(fields, field_help)
}

/// `edit`'s flags: as `add`'s, without the defaults a new record takes (an edit changes
/// only the fields given).
fn edit_field_args(fields: &[&'static str]) -> Vec<Arg> {
    flags_of(fields, |f| {
        let help = field_help(f);
        help.split(" [default:").next().unwrap_or(help)
    })
}

/// A `--FIELD VALUE` flag for each field, with its help.
fn flags_of(fields: &[&'static str], help: impl Fn(&str) -> &'static str) -> Vec<Arg> {
    fields
        .iter()
        .map(|f| {
            Arg::new(*f)
                .long(flag(f))
                .value_name("VALUE")
                .allow_hyphen_values(true)
                .help(help(f))
        })
        .collect()
}

/// The traverse flags of `add hazard|release`, when `--legs` was given.
fn survey_flags(m: &ArgMatches, kind: RecordKind) -> Option<SurveyFlags> {
    if kind.is_point() {
        return None;
    }
    let text = |name: &str| m.get_one::<String>(name).cloned();
    Some(SurveyFlags {
        benchmark: text("benchmark")?,
        legs: text("legs")?.into(),
        bearing_ref: text("bearing-ref"),
        declination: text("declination"),
        date: text("survey-date"),
        accept: m.get_flag("accept-closure"),
        adjust: m.get_flag("adjust"),
    })
}

/// The values given for `names`, by field name.
fn given_fields(m: &ArgMatches, names: &[&'static str]) -> Fields {
    names
        .iter()
        .filter_map(|f| m.get_one::<String>(f).map(|v| ((*f).to_owned(), v.clone())))
        .collect()
}

/// Every kind's fields, each once, in the order of the kinds' lists.
fn all_fields() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = RecordKind::ALL
        .iter()
        .flat_map(|k| k.fields().iter().copied())
        .collect();
    let mut seen = std::collections::HashSet::new();
    v.retain(|f| seen.insert(*f));
    v
}

/// `--geometry` of `add KIND` (`--at` too for a find).
fn geometry_arg(kind: RecordKind) -> Arg {
    // Hyphen values: western longitudes and southern latitudes start with '-'.
    let arg = Arg::new("geometry")
        .long("geometry")
        .value_name("WKT|LON,LAT")
        .allow_hyphen_values(true);
    match kind {
        k if k.is_point() => arg.visible_alias("at").help(
            "Location: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), \
             MGRS (36SYB4028185298), DMS (33°16'48\"N 35°34'48\"E) or WKT POINT (lon lat)",
        ),
        _ => arg.help("Boundary as WKT POLYGON or MULTIPOLYGON, lon lat order, rings closed"),
    }
}

/// `add KIND`: named as the command line names kinds ([`RecordKind::short`]).
fn add_command(kind: RecordKind) -> clap::Command {
    let about = match kind {
        RecordKind::HazardArea => "Add a hazard area (SHA or CHA)",
        RecordKind::LandRelease => "Add land cancelled, reduced or cleared",
        RecordKind::OrdnanceFind => "Add an ordnance find",
        RecordKind::SurveyPoint => {
            "Add a survey point (benchmark, reference, start, turning, intermediate, end) of a hazard area or land release"
        }
        RecordKind::EvidencePoint => {
            "Add an evidence point (strike, item seen, accident, witness report)"
        }
    };
    let command = clap::Command::new(kind.short()).about(about);
    let command = if kind.is_point() {
        command.arg(geometry_arg(kind).required(true))
    } else {
        command
            .arg(
                geometry_arg(kind)
                    .required_unless_present("legs")
                    .conflicts_with("legs"),
            )
            .args(survey_args())
    };
    command
        .arg(
            Arg::new("id")
                .long("id")
                .value_name("UUID")
                .help("Use this id instead of a new random one"),
        )
        .args(field_args(kind.fields()))
}

/// The flags of `add hazard|release` that give the boundary as a traverse (see
/// `clearfield traverse`) instead of `--geometry`.
fn survey_args() -> Vec<Arg> {
    let flag = |name: &'static str, value: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .value_name(value)
            .allow_hyphen_values(true)
            .help(help)
            .help_heading("Boundary from a traverse")
    };
    let switch = |name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .action(clap::ArgAction::SetTrue)
            .help(help)
            .help_heading("Boundary from a traverse")
    };
    vec![
        flag(
            "benchmark",
            "POS",
            "The benchmark the survey starts from: lon,lat, UTM, MGRS or DMS",
        )
        .requires("legs"),
        flag(
            "legs",
            "FILE.csv",
            "The legs (kind,bearing_deg,distance_m): the boundary is computed and saved with its survey points",
        )
        .requires("benchmark"),
        flag(
            "bearing-ref",
            "REF",
            "The north the bearings are read from: true, grid or magnetic [default: magnetic]",
        )
        .requires("legs"),
        flag(
            "declination",
            "DEG",
            "Magnetic declination, degrees east, instead of the World Magnetic Model's",
        )
        .requires("legs"),
        flag(
            "survey-date",
            "DATE",
            "The date of the survey, for the magnetic model [default: the record's date]",
        )
        .requires("legs"),
        switch(
            "accept-closure",
            "Save a boundary whose closure is worse than the programme's tolerance (recorded)",
        )
        .requires("legs"),
        switch(
            "adjust",
            "Distribute the misclosure by the compass (Bowditch) rule before saving (recorded)",
        )
        .requires("legs"),
    ]
}

/// A boundary given as a traverse to `add hazard|release` (see [`survey_args`]).
pub(super) struct SurveyFlags {
    /// `--benchmark`.
    pub(super) benchmark: String,
    /// `--legs`.
    pub(super) legs: std::path::PathBuf,
    /// `--bearing-ref`, as typed.
    pub(super) bearing_ref: Option<String>,
    /// `--declination`, as typed.
    pub(super) declination: Option<String>,
    /// `--survey-date`, as typed.
    pub(super) date: Option<String>,
    /// `--accept-closure`.
    pub(super) accept: bool,
    /// `--adjust`.
    pub(super) adjust: bool,
}

/// What `add KIND` was given: the record's kind, its geometry, its id if chosen, and the
/// values of its fields, all as typed (the model checks them).
pub(super) struct NewRecord {
    /// The subcommand: `hazard`, `release` or `find`.
    pub(super) kind: RecordKind,
    /// `--geometry` (`--at`).
    pub(super) geometry: String,
    /// `--id`.
    pub(super) id: Option<String>,
    /// The `--FIELD VALUE` flags given, by field name.
    pub(super) fields: Fields,
    /// The boundary as a traverse, when `--legs` was given.
    pub(super) survey: Option<SurveyFlags>,
}

impl FromArgMatches for NewRecord {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let missing = || {
            clap::Error::raw(
                clap::error::ErrorKind::MissingSubcommand,
                "add what? hazard, release or find",
            )
        };
        let (name, sub) = m.subcommand().ok_or_else(missing)?;
        let kind: RecordKind = name
            .parse()
            .map_err(|e| clap::Error::raw(clap::error::ErrorKind::InvalidSubcommand, e))?;
        Ok(NewRecord {
            kind,
            geometry: sub
                .get_one::<String>("geometry")
                .cloned()
                .unwrap_or_default(),
            id: sub.get_one::<String>("id").cloned(),
            fields: given_fields(sub, kind.fields()),
            survey: survey_flags(sub, kind),
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl Subcommand for NewRecord {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        cmd.subcommands(RecordKind::ALL.map(add_command))
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        RecordKind::ALL.iter().any(|k| k.short() == name)
    }
}

/// `edit`'s `--FIELD VALUE` flags, one per field of any kind: the values given, by field
/// name (an empty value clears the field).
pub(super) struct FieldFlags(pub(super) Fields);

impl FromArgMatches for FieldFlags {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(FieldFlags(given_fields(m, &all_fields())))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        self.0.extend(given_fields(m, &all_fields()));
        Ok(())
    }
}

impl Args for FieldFlags {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.args(edit_field_args(&all_fields()))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}
