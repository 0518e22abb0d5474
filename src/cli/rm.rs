//! `roadmap rm FILE ID [--drop-references]`: deletes a task. While another
//! task's `depends_on`, a level's `requires` or a merge conflict entry
//! names it, it is refused (exit 1, the file untouched) and the message
//! lists them; `--drop-references` removes those mentions in the same save,
//! as the planner's `D` does (`remove_task_and_references`).

use super::edit::Edit;
use super::envelope;
use super::write_failure::shell_word;
use super::{args::RmArgs, output, Outcome};
use crate::model::change::{references, remove_task, remove_task_and_references, References};
use serde_json::json;

pub fn run(args: RmArgs) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    if edit.roadmap.task(&args.id).is_none() {
        return Err(edit.no_task(&args.id));
    }
    let refs = references(&edit.roadmap, &args.id);
    let change = if refs.is_empty() {
        remove_task(&edit.roadmap, &args.id)
    } else if args.drop_references {
        remove_task_and_references(&edit.roadmap, &args.id)
    } else {
        return Err(edit.refused(format!(
            "task `{}` is still referred to: {}; remove those references first, \
             or add --drop-references to remove them with the task",
            args.id,
            describe(&refs)
        )));
    }
    .map_err(|e| edit.change_failed(e))?;
    edit.apply(change)?;
    let file = edit.file.clone();
    let flag = if args.drop_references {
        " --drop-references"
    } else {
        ""
    };
    edit.save(&format!("roadmap rm {{}} {}{flag}", shell_word(&args.id)))?;
    if args.json {
        let levels = &refs.levels;
        return envelope::print(
            "rm",
            true,
            json!({
                "file": file.display().to_string(),
                "id": args.id,
                "dropped": {"dependants": refs.dependants, "levels": levels, "conflicts": refs.conflicts},
            }),
        );
    }
    let dropped = if refs.is_empty() {
        String::new()
    } else {
        format!(" and its references ({})", describe(&refs))
    };
    output::line(&format!("{}: removed {}{dropped}", file.display(), args.id))
}

/// "depends_on of `c`, `d`; requires of level 2; 1 merge conflict".
fn describe(refs: &References) -> String {
    let mut parts = Vec::new();
    if !refs.dependants.is_empty() {
        let ids: Vec<String> = refs.dependants.iter().map(|d| format!("`{d}`")).collect();
        parts.push(format!("depends_on of {}", ids.join(", ")));
    }
    if !refs.levels.is_empty() {
        let levels: Vec<String> = refs.levels.iter().map(u32::to_string).collect();
        let s = if levels.len() == 1 { "" } else { "s" };
        parts.push(format!("requires of level{s} {}", levels.join(", ")));
    }
    match refs.conflicts {
        0 => {}
        1 => parts.push("1 merge conflict entry".into()),
        n => parts.push(format!("{n} merge conflict entries")),
    }
    parts.join("; ")
}
