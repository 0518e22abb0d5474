//! The `roadmap` binary: parse the command line, run, map failures to exit codes.

use clap::Parser;
use roadmap::cli::{self, Cli};
use std::io::Write;

fn main() {
    let cli = Cli::parse();
    if let Err(failure) = cli::run(cli) {
        // A message may quote file data: never let it drive the terminal.
        // Written without `eprintln!`, which panics when stderr is a
        // terminal that has closed (the planner stopped by its closing).
        let message = roadmap::tui::text::sanitize_lines(&failure.message);
        let _ = writeln!(std::io::stderr(), "{message}");
        std::process::exit(failure.code);
    }
}
