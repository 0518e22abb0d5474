//! The `roadmap` binary: parse the command line, run, map failures to exit codes.

use roadmap::cli;

fn main() {
    let cli = cli::parse();
    if let Err(failure) = cli::run(cli) {
        // A message may quote file data: `note` escapes it.
        cli::output::note(&failure.message);
        std::process::exit(failure.code);
    }
}
