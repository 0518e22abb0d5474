//! The merge's promise, as a property: two people whose edits touch
//! different ids never conflict, and merging their files gives exactly what
//! applying both edit lists one after the other gives, in either order.
//! Checked on the models and on the text written through OURS's document.

use chrono::NaiveDate;
use proptest::prelude::*;
use roadmap::model::{Effort, Phase, Project, Roadmap, Status, Task};
use roadmap::store::merge::{merge, merge_into};
use roadmap::store::{parse, to_toml};
use std::collections::HashSet;

const TASKS: usize = 6;

/// One person's edit, naming base tasks by index.
#[derive(Debug, Clone)]
enum Edit {
    CheckOff(usize, u32),
    Estimate(usize, u32),
    Retitle(usize, String),
    Owner(usize, Option<String>),
    /// Task `.0` comes to depend on the earlier task `.1` (so no cycles).
    Depend(usize, usize),
    Delete(usize),
    /// A new task right after task `.0`.
    Add(usize, String),
    RenamePhase(usize, String),
    Summary(String),
}

impl Edit {
    /// The ids this edit touches, including the ones it names.
    fn touches(&self) -> Vec<String> {
        match self {
            Edit::CheckOff(i, _)
            | Edit::Estimate(i, _)
            | Edit::Retitle(i, _)
            | Edit::Owner(i, _)
            | Edit::Delete(i)
            | Edit::Add(i, _) => vec![task_id(*i)],
            Edit::Depend(i, j) => vec![task_id(*i), task_id(*j)],
            Edit::RenamePhase(p, _) => vec![format!("phase {p}")],
            Edit::Summary(_) => vec!["[project]".into()],
        }
    }
}

fn task_id(i: usize) -> String {
    format!("t{}", i % TASKS)
}

fn base() -> Roadmap {
    let mut r = Roadmap::new(Project::new("Props"));
    for p in 0..2 {
        r.phases.push(Phase {
            id: format!("p{p}"),
            name: format!("Phase {p}"),
            window: None,
            start: None,
            end: None,
            description: None,
        });
    }
    for i in 0..TASKS {
        let mut t = Task::new(task_id(i), format!("p{}", i % 2), format!("Task {i}"));
        t.effort = Effort::parse(&format!("{}h", i + 1)).ok();
        r.tasks.push(t);
    }
    r
}

/// Applies `edit` made by `side`; an edit whose task is gone (deleted
/// earlier by the same person) does nothing, in whichever order it runs.
fn apply(r: &mut Roadmap, side: &str, n: &mut usize, edit: &Edit) {
    match edit {
        Edit::CheckOff(i, day) => {
            if let Some(t) = r.task_mut(&task_id(*i)) {
                t.status = Status::Done;
                t.done_on = NaiveDate::from_ymd_opt(2025, 11, *day);
            }
        }
        Edit::Estimate(i, hours) => {
            if let Some(t) = r.task_mut(&task_id(*i)) {
                t.effort = Effort::parse(&format!("{hours}h")).ok();
            }
        }
        Edit::Retitle(i, title) => {
            if let Some(t) = r.task_mut(&task_id(*i)) {
                t.title.clone_from(title);
            }
        }
        Edit::Owner(i, owner) => {
            if let Some(t) = r.task_mut(&task_id(*i)) {
                t.owner.clone_from(owner);
            }
        }
        Edit::Depend(i, j) => {
            let dep = task_id(*j);
            if r.task(&dep).is_some() {
                if let Some(t) = r.task_mut(&task_id(*i)) {
                    if !t.depends_on.contains(&dep) {
                        t.depends_on.push(dep);
                    }
                }
            }
        }
        Edit::Delete(i) => {
            let id = task_id(*i);
            r.tasks.retain(|t| t.id != id);
            for t in &mut r.tasks {
                t.depends_on.retain(|d| *d != id);
            }
        }
        Edit::Add(i, title) => {
            if let Some(at) = r.task_index(&task_id(*i)) {
                *n += 1;
                let phase = r.tasks[at].phase.clone();
                let task = Task::new(format!("{side}-new-{n}"), phase, title.clone());
                r.tasks.insert(at + 1, task);
            }
        }
        Edit::RenamePhase(p, name) => {
            if let Some(phase) = r.phases.get_mut(*p % 2) {
                phase.name.clone_from(name);
            }
        }
        Edit::Summary(text) => r.project.summary = Some(text.clone()),
    }
}

