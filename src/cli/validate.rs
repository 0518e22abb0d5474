//! `roadmap validate FILE...`: every problem of every file, as `file:line:col: message`.
//! A file with unresolved merge conflicts loads, yet fails the check.

use super::{args::ValidateArgs, output, Failure, Outcome};
use crate::store;

pub fn run(args: ValidateArgs) -> Outcome {
    let mut invalid = 0;
    for path in &args.files {
        match store::load(path) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    output::note(&w.to_string());
                }
                // Merge conflicts load (so they can be settled) but fail the check.
                let conflicts = loaded.roadmap.conflicts.len();
                if conflicts > 0 {
                    invalid += 1;
                    output::note(&format!(
                        "{}: {conflicts} unresolved merge conflict{}",
                        path.display(),
                        if conflicts == 1 { "" } else { "s" }
                    ));
                    continue;
                }
                output::line(&format!(
                    "{}: ok ({} tasks, {} phases, {} findings{})",
                    path.display(),
                    loaded.roadmap.tasks.len(),
                    loaded.roadmap.phases.len(),
                    loaded.roadmap.findings.len(),
                    match loaded.warnings.len() {
                        0 => String::new(),
                        n => format!(", {n} warnings"),
                    }
                ))?;
            }
            Err(e) => {
                invalid += 1;
                output::note(e.to_string().trim_end());
            }
        }
    }
    match invalid {
        0 => Ok(()),
        n => Err(Failure::invalid(format!(
            "{n} of {} files invalid",
            args.files.len()
        ))),
    }
}
