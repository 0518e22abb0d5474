//! `roadmap gen --tasks N [--seed S] [-o OUT] [--force]`: a synthetic roadmap
//! for tests, benchmarks and demos, written in canonical form.

use super::destination::Destination;
use super::{args::GenArgs, Failure, Outcome};
use crate::model::synthetic;
use crate::store;

/// Beyond this the file runs to gigabytes: almost certainly a typo.
const MAX_TASKS: usize = 10_000_000;

pub fn run(args: GenArgs) -> Outcome {
    if args.tasks > MAX_TASKS {
        return Err(Failure::usage(format!(
            "--tasks {} is more than {MAX_TASKS}; ask for fewer tasks",
            args.tasks
        )));
    }
    let out = Destination::from_arg(args.output.as_deref());
    out.check("-o", &[], args.force)?;
    let roadmap = synthetic::generate(args.tasks, args.seed);
    out.write(&store::to_toml(&roadmap), false, args.force)
}