fn applied(mut r: Roadmap, lists: &[(&str, &[Edit])]) -> Roadmap {
    for (side, edits) in lists {
        let mut n = 0;
        for edit in *edits {
            apply(&mut r, side, &mut n, edit);
        }
    }
    r
}

fn text() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 \"#\\\\é-]{0,16}"
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0..TASKS;
    prop_oneof![
        (i.clone(), 1u32..=28).prop_map(|(i, d)| Edit::CheckOff(i, d)),
        (i.clone(), 1u32..80).prop_map(|(i, h)| Edit::Estimate(i, h)),
        (i.clone(), text()).prop_map(|(i, t)| Edit::Retitle(i, t)),
        (i.clone(), prop::option::of(text())).prop_map(|(i, o)| Edit::Owner(i, o)),
        (i.clone(), i.clone())
            .prop_filter("two tasks", |(a, b)| a != b)
            .prop_map(|(a, b)| Edit::Depend(a.max(b), a.min(b))),
        i.clone().prop_map(Edit::Delete),
        (i, text()).prop_map(|(i, t)| Edit::Add(i, t)),
        (0usize..2, text()).prop_map(|(p, t)| Edit::RenamePhase(p, t)),
        text().prop_map(Edit::Summary),
    ]
}

/// Two edit lists, theirs cut down to edits touching none of ours' ids.
fn two_sides() -> impl Strategy<Value = (Vec<Edit>, Vec<Edit>)> {
    (
        prop::collection::vec(edit(), 0..8),
        prop::collection::vec(edit(), 0..8),
    )
        .prop_map(|(ours, theirs)| {
            let taken: HashSet<String> = ours.iter().flat_map(Edit::touches).collect();
            let theirs = theirs
                .into_iter()
                .filter(|e| e.touches().iter().all(|id| !taken.contains(id)))
                .collect();
            (ours, theirs)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn disjoint_edits_merge_as_if_applied_in_either_order((a, b) in two_sides()) {
        let base = base();
        let ours = applied(base.clone(), &[("a", &a)]);
        let theirs = applied(base.clone(), &[("b", &b)]);
        let a_then_b = applied(base.clone(), &[("a", &a), ("b", &b)]);
        let b_then_a = applied(base.clone(), &[("b", &b), ("a", &a)]);
        prop_assert_eq!(&a_then_b, &b_then_a, "the edit lists commute");

        let merged = merge(Some(&base), &ours, &theirs);
        prop_assert!(merged.is_clean(), "conflicts: {:?}", merged.conflicts);
        prop_assert_eq!(&merged.roadmap, &a_then_b);

        // And through the files: ours' text patched to the merge loads back to it.
        let ours_loaded = parse(&to_toml(&ours), "ours.toml").unwrap();
        let (merged_text, _) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
        prop_assert_eq!(parse(&merged_text, "merged.toml").unwrap().roadmap, a_then_b);
    }

    #[test]
    fn merging_is_symmetric_for_disjoint_edits((a, b) in two_sides()) {
        let base = base();
        let ours = applied(base.clone(), &[("a", &a)]);
        let theirs = applied(base.clone(), &[("b", &b)]);
        prop_assert_eq!(
            merge(Some(&base), &ours, &theirs).roadmap,
            merge(Some(&base), &theirs, &ours).roadmap
        );
    }
}
