//! Merge conflicts left in the file by `roadmap merge`: each is an error
//! naming the item, the field and both values, so nobody ships a roadmap
//! whose numbers are half one person's and half another's. The store still
//! loads such a file (see `store::problems`), so it can be opened and settled.

use super::index::Index;
use super::{Locus, Problem};
use crate::model::roadmap::{Conflict, Part, Roadmap};

/// The key conflicts are written under in each table of the file.
pub const CONFLICT_KEY: &str = "conflict";

pub(super) fn check(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    for conflict in &r.conflicts {
        let locus = match &conflict.part {
            Part::Project => Some(Locus::Project),
            Part::Maturity => r.maturity.as_ref().map(|_| Locus::Maturity),
            Part::Level(n) => index.levels.position(n).map(Locus::Level),
            Part::Finding(id) => index.findings.position(id.as_str()).map(Locus::Finding),
            Part::Phase(id) => index.phases.position(id.as_str()).map(Locus::Phase),
            Part::Person(name) => r
                .people
                .iter()
                .position(|p| p.name == *name)
                .map(Locus::Person),
            Part::Task(id) => index.tasks.position(id.as_str()).map(Locus::Task),
        };
        let (locus, message) = match locus {
            Some(locus) => (locus, format!("unresolved merge {conflict}")),
            // Only a program can build this: a file holds conflicts inside their tables.
            None => (
                Locus::Project,
                format!("unresolved merge {conflict}, and that item does not exist"),
            ),
        };
        out.push(Problem::error(locus, CONFLICT_KEY, message, help(conflict)));
    }
}

fn help(conflict: &Conflict) -> String {
    if conflict.field == Conflict::WHOLE {
        format!(
            "one side deleted {} and the other changed it; it was kept: delete it or keep it, then delete the conflict entry",
            conflict.part
        )
    } else {
        format!(
            "resolve by editing the field `{}` (it holds ours) and deleting the conflict entry",
            conflict.field
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::sample;
    use super::super::validate;
    use super::*;

    fn effort_conflict(task: &str) -> Conflict {
        Conflict {
            part: Part::Task(task.into()),
            field: "effort".into(),
            ours: Some("4h".into()),
            theirs: Some("6h".into()),
            base: Some("3h".into()),
        }
    }

    #[test]
    fn a_conflict_is_an_error_naming_item_field_and_both_values() {
        let mut r = sample();
        let id = r.tasks[1].id.clone();
        r.conflicts.push(effort_conflict(&id));
        let problems = validate(&r);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert!(p.is_error());
        assert_eq!(p.locus, Locus::Task(1));
        assert_eq!(p.field, Some(CONFLICT_KEY));
        assert_eq!(
            p.message,
            format!("unresolved merge conflict in task `{id}` field `effort`: ours \"4h\", theirs \"6h\" (base \"3h\")")
        );
        assert!(p
            .help
            .as_deref()
            .unwrap_or("")
            .contains("deleting the conflict entry"));
    }

    #[test]
    fn whole_item_and_missing_item_conflicts_are_reported_too() {
        let mut r = sample();
        let phase = r.phases[0].id.clone();
        r.conflicts.push(Conflict {
            part: Part::Phase(phase),
            field: Conflict::WHOLE.into(),
            ours: Some("deleted".into()),
            theirs: Some("changed name".into()),
            base: None,
        });
        r.conflicts.push(effort_conflict("no-such-task"));
        let problems = validate(&r);
        let loci: Vec<Locus> = problems.iter().map(|p| p.locus).collect();
        assert_eq!(loci, [Locus::Project, Locus::Phase(0)]);
        assert!(problems[0].message.contains("does not exist"));
        assert!(problems[1]
            .message
            .contains("ours \"deleted\", theirs \"changed name\" (base none)"));
        assert!(problems[1]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("delete it or keep it"));
    }
}
