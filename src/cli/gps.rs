//! `gps`: a position from a GPS receiver (serial port, gpsd, or a recorded NMEA log),
//! averaged over several fixes.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use clap::Args;

use crate::i18n::Messages;
use crate::io::coords::{mgrs_text, utm_text};
use crate::io::nmea::{self, Averaged, Counts, Source};

/// `gps`'s arguments: exactly one source.
#[derive(Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["port", "gpsd", "replay"])))]
pub(super) struct GpsArgs {
    /// The receiver's serial port (/dev/ttyUSB0, COM3)
    #[arg(long, value_name = "DEV")]
    port: Option<String>,
    /// The serial port's baud rate
    #[arg(long, value_name = "N", default_value_t = nmea::DEFAULT_BAUD, requires = "port")]
    baud: u32,
    /// gpsd's address (HOST:PORT); bare --gpsd is 127.0.0.1:2947
    #[arg(long, value_name = "HOST:PORT", num_args = 0..=1, default_missing_value = nmea::DEFAULT_GPSD)]
    gpsd: Option<String>,
    /// A recorded NMEA log to read instead of a receiver
    #[arg(long, value_name = "FILE")]
    replay: Option<PathBuf>,
    /// How many valid fixes to average
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    fixes: u32,
    /// Seconds to wait for them before giving up
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    timeout: u64,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
}

/// `gps`: reads the fixes, averages them, prints the position in lon,lat, UTM and MGRS with
/// the spread of the fixes. An error (exit 2) when there is no receiver, nothing in time,
/// or no valid fix in a log.
pub(super) fn gps(a: GpsArgs, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let source = match (a.port, a.gpsd, a.replay) {
        (Some(port), _, _) => Source::Serial { port, baud: a.baud },
        (_, Some(addr), _) => Source::Gpsd(addr),
        (_, _, Some(path)) => Source::Replay(path),
        // clap's group requires one.
        (None, None, None) => anyhow::bail!("give --port, --gpsd or --replay"),
    };
    let wanted = a.fixes as usize;
    let (avg, counts) = nmea::position(&source, wanted, Duration::from_secs(a.timeout))?;
    if a.json {
        print_json(&avg, &counts, wanted, out)
    } else {
        print_text(&avg, &counts, wanted, msgs, out)
    }
}

/// Seven decimals of a degree: about a centimetre.
fn lon_lat(avg: &Averaged) -> String {
    format!("{:.7},{:.7}", avg.lon, avg.lat)
}

fn print_text(
    avg: &Averaged,
    c: &Counts,
    wanted: usize,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    // Figures formatted here (decimals as a surveyor reads them), separators for the language.
    let num = |text: String| -> crate::i18n::Arg<'static> { msgs.number(&text).into() };
    let mut line = |key: &str, args: &[(&str, crate::i18n::Arg)]| -> Result<()> {
        writeln!(out, "{}", msgs.text(key, args))?;
        Ok(())
    };
    line("gps-position", &[("lonlat", lon_lat(avg).into())])?;
    if let Some(utm) = utm_text(avg.lon, avg.lat) {
        line("gps-utm", &[("utm", utm.into())])?;
    }
    if let Some(mgrs) = mgrs_text(avg.lon, avg.lat) {
        line("gps-mgrs", &[("mgrs", mgrs.into())])?;
    }
    if let Some(alt) = avg.altitude {
        line("gps-altitude", &[("metres", num(format!("{alt:.1}")))])?;
    }
    line(
        "gps-spread",
        &[
            ("max", num(format!("{:.2}", avg.spread_max_m))),
            ("rms", num(format!("{:.2}", avg.spread_rms_m))),
        ],
    )?;
    let quality = avg.quality.name();
    if avg.count < wanted {
        line(
            "gps-fixes-short",
            &[
                ("count", avg.count.to_string().into()),
                ("wanted", wanted.to_string().into()),
                ("quality", quality.into()),
            ],
        )?;
    } else {
        line(
            "gps-fixes",
            &[
                ("count", avg.count.to_string().into()),
                ("quality", quality.into()),
            ],
        )?;
    }
    if let Some(s) = avg.min_satellites {
        line("gps-satellites", &[("count", s.to_string().into())])?;
    }
    if let Some(h) = avg.mean_hdop {
        line("gps-hdop", &[("hdop", num(format!("{h:.2}")))])?;
    }
    line(
        "gps-passed-over",
        &[
            ("bad", c.bad_checksum.to_string().into()),
            ("nofix", c.no_fix.to_string().into()),
            ("unreadable", c.unreadable.to_string().into()),
        ],
    )
}

fn print_json(avg: &Averaged, c: &Counts, wanted: usize, out: &mut dyn Write) -> Result<()> {
    let v = serde_json::json!({
        "lon": avg.lon,
        "lat": avg.lat,
        "utm": utm_text(avg.lon, avg.lat),
        "mgrs": mgrs_text(avg.lon, avg.lat),
        "altitude_m": avg.altitude,
        "spread_max_m": avg.spread_max_m,
        "spread_rms_m": avg.spread_rms_m,
        "fixes": avg.count,
        "fixes_asked": wanted,
        "quality": avg.quality.name(),
        "min_satellites": avg.min_satellites,
        "mean_hdop": avg.mean_hdop,
        "bad_checksum": c.bad_checksum,
        "no_fix": c.no_fix,
        "unreadable": c.unreadable,
    });
    writeln!(out, "{v}")?;
    Ok(())
}
