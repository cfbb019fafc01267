//! Positions from a GPS receiver: NMEA 0183 sentences (the `nmea` crate) read from any
//! [`BufRead`], and the three places they come from (a recorded log replayed, a serial
//! port, gpsd on TCP), every read of a live source bounded by one deadline.
//!
//! A fix is a GGA sentence: it carries the fix quality, satellites, HDOP and altitude. RMC
//! gives the date of the GGA of the same time; GSA gives HDOP when the GGA leaves it out.
//! Other sentences, and lines that are not NMEA (gpsd's JSON), are passed over; sentences
//! with a wrong checksum are refused and counted, and so are GGAs without a valid fix.
//! Averaging is pure and lives in [`crate::geom::fixes`].

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use nmea::ParseResult;

use crate::geom::fixes::{AverageError, average};
pub use crate::geom::fixes::{Averaged, Fix, FixQuality, FixTime};

/// The longest line read as one sentence; NMEA allows 82 characters, some receivers send
/// about 100. A longer run of bytes (noise at the wrong baud rate) is counted as unreadable.
const MAX_LINE: u64 = 512;

/// The baud rate of NMEA 0183 receivers unless set otherwise.
pub const DEFAULT_BAUD: u32 = 4800;

/// gpsd's address unless given.
pub const DEFAULT_GPSD: &str = "127.0.0.1:2947";

/// What was read and what was passed over, for the user to see why fixes are missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Lines read (every line, NMEA or not).
    pub lines: usize,
    /// Sentences refused for a checksum that does not match their content.
    pub bad_checksum: usize,
    /// GGA sentences without a valid fix (quality 0, estimated, manual or simulated, or no
    /// position).
    pub no_fix: usize,
    /// NMEA sentences other than GGA, RMC and GSA.
    pub ignored: usize,
    /// Lines with no sentence in them (gpsd's JSON reports, noise).
    pub not_nmea: usize,
    /// Sentences that could not be read (truncated, malformed fields, too long).
    pub unreadable: usize,
}

/// Reads fixes from NMEA 0183 text, line by line.
pub struct NmeaReader<R> {
    input: R,
    line: Vec<u8>,
    counts: Counts,
    /// The date last given by an RMC, with the time it was given at.
    date: Option<(chrono::NaiveTime, chrono::NaiveDate)>,
    /// HDOP of the last GSA, for a GGA that gives none.
    gsa_hdop: Option<f64>,
}

impl<R: BufRead> NmeaReader<R> {
    /// A reader of the sentences in `input`.
    pub fn new(input: R) -> NmeaReader<R> {
        NmeaReader {
            input,
            line: Vec::with_capacity(128),
            counts: Counts::default(),
            date: None,
            gsa_hdop: None,
        }
    }

    /// What was read so far.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// The next valid fix; `None` at the end of the input. An error is the input's (a
    /// timeout of a live source among them).
    pub fn next_fix(&mut self) -> std::io::Result<Option<Fix>> {
        loop {
            self.line.clear();
            let n = (&mut self.input)
                .take(MAX_LINE)
                .read_until(b'\n', &mut self.line)?;
            if n == 0 {
                return Ok(None);
            }
            self.counts.lines += 1;
            if n as u64 == MAX_LINE && self.line.last() != Some(&b'\n') {
                self.counts.unreadable += 1;
                continue;
            }
            if let Some(fix) = self.sentence() {
                return Ok(Some(fix));
            }
        }
    }

    /// The fix in the line just read, if it is a GGA with one; counts the rest.
    fn sentence(&mut self) -> Option<Fix> {
        let text = String::from_utf8_lossy(&self.line);
        let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\0');
        // A sentence may follow noise (a receiver's first line at power-up, a cable plugged
        // in mid-sentence); gpsd's JSON reports and anything else with no `$` are not NMEA.
        let Some(start) = text.find('$') else {
            self.counts.not_nmea += 1;
            return None;
        };
        let text = &text[start..];
        match nmea::parse_str(text) {
            Ok(ParseResult::GGA(gga)) => {
                let fix = self.fix(&gga);
                if fix.is_none() {
                    self.counts.no_fix += 1;
                }
                fix
            }
            Ok(ParseResult::RMC(rmc)) => {
                if let (Some(t), Some(d)) = (rmc.fix_time, rmc.fix_date) {
                    self.date = Some((t, d));
                }
                None
            }
            Ok(ParseResult::GSA(gsa)) => {
                self.gsa_hdop = gsa.hdop.map(decimal);
                None
            }
            Ok(_) | Err(nmea::Error::DisabledSentence | nmea::Error::Unsupported(_)) => {
                self.counts.ignored += 1;
                None
            }
            Err(nmea::Error::ChecksumMismatch { .. }) => {
                self.counts.bad_checksum += 1;
                None
            }
            Err(_) => {
                self.counts.unreadable += 1;
                None
            }
        }
    }

