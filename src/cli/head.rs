//! `roadmap phase add|set|rm`, `roadmap finding add|set|rm` and `roadmap
//! project set`: the planner's phases, findings and project dialogs on the
//! command line, through the same model changes (`model/change/head.rs`)
//! and the same save as `roadmap set`. An unknown field is a usage error
//! (exit 2) reported before the file is read; a bad value or an unknown id
//! is invalid input (exit 1); either way the file is not touched.

use super::edit::Edit;
use super::envelope;
use super::head_args::{
    FindingCommand, FindingRmArgs, PhaseCommand, PhaseRmArgs, ProjectCommand, ProjectSetArgs,
    RecordArgs,
};
use super::write_failure::shell_word;
use super::{output, Failure, Outcome};
use crate::model::change::{
    add_finding, add_phase, addressing, assign_fields, blank_finding, edit_finding, edit_phase,
    field_of, phase_tasks, remove_finding, remove_phase, set_project, unknown_finding,
    unknown_phase, HeadError,
};
use crate::model::fields::{Field, FINDING_FIELDS, PHASE_FIELDS, PROJECT_FIELDS};
use crate::model::Phase;
use serde_json::json;
use std::path::Path;

pub fn phase(command: PhaseCommand) -> Outcome {
    match command {
        PhaseCommand::Add(a) => phase_add(a),
        PhaseCommand::Set(a) => phase_set(a),
        PhaseCommand::Rm(a) => phase_rm(a),
    }
}

pub fn finding(command: FindingCommand) -> Outcome {
    match command {
        FindingCommand::Add(a) => finding_add(a),
        FindingCommand::Set(a) => finding_set(a),
        FindingCommand::Rm(a) => finding_rm(a),
    }
}

pub fn project(command: ProjectCommand) -> Outcome {
    let ProjectCommand::Set(args) = command;
    project_set(args)
}

/// `FIELD=VALUE` words as pairs, each a field of `fields`; anything else
/// is a usage error, reported before the file is read.
pub(super) fn split<'a, R>(
    file: &Path,
    fields: &'static [Field<R>],
    what: &'static str,
    words: &'a [String],
) -> Result<Vec<(&'a str, &'a str)>, Failure> {
    let mut pairs = Vec::with_capacity(words.len());
    for word in words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(Failure::usage(format!(
                "`{word}` is not FIELD=VALUE (write e.g. `name=Later`, or `window=` to unset); \
                 nothing was changed"
            )));
        };
        let key = key.trim();
        field_of(fields, what, key)
            .map_err(|e| Failure::usage(format!("{}: {e}; nothing was changed", file.display())))?;
        pairs.push((key, value));
    }
    Ok(pairs)
}

/// A refused head edit: an unknown field is a usage error, the rest exit 1.
pub(super) fn failed(edit: &Edit, e: HeadError) -> Failure {
    match e {
        e @ HeadError::UnknownField { .. } => Failure::usage(edit.refused(e).message),
        e => edit.refused(e),
    }
}

/// Each field whose value differs, `key from → to`, in table order.
pub(super) fn differences<R>(
    fields: &'static [Field<R>],
    before: &R,
    after: &R,
) -> Vec<super::set::Difference> {
    let value = |r: &R, f: &Field<R>| {
        (f.get)(r)
            .map(|v| v.to_text(", "))
            .filter(|s| !s.is_empty())
    };
    fields
        .iter()
        .filter(|f| (f.get)(before) != (f.get)(after))
        .map(|f| super::set::Difference {
            key: f.key,
            from: value(before, f),
            to: value(after, f),
        })
        .collect()
}

/// Prints what `set` changed, as `roadmap set` does.
pub(super) fn report_set(
    json: bool,
    command: &str,
    file: &Path,
    id: Option<&str>,
    changes: &[super::set::Difference],
) -> Outcome {
    if json {
        let fields: Vec<_> = changes
            .iter()
            .map(|c| json!({"field": c.key, "from": c.from, "to": c.to}))
            .collect();
        let mut body = json!({"file": file.display().to_string(), "changes": fields});
        if let Some(id) = id {
            body["id"] = json!(id);
        }
        return envelope::print(command, true, body);
    }
    if changes.is_empty() {
        return Ok(());
    }
    let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
    let what = id.unwrap_or("project");
    output::line(&format!(
        "{}: {what}: {}",
        file.display(),
        changes.join(", ")
    ))
}

pub(super) fn words(args: &[String]) -> String {
    args.iter()
        .map(|a| shell_word(a))
        .collect::<Vec<_>>()
        .join(" ")
}

fn phase_add(args: RecordArgs) -> Outcome {
    let pairs = split(&args.file, PHASE_FIELDS, "phase", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let blank = Phase {
        id: args.id.clone(),
        name: String::new(),
        window: None,
        start: None,
        end: None,
        description: None,
    };
    let phase =
        assign_fields(&blank, PHASE_FIELDS, "phase", &pairs).map_err(|e| failed(&edit, e))?;
    let at = edit.roadmap.phases.len();
    let change = add_phase(&edit.roadmap, phase, at).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap phase add {{}} {} {}",
        shell_word(&args.id),
        words(&args.assignments)
    ))?;
    if args.json {
        return envelope::print(
            "phase add",
            true,
            json!({"file": file.display().to_string(), "id": args.id}),
        );
    }
    output::line(&format!("{}: added phase {}", file.display(), args.id))
}

