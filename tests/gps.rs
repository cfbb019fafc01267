//! Positions from a GPS receiver, with real components: a recorded NMEA log
//! (`tests/data/receiver.nmea`, written by `tests/data/make_receiver_log.py`, checksums
//! computed there) sent through a pseudo-terminal and read as a serial port; the same log
//! through Debian's gpsd (`gpsfake`); `clearfield gps` on it; and the app's GPS panel.
//!
//! The log: 12 epochs near 33°16.2'N 35°33.0'E. Epoch 5 has no fix (GGA quality 0) and
//! epoch 7's GGA has a bad checksum, both far from the others (7 m and 17 m), so counting
//! either would move the mean. The 10 valid GGAs, in units of 0.0001 minute from
//! 33°16.2000'N and 35°33.0000'E:
//!   north: 3 + 5 - 2 + 0 + 7 + 1 - 4 + 2 + 6 - 1 = 17, mean 1.7
//!   east: -3 + 2 + 4 + 0 - 5 + 1 + 3 - 2 + 6 + 4 = 10, mean 1.0
//! so the mean is lat 33 + 16.20017/60 = 33.270002833…, lon 35 + 33.0001/60 = 35.550001666….
//! Satellites 8 8 7 7 6 8 9 9 8 8: at least 6. HDOP 0.9 0.9 1.0 1.1 1.3 0.9 0.8 0.8 0.9 1.0:
//! sum 9.6, mean 0.96. Altitude: sum 7125.5, mean 712.55 m.

mod common;

use std::io::Write;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clearfield::app::ClearfieldApp;
use clearfield::geom::fixes::{AverageError, Averaged, Fix, FixQuality, average};
use clearfield::io::nmea::{self, Counts, Source};
use common::settle;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const MEAN_LAT: f64 = 33.0 + 16.20017 / 60.0;
const MEAN_LON: f64 = 35.0 + 33.0001 / 60.0;

fn log_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/receiver.nmea")
}

/// A pseudo-terminal in raw mode (as a serial line is): the master side, and the path of
/// the slave side with its descriptor, kept open while the test runs.
fn pty() -> (std::fs::File, PathBuf, OwnedFd) {
    use nix::sys::termios::{SetArg, cfmakeraw, tcgetattr, tcsetattr};
    let p = nix::pty::openpty(None, None).unwrap();
    let mut t = tcgetattr(&p.slave).unwrap();
    cfmakeraw(&mut t);
    tcsetattr(&p.slave, SetArg::TCSANOW, &t).unwrap();
    let path = nix::unistd::ttyname(&p.slave).unwrap();
    (std::fs::File::from(p.master), path, p.slave)
}

/// Writes `bytes` to the master side on a named thread, a line at a time as a receiver
/// would, then keeps the master open until told to stop (a closed master ends the slave).
fn feed(
    mut master: std::fs::File,
    bytes: Vec<u8>,
) -> (mpsc::Sender<()>, std::thread::JoinHandle<()>) {
    let (stop, stopped) = mpsc::channel::<()>();
    let handle = std::thread::Builder::new()
        .name("pty-receiver".into())
        .spawn(move || {
            for line in bytes.split_inclusive(|&b| b == b'\n') {
                master.write_all(line).unwrap();
                std::thread::sleep(Duration::from_millis(2));
            }
            let _ = stopped.recv_timeout(Duration::from_secs(60));
        })
        .unwrap();
    (stop, handle)
}

/// The valid fixes' mean and spread computed by python3 and pyproj from the log itself:
/// its own checksum test, GGA quality 1-5 only, Karney's geodesic (Geod.inv).
const PYPROJ: &str = r#"
import sys
from functools import reduce
from pyproj import Geod
pts = []
for line in open(sys.argv[1], encoding="ascii"):
    line = line.strip()
    body, _, cs = line[1:].partition("*")
    if reduce(lambda a, c: a ^ ord(c), body, 0) != int(cs, 16):
        continue
    f = body.split(",")
    if f[0][2:] != "GGA" or f[6] not in "12345" or not f[2]:
        continue
    lat = (int(f[2][:2]) + float(f[2][2:]) / 60) * (1 if f[3] == "N" else -1)
    lon = (int(f[4][:3]) + float(f[4][3:]) / 60) * (1 if f[5] == "E" else -1)
    pts.append((lon, lat))