    /// A GGA's fix, when it has a valid quality and a position.
    fn fix(&self, gga: &nmea::sentences::GgaData) -> Option<Fix> {
        use nmea::sentences::FixType;
        let quality = match gga.fix_type? {
            FixType::Gps => FixQuality::Gps,
            FixType::DGps => FixQuality::Dgps,
            FixType::Pps => FixQuality::Pps,
            FixType::Rtk => FixQuality::Rtk,
            FixType::FloatRtk => FixQuality::FloatRtk,
            FixType::Invalid | FixType::Estimated | FixType::Manual | FixType::Simulation => {
                return None;
            }
        };
        let time = gga.fix_time.map(|t| match self.date {
            // An RMC of the same second as this GGA gives its date.
            Some((rmc_time, date)) if rmc_time == t => FixTime::DateTime(date.and_time(t)),
            _ => FixTime::Time(t),
        });
        Some(Fix {
            lon: gga.longitude?,
            lat: gga.latitude?,
            altitude: gga.altitude.map(decimal),
            quality,
            satellites: gga.fix_satellites,
            hdop: gga.hdop.map(decimal).or(self.gsa_hdop),
            time,
        })
    }
}

/// The decimal number a sentence gave, which the `nmea` crate read as `f32`: 0.9, not
/// 0.899999976 (`f32`'s shortest text is the sentence's digits when they fit in an `f32`).
fn decimal(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// Where NMEA sentences come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A receiver on a serial port (USB receivers appear as one): the device and baud rate.
    Serial {
        /// `/dev/ttyUSB0`, `COM3`.
        port: String,
        /// Bits per second (NMEA 0183: 4800).
        baud: u32,
    },
    /// gpsd, asked for the raw NMEA of its receivers: `HOST:PORT`.
    Gpsd(String),
    /// A recorded log, read to its end at once.
    Replay(PathBuf),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Serial { port, .. } => write!(f, "GPS receiver on {port}"),
            Source::Gpsd(addr) => write!(f, "gpsd at {addr}"),
            Source::Replay(path) => write!(f, "NMEA log {}", path.display()),
        }
    }
}

/// Why positions could not be had from a source; each names the source.
#[derive(Debug, thiserror::Error)]
pub enum GpsError {
    /// The source could not be opened or connected to.
    #[error("no {what}: {reason}")]
    Open {
        /// The source.
        what: String,
        /// Why, from the system.
        reason: String,
    },
    /// Nothing at all came within the time allowed.
    #[error("no {what}: nothing received in {secs} s")]
    Silent {
        /// The source.
        what: String,
        /// The time allowed, seconds.
        secs: u64,
    },
    /// Too few valid fixes came within the time allowed.
    #[error(
        "{what}: {got} of {wanted} valid fixes in {secs} s ({})",
        describe(counts)
    )]
    TooFew {
        /// The source.
        what: String,
        /// Fixes wanted.
        wanted: usize,
        /// Valid fixes received.
        got: usize,
        /// The time allowed, seconds.
        secs: u64,
        /// What was read.
        counts: Counts,
    },
    /// A log with no valid fix in it.
    #[error("{what}: no valid fix in it ({})", describe(counts))]
    NoFix {
        /// The source.
        what: String,
        /// What was read.
        counts: Counts,
    },
    /// Reading failed.
    #[error("{what}: cannot read: {reason}")]
    Read {
        /// The source.
        what: String,
        /// Why, from the system.
        reason: String,
    },
    /// The fixes could not be averaged.
    #[error("{what}: {error}")]
    Average {
        /// The source.
        what: String,
        /// Why.
        error: AverageError,
    },
}