fn phase_set(args: RecordArgs) -> Outcome {
    let pairs = split(&args.file, PHASE_FIELDS, "phase", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let before = match edit.roadmap.phase(&args.id) {
        Some(p) => p.clone(),
        None => return Err(failed(&edit, unknown_phase(&edit.roadmap, &args.id))),
    };
    let after =
        assign_fields(&before, PHASE_FIELDS, "phase", &pairs).map_err(|e| failed(&edit, e))?;
    let changes = differences(PHASE_FIELDS, &before, &after);
    let change = edit_phase(&edit.roadmap, &args.id, after).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    if changes.is_empty() {
        output::note(&format!("phase {}: already so; nothing to change", args.id));
    }
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap phase set {{}} {} {}",
        shell_word(&args.id),
        words(&args.assignments)
    ))?;
    report_set(args.json, "phase set", &file, Some(&args.id), &changes)
}

fn phase_rm(args: PhaseRmArgs) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    let moved = phase_tasks(&edit.roadmap, &args.id);
    let change = remove_phase(&edit.roadmap, &args.id, args.move_to.as_deref()).map_err(|e| {
        let e = match e {
            e @ HeadError::PhaseHoldsTasks { .. } => format!("{e} (--move-to PHASE)"),
            e => e.to_string(),
        };
        edit.refused(e)
    })?;
    edit.apply(change)?;
    let file = edit.file.clone();
    let flag = args
        .move_to
        .as_deref()
        .map(|p| format!(" --move-to {}", shell_word(p)))
        .unwrap_or_default();
    edit.save(&format!(
        "roadmap phase rm {{}} {}{flag}",
        shell_word(&args.id)
    ))?;
    if args.json {
        return envelope::print(
            "phase rm",
            true,
            json!({"file": file.display().to_string(), "id": args.id, "moved": moved, "to": args.move_to}),
        );
    }
    let tail = match (moved.len(), &args.move_to) {
        (0, _) | (_, None) => String::new(),
        (1, Some(to)) => format!(" (1 task moved to {to})"),
        (n, Some(to)) => format!(" ({n} tasks moved to {to})"),
    };
    output::line(&format!(
        "{}: removed phase {}{tail}",
        file.display(),
        args.id
    ))
}

fn finding_add(args: RecordArgs) -> Outcome {
    let pairs = split(&args.file, FINDING_FIELDS, "finding", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let mut blank = blank_finding(&edit.roadmap);
    blank.id = args.id.clone();
    let finding =
        assign_fields(&blank, FINDING_FIELDS, "finding", &pairs).map_err(|e| failed(&edit, e))?;
    let at = edit.roadmap.findings.len();
    let change = add_finding(&edit.roadmap, finding, at).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap finding add {{}} {} {}",
        shell_word(&args.id),
        words(&args.assignments)
    ))?;
    if args.json {
        return envelope::print(
            "finding add",
            true,
            json!({"file": file.display().to_string(), "id": args.id}),
        );
    }
    output::line(&format!("{}: added finding {}", file.display(), args.id))
}

fn finding_set(args: RecordArgs) -> Outcome {
    let pairs = split(&args.file, FINDING_FIELDS, "finding", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let before = match edit.roadmap.finding(&args.id) {
        Some(f) => f.clone(),
        None => return Err(failed(&edit, unknown_finding(&edit.roadmap, &args.id))),
    };
    let after =
        assign_fields(&before, FINDING_FIELDS, "finding", &pairs).map_err(|e| failed(&edit, e))?;
    let changes = differences(FINDING_FIELDS, &before, &after);
    let change = edit_finding(&edit.roadmap, &args.id, after).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    if changes.is_empty() {
        output::note(&format!(
            "finding {}: already so; nothing to change",
            args.id
        ));
    }
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap finding set {{}} {} {}",
        shell_word(&args.id),
        words(&args.assignments)
    ))?;
    report_set(args.json, "finding set", &file, Some(&args.id), &changes)
}

fn finding_rm(args: FindingRmArgs) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    let dropped = addressing(&edit.roadmap, &args.id);
    let change = remove_finding(&edit.roadmap, &args.id, args.drop_references).map_err(|e| {
        let e = match e {
            e @ HeadError::Addressed { .. } => format!("{e} (--drop-references)"),
            e => e.to_string(),
        };
        edit.refused(e)
    })?;
    edit.apply(change)?;
    let file = edit.file.clone();
    let flag = if args.drop_references {
        " --drop-references"
    } else {
        ""
    };
    edit.save(&format!(
        "roadmap finding rm {{}} {}{flag}",
        shell_word(&args.id)
    ))?;
    if args.json {
        return envelope::print(
            "finding rm",
            true,
            json!({"file": file.display().to_string(), "id": args.id, "dropped": dropped}),
        );
    }
    let tail = match dropped.len() {
        0 => String::new(),
        1 => " and 1 reference to it".into(),
        n => format!(" and {n} references to it"),
    };
    output::line(&format!(
        "{}: removed finding {}{tail}",
        file.display(),
        args.id
    ))
}

fn project_set(args: ProjectSetArgs) -> Outcome {
    let pairs = split(&args.file, PROJECT_FIELDS, "project", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let before = edit.roadmap.project.clone();
    let after =
        assign_fields(&before, PROJECT_FIELDS, "project", &pairs).map_err(|e| failed(&edit, e))?;
    let changes = differences(PROJECT_FIELDS, &before, &after);
    let change = set_project(&edit.roadmap, after).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    if changes.is_empty() {
        output::note("project: already so; nothing to change");
    }
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap project set {{}} {}",
        words(&args.assignments)
    ))?;
    report_set(args.json, "project set", &file, None, &changes)
}
