//! A PostgreSQL server with PostGIS of the tests' own: initdb in a temporary folder,
//! pg_ctl on a free loopback port (as the `postgres` user when run as root), stopped when
//! dropped. Skipped, visibly, where PostgreSQL or PostGIS is not installed; never on CI.

use std::path::PathBuf;
use std::process::Command;

pub const PASSWORD: &str = "hub-test-secret";

/// A PostgreSQL server of our own, stopped when dropped.
pub struct Postgres {
    bin: PathBuf,
    dir: tempfile::TempDir,
    pub port: u16,
    as_postgres: bool,
}

impl Postgres {
    /// Starts a server, or says why not: `None` (skipped, visibly) when PostgreSQL or PostGIS
    /// is not installed, a failure on CI.
    pub fn start() -> Option<Postgres> {
        Postgres::start_with("")
    }

    /// As [`Postgres::start`], with `extra` server options (`-c name=value …`); files they
    /// name must be readable by the server (see [`Postgres::give_to_server`]).
    pub fn start_with(extra: &str) -> Option<Postgres> {
        let bin = std::fs::read_dir("/usr/lib/postgresql").ok().and_then(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("bin")))
                .filter(|b| b.join("initdb").exists())
                .max()
        });
        let postgis = std::fs::read_dir("/usr/share/postgresql").is_ok_and(|d| {
            d.filter_map(Result::ok)
                .any(|e| e.path().join("extension/postgis.control").exists())
        });
        let (Some(bin), true) = (bin, postgis) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install postgresql and postgis (see .ci/run)"
            );
            eprintln!(
                "SKIPPED: PostgreSQL with PostGIS is not installed (apt-get install postgresql postgis)"
            );
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        // initdb refuses root: the server runs as `postgres`, in a folder it owns.
        let as_postgres = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        std::fs::write(dir.path().join("pw"), PASSWORD).unwrap();
        if as_postgres {
            let ok = Command::new("chown")
                .args(["-R", "postgres"])
                .arg(dir.path())
                .status()
                .unwrap()
                .success();
            assert!(ok, "chown to postgres failed");
        }
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let pg = Postgres {
            bin,
            dir,
            port,
            as_postgres,
        };
        let data = pg.dir.path().join("data");
        let pw = pg.dir.path().join("pw");
        pg.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                &format!("--pwfile={}", pw.display()),
            ],
        );
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c max_connections=60 {extra}",
            pg.dir.path().display()
        );
        let log = pg.dir.path().join("log");
        pg.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &options,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
        Some(pg)
    }

    /// The folder of the server's Unix socket.
    pub fn socket_dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Makes `dir` and what is in it the server's (it runs as `postgres` when we are root),
    /// as a certificate's key must be.
    pub fn give_to_server(dir: &std::path::Path) {
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        if root {
            let ok = Command::new("chown")
                .args(["-R", "postgres"])
                .arg(dir)
                .status()
                .unwrap()
                .success();
            assert!(ok, "chown to postgres failed");
        }
    }

    /// Runs one of the server's programs, as `postgres` when we are root.
    pub fn run(&self, program: &str, args: &[&str]) {
        let path = self.bin.join(program);
        let out = if self.as_postgres {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&path)
                .args(args)
                .output()
        } else {
            Command::new(&path).args(args).output()
        }
        .unwrap();
        assert!(
            out.status.success(),
            "{program} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A new empty database, and its URL (password in it).
    pub fn database(&self, name: &str) -> String {
        let mut c = postgres::Client::connect(&self.url("postgres"), postgres::NoTls).unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        self.url(name)
    }

    pub fn url(&self, db: &str) -> String {
        format!(
            "postgresql://postgres:{PASSWORD}@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let path = self.bin.join("pg_ctl");
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        let _ = cmd
            .arg("-D")
            .arg(data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
}
