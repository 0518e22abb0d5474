//! The sorted and grouped list follows edits in place (only the edited
//! tasks move, only their groups' figures are patched): after every step of
//! a random sequence of edits, undos and redos, it must equal the list
//! built from scratch, and the header's late counts must equal a walk.

mod tui_support;

use proptest::prelude::*;
use roadmap::model::dates;
use roadmap::model::metrics::Group;
use roadmap::model::synthetic;
use roadmap::model::{Effort, Money, Priority, Status};
use roadmap::tui::rows::{Narrowing, RowIndex};
use roadmap::tui::{edits, update, Action, State};
use tui_support::today;

/// One edit of the task at some position.
#[derive(Debug, Clone)]
enum Step {
    Status(usize, usize),
    Priority(usize, usize),
    Effort(usize, Option<u8>),
    Owner(usize, usize),
    Level(usize, Option<u32>),
    Category(usize, usize),
    Cost(usize, Option<u16>),
    Due(usize, Option<u8>),
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    let task = 0..60usize;
    prop_oneof![
        (task.clone(), 0..4usize).prop_map(|(t, s)| Step::Status(t, s)),
        (task.clone(), 0..4usize).prop_map(|(t, p)| Step::Priority(t, p)),
        (task.clone(), prop::option::of(1..40u8)).prop_map(|(t, e)| Step::Effort(t, e)),
        (task.clone(), 0..8usize).prop_map(|(t, o)| Step::Owner(t, o)),
        (task.clone(), prop::option::of(1..6u32)).prop_map(|(t, l)| Step::Level(t, l)),
        (task.clone(), 0..5usize).prop_map(|(t, c)| Step::Category(t, c)),
        (task.clone(), prop::option::of(1..500u16)).prop_map(|(t, c)| Step::Cost(t, c)),
        (task, prop::option::of(0..60u8)).prop_map(|(t, d)| Step::Due(t, d)),
        Just(Step::Undo),
        Just(Step::Redo),
    ]
}

/// Names to give: some the generated tasks carry, some no task has (a new
/// group), and none.
const OWNERS: [Option<&str>; 8] = [
    None,
    Some("ana"),
    Some("Ana"),
    Some("zed"),
    Some("  "),
    Some("bo"),
    Some("mo"),
    Some("ji"),
];
const CATEGORIES: [Option<&str>; 5] = [
    None,
    Some("Security"),
    Some("zz new"),
    Some("Ops"),
    Some("a"),
];

fn apply(s: &mut State, step: &Step) {
    let edit = |s: &mut State, at: usize, f: &dyn Fn(&mut roadmap::model::Task)| {
        let mut t = s.roadmap.tasks[at % s.roadmap.tasks.len()].clone();
        let id = t.id.clone();
        f(&mut t);
        let status = t.status;
        edits::replace(s, &id, t, status).expect("a valid edit applies");
    };
    match *step {
        Step::Status(at, st) => {
            let id = s.roadmap.tasks[at % s.roadmap.tasks.len()].id.clone();
            edits::set_status(s, &id, Status::ALL[st]).expect("a status applies");
        }
        Step::Priority(at, p) => edit(s, at, &|t| t.priority = Priority::ALL[p]),
        Step::Effort(at, e) => edit(s, at, &|t| {
            t.effort = e.map(|h| Effort::parse(&format!("{h}h")).expect("an effort"))
        }),
        Step::Owner(at, o) => edit(s, at, &|t| t.owner = OWNERS[o].map(str::to_string)),
        Step::Level(at, l) => edit(s, at, &|t| t.level = l),
        Step::Category(at, c) => edit(s, at, &|t| t.category = CATEGORIES[c].map(str::to_string)),
        Step::Cost(at, c) => edit(s, at, &|t| {
            t.cost_once = c.map(|c| Money::point(f64::from(c)))
        }),
        Step::Due(at, d) => edit(s, at, &|t| {
            t.due = d
                .and_then(|d| today().checked_add_signed(chrono::Duration::days(i64::from(d) - 30)))
        }),
        Step::Undo => {
            let _ = edits::undo(s);
        }
        Step::Redo => {
            let _ = edits::redo(s);
        }
    }
}

/// The figures of two groups alike: counts exactly, sums kept by adding
/// and taking back within a relative 1e-9 of a fresh sum.
fn same_groups(kept: &[Group], fresh: &[Group]) -> bool {
    let numbers = |g: &Group| -> (String, Vec<f64>) {
        let text = format!("{g:?}");
        let mut nums = Vec::new();
        let mut words = String::new();
        for part in text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        {
            match part.parse::<f64>() {
                Ok(n) if part.contains('.') => nums.push(n),
                _ => words.push_str(part),
            }
        }
        (words, nums)
    };
    kept.len() == fresh.len()
        && kept.iter().zip(fresh).all(|(a, b)| {
            let ((wa, na), (wb, nb)) = (numbers(a), numbers(b));
            wa == wb
                && na.len() == nb.len()
                && na
                    .iter()
                    .zip(&nb)
                    .all(|(x, y)| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn the_list_after_edits_equals_a_fresh_arrangement(
        seed in 0..1_000u64,
        sorts in 0..8usize,
        groups in 0..4usize,
        fold in any::<bool>(),
        filter in any::<bool>(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut s = State::new(synthetic::generate(60, seed), None, today());
        update(&mut s, roadmap::tui::Msg::Resize { width: 120, height: 40 });
        for _ in 0..sorts {
            update(&mut s, Action::CycleSort.into());
        }
        for _ in 0..groups {
            update(&mut s, Action::CycleGroup.into());
        }
        if fold {
            // Fold the second group, so rows move into and out of a folded one.
            if let Some(key) = s.groups().get(1).map(|g| g.key.clone()) {
                s.collapsed.insert(key);
                s.rebuild_rows();
            }
        }
        if filter {
            s.filters.toggle_priority(Priority::High);
            s.rebuild_rows();
        }
        for (n, st) in steps.iter().enumerate() {
            apply(&mut s, st);
            let fresh = RowIndex::build(&s.roadmap, &s.metrics.by_phase, &Narrowing {
                filters: &s.filters,
                hits: s.hits.as_ref(),
                blocked: &s.metrics.blocked,
                collapsed: &s.collapsed,
                sort: s.sort,
                group: s.group,
            });
            prop_assert_eq!(&s.rows.rows, &fresh.rows, "rows after step {} {:?}", n, st);
            prop_assert_eq!(&s.rows.shown, &fresh.shown, "shown after step {} {:?}", n, st);
            prop_assert_eq!(s.rows.shown_total, fresh.shown_total);
            prop_assert!(
                same_groups(&s.rows.headers, &fresh.headers),
                "headers after step {} {:?}:\n{:?}\n{:?}", n, st, s.rows.headers, fresh.headers
            );
            prop_assert_eq!(s.late(), dates::late(&s.roadmap, s.today));
            prop_assert!(s.rows.is_empty() || s.cursor < s.rows.len());
        }
    }
}
