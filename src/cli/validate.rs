//! `roadmap validate FILE... [--json]`: every problem of every file, as
//! `file:line:col: message`. A file with unresolved merge conflicts loads,
//! yet fails the check. With `--json`, the envelope holds one entry per
//! file with its problems as objects.

use super::{args::ValidateArgs, envelope, output, Failure, Outcome};
use crate::store::{self, Diagnostic};
use serde_json::{json, Value};

pub fn run(args: ValidateArgs) -> Outcome {
    let mut invalid = 0;
    let mut files = Vec::new();
    for path in &args.files {
        let name = path.display().to_string();
        match store::load(path) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    output::note(&w.to_string());
                }
                let r = &loaded.roadmap;
                // Merge conflicts load (so they can be settled) but fail the check.
                let conflicts = r.conflicts.len();
                files.push(json!({
                    "file": name,
                    "ok": conflicts == 0,
                    "tasks": r.tasks.len(),
                    "phases": r.phases.len(),
                    "findings": r.findings.len(),
                    "conflicts": conflicts,
                    "problems": problems(&loaded.warnings),
                }));
                if conflicts > 0 {
                    invalid += 1;
                    output::note(&format!(
                        "{name}: {conflicts} unresolved merge conflict{}",
                        if conflicts == 1 { "" } else { "s" }
                    ));
                    continue;
                }
                if !args.json {
                    output::line(&format!(
                        "{name}: ok ({} tasks, {} phases, {} findings{})",
                        r.tasks.len(),
                        r.phases.len(),
                        r.findings.len(),
                        match loaded.warnings.len() {
                            0 => String::new(),
                            n => format!(", {n} warnings"),
                        }
                    ))?;
                }
            }
            Err(e) => {
                invalid += 1;
                output::note(e.to_string().trim_end());
                files
                    .push(json!({"file": name, "ok": false, "problems": problems(&e.diagnostics)}));
            }
        }
    }
    if args.json {
        envelope::print("validate", invalid == 0, json!({ "files": files }))?;
    }
    match invalid {
        0 => Ok(()),
        n => Err(Failure::invalid(format!(
            "{n} of {} files invalid",
            args.files.len()
        ))),
    }
}

/// Each diagnostic as `{"gravity", "line", "column", "message", "help"}`.
fn problems(diagnostics: &[Diagnostic]) -> Vec<Value> {
    diagnostics
        .iter()
        .map(|d| {
            json!({
                "gravity": d.gravity.as_str(),
                "line": d.line,
                "column": d.col,
                "message": d.message,
                "help": d.help,
            })
        })
        .collect()
}
