//! Which items differ between two versions of a roadmap: what a change on
//! disk touched, in words a notice can use.

use super::fields::Record;
use crate::model::{Part, Roadmap};
use std::collections::HashMap;

/// The parts of the roadmap that differ between `from` and `to` (changed,
/// added or removed), in file order.
pub fn changed_parts(from: &Roadmap, to: &Roadmap) -> Vec<Part> {
    let mut parts = Vec::new();
    if from.project != to.project || from.version != to.version {
        parts.push(Part::Project);
    }
    let head = |r: &Roadmap| {
        r.maturity
            .as_ref()
            .map(|m| (m.baseline.to_bits(), m.scale.as_file_str()))
    };
    if head(from) != head(to) {
        parts.push(Part::Maturity);
    }
    list(levels(from), levels(to), &mut parts);
    list(&from.findings, &to.findings, &mut parts);
    list(&from.phases, &to.phases, &mut parts);
    list(&from.people, &to.people, &mut parts);
    list(&from.tasks, &to.tasks, &mut parts);
    parts
}

fn levels(r: &Roadmap) -> &[crate::model::Level] {
    r.maturity.as_ref().map_or(&[], |m| &m.levels)
}

fn list<T: Record>(from: &[T], to: &[T], out: &mut Vec<Part>) {
    if from == to {
        return;
    }
    let before: HashMap<String, &T> = from.iter().map(|x| (x.identity(), x)).collect();
    let after: HashMap<String, &T> = to.iter().map(|x| (x.identity(), x)).collect();
    for item in to {
        if before.get(&item.identity()) != Some(&item) {
            out.push(item.part());
        }
    }
    for item in from {
        if !after.contains_key(&item.identity()) {
            out.push(item.part());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, Status, Task};

    #[test]
    fn names_changed_added_and_removed_items() {
        let mut a = Roadmap::new(Project::new("P"));
        a.tasks = vec![Task::new("x", "p", "X"), Task::new("y", "p", "Y")];
        let mut b = a.clone();
        b.tasks[0].status = Status::Done;
        b.tasks.remove(1);
        b.tasks.push(Task::new("z", "p", "Z"));
        assert_eq!(
            changed_parts(&a, &b),
            [
                Part::Task("x".into()),
                Part::Task("z".into()),
                Part::Task("y".into())
            ]
        );
        assert!(changed_parts(&a, &a).is_empty());
    }
}
