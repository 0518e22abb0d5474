//! `roadmap check|uncheck|start|skip|todo FILE ID...`: the status changes
//! the planner's keys make (space, `d`, `x`), through the same model path
//! (`set_status`: `done_on` recorded on a check-off, cleared otherwise),
//! saved like every edit (`edit.rs`): one `status` line plus `done_on`,
//! under the file's save lock, merging in whatever another save wrote since
//! the file was read, so twenty checks at once keep all twenty check-offs.

use super::edit::Edit;
use super::envelope;
use super::{args::CheckArgs, output, Outcome};
use crate::model::change::set_status;
use crate::model::Status;
use chrono::NaiveDate;
use serde_json::json;

/// Sets `status` on every task of `args`; `command` is the subcommand's
/// name, for the message of a save that fails.
pub fn run(args: CheckArgs, status: Status, command: &str, today: NaiveDate) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
    for id in &args.ids {
        let Some(task) = edit.roadmap.task(id) else {
            return Err(edit.no_task(id));
        };
        if task.status == status {
            output::note(&format!("{id}: already {status}"));
            unchanged.push(id.as_str());
            continue;
        }
        let change =
            set_status(&edit.roadmap, id, status, today).map_err(|e| edit.change_failed(e))?;
        edit.apply(change)?;
        changed.push(id.as_str());
    }
    let file = edit.file.clone();
    if !changed.is_empty() {
        edit.save(&format!("roadmap {command} {{}} {}", args.ids.join(" ")))?;
    }
    if args.json {
        return envelope::print(
            command,
            true,
            json!({
                "file": file.display().to_string(),
                "status": status,
                "changed": changed,
                "unchanged": unchanged,
            }),
        );
    }
    if changed.is_empty() {
        return Ok(());
    }
    output::line(&format!(
        "{}: {} → {status}",
        file.display(),
        changed.join(", ")
    ))
}
