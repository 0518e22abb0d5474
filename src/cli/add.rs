//! `roadmap add FILE --phase P TITLE [--priority …] [--effort …] [--owner …]
//! [--level N] [--due DATE] [--id ID]`: the planner's `a`. The model places
//! the task after its phase's last task and makes its id from the title
//! (`-2`, `-3`… when taken); `--id` renames it through the model's checks,
//! and the other flags are set as `roadmap set` sets them.

use super::edit::Edit;
use super::envelope;
use super::write_failure::shell_word;
use super::{args::AddArgs, output, Failure, Outcome};
use crate::model::change::{add_task, assign, rename_task, AssignError, Change};
use chrono::NaiveDate;
use serde_json::json;

pub fn run(args: AddArgs, today: NaiveDate) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    let change = add_task(&edit.roadmap, &args.phase, &args.title).map_err(|e| edit.refused(e))?;
    let Change::InsertTask { task, .. } = &change else {
        return Err(Failure::invalid("the model did not make a new task"));
    };
    let mut id = task.id.clone();
    edit.apply(change)?;
    if let Some(wanted) = &args.id {
        let rename = rename_task(&edit.roadmap, &id, wanted).map_err(|e| edit.refused(e))?;
        edit.apply(rename)?;
        id = wanted.clone();
    }
    let flags = [
        ("priority", &args.priority),
        ("effort", &args.effort),
        ("owner", &args.owner),
        ("level", &args.level),
        ("due", &args.due),
    ];
    let pairs: Vec<(&str, &str)> = flags
        .iter()
        .filter_map(|(key, value)| value.as_deref().map(|v| (*key, v)))
        .collect();
    if !pairs.is_empty() {
        let fields = assign(&edit.roadmap, &id, &pairs, today).map_err(|e| match e {
            AssignError::BadValue { key, why } => {
                let unset = format!("; or `{key}=` to unset it");
                edit.refused(format!("--{key}: {}", why.trim_end_matches(&unset)))
            }
            e => edit.refused(e),
        })?;
        edit.apply(fields)?;
    }
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap add {{}} --phase {} {}",
        shell_word(&args.phase),
        shell_word(&args.title)
    ))?;
    if args.json {
        return envelope::print(
            "add",
            true,
            json!({"file": file.display().to_string(), "id": id, "phase": args.phase}),
        );
    }
    output::line(&format!("{}: added {id} to {}", file.display(), args.phase))
}
