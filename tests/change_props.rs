//! Undo by inversion, checked on random roadmaps and random edit sequences:
//! applying the inverses in reverse gives back the original exactly, a refused
//! change leaves the roadmap untouched, and the inverse of an inverse redoes.

use chrono::NaiveDate;
use proptest::prelude::*;
use roadmap::model::change::{self, apply, Change};
use roadmap::model::{Effort, Money, Phase, Priority, Project, Roadmap, Status, Task};

/// A small pool so that random edits often hit existing tasks, collide with
/// taken ids, and (in random roadmaps) meet duplicate ids.
const IDS: &[&str] = &["a", "b", "c", "d", "e", "f", "g", "deploy", "deploy-2"];
const PHASES: &[&str] = &["p1", "p2", "p3"];

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(offset.into())))
        .expect("a day in 2025")
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL)
}

fn id() -> impl Strategy<Value = String> {
    prop::sample::select(IDS).prop_map(String::from)
}

prop_compose! {
    fn task()(
        id in id(),
        phase in prop::sample::select(PHASES),
        title in "[A-Za-z ]{0,12}",
        priority in prop::sample::select(Priority::ALL),
        status in status(),
        effort in prop::option::of(1u32..80),
        cost in prop::option::of((0u32..500, 0u32..500)),
        level in prop::option::of(1u32..4),
        depends_on in prop::collection::vec(id(), 0..3),
        done_on in prop::option::of(0u32..300),
        notes in prop::option::of("[a-z\n]{0,20}"),
    ) -> Task {
        let mut t = Task::new(id, phase, title);
        t.priority = priority;
        t.status = status;
        t.effort = effort.map(|h| Effort::hours(f64::from(h)));
        t.cost_monthly = cost.map(|(a, b)| Money::range(f64::from(a), f64::from(b)));
        t.level = level;
        t.depends_on = depends_on;
        t.done_on = done_on.map(day);
        t.notes = notes;
        t
    }
}

fn roadmap() -> impl Strategy<Value = Roadmap> {
    prop::collection::vec(task(), 0..10).prop_map(|tasks| {
        let mut r = Roadmap::new(Project::new("props"));
        r.phases = PHASES
            .iter()
            .map(|id| Phase {
                id: id.to_string(),
                name: id.to_string(),
                window: None,
                start: None,
                end: None,
                description: None,
            })
            .collect();
        r.tasks = tasks;
        r
    })
}

/// An edit as a user would ask for it; turned into a `Change` against the
/// roadmap as it stands, either raw or through the helpers.
#[derive(Debug, Clone)]
enum Edit {
    Replace(String, Task),
    Insert(usize, Task),
    Remove(String),
    SetStatus(String, Status, u32),
    Toggle(String, u32),
    Retitle(String, String),
    Rename(String, String),
    Add(&'static str, String),
    Batch(Vec<Edit>),
}

fn simple_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (id(), task()).prop_map(|(id, t)| Edit::Replace(id, t)),
        (0usize..12, task()).prop_map(|(i, t)| Edit::Insert(i, t)),
        id().prop_map(Edit::Remove),
        (id(), status(), 0u32..300).prop_map(|(id, s, d)| Edit::SetStatus(id, s, d)),
        (id(), 0u32..300).prop_map(|(id, d)| Edit::Toggle(id, d)),
        (id(), "[A-Za-z]{0,8}").prop_map(|(id, t)| Edit::Retitle(id, t)),
        (id(), id()).prop_map(|(id, new)| Edit::Rename(id, new)),
        (prop::sample::select(PHASES), "(Deploy|[a-g])").prop_map(|(p, t)| Edit::Add(p, t)),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    simple_edit().prop_recursive(2, 12, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(Edit::Batch)
    })
}

/// The change an edit means now; `None` when a helper refuses it up front.
/// A refused removal is still tried raw, to exercise `apply`'s own refusal.
fn to_change(r: &Roadmap, edit: Edit) -> Option<Change> {
    let built = match edit {
        Edit::Replace(id, task) => Ok(Change::ReplaceTask { id, task }),
        Edit::Insert(index, task) => Ok(Change::InsertTask { index, task }),
        Edit::Remove(id) => change::remove_task(r, &id).or(Ok(Change::RemoveTask { id })),
        Edit::SetStatus(id, s, d) => change::set_status(r, &id, s, day(d)),
        Edit::Toggle(id, d) => change::toggle_done(r, &id, day(d)),
        Edit::Retitle(id, title) => change::edit_task(r, &id, |t| t.title = title),
        Edit::Rename(id, new) => change::edit_task(r, &id, |t| t.id = new),
        Edit::Add(phase, title) => change::add_task(r, phase, &title),
        Edit::Batch(edits) => {
            let changes = edits.into_iter().filter_map(|e| to_change(r, e)).collect();
            Ok(Change::Batch(changes))
        }
    };
    built.ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn inverses_in_reverse_restore_the_original(original in roadmap(), edits in prop::collection::vec(edit(), 0..12)) {
        let mut r = original.clone();
        let mut inverses = Vec::new();
        for edit in edits {
            let Some(change) = to_change(&r, edit) else { continue };
            let before = r.clone();
            match apply(&mut r, change) {
                Ok(inverse) => inverses.push(inverse),
                Err(_) => prop_assert_eq!(&r, &before, "a refused change left a trace"),
            }
        }
        while let Some(inverse) = inverses.pop() {
            let undone = apply(&mut r, inverse);
            prop_assert!(undone.is_ok(), "an inverse failed: {:?}", undone);
        }
        prop_assert_eq!(r, original);
    }

    #[test]
    fn the_inverse_of_an_inverse_redoes(original in roadmap(), edit in edit()) {
        let Some(change) = to_change(&original, edit) else { return Ok(()) };
        let mut r = original.clone();
        let Ok(inverse) = apply(&mut r, change) else { return Ok(()) };
        let after = r.clone();
        let redo = apply(&mut r, inverse).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&r, &original);
        apply(&mut r, redo).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(r, after);
    }

    #[test]
    fn touched_ids_cover_every_task_that_changed(original in roadmap(), edit in edit()) {
        let Some(change) = to_change(&original, edit) else { return Ok(()) };
        let touched: Vec<String> = change.touched_ids().into_iter().map(String::from).collect();
        let mut r = original.clone();
        if apply(&mut r, change).is_err() { return Ok(()) }
        // Every id whose first task differs before and after must be named.
        for t in original.tasks.iter().chain(&r.tasks) {
            let before = original.tasks.iter().find(|o| o.id == t.id);
            let after = r.tasks.iter().find(|o| o.id == t.id);
            if before != after {
                prop_assert!(touched.contains(&t.id), "{} changed but was not touched: {:?}", t.id, touched);
            }
        }
    }
}