mlon = sum(p[0] for p in pts) / len(pts)
mlat = sum(p[1] for p in pts) / len(pts)
g = Geod(ellps="WGS84")
d = [g.inv(mlon, mlat, lon, lat)[2] for lon, lat in pts]
print(len(pts), repr(mlon), repr(mlat), repr(max(d)), repr((sum(x * x for x in d) / len(d)) ** 0.5))
"#;

/// The hand-computed figures (see the top of the file) and, where python3 with pyproj is
/// there, the spread computed independently.
fn check_average(avg: &Averaged, counts: &Counts) {
    assert_eq!(avg.count, 10, "{avg:?}");
    assert!(
        (avg.lat - MEAN_LAT).abs() < 1e-11,
        "{} vs {MEAN_LAT}",
        avg.lat
    );
    assert!(
        (avg.lon - MEAN_LON).abs() < 1e-11,
        "{} vs {MEAN_LON}",
        avg.lon
    );
    assert_eq!(avg.min_satellites, Some(6));
    assert!(
        (avg.mean_hdop.unwrap() - 0.96).abs() < 1e-6,
        "{:?}",
        avg.mean_hdop
    );
    assert!(
        (avg.altitude.unwrap() - 712.55).abs() < 1e-4,
        "{:?}",
        avg.altitude
    );
    assert_eq!((counts.bad_checksum, counts.no_fix), (1, 1), "{counts:?}");
    // The fixes lie within a few metres: 0.0001' of latitude is 0.185 m.
    assert!(avg.spread_max_m > 0.5 && avg.spread_max_m < 2.0, "{avg:?}");
    if !common::tool("python3", &["-c", "import pyproj"], "pyproj") {
        return;
    }
    let out = Command::new("python3")
        .args(["-c", PYPROJ])
        .arg(log_path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let v: Vec<f64> = text
        .split_whitespace()
        .map(|w| w.parse().unwrap())
        .collect();
    assert_eq!(v[0], 10.0, "pyproj counted {text}");
    assert!(
        (avg.lon - v[1]).abs() < 1e-11 && (avg.lat - v[2]).abs() < 1e-11,
        "{text}"
    );
    assert!(
        (avg.spread_max_m - v[3]).abs() < 1e-6,
        "max {} vs pyproj {}",
        avg.spread_max_m,
        v[3]
    );
    assert!(
        (avg.spread_rms_m - v[4]).abs() < 1e-6,
        "rms {} vs pyproj {}",
        avg.spread_rms_m,
        v[4]
    );
}

#[test]
fn a_receiver_on_a_serial_port_is_averaged() {
    let (master, path, _slave) = pty();
    let (stop, writer) = feed(master, std::fs::read(log_path()).unwrap());
    let source = Source::Serial {
        port: path.to_string_lossy().into_owned(),
        baud: nmea::DEFAULT_BAUD,
    };
    let result = nmea::position(&source, 10, Duration::from_secs(20));
    stop.send(()).unwrap();
    writer.join().unwrap();
    let (avg, counts) = result.unwrap();
    check_average(&avg, &counts);
}

#[test]
fn a_log_replayed_is_averaged() {
    let (avg, counts) =
        nmea::position(&Source::Replay(log_path()), 10, Duration::from_secs(5)).unwrap();
    check_average(&avg, &counts);
}

/// Runs `clearfield gps ARGS`; its exit code, stdout and stderr, and how long it took.
fn gps(args: &[&str]) -> (Option<i32>, String, String, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = common::run(&dir.path().join("unused.gpkg"), &[&["gps"], args].concat());
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        started.elapsed(),
    )
}

