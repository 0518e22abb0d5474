//! The `roadmap` binary: parse the command line, run, map failures to exit codes.

use clap::Parser;
use roadmap::cli::{self, Cli};

fn main() {
    let cli = Cli::parse();
    if let Err(failure) = cli::run(cli) {
        // A message may quote file data: never let it drive the terminal.
        eprintln!("{}", roadmap::tui::text::sanitize_lines(&failure.message));
        std::process::exit(failure.code);
    }
}
