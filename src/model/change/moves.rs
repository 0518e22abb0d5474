//! Moving work: a task to another phase, or up and down within its phase.
//! Each is one [`Change`] (undone by its inverse), and the file keeps the
//! order: tasks list in the file as the planner shows them.

use super::build::no_such_phase;
use super::{Change, ChangeError, Lookup, Scan};
use crate::model::roadmap::Roadmap;

/// Swaps task `id` with the task `by` steps away in the same phase (-1 the
/// one above, +1 the one below), as a removal and an insertion in one
/// batch; `None` when it is already first or last of its phase.
pub fn reorder(r: &Roadmap, id: &str, by: isize) -> Result<Option<Change>, ChangeError> {
    let at = Scan.locate(&r.tasks, id)?;
    let phase = &r.tasks[at].phase;
    let same = |j: &usize| r.tasks[*j].phase == *phase;
    let neighbour = if by < 0 {
        (0..at).rev().filter(same).nth(by.unsigned_abs() - 1)
    } else if by > 0 {
        (at + 1..r.tasks.len()).filter(same).nth(by as usize - 1)
    } else {
        None
    };
    Ok(neighbour.map(|to| {
        Change::Batch(vec![
            Change::RemoveTask { id: id.to_string() },
            Change::InsertTask {
                index: to,
                task: r.tasks[at].clone(),
            },
        ])
    }))
}

/// Moves task `id` to phase `phase`: its `phase` field, one line of the
/// file. It keeps its place in the file, so a task moved to the next phase
/// comes first there and one moved to the previous phase comes last.
pub fn move_to_phase(r: &Roadmap, id: &str, phase: &str) -> Result<Change, ChangeError> {
    if r.phase(phase).is_none() {
        return Err(no_such_phase(r, phase));
    }
    let at = Scan.locate(&r.tasks, id)?;
    let mut task = r.tasks[at].clone();
    task.phase = phase.to_string();
    Ok(Change::ReplaceTask {
        id: id.to_string(),
        task,
    })
}

/// The phase `by` steps from `phase` in the plan's order, wrapping round;
/// `None` when the roadmap has fewer than two phases. A task naming an
/// unknown phase goes to the first (+1) or last (-1).
pub fn neighbour_phase<'r>(r: &'r Roadmap, phase: &str, by: isize) -> Option<&'r str> {
    let n = r.phases.len();
    if n < 2 {
        return None;
    }
    let to = match r.phases.iter().position(|p| p.id == phase) {
        Some(i) => (i as isize + by).rem_euclid(n as isize) as usize,
        None if by > 0 => 0,
        None => n - 1,
    };
    Some(r.phases[to].id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::change::apply;
    use crate::model::{Phase, Project, Task};

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        for id in ["now", "next"] {
            r.phases.push(Phase {
                id: id.into(),
                name: id.into(),
                window: None,
                start: None,
                end: None,
                description: None,
            });
        }
        for (id, phase) in [("a", "now"), ("x", "next"), ("b", "now"), ("c", "now")] {
            r.tasks.push(Task::new(id, phase, id));
        }
        r
    }

    fn ids(r: &Roadmap) -> Vec<&str> {
        r.tasks.iter().map(|t| t.id.as_str()).collect()
    }

    #[test]
    fn reordering_swaps_with_the_neighbour_in_the_phase_and_inverts() {
        let r = roadmap();
        let mut after = r.clone();
        let inverse = apply(&mut after, reorder(&r, "a", 1).unwrap().unwrap()).unwrap();
        assert_eq!(ids(&after), ["x", "b", "a", "c"], "past x of another phase");
        let mut back = after.clone();
        apply(&mut back, inverse).unwrap();
        assert_eq!(back, r);

        let mut up = r.clone();
        apply(&mut up, reorder(&r, "c", -1).unwrap().unwrap()).unwrap();
        assert_eq!(ids(&up), ["a", "x", "c", "b"]);
        assert_eq!(reorder(&r, "a", -1).unwrap(), None, "first stays");
        assert_eq!(reorder(&r, "c", 1).unwrap(), None, "last stays");
        assert_eq!(reorder(&r, "x", 1).unwrap(), None, "alone in its phase");
        assert!(reorder(&r, "zz", 1).is_err());
    }

    #[test]
    fn moving_to_a_phase_changes_only_the_phase() {
        let r = roadmap();
        let mut after = r.clone();
        apply(&mut after, move_to_phase(&r, "b", "next").unwrap()).unwrap();
        assert_eq!(after.tasks[2].phase, "next");
        assert_eq!(ids(&after), ids(&r), "the file order stays");
        let err = move_to_phase(&r, "b", "later").unwrap_err();
        assert!(err.to_string().contains("no phase has id `later`"), "{err}");
    }

    #[test]
    fn the_next_phase_wraps_round() {
        let r = roadmap();
        assert_eq!(neighbour_phase(&r, "now", 1), Some("next"));
        assert_eq!(neighbour_phase(&r, "next", 1), Some("now"));
        assert_eq!(neighbour_phase(&r, "now", -1), Some("next"));
        assert_eq!(neighbour_phase(&r, "gone", -1), Some("next"));
        let mut one = r.clone();
        one.phases.truncate(1);
        assert_eq!(neighbour_phase(&one, "now", 1), None);
    }
}
