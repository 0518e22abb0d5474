//! From the review to the roadmap: the marks become the importer's
//! [`Decisions`] (kept, left out, merged), the report is imported again
//! under them, and the fields the lead set are laid on the tasks the kept
//! rows became. The runner saves what this returns; nothing here writes.

use super::state::{Choice, Review, Side};
use crate::import::reimport::{Choices, Resolve};
use crate::import::{import_reviewed, Decisions, ImportOutcome};

/// The decisions of the review, by candidate index.
pub fn decisions(state: &Review) -> Decisions {
    let rows = &state.source.rows;
    let mut d = Decisions::default();
    for (row, mark) in state.marks.iter().enumerate() {
        let index = rows[row].index;
        match mark.choice {
            Choice::Undecided => {}
            Choice::Keep => d.keep.push(index),
            Choice::Drop => d.drop.push(index),
            Choice::Merged(into) => d.merge.push((index, rows[into].index)),
        }
    }
    d
}

/// The import of `bytes` as the review left it.
pub fn reviewed(state: &Review, bytes: &[u8]) -> ImportOutcome {
    let mut outcome = import_reviewed(bytes, &state.source.name, &decisions(state));
    let roadmap = &mut outcome.roadmap;
    for (row, mark) in state.marks.iter().enumerate() {
        if !state.kept(row) {
            continue;
        }
        let line = u32::try_from(state.source.rows[row].line).ok();
        let Some(task) = roadmap.tasks.iter_mut().find(|t| t.source_line == line) else {
            continue;
        };
        if let Some(p) = mark.priority {
            task.priority = p;
        }
        if let Some(e) = mark.effort {
            task.effort = Some(e);
        }
        if let Some(m) = mark.cost {
            task.cost_once = Some(m);
        }
        if let Some(id) = &mark.phase {
            task.phase.clone_from(id);
        }
    }
    // A phase set by hand that the import no longer makes (its section was
    // left out) is brought in from the phases the review offered.
    let wanted: Vec<String> = roadmap.tasks.iter().map(|t| t.phase.clone()).collect();
    for id in wanted {
        if roadmap.phases.iter().all(|p| p.id != id) {
            if let Some(p) = state.source.phases.iter().find(|p| p.id == id) {
                roadmap.phases.push(p.clone());
            }
        }
    }
    outcome
}

/// The lead's settlements of conflicts and removed tasks, for
/// `reimport_with` (`--into`). An unsettled conflict is named too, so it
/// stays unsettled whatever the flags: the team's value is kept and the
/// next import asks again.
pub fn choices(state: &Review) -> Choices {
    let source = &state.source;
    let mut c = Choices::default();
    for (i, conflict) in source.conflicts.iter().enumerate() {
        let resolve = match state.side(i) {
            None => Resolve::Unsettled,
            Some(Side::Team) => Resolve::Ours,
            Some(Side::Report) => Resolve::Theirs,
        };
        c.resolve
            .insert((conflict.id.clone(), conflict.field.to_string()), resolve);
    }
    for (i, removed) in source.removed.iter().enumerate() {
        c.drop.insert(removed.id.clone(), state.drops[i]);
    }
    c
}