#[test]
fn cli_replay_prints_the_position() {
    let log = log_path();
    let log = log.to_str().unwrap();
    let (code, out, err, _) = gps(&["--replay", log]);
    assert_eq!(code, Some(0), "{err}");
    let utm = clearfield::io::coords::utm_text(MEAN_LON, MEAN_LAT).unwrap();
    let mgrs = clearfield::io::coords::mgrs_text(MEAN_LON, MEAN_LAT).unwrap();
    for want in [
        "position: 35.5500017,33.2700028 (lon,lat WGS84)".to_owned(),
        format!("UTM: {utm}"),
        format!("MGRS: {mgrs}"),
        "altitude: 712.6 m".to_owned(),
        "fixes: 10 averaged, quality GPS or better".to_owned(),
        "satellites: 6 at least".to_owned(),
        "HDOP: 0.96 mean".to_owned(),
        "1 with a bad checksum, 1 GGA without a fix".to_owned(),
    ] {
        assert!(out.contains(&want), "{want:?} not in\n{out}");
    }
    assert!(
        out.contains("spread: ") && out.contains(" m RMS from the mean"),
        "{out}"
    );

    let (code, out, err, _) = gps(&["--replay", log, "--json", "--fixes", "4"]);
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The first 4 valid fixes: north 3 5 -2 0 (mean 1.5), east -3 2 4 0 (mean 0.75).
    let lat = v["lat"].as_f64().unwrap();
    let lon = v["lon"].as_f64().unwrap();
    assert!((lat - (33.0 + 16.20015 / 60.0)).abs() < 1e-11, "{v}");
    assert!((lon - (35.0 + 33.000075 / 60.0)).abs() < 1e-11, "{v}");
    assert_eq!(v["fixes"], 4);
    assert_eq!(v["fixes_asked"], 4);
    assert_eq!(v["min_satellites"], 7);
    assert_eq!(v["quality"], "GPS");
    assert_eq!(
        v["utm"].as_str(),
        clearfield::io::coords::utm_text(lon, lat).as_deref()
    );
    assert_eq!(
        v["mgrs"].as_str(),
        clearfield::io::coords::mgrs_text(lon, lat).as_deref()
    );
    assert!(v["spread_max_m"].as_f64().unwrap() > 0.0, "{v}");
    assert!(v["spread_rms_m"].as_f64().unwrap() > 0.0, "{v}");
    assert!(
        v["mean_hdop"].as_f64().is_some() && v["altitude_m"].as_f64().is_some(),
        "{v}"
    );
}

