//! `roadmap validate FILE...`: every problem of every file, as `file:line:col: message`.

use super::{args::ValidateArgs, Failure, Outcome};
use crate::store;

pub fn run(args: ValidateArgs) -> Outcome {
    let mut invalid = 0;
    for path in &args.files {
        match store::load(path) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    eprintln!("{w}");
                }
                println!(
                    "{}: ok ({} tasks, {} phases, {} findings{})",
                    path.display(),
                    loaded.roadmap.tasks.len(),
                    loaded.roadmap.phases.len(),
                    loaded.roadmap.findings.len(),
                    match loaded.warnings.len() {
                        0 => String::new(),
                        n => format!(", {n} warnings"),
                    }
                );
            }
            Err(e) => {
                invalid += 1;
                eprintln!("{}", e.to_string().trim_end());
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