impl crate::i18n::Localized for GpsError {
    /// `err-gps-error-…`; the source named as it is (`GPS receiver on COM3`), the system's
    /// reason as it words it, what was read in the language ([`describe_in`]).
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        let key = |k: &str| format!("err-gps-error-{k}");
        match self {
            Self::Open { what, reason } => m.text(
                &key("open"),
                &[
                    ("what", what.as_str().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::Silent { what, secs } => m.text(
                &key("silent"),
                &[
                    ("what", what.as_str().into()),
                    ("secs", secs.to_string().into()),
                ],
            ),
            Self::TooFew {
                what,
                wanted,
                got,
                secs,
                counts,
            } => m.text(
                &key("too-few"),
                &[
                    ("what", what.as_str().into()),
                    ("got", got.to_string().into()),
                    ("wanted", wanted.to_string().into()),
                    ("secs", secs.to_string().into()),
                    ("counts", describe_in(counts, m).into()),
                ],
            ),
            Self::NoFix { what, counts } => m.text(
                &key("no-fix"),
                &[
                    ("what", what.as_str().into()),
                    ("counts", describe_in(counts, m).into()),
                ],
            ),
            Self::Read { what, reason } => m.text(
                &key("read"),
                &[
                    ("what", what.as_str().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::Average { what, error } => m.text(
                &key("average"),
                &[
                    ("what", what.as_str().into()),
                    ("error", error.text_in(m).into()),
                ],
            ),
        }
    }
}

/// As [`describe`], in the language of `m` (`err-gps-counts-…`).
pub fn describe_in(c: &Counts, m: &crate::i18n::Messages) -> String {
    let part = |k: &str, n: usize| {
        m.text(
            &format!("err-gps-counts-{k}"),
            &[("count", n.to_string().into())],
        )
    };
    let mut parts = vec![part("lines", c.lines)];
    if c.lines > 0 && c.not_nmea + c.unreadable == c.lines {
        parts.push(m.text("err-gps-counts-none-nmea", &[]));
        return parts.join(", ");
    }
    for (n, k) in [
        (c.bad_checksum, "bad-checksum"),
        (c.no_fix, "no-fix"),
        (c.unreadable, "unreadable"),
        (c.ignored, "ignored"),
        (c.not_nmea, "not-nmea"),
    ] {
        if n > 0 {
            parts.push(part(k, n));
        }
    }
    parts.join(", ")
}

/// `counts` in a few words: `12 lines read, 1 with a bad checksum, 1 GGA without a fix`;
/// with a hint at the baud rate when nothing read was NMEA.
pub fn describe(c: &Counts) -> String {
    let mut parts = vec![format!("{} lines read", c.lines)];
    if c.lines > 0 && c.not_nmea + c.unreadable == c.lines {
        parts.push("none of them NMEA 0183 (a serial port at the wrong baud rate?)".to_owned());
        return parts.join(", ");
    }
    for (n, what) in [
        (c.bad_checksum, "with a bad checksum"),
        (c.no_fix, "GGA without a fix"),
        (c.unreadable, "unreadable"),
        (c.ignored, "other sentences"),
        (c.not_nmea, "not NMEA"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    parts.join(", ")
}

/// A live input whose reads wait at most a given time.
trait Port: Read + Send {
    /// Makes the next reads wait at most `wait` (never zero).
    fn set_wait(&mut self, wait: Duration) -> std::io::Result<()>;
}

impl Port for Box<dyn serialport::SerialPort> {
    fn set_wait(&mut self, wait: Duration) -> std::io::Result<()> {
        self.set_timeout(wait).map_err(std::io::Error::from)
    }
}

impl Port for TcpStream {
    fn set_wait(&mut self, wait: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(wait))
    }
}

/// A live input whose every read ends by `deadline` with `TimedOut`, or as soon as `stop`
/// is set (checked every [`STOP_CHECK`]) with an error of its own.
struct Deadline<'a, P> {
    inner: P,
    deadline: Instant,
    /// When set, each read that receives something moves the deadline to this long after it
    /// (a source followed while it speaks); otherwise the deadline is fixed.
    window: Option<Duration>,
    stop: Option<&'a AtomicBool>,
    received: bool,
}

/// How often a followed source's reads look at the stop flag.
const STOP_CHECK: Duration = Duration::from_millis(200);

/// The error of a read ended because following was stopped.
const STOPPED: &str = "stopped";

impl<P: Port> Read for Deadline<'_, P> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
                return Err(std::io::Error::other(STOPPED));
            }
            let left = self.deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(std::io::ErrorKind::TimedOut.into());
            }
            let wait = match self.stop {
                Some(_) => left.min(STOP_CHECK),
                None => left,
            };
            self.inner.set_wait(wait)?;
            match self.inner.read(buf) {
                // A socket's timeout is WouldBlock on Unix; the loop decides whether it is
                // the deadline.
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Ok(n) => {
                    self.received |= n > 0;
                    if let Some(w) = self.window.filter(|_| n > 0) {
                        self.deadline = Instant::now() + w;
                    }
                    return Ok(n);
                }
                Err(e) => return Err(e),
            }
        }
    }
}

