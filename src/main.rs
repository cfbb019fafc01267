//! `clearfield`: the desktop app when run bare, the command line with a subcommand.

use std::process::ExitCode;

use clearfield::cli::{self, Outcome};
use clearfield::io::text::printable;

// Imports and the area engine allocate many small objects, from two threads at once;
// mimalloc does that markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status: 0 done, 1 problems found (`check` found some, input refused for bad values
/// or features), 2 could not run (missing or unreadable file, database error, bad arguments).
/// A closed output pipe (`clearfield list | head`) ends the command quietly.
fn main() -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let msgs = cli::messages_for(&args);
    match cli::run(args, &mut stdout) {
        Ok(Outcome::Done(true)) => ExitCode::SUCCESS,
        Ok(Outcome::Done(false)) => ExitCode::from(1),
        Ok(Outcome::App(db)) => match clearfield::app::run(db, cli::today()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!(
                    "clearfield: cannot open the desktop app window ({e}); without a display, use the command line: clearfield --help"
                );
                ExitCode::from(2)
            }
        },
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => match e.downcast::<clap::Error>() {
            // Help and version requests come back as clap errors; clap prints and exits
            // (status 2 for bad arguments, 0 for --help).
            Ok(clap_error) => clap_error.exit(),
            Err(e) => {
                // Each line with its control characters escaped: the message may quote a
                // file name or a value from the input. The library's errors in the language.
                let text = cli::error_text(&e, &msgs);
                let lines: Vec<String> = text.lines().map(printable).collect();
                eprintln!("clearfield: {}", lines.join("\n"));
                ExitCode::from(cli::exit_code(&e))
            }
        },
    }
}
