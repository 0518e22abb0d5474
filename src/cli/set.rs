//! `roadmap set FILE ID FIELD=VALUE...`: sets fields of one task as the
//! planner's editor does, each value read by the model's field tables
//! (`model/change/assign.rs`), all in one change saved with one line per
//! changed field. A field `set` does not know is a usage error (exit 2); a
//! bad value or an unknown id is invalid input (exit 1); either way the
//! file is not touched.

use super::edit::Edit;
use super::envelope;
use super::write_failure::shell_word;
use super::{args::SetArgs, output, Failure, Outcome};
use crate::model::change::{assign, settable, AssignError};
use crate::model::fields::TASK_FIELDS;
use crate::model::Task;
use chrono::NaiveDate;
use serde_json::json;
use std::path::Path;

pub fn run(args: SetArgs, today: NaiveDate) -> Outcome {
    let pairs = split(&args.file, &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let Some(before) = edit.roadmap.task(&args.id).cloned() else {
        return Err(edit.no_task(&args.id));
    };
    let change = assign(&edit.roadmap, &args.id, &pairs, today).map_err(|e| match e {
        AssignError::Change(e) => edit.change_failed(e),
        AssignError::UnknownField { .. } | AssignError::NotSettable { .. } => {
            Failure::usage(edit.refused(e).message)
        }
        e @ AssignError::BadValue { .. } => edit.refused(e),
    })?;
    edit.apply(change)?;
    let after = edit
        .roadmap
        .task(&args.id)
        .cloned()
        .unwrap_or(before.clone());
    let changes = differences(&before, &after);
    if changes.is_empty() {
        output::note(&format!("{}: already so; nothing to change", args.id));
    }
    let file = edit.file.clone();
    let words: Vec<String> = args.assignments.iter().map(|a| shell_word(a)).collect();
    edit.save(&format!(
        "roadmap set {{}} {} {}",
        shell_word(&args.id),
        words.join(" ")
    ))?;
    if args.json {
        let fields: Vec<_> = changes
            .iter()
            .map(|c| json!({"field": c.key, "from": c.from, "to": c.to}))
            .collect();
        return envelope::print(
            "set",
            true,
            json!({"file": file.display().to_string(), "id": args.id, "changes": fields}),
        );
    }
    if changes.is_empty() {
        return Ok(());
    }
    let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
    output::line(&format!(
        "{}: {}: {}",
        file.display(),
        args.id,
        changes.join(", ")
    ))
}

/// `FIELD=VALUE` words as pairs, each field one `set` knows; anything else
/// is a usage error, reported before the file is read.
fn split<'a>(file: &Path, words: &'a [String]) -> Result<Vec<(&'a str, &'a str)>, Failure> {
    let mut pairs = Vec::with_capacity(words.len());
    for word in words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(Failure::usage(format!(
                "`{word}` is not FIELD=VALUE (write e.g. `effort=4h`, or `owner=` to unset); \
                 nothing was changed"
            )));
        };
        let key = key.trim();
        settable(key)
            .map_err(|e| Failure::usage(format!("{}: {e}; nothing was changed", file.display())))?;
        pairs.push((key, value));
    }
    Ok(pairs)
}

/// A field whose value changed: its key, and the values as typed
/// (`None` when unset).
pub struct Difference {
    pub key: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl std::fmt::Display for Difference {
    /// `effort 4h → 2-3d`, `owner none → ana`; `notes changed` for text
    /// that would not read on one line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
        let (from, to) = (show(&self.from), show(&self.to));
        if self.key == "notes" || from.contains('\n') || to.contains('\n') {
            write!(f, "{} changed", self.key)
        } else {
            write!(f, "{} {from} → {to}", self.key)
        }
    }
}

/// Each field whose value changed, in table order.
pub fn differences(before: &Task, after: &Task) -> Vec<Difference> {
    let value = |t: &Task, f: &crate::model::fields::Field<Task>| {
        (f.get)(t)
            .map(|v| v.to_text(", "))
            .filter(|s| !s.is_empty())
    };
    TASK_FIELDS
        .iter()
        .filter(|f| (f.get)(before) != (f.get)(after))
        .map(|f| Difference {
            key: f.key,
            from: value(before, f),
            to: value(after, f),
        })
        .collect()
}