/// Fixes read from a source, and what else was read.
#[derive(Clone, Debug, PartialEq)]
pub struct Collected {
    /// The valid fixes, in the order received.
    pub fixes: Vec<Fix>,
    /// What was read.
    pub counts: Counts,
}

/// Reads `n` valid fixes from `source`, in at most `timeout` for a live source (a log is
/// read to its end, or until `n` fixes). Fewer than `n` from a log that ends is not an
/// error, none is; from a live source fewer than `n` in time is.
pub fn collect(source: &Source, n: usize, timeout: Duration) -> Result<Collected, GpsError> {
    let name = source.to_string();
    let open_failed = |reason: String| GpsError::Open {
        what: name.clone(),
        reason,
    };
    let deadline = Instant::now() + timeout;
    match source {
        Source::Replay(path) => {
            let file = std::fs::File::open(path).map_err(|e| open_failed(e.to_string()))?;
            let mut reader = NmeaReader::new(BufReader::new(file));
            let fixes = read_fixes(&mut reader, n).map_err(|e| GpsError::Read {
                what: name.clone(),
                reason: e.to_string(),
            })?;
            let counts = reader.counts();
            if fixes.is_empty() {
                return Err(GpsError::NoFix { what: name, counts });
            }
            Ok(Collected { fixes, counts })
        }
        Source::Serial { port, baud } => {
            let p = serialport::new(port, *baud)
                .timeout(timeout.max(Duration::from_millis(1)))
                .open()
                .map_err(|e| open_failed(e.to_string()))?;
            collect_live(p, deadline, &name, n, timeout)
        }
        Source::Gpsd(addr) => {
            let stream = connect_gpsd(addr, timeout).map_err(|e| open_failed(e.to_string()))?;
            collect_live(stream, deadline, &name, n, timeout)
        }
    }
}

/// Connects to gpsd at `addr` and asks it to stream its receivers' NMEA.
fn connect_gpsd(addr: &str, timeout: Duration) -> std::io::Result<TcpStream> {
    let wait = timeout.max(Duration::from_millis(1));
    let mut last = None;
    for a in addr.to_socket_addrs()? {
        match TcpStream::connect_timeout(&a, wait) {
            Ok(mut s) => {
                s.set_write_timeout(Some(wait))?;
                s.write_all(b"?WATCH={\"enable\":true,\"nmea\":true};\n")?;
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the address names no host".to_owned(),
        )
    }))
}

/// Up to `n` fixes from `reader`, fewer when it ends.
fn read_fixes<R: BufRead>(reader: &mut NmeaReader<R>, n: usize) -> std::io::Result<Vec<Fix>> {
    let mut fixes = Vec::with_capacity(n.min(10_000));
    while fixes.len() < n {
        match reader.next_fix()? {
            Some(f) => fixes.push(f),
            None => break,
        }
    }
    Ok(fixes)
}