#[test]
fn cli_a_log_without_a_valid_fix_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nofix.nmea");
    // Epoch 5 (no fix) and epoch 7's GGA (bad checksum) of the recorded log, with an RMC.
    let text = std::fs::read_to_string(log_path()).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.contains(",101515.00,")
                || l.starts_with("$GPGGA,101517.00,")
                || l.starts_with("$GPRMC,101517.00,")
        })
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    std::fs::write(&path, lines.join("\r\n")).unwrap();
    let (code, out, err, _) = gps(&["--replay", path.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(
        err.contains(&format!("NMEA log {}: no valid fix in it (4 lines read, 1 with a bad checksum, 1 GGA without a fix)", path.display())),
        "{err}"
    );
    let (code, _, err, _) = gps(&["--replay", "/nonexistent/log.nmea"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("no NMEA log /nonexistent/log.nmea: No such file"),
        "{err}"
    );
}

#[test]
fn cli_a_silent_serial_port_times_out() {
    let (_master, path, _slave) = pty();
    let path = path.to_str().unwrap();
    let (code, out, err, took) = gps(&["--port", path, "--timeout", "1"]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(
        err.contains(&format!(
            "no GPS receiver on {path}: nothing received in 1 s"
        )),
        "{err}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    let (code, _, err, _) = gps(&["--port", "/dev/ttyNOSUCH9"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("no GPS receiver on /dev/ttyNOSUCH9: "),
        "{err}"
    );
}

#[test]
fn no_gpsd_is_said_at_once_and_a_silent_one_times_out() {
    // A port nothing listens on: refused at once.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = closed.local_addr().unwrap().to_string();
    drop(closed);
    let (code, _, err, took) = gps(&["--gpsd", &addr, "--timeout", "5"]);
    assert_eq!(code, Some(2));
    assert!(err.contains(&format!("no gpsd at {addr}: ")), "{err}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    // A listener that accepts and says nothing: the timeout, not a hang.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = silent.local_addr().unwrap().to_string();
    let (code, _, err, took) = gps(&["--gpsd", &addr, "--timeout", "1"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(&format!("no gpsd at {addr}: nothing received in 1 s")),
        "{err}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

/// Debian's gpsd, run by its test driver gpsfake on a loopback port, replaying the recorded
/// log over and over through a pseudo-terminal; Clearfield asks it for raw NMEA.
///
/// gpsd takes the first sentences it is fed to recognise the receiver and relays from
/// whenever it is ready, and it drops sentences with a bad checksum itself, so where in the
/// log the fixes begin is not known in advance. Each fix must be the log's next valid fix
/// after the one before (none lost, none added: the fix without a fix and the bad checksum
/// never come through), and 20 fixes in a row are every valid fix twice, so their average
/// is the mean computed by hand at the top of this file.
#[test]
fn gpsd_relays_the_receiver() {
    if !common::tool("gpsfake", &["--help"], "gpsd and gpsd-clients") {
        return;
    }
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let mut fake = KillOnDrop(
        Command::new("gpsfake")
            .args(["-q", "-c", "0.02", "-P", &port.to_string()])
            .arg(log_path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let addr = format!("127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "gpsfake did not start gpsd"
        );
        assert!(fake.0.try_wait().unwrap().is_none(), "gpsfake ended");
        std::thread::sleep(Duration::from_millis(100));
    }
    let got = nmea::collect(&Source::Gpsd(addr), 20, Duration::from_secs(30)).unwrap();
    // The valid fixes of the log in order, in units of 0.0001' from 33°16.2'N 35°33.0'E.
    let valid = [
        (3, -3),
        (5, 2),
        (-2, 4),
        (0, 0),
        (7, -5),
        (1, 1),
        (-4, 3),
        (2, -2),
        (6, 6),
        (-1, 4),
    ];
    let mut at = Vec::new();
    for f in &got.fixes {
        let north = ((f.lat - 33.0) * 60.0 - 16.2) * 1e4;
        let east = ((f.lon - 35.0) * 60.0 - 33.0) * 1e4;
        let (n, e) = (north.round() as i32, east.round() as i32);
        assert!(
            (north - n as f64).abs() < 1e-6 && (east - e as f64).abs() < 1e-6,
            "{f:?}"
        );
        let i = valid.iter().position(|v| *v == (n, e));
        at.push(i.unwrap_or_else(|| panic!("{f:?} is not a valid fix of the log")));
    }
    for w in at.windows(2) {
        assert_eq!(w[1], (w[0] + 1) % valid.len(), "fixes in the order {at:?}");
    }
    assert_eq!(got.fixes.len(), 20);
    let avg = average(&got.fixes, 20).unwrap();
    assert!(
        (avg.lat - MEAN_LAT).abs() < 1e-11,
        "{} vs {MEAN_LAT}",
        avg.lat
    );
    assert!(
        (avg.lon - MEAN_LON).abs() < 1e-11,
        "{} vs {MEAN_LON}",
        avg.lon
    );
    assert!(avg.spread_max_m < 2.0, "{avg:?}");
}

/// A child process ended when the test ends, passing or failing.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // SIGTERM first: gpsfake then stops the gpsd it started.
        let pid = nix::unistd::Pid::from_raw(self.0.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        for _ in 0..50 {
            if !matches!(self.0.try_wait(), Ok(None)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn fix(lon: f64, lat: f64) -> Fix {
    Fix {
        lon,
        lat,
        altitude: None,
        quality: FixQuality::Gps,
        satellites: None,
        hdop: None,
        time: None,
    }
}

#[test]
fn fixes_either_side_of_the_antimeridian_average_across_it() {
    // 1e-5° of longitude at the equator is 1.113 m; the mean is on the antimeridian.
    let a = average(&[fix(179.99999, 0.0), fix(-179.99999, 0.0)], 10).unwrap();
    assert!((a.lon.abs() - 180.0).abs() < 1e-9, "{}", a.lon);
    assert!(
        (a.spread_max_m - 1.1132).abs() < 0.001,
        "{}",
        a.spread_max_m
    );
}

#[test]
fn fixes_without_a_fix_are_skipped_and_none_is_an_error() {
    let mut bad = fix(10.0, 10.0);
    bad.quality = FixQuality::Invalid;
    assert_eq!(average(&[bad.clone()], 5), Err(AverageError::NoFix));
    let a = average(&[bad, fix(1.0, 2.0), fix(1.0, 2.0)], 1).unwrap();
    assert_eq!((a.lon, a.lat, a.count), (1.0, 2.0, 1));
    assert_eq!(a.spread_max_m, 0.0);
    assert!(matches!(
        average(&[fix(f64::NAN, 0.0)], 1),
        Err(AverageError::OutOfRange { index: 0, .. })
    ));
}

/// The reader on text in memory (any `BufRead`): a sentence after noise, gpsd's JSON and
/// other sentences passed over, DGPS and RTK kept, an estimated fix (quality 6) refused, a
/// line too long for a sentence counted as unreadable, the date from the RMC of the same
/// second, south and west negative, and a fix without an altitude. Checksums computed with
/// the same Python as `tests/data/make_receiver_log.py`.
#[test]
fn the_reader_reads_any_buffered_input() {
    use clearfield::geom::fixes::FixTime;
    let text = format!(
        "{}\r\n{}\n{}\nNOISE$GNGGA,120000.00,3316.2000,N,03533.0000,E,2,12,0.7,700.0,M,24.1,M,,*75\r\n{}\n{}\n{}\n",
        r#"{"class":"VERSION","release":"3.22"}"#,
        "$GNRMC,120000.00,A,3316.2000,N,03533.0000,E,0.0,0.0,011226,,,D*43",
        "$GPZDA,120002.00,01,12,2026,00,00*63",
        "$GNGGA,120001.00,3316.3000,N,03533.1000,E,6,12,0.7,700.0,M,24.1,M,,*70",
        "x".repeat(600),
        "$GNGGA,120002.00,3316.2000,S,03533.0000,W,4,15,0.6,,M,,M,,*48",
    );
    let mut bytes = text.into_bytes();
    // The noise before the first GGA: two bytes that are not UTF-8.
    let at = bytes.windows(5).position(|w| w == b"NOISE").unwrap();
    bytes.splice(at..at + 5, [0xff, 0xfe]);
    let mut reader = nmea::NmeaReader::new(std::io::Cursor::new(bytes));
    let a = reader.next_fix().unwrap().unwrap();
    assert_eq!(a.quality, FixQuality::Dgps);
    assert!(
        (a.lat - 33.27).abs() < 1e-12 && (a.lon - 35.55).abs() < 1e-12,
        "{a:?}"
    );
    assert_eq!(
        (a.satellites, a.hdop, a.altitude),
        (Some(12), Some(0.7), Some(700.0))
    );
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    assert_eq!(a.time, Some(FixTime::DateTime(date.and_time(noon))));
    let b = reader.next_fix().unwrap().unwrap();
    assert_eq!(b.quality, FixQuality::Rtk);
    assert!(
        (b.lat + 33.27).abs() < 1e-12 && (b.lon + 35.55).abs() < 1e-12,
        "{b:?}"
    );
    assert_eq!(b.altitude, None);
    let t = chrono::NaiveTime::from_hms_opt(12, 0, 2).unwrap();
    assert_eq!(b.time, Some(FixTime::Time(t)));
    assert_eq!(reader.next_fix().unwrap(), None);
    let c = reader.counts();
    assert_eq!((c.no_fix, c.bad_checksum), (1, 0), "{c:?}");
    // The ZDA passed over; the JSON line not NMEA, nor the rest of the 600 bytes after a
    // 512-byte piece, which is unreadable.
    assert_eq!((c.ignored, c.not_nmea, c.unreadable), (1, 2, 1), "{c:?}");
    assert_eq!(c.lines, 8, "{c:?}");
}

#[test]
fn a_serial_port_sending_no_nmea_hints_at_the_baud_rate() {
    let (master, path, _slave) = pty();
    // What a 4800 baud receiver looks like read at the wrong speed: bytes, no sentence.
    let noise: Vec<u8> = (0..40)
        .flat_map(|i| [0x80 | (i as u8).wrapping_mul(37), 0xfe, b'\n'])
        .collect();
    let (stop, writer) = feed(master, noise);
    let source = Source::Serial {
        port: path.to_string_lossy().into_owned(),
        baud: 9600,
    };
    let got = nmea::position(&source, 10, Duration::from_secs(1));
    stop.send(()).unwrap();
    writer.join().unwrap();
    let e = got.unwrap_err().to_string();
    assert!(
        e.starts_with(&format!(
            "GPS receiver on {}: 0 of 10 valid fixes in 1 s (40 lines read, none of them NMEA 0183",
            path.display()
        )),
        "{e}"
    );
}

/// The app's GPS panel, driven headless by its labels (egui_kittest, as in tests/app.rs), on
/// the recorded log replayed as a receiver: its live position, then "Use position" averaging 10 fixes. The log's 10
/// valid fixes come round in order, so any 10 in a row are all of them and their mean is
/// the one computed by hand at the top of this file: lon 35 + 33.0001/60, lat 33 + 16.20017/60.
#[test]
fn the_gps_panel_follows_a_receiver_and_averages_its_fixes() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gps.gpkg");
    // A find where the receiver is, so the map is shown there (an empty file shows the
    // welcome instead).
    let find = common::record(
        clearfield::model::RecordKind::OrdnanceFind,
        None,
        "35.5500017,33.2700028",
        &[("ordnance_type", "M42"), ("found_on", "2024-01-01")],
    );
    clearfield::store::Store::create(&db)
        .unwrap()
        .insert(&[find], "setup")
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut ClearfieldApp| app.ui(ui),
            ClearfieldApp::new(db, today),
        );
    settle(&mut harness);
    harness.get_by_label("GPS").click();
    settle(&mut harness);
    // No receiver on the default port: the panel says so, the app goes on.
    if !std::path::Path::new("/dev/ttyUSB0").exists() {
        harness.get_by_label("Connect").click();
        harness.step();
        assert!(harness.state().gps().connected());
        step_until(&mut harness, |app| !app.gps().connected());
        harness.get_by_label_contains("no GPS receiver on /dev/ttyUSB0: ");
        // The rest of the app is there: the dashboard's figures.
        harness.get_by_label_contains("1 ordnance find (");
    }
    harness.get_by_label("Recorded log").click();
    harness.run_steps(2);
    let log = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/receiver.nmea");
    let field = harness.get_by_role_and_label(Role::TextInput, "NMEA log file");
    field.focus();
    field.type_text(log.to_str().unwrap());
    harness.run_steps(2);
    harness.get_by_label("Connect").click();
    step_until(&mut harness, |app| app.gps().live().is_some());
    harness.get_by_label_contains("Live: 35.5");
    harness.get_by_label_contains("Fix: GPS, ");
    harness.get_by_label("Use position").click();
    step_until(&mut harness, |app| app.gps().averaged().is_some());
    let a = harness.state().gps().averaged().unwrap().clone();
    assert_eq!(a.count, 10);
    assert!((a.lon - (35.0 + 33.0001 / 60.0)).abs() < 1e-11, "{a:?}");
    assert!((a.lat - (33.0 + 16.20017 / 60.0)).abs() < 1e-11, "{a:?}");
    harness.get_by_label_contains(&format!("Spread: {:.2} m at most", a.spread_max_m));
    harness.get_by_label("35.5500017,33.2700028 (lon,lat)");
    // The live and averaged positions are drawn where the map shows that place: the
    // map was fitted to the find recorded there, so they are on screen.
    let at = harness.state().map().screen_pos(a.lon, a.lat).unwrap();
    assert!(
        at.x > 300.0 && at.x < 1280.0 && at.y > 0.0 && at.y < 800.0,
        "{at:?}"
    );
    harness.get_by_label("Disconnect").click();
    harness.run_steps(2);
    assert!(!harness.state().gps().connected());
    settle(&mut harness);
}

/// Runs frames, a little apart, until `done` holds of the app (10 s at most).
fn step_until(harness: &mut Harness<'_, ClearfieldApp>, done: impl Fn(&ClearfieldApp) -> bool) {
    let started = std::time::Instant::now();
    while !done(harness.state()) {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "timed out"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.step();
}

/// Issue #13 §4: "Use position" places a record: a survey point recorded from a hazard
/// area's panel stands at the position averaged from the receiver (the log's hand-computed
/// mean) and keeps the fixes' spread, HDOP and fewest satellites.
#[test]
fn a_survey_point_takes_the_averaged_gps_position_and_its_quality() {
    use clearfield::model::{Record, RecordKind};
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gps.gpkg");
    let hazard = common::record(
        RecordKind::HazardArea,
        None,
        "POLYGON((35.549 33.269,35.551 33.269,35.551 33.271,35.549 33.271,35.549 33.269))",
        &[
            ("name", "Receiver field"),
            ("classification", "SHA"),
            ("surveyed_on", "2024-01-01"),
        ],
    );
    let hazard_id = hazard.uuid();
    clearfield::store::Store::create(&db)
        .unwrap()
        .insert(&[hazard], "setup")
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, app: &mut ClearfieldApp| app.ui(ui),
            ClearfieldApp::new(db.clone(), today),
        );
    settle(&mut harness);
    harness.get_by_label("GPS").click();
    settle(&mut harness);
    harness.get_by_label("Recorded log").click();
    harness.run_steps(2);
    let log = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/receiver.nmea");
    let field = harness.get_by_role_and_label(Role::TextInput, "NMEA log file");
    field.focus();
    field.type_text(log.to_str().unwrap());
    harness.run_steps(2);
    harness.get_by_label("Connect").click();
    step_until(&mut harness, |app| app.gps().live().is_some());
    harness.get_by_label("GPS").click();
    harness.run_steps(2);
    // The hazard area's panel, then a survey point of it, averaged in the form.
    let at = harness.state().map().screen_pos(35.5495, 33.2695).unwrap();
    harness.hover_at(at);
    harness.run_steps(1);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run_steps(3);
    harness.get_by_label("Add survey point").click();
    harness.run_steps(2);
    harness.get_by_label("Average the next fixes").click();
    step_until(&mut harness, |app| app.gps().averaged().is_some());
    harness
        .get_by_label_contains("Use GPS position (10 fixes")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    let a = harness.state().gps().averaged().unwrap().clone();
    let points = harness
        .state()
        .store()
        .unwrap()
        .load(RecordKind::SurveyPoint)
        .unwrap()
        .records;
    assert_eq!(points.len(), 1);
    let Record::Survey(p) = &points[0] else {
        panic!()
    };
    assert_eq!(p.belongs_to, hazard_id);
    assert!(
        (p.location.x() - (35.0 + 33.0001 / 60.0)).abs() < 1e-9,
        "{p:?}"
    );
    assert!(
        (p.location.y() - (33.0 + 16.20017 / 60.0)).abs() < 1e-9,
        "{p:?}"
    );
    assert_eq!(p.satellites, a.min_satellites);
    assert_eq!(p.hdop, a.mean_hdop.map(|h| (h * 100.0).round() / 100.0));
    assert_eq!(
        p.gps_accuracy_m,
        Some((a.spread_rms_m * 100.0).round() / 100.0)
    );
}
