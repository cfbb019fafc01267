//! Connecting to a hub by a `postgresql://` URL with libpq's conventions: the password from
//! the URL, else `PGPASSWORD`, else the password file (`PGPASSFILE` or `~/.pgpass`, ignored
//! when others can read it, as libpq does); user, host and port from the URL, else `PGUSER`,
//! `PGHOST`, `PGPORT`; a service (`?service=NAME` or `PGSERVICE`) read from libpq's service
//! files, its settings applying where the URL leaves them out; `sslmode` honoured
//! (`disable`, `prefer` and `require` encrypt without checking the certificate, `verify-ca`
//! checks it against `sslrootcert` or the system's roots, `verify-full` the host name too).
//! Nothing of it is ever written anywhere.

use std::path::PathBuf;

use postgres::config::{Host, SslMode};

use super::HubError;

/// How the certificate is checked, beyond what `postgres::Config` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verify {
    Nothing,
    Ca,
    Full,
}

/// A URL made ready to connect: the configuration, how to check the certificate, and the
/// URL without its password for messages.
pub(super) struct Target {
    pub(super) config: postgres::Config,
    verify: Verify,
    root_cert: Option<PathBuf>,
    /// The URL as given, its password left out.
    pub(super) label: String,
}

/// The URL without a password (`postgresql://user:secret@host` → `postgresql://user@host`).
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((user_info, host)) => {
            let user = user_info.split(':').next().unwrap_or_default();
            format!("{user}@{host}")
        }
        None => authority.to_owned(),
    };
    // A password in the query (`?password=`) goes too.
    let tail: String = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|p| !p.starts_with("password="))
                .collect();
            if kept.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// `url` with `password` in its query (`?password=…`, percent-encoded), as libpq reads it:
/// how the app hands a password typed for one sync to [`super::Hub::open`] without keeping it.
/// [`redacted`] takes it out again.
///
/// ```
/// use clearfield::hub::{redacted, with_password};
/// let url = "postgresql://team@hub.example:5432/programme?sslmode=require";
/// let full = with_password(url, "p&ss word");
/// assert_eq!(full, "postgresql://team@hub.example:5432/programme?sslmode=require&password=p%26ss%20word");
/// assert_eq!(redacted(&full), url);
/// ```
pub fn with_password(url: &str, password: &str) -> String {
    let mut encoded = String::new();
    for b in password.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    let join = if url.contains('?') { '&' } else { '?' };
    format!("{url}{join}password={encoded}")
}

/// Reads `url` with the environment's defaults and the password file.
pub(super) fn target(url: &str) -> Result<Target, HubError> {
    let label = redacted(url);
    if !super::is_hub_url(url) {
        return Err(HubError::Url {
            url: label,
            reason: "a hub is named by a postgresql:// URL".to_owned(),
        });
    }
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect();
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    // A service (`?service=NAME` or PGSERVICE): its settings apply where the URL leaves
    // them out, as libpq's do.
    let service = pairs
        .iter()
        .find(|(k, _)| k == "service")
        .map(|(_, v)| v.clone())
        .or_else(|| env("PGSERVICE"));
    if let Some(name) = service {
        let in_url: postgres::Config =
            base.parse().map_err(|e: postgres::Error| HubError::Url {
                url: label.clone(),
                reason: e.to_string(),
            })?;
        let defined = service_definition(&name).map_err(|reason| HubError::Url {
            url: label.clone(),
            reason,
        })?;
        for (key, value) in defined {
            let given = match key.as_str() {
                "host" | "hostaddr" => !in_url.get_hosts().is_empty(),
                "port" => !in_url.get_ports().is_empty(),
                "user" => in_url.get_user().is_some(),
                "dbname" => in_url.get_dbname().is_some(),
                "password" => in_url.get_password().is_some(),
                _ => false,
            } || pairs.iter().any(|(k, _)| *k == key);
            if !given {
                pairs.push((key, value));
            }
        }
    }
    // Options postgres::Config does not read, taken out and handled here.
    let mut verify = Verify::Nothing;
    let mut root_cert = None;
    let mut passfile = None;
    let mut kept = String::new();
    for (key, value) in &pairs {
        match (key.as_str(), value.as_str()) {
            ("sslmode", "verify-ca") => verify = Verify::Ca,
            ("sslmode", "verify-full") => verify = Verify::Full,
            ("sslmode", "allow") | ("service", _) => {}
            ("sslrootcert", path) => root_cert = Some(PathBuf::from(path)),
            ("passfile", path) => passfile = Some(PathBuf::from(path)),
            _ => {
                kept.push(if kept.is_empty() { '?' } else { '&' });
                kept.push_str(&format!("{key}={value}"));
            }
        }
    }
    let mut config: postgres::Config =
        format!("{base}{kept}")
            .parse()
            .map_err(|e: postgres::Error| HubError::Url {
                url: label.clone(),
                reason: e.to_string(),
            })?;
    if verify != Verify::Nothing {
        config.ssl_mode(SslMode::Require);
    } else if root_cert.is_some() && config.get_ssl_mode() != SslMode::Disable {
        // libpq checks the chain whenever a root certificate is given.
        verify = Verify::Ca;
    }
    if config.get_user().is_none()
        && let Some(user) = env("PGUSER")
    {
        config.user(&user);
    }
    if config.get_hosts().is_empty() {
        config.host(env("PGHOST").as_deref().unwrap_or("localhost"));
    }
    if config.get_ports().is_empty()
        && let Some(port) = env("PGPORT").and_then(|p| p.parse().ok())
    {
        config.port(port);
    }
    if config.get_password().is_none() {
        let password = env("PGPASSWORD").or_else(|| {
            let file = passfile
                .or_else(|| env("PGPASSFILE").map(PathBuf::from))
                .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
            from_passfile(&file, &config)
        });
        if let Some(p) = password {
            config.password(p);
        }
    }
    Ok(Target {
        config,
        verify,
        root_cert,
        label,
    })
}

