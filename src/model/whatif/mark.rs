//! Applying a scenario: its tasks move into the phase `next` (created first
//! in the plan, named "Next", when the roadmap has none), as one change. A
//! phase fits the file better than a tag would: the format has no tags,
//! a task's phase is one line of the diff, and the forecast takes phases in
//! order, so the chosen work is scheduled first.

use crate::model::change::{add_phase, Change, HeadError};
use crate::model::roadmap::{Phase, Roadmap};

/// The phase a scenario's tasks go to.
pub const NEXT: &str = "next";

/// One change moving `tasks` (positions in `roadmap.tasks`) to [`NEXT`];
/// `None` when they are all there already.
pub fn mark_next(r: &Roadmap, tasks: &[usize]) -> Result<Option<Change>, HeadError> {
    let moving: Vec<usize> = tasks
        .iter()
        .copied()
        .filter(|&i| r.tasks[i].phase != NEXT)
        .collect();
    if moving.is_empty() {
        return Ok(None);
    }
    let mut changes = Vec::new();
    if r.phase(NEXT).is_none() {
        let phase = Phase {
            id: NEXT.into(),
            name: "Next".into(),
            window: None,
            start: None,
            end: None,
            description: Some("Chosen with the what-if scenarios".into()),
        };
        changes.push(add_phase(r, phase, 0)?);
    }
    for i in moving {
        let mut task = r.tasks[i].clone();
        task.phase = NEXT.into();
        changes.push(Change::ReplaceTask {
            id: task.id.clone(),
            task,
        });
    }
    Ok(Some(Change::Batch(changes)))
}
