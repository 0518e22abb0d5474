//! `roadmap completions SHELL` and `roadmap man`: a shell's completion
//! script (clap_complete) and the man page in roff (clap_mangen), both made
//! from the clap definitions in `args.rs`, so they list exactly the
//! subcommands and flags `--help` does.

use super::{args::CompletionsArgs, output, Cli, Failure, Outcome};
use clap::CommandFactory;

pub fn completions(args: CompletionsArgs) -> Outcome {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "roadmap", &mut script);
    output::data(&String::from_utf8_lossy(&script))
}

pub fn man() -> Outcome {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Failure::invalid(format!("cannot render the man page: {e}")))?;
    output::data(&String::from_utf8_lossy(&page))
}