/// The settings of the service `name` in libpq's service files: `PGSERVICEFILE` (else
/// `~/.pg_service.conf`), then `PGSYSCONFDIR/pg_service.conf` (else Debian's
/// `/etc/postgresql-common/pg_service.conf`); the first file with a `[name]` section wins.
/// A service named but defined nowhere is an error, as in libpq.
fn service_definition(name: &str) -> Result<Vec<(String, String)>, String> {
    let env = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
    let user_file = env("PGSERVICEFILE")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".pg_service.conf")));
    let system_file =
        PathBuf::from(env("PGSYSCONFDIR").unwrap_or_else(|| "/etc/postgresql-common".to_owned()))
            .join("pg_service.conf");
    for file in user_file.into_iter().chain([system_file]) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        if let Some(section) = service_section(&text, name) {
            return Ok(section);
        }
    }
    Err(format!(
        "definition of service {name:?} not found (PGSERVICEFILE, ~/.pg_service.conf, pg_service.conf)"
    ))
}

/// The `key=value` lines of section `[name]` of a service file (comments `#`, blank
/// lines skipped); `None` when the file has no such section.
fn service_section(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut found = None;
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = section.trim() == name;
            if inside {
                found.get_or_insert_with(Vec::new);
            }
            continue;
        }
        if inside && let Some((k, v)) = line.split_once('=') {
            found
                .get_or_insert_with(Vec::new)
                .push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    found
}

/// The password for `config`'s host, port, database and user in a libpq password file
/// (`host:port:database:user:password`, `*` for any, `\` escaping `:` and `\`); `None`
/// when there is no such file, no line matches, or others may read it.
fn from_passfile(file: &std::path::Path, config: &postgres::Config) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(_)) => "localhost".to_owned(),
        None => "localhost".to_owned(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().map(str::to_owned).unwrap_or_default();
    let dbname = config
        .get_dbname()
        .map(str::to_owned)
        .unwrap_or(user.clone());
    let wanted = [host, port, dbname, user];
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .find_map(|line| {
            let fields = passfile_fields(line);
            if fields.len() != 5 {
                return None;
            }
            let matches = fields[..4]
                .iter()
                .zip(&wanted)
                .all(|(f, w)| f == "*" || f == w);
            matches.then(|| fields[4].clone())
        })
}

/// A password file line's fields, `\:` and `\\` read as `:` and `\`.
fn passfile_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(f) = fields.last_mut()
                {
                    f.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(f) = fields.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    fields
}

/// Connects, with TLS as `sslmode` asks.
pub(super) fn connect(target: &Target) -> Result<postgres::Client, HubError> {
    let failed = |reason: String| HubError::Connect {
        url: target.label.clone(),
        reason,
    };
    if target.config.get_ssl_mode() == SslMode::Disable {
        return target
            .config
            .connect(postgres::NoTls)
            .map_err(|e| failed(super::postgres_reason(&e)));
    }
    let mut builder = native_tls::TlsConnector::builder();
    match target.verify {
        Verify::Nothing => {
            builder
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
        }
        Verify::Ca => {
            builder.danger_accept_invalid_hostnames(true);
        }
        Verify::Full => {}
    }
    if let Some(path) = &target.root_cert {
        let pem = std::fs::read(path)
            .map_err(|e| failed(format!("sslrootcert {}: {e}", path.display())))?;
        let cert = native_tls::Certificate::from_pem(&pem)
            .map_err(|e| failed(format!("sslrootcert {}: {e}", path.display())))?;
        builder.add_root_certificate(cert);
    }
    let connector = builder.build().map_err(|e| failed(e.to_string()))?;
    target
        .config
        .connect(postgres_native_tls::MakeTlsConnector::new(connector))
        .map_err(|e| failed(super::postgres_reason(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_left_out_of_what_is_shown() {
        assert_eq!(
            redacted("postgresql://ana:s3cret@hub.example:5432/mine?sslmode=require"),
            "postgresql://ana@hub.example:5432/mine?sslmode=require"
        );
        assert_eq!(
            redacted("postgresql://hub/mine?password=x&sslmode=disable"),
            "postgresql://hub/mine?sslmode=disable"
        );
    }

    #[test]
    fn a_service_files_section_is_read_by_name_and_others_are_not() {
        let text = "# HQ's services\n[other]\nhost=elsewhere\n\n[hq]\nhost = hub.example\nport=6543\n# comment\ndbname=mine\n[last]\nuser=x\n";
        assert_eq!(
            service_section(text, "hq").unwrap(),
            [
                ("host".to_owned(), "hub.example".to_owned()),
                ("port".to_owned(), "6543".to_owned()),
                ("dbname".to_owned(), "mine".to_owned())
            ]
        );
        assert_eq!(service_section(text, "missing"), None);
        assert_eq!(service_section("[empty]\n", "empty"), Some(Vec::new()));
    }

    #[test]
    fn password_file_fields_unescape_colons_and_backslashes() {
        assert_eq!(
            passfile_fields(r"db\:host:5432:*:ana:pa\:ss\\word"),
            ["db:host", "5432", "*", "ana", r"pa:ss\word"]
        );
    }
}