/// Reads fixes from a live source until `n` are had or the deadline passes.
fn collect_live<P: Port>(
    port: P,
    deadline: Instant,
    name: &str,
    n: usize,
    timeout: Duration,
) -> Result<Collected, GpsError> {
    let mut reader = NmeaReader::new(BufReader::new(Deadline {
        inner: port,
        deadline,
        window: None,
        stop: None,
        received: false,
    }));
    let mut fixes = Vec::with_capacity(n.min(10_000));
    let secs = timeout.as_secs_f64().ceil() as u64;
    while fixes.len() < n {
        let next = reader.next_fix();
        let received = reader.input.get_ref().received;
        match next {
            Ok(Some(f)) => fixes.push(f),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut && !received => {
                return Err(GpsError::Silent {
                    what: name.to_owned(),
                    secs,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                return Err(GpsError::TooFew {
                    what: name.to_owned(),
                    wanted: n,
                    got: fixes.len(),
                    secs,
                    counts: reader.counts(),
                });
            }
            // The receiver went away (a USB receiver pulled out, gpsd closing).
            Ok(None) => {
                return Err(GpsError::Read {
                    what: name.to_owned(),
                    reason: format!("the connection closed after {} of {n} fixes", fixes.len()),
                });
            }
            Err(e) => {
                return Err(GpsError::Read {
                    what: name.to_owned(),
                    reason: e.to_string(),
                });
            }
        }
    }
    Ok(Collected {
        fixes,
        counts: reader.counts(),
    })
}

/// Reads `n` fixes from `source` (see [`collect`]) and averages them.
pub fn position(
    source: &Source,
    n: usize,
    timeout: Duration,
) -> Result<(Averaged, Counts), GpsError> {
    let c = collect(source, n, timeout)?;
    let avg = average(&c.fixes, n).map_err(|error| GpsError::Average {
        what: source.to_string(),
        error,
    })?;
    Ok((avg, c.counts))
}

/// How long a recorded log followed waits between fixes: a receiver at 10 Hz.
pub const REPLAY_PACE: Duration = Duration::from_millis(100);

/// Follows `source`, handing each valid fix to `on_fix` with what was read so far, until
/// `stop` is set (then `Ok`), the source fails, or it is silent for `silence`. A log is
/// replayed over and over, a fix every [`REPLAY_PACE`], as a receiver held still would
/// send them.
pub fn follow(
    source: &Source,
    silence: Duration,
    stop: &AtomicBool,
    on_fix: &mut dyn FnMut(Fix, Counts),
) -> Result<(), GpsError> {
    let name = source.to_string();
    let open_failed = |reason: String| GpsError::Open {
        what: name.clone(),
        reason,
    };
    let deadline = Instant::now() + silence;
    let stopped = |e: &std::io::Error| stop.load(Ordering::Relaxed) || e.to_string() == STOPPED;
    let mut reader: NmeaReader<Box<dyn BufRead + '_>> = match source {
        Source::Replay(path) => return replay_forever(path, &name, stop, on_fix),
        Source::Serial { port, baud } => {
            let p = serialport::new(port, *baud)
                .timeout(STOP_CHECK)
                .open()
                .map_err(|e| open_failed(e.to_string()))?;
            NmeaReader::new(Box::new(BufReader::new(Deadline {
                inner: p,
                deadline,
                window: Some(silence),
                stop: Some(stop),
                received: false,
            })))
        }
        Source::Gpsd(addr) => {
            let s = connect_gpsd(addr, silence).map_err(|e| open_failed(e.to_string()))?;
            NmeaReader::new(Box::new(BufReader::new(Deadline {
                inner: s,
                deadline,
                window: Some(silence),
                stop: Some(stop),
                received: false,
            })))
        }
    };
    let secs = silence.as_secs_f64().ceil() as u64;
    loop {
        match reader.next_fix() {
            Ok(Some(fix)) => on_fix(fix, reader.counts()),
            Ok(None) => {
                return Err(GpsError::Read {
                    what: name,
                    reason: "the connection closed".to_owned(),
                });
            }
            Err(e) if stopped(&e) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                return Err(GpsError::Silent { what: name, secs });
            }
            Err(e) => {
                return Err(GpsError::Read {
                    what: name,
                    reason: e.to_string(),
                });
            }
        }
    }
}

/// Replays the log at `path` over and over, a fix every [`REPLAY_PACE`], until `stop`.
fn replay_forever(
    path: &std::path::Path,
    name: &str,
    stop: &AtomicBool,
    on_fix: &mut dyn FnMut(Fix, Counts),
) -> Result<(), GpsError> {
    loop {
        let file = std::fs::File::open(path).map_err(|e| GpsError::Open {
            what: name.to_owned(),
            reason: e.to_string(),
        })?;
        let mut reader = NmeaReader::new(BufReader::new(file));
        let mut any = false;
        loop {
            let next = reader.next_fix().map_err(|e| GpsError::Read {
                what: name.to_owned(),
                reason: e.to_string(),
            })?;
            let Some(fix) = next else { break };
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            any = true;
            on_fix(fix, reader.counts());
            std::thread::sleep(REPLAY_PACE);
        }
        if !any {
            return Err(GpsError::NoFix {
                what: name.to_owned(),
                counts: reader.counts(),
            });
        }
    }
}
