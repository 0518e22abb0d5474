//! `roadmap gen --tasks N [--seed S] [-o OUT]`: a synthetic roadmap for tests,
//! benchmarks and demos, written in canonical form.

use super::{args::GenArgs, export::write_output, Failure, Outcome};
use crate::{gen, store};

/// Beyond this the file runs to gigabytes: almost certainly a typo.
const MAX_TASKS: usize = 10_000_000;

pub fn run(args: GenArgs) -> Outcome {
    if args.tasks > MAX_TASKS {
        return Err(Failure::usage(format!(
            "--tasks {} is more than {MAX_TASKS}; ask for fewer tasks",
            args.tasks
        )));
    }
    let roadmap = gen::generate(args.tasks, args.seed);
    write_output(args.output.as_deref(), &store::to_toml(&roadmap))
}
