//! `roadmap import REPORT --into FILE [--dry-run] [--json] [--ours | --theirs]
//! [--drop-removed]`: the next version of a report laid over the roadmap the
//! team works in (`import::reimport` decides; this reads, prints and saves
//! as every editing command saves: one line per changed field, under the
//! lock, merging a change made meanwhile). A conflict the flags do not
//! settle keeps the team's value and exits 1, so the same import run again
//! with `--ours` or `--theirs` still finds it.

use super::args::ImportArgs;
use super::edit::Edit;
use super::import::read_report;
use super::write_failure::shell_word;
use super::{envelope, output, Failure, Outcome};
use crate::import::reimport::{reimport, FieldChange, Options, Reimport, Resolve};
use crate::import::{self, import_report};
use serde_json::{json, Value};
use std::path::Path;

pub fn run(args: &ImportArgs, into: &Path) -> Outcome {
    match lay_over(args, into) {
        Ok(None) => Ok(()),
        // Printed with the plan, envelope included.
        Ok(Some(conflict)) => Err(conflict),
        Err(failure) => {
            if args.json {
                envelope::failure("import", &failure);
            }
            Err(failure)
        }
    }
}

/// Reads, decides, saves and prints; `Ok(Some)` is the exit-1 failure of
/// unsettled conflicts, already printed.
fn lay_over(args: &ImportArgs, into: &Path) -> Result<Option<Failure>, Failure> {
    if !into.exists() {
        return Err(Failure::invalid(format!(
            "{}: no such roadmap to import into; `roadmap import {} -o {}` makes a new one; nothing was written",
            into.display(),
            shell_word(&args.report.display().to_string()),
            shell_word(&into.display().to_string()),
        )));
    }
    let mut edit = Edit::open(into).map_err(|f| {
        Failure::invalid(format!(
            "{}\n{}: cannot import into a roadmap that does not load; nothing was written",
            f.message,
            into.display()
        ))
    })?;
    let bytes = read_report(&args.report)?;
    let name = args.report.display().to_string();
    let outcome = import_report(&bytes, &name);
    if !args.quiet {
        let lines = if args.verbose {
            import::warning_lines(&outcome.warnings)
        } else {
            import::warning_summary(&outcome.warnings, false)
        };
        for line in lines {
            output::note(&format!("{name}{line}"));
        }
    }
    let read = &outcome.roadmap;
    if read.tasks.is_empty() && read.findings.is_empty() && read.maturity.is_none() {
        return Err(Failure::invalid(format!(
            "{name}: nothing recognisable (no tasks, findings or maturity levels); {} was \
             not changed. Check that this is the audit report (markdown)",
            into.display()
        )));
    }
    let options = options(args);
    let plan = reimport(&edit.roadmap, read, options);
    let unsettled = plan.unsettled();
    let file = edit.file.clone();
    if !args.dry_run {
        *std::sync::Arc::make_mut(&mut edit.roadmap) = plan.roadmap.clone();
        edit.save(&rerun(args, &name))?;
    }
    let conflict = (unsettled > 0).then(|| {
        Failure::invalid(format!(
            "{}: {unsettled} field{} changed by both the team and the report; kept the team's \
             value{}; run again with --ours to keep them or --theirs to take the report's",
            file.display(),
            if unsettled == 1 { "" } else { "s" },
            if args.dry_run {
                " (dry run: nothing written)"
            } else {
                ""
            },
        ))
    });
    let conflict = conflict.filter(|_| !args.dry_run);
    if args.json {
        let mut fields = serde_json::to_value(&plan).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut fields {
            map.insert("file".into(), json!(file.display().to_string()));
            map.insert("report".into(), json!(name));
            map.insert("dry_run".into(), json!(args.dry_run));
            if let Some(c) = &conflict {
                map.insert("exit_code".into(), json!(c.code));
                map.insert("error".into(), json!(c.message));
            }
        }
        envelope::print("import", conflict.is_none(), fields)?;
        return Ok(conflict);
    }
    output::text(&describe(&plan, &file, &name, args.dry_run))?;
    Ok(conflict)
}

/// How the flags settle conflicts and removals.
pub(super) fn options(args: &ImportArgs) -> Options {
    Options {
        resolve: if args.theirs {
            Resolve::Theirs
        } else if args.ours {
            Resolve::Ours
        } else {
            Resolve::Unsettled
        },
        drop_removed: args.drop_removed,
    }
}

/// The command that redoes the import on a copy, `{}` for the copy's path.
pub(super) fn rerun(args: &ImportArgs, name: &str) -> String {
    let mut rerun = format!("roadmap import {} --into {{}}", shell_word(name));
    for (on, flag) in [
        (args.ours, " --ours"),
        (args.theirs, " --theirs"),
        (args.drop_removed, " --drop-removed"),
    ] {
        if on {
            rerun.push_str(flag);
        }
    }
    rerun
}

/// The plan for a person: a summary line, then one line per item.
fn describe(plan: &Reimport, file: &Path, report: &str, dry_run: bool) -> String {
    let mut out = format!(
        "{}{}: {} from {report}: {} added, {} changed, {} kept, {} conflicting, {} left out\n",
        if dry_run {
            "dry run, nothing written: "
        } else {
            ""
        },
        file.display(),
        if dry_run { "would import" } else { "imported" },
        plan.added.len(),
        plan.changed.len(),
        plan.kept.len(),
        plan.conflicts.len(),
        plan.left_out.len(),
    );
    let mut line = |s: String| {
        out.push_str("  ");
        out.push_str(&s);
        out.push('\n');
    };
    for p in &plan.phases_added {
        line(format!("+ phase {p}"));
    }
    for a in &plan.added {
        let at = a.line.map(|l| format!(", line {l}")).unwrap_or_default();
        line(format!("+ {} ({}{at}): {}", a.id, a.phase, a.title));
    }
    for c in &plan.changed {
        line(format!("~ {}: {}", c.id, changes(&c.changes)));
    }
    for c in &plan.conflicts {
        line(format!(
            "! {}: {}: the team has {}, the report went from {} to {}; kept the {}'s",
            c.id,
            c.field,
            shown(&c.team),
            shown(&c.was),
            shown(&c.report),
            c.kept
        ));
    }
    for l in &plan.left_out {
        let what = if l.dropped {
            "dropped".to_string()
        } else if l.status == "todo" {
            "kept (--drop-removed drops it)".to_string()
        } else {
            format!("kept ({})", l.status)
        };
        line(format!(
            "- {} ({}): {}: no longer in the report; {what}",
            l.id, l.status, l.title
        ));
    }
    for f in &plan.findings_added {
        line(format!("+ finding {f}"));
    }
    for f in &plan.findings_changed {
        line(format!("~ finding {}: {}", f.id, changes(&f.changes)));
    }
    for l in &plan.levels_added {
        line(format!("+ level {l}"));
    }
    for l in &plan.levels_changed {
        line(format!("~ level {}: {}", l.id, changes(&l.changes)));
    }
    out
}

fn changes(changes: &[FieldChange]) -> String {
    changes
        .iter()
        .map(|c| format!("{} {} → {}", c.field, shown(&c.from), shown(&c.to)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "(none)".into())
}
