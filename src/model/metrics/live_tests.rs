//! The incremental metrics against the reference: after every change of a
//! random sequence, [`LiveMetrics`] must give what [`Metrics::compute`] gives.

use super::{LiveMetrics, Metrics};
use crate::model::change::{self, apply_with, Change, TaskIndex};
use crate::model::{Effort, EffortUnit, Money, Priority, Roadmap, Status};
use chrono::NaiveDate;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 3).expect("a date")
}

/// Sums kept incrementally may differ from a fresh sum in the last bits, so
/// numbers compare within a relative 1e-9; everything else exactly. Both are
/// compared through their `Debug` text, number by number.
fn assert_close(live: &Metrics, reference: &Metrics) {
    let (a, b) = (format!("{live:?}"), format!("{reference:?}"));
    let split = |s: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut numeric = false;
        for ch in s.chars() {
            let is_num = ch.is_ascii_digit() || ch == '.' || ch == '-' || ch == 'e';
            if is_num != numeric && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            numeric = is_num;
            cur.push(ch);
        }
        out.push(cur);
        out
    };
    let (ta, tb) = (split(&a), split(&b));
    let same = ta.len() == tb.len()
        && ta.iter().zip(&tb).all(|(x, y)| {
            x == y
                || match (x.parse::<f64>(), y.parse::<f64>()) {
                    (Ok(x), Ok(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
                    _ => false,
                }
        });
    assert!(same, "incremental:\n{a}\nreference:\n{b}");
}

#[derive(Debug, Clone)]
enum Step {
    Check(usize),
    Uncheck(usize),
    Skip(usize),
    Effort(usize, u8),
    Cost(usize, u8),
    Phase(usize, usize),
    Priority(usize, u8),
    Category(usize, u8),
    Level(usize, u8),
    Finding(usize, usize),
    Depend(usize, usize),
    Add(usize),
    Remove(usize),
    Rename(usize),
    Undo,
}

fn step() -> impl Strategy<Value = Step> {
    let i = || 0..10_000usize;
    prop_oneof![
        3 => i().prop_map(Step::Check),
        2 => i().prop_map(Step::Uncheck),
        1 => i().prop_map(Step::Skip),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| Step::Effort(a, b)),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| Step::Cost(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Step::Phase(a, b)),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| Step::Priority(a, b)),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| Step::Category(a, b)),
        1 => (i(), any::<u8>()).prop_map(|(a, b)| Step::Level(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Step::Finding(a, b)),
        1 => (i(), i()).prop_map(|(a, b)| Step::Depend(a, b)),
        1 => i().prop_map(Step::Add),
        1 => i().prop_map(Step::Remove),
        1 => i().prop_map(Step::Rename),
        2 => Just(Step::Undo),
    ]
}

/// The change a step makes, built through the index as the planner does.
fn build(r: &Roadmap, index: &TaskIndex, step: &Step) -> Option<Change> {
    let n = r.tasks.len();
    let task = |i: usize| (n > 0).then(|| r.tasks[i % n].id.clone());
    let edit = |i: usize, f: &dyn Fn(&mut crate::model::Task)| {
        change::edit_task(r, &task(i)?, |t| f(t)).ok()
    };
    match *step {
        Step::Check(i) => change::set_status_with(r, index, &task(i)?, Status::Done, today()).ok(),
        Step::Uncheck(i) => {
            change::set_status_with(r, index, &task(i)?, Status::Todo, today()).ok()
        }
        Step::Skip(i) => {
            change::set_status_with(r, index, &task(i)?, Status::Skipped, today()).ok()
        }
        Step::Effort(i, v) => edit(i, &|t| {
            t.effort =
                (v % 5 != 0).then(|| Effort::new(v as f64 / 7.0, v as f64 / 3.0, EffortUnit::Days))
        }),
        Step::Cost(i, v) => edit(i, &|t| {
            t.cost_once = Some(Money::range(v as f64 * 1.1, v as f64 * 2.3));
            t.cost_monthly = (v % 3 == 0).then(|| Money::point(v as f64 / 10.0));
        }),
        Step::Phase(i, p) => {
            let phase = r.phases.get(p % r.phases.len().max(1))?.id.clone();
            edit(i, &|t| t.phase = phase.clone())
        }
        Step::Priority(i, v) => edit(i, &|t| t.priority = Priority::ALL[v as usize % 4]),
        Step::Category(i, v) => edit(i, &|t| {
            t.category = match v % 4 {
                0 => None,
                1 => Some("fresh".into()),
                _ => r.tasks.get(v as usize % n).and_then(|o| o.category.clone()),
            }
        }),
        Step::Level(i, v) => edit(i, &|t| t.level = (v % 6 != 0).then_some(v as u32 % 6)),
        Step::Finding(i, f) => {
            let finding = r.findings.get(f % r.findings.len().max(1))?.id.clone();
            edit(i, &|t| {
                if f % 3 == 0 {
                    t.findings.clear()
                } else {
                    t.findings.push(finding.clone())
                }
            })
        }
        Step::Depend(i, d) => {
            let other = task(d)?;
            edit(i, &|t| {
                if d % 3 == 0 {
                    t.depends_on.clear()
                } else if t.id != other {
                    t.depends_on.push(other.clone())
                }
            })
        }
        Step::Add(p) => {
            let phase = r.phases.get(p % r.phases.len().max(1))?.id.clone();
            change::add_task(r, &phase, &format!("added task {p}")).ok()
        }
        Step::Remove(i) => change::remove_task(r, &task(i)?).ok(),
        Step::Rename(i) => {
            let old = task(i)?;
            let new = format!("{old}-renamed");
            edit(i, &|t| t.id = new.clone())
        }
        Step::Undo => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn incremental_figures_equal_a_full_recompute(
        size in 12usize..80,
        seed in 0u64..1_000,
        steps in proptest::collection::vec(step(), 1..40),
    ) {
        let mut r = crate::model::synthetic::generate(size, seed);
        let mut index = TaskIndex::build(&r.tasks);
        let (mut live, mut metrics) = LiveMetrics::new(&r, &index);
        let mut undo: Vec<Change> = Vec::new();
        for step in &steps {
            let change = match step {
                Step::Undo => match undo.pop() {
                    Some(inverse) => inverse,
                    None => continue,
                },
                _ => match build(&r, &index, step) {
                    Some(c) => c,
                    None => continue,
                },
            };
            let Ok(inverse) = apply_with(&mut r, &mut index, change) else { continue };
            live.update(&mut metrics, &r, &index, &inverse);
            if !matches!(step, Step::Undo) {
                undo.push(inverse);
            }
            prop_assert_eq!(&index, &TaskIndex::build(&r.tasks), "index after {:?}", step);
            assert_close(&metrics, &Metrics::compute(&r));
        }
    }
}

#[test]
fn a_check_off_updates_in_place() {
    let mut r = crate::model::synthetic::generate(200, 7);
    let mut index = TaskIndex::build(&r.tasks);
    let (mut live, mut metrics) = LiveMetrics::new(&r, &index);
    let open = r
        .tasks
        .iter()
        .find(|t| t.status == Status::Todo && !t.findings.is_empty())
        .map(|t| t.id.clone())
        .expect("an open task addressing a finding");
    let done_before = metrics.overall.tasks_done;
    let c = change::toggle_done_with(&r, &index, &open, today()).expect("exists");
    let inverse = apply_with(&mut r, &mut index, c).expect("applies");
    assert!(live.update_in_place(&mut metrics, &r, &index, &inverse));
    assert_eq!(metrics.overall.tasks_done, done_before + 1);
    assert_close(&metrics, &Metrics::compute(&r));
}

#[test]
fn removing_a_task_rebuilds_and_a_repeated_id_disables_the_incremental_path() {
    let mut r = crate::model::synthetic::generate(50, 3);
    let mut index = TaskIndex::build(&r.tasks);
    let (mut live, mut metrics) = LiveMetrics::new(&r, &index);
    let id = r.tasks[10].id.clone();
    let c = change::remove_task(&r, &id).expect("exists");
    let inverse = apply_with(&mut r, &mut index, c).expect("applies");
    assert!(!live.update_in_place(&mut metrics.clone(), &r, &index, &inverse));
    live.update(&mut metrics, &r, &index, &inverse);
    assert_close(&metrics, &Metrics::compute(&r));

    let mut twin = r.tasks[0].clone();
    twin.title = "twin".into();
    r.tasks.push(twin);
    let index = TaskIndex::build(&r.tasks);
    let (live, _) = LiveMetrics::new(&r, &index);
    assert!(!live.incremental);
}

#[test]
fn group_sums_return_to_exact_zero_when_their_last_task_leaves() {
    use super::Group;
    let mut g = Group::default();
    let cal = crate::model::Calendar::default();
    let mut t = crate::model::Task::new("a", "p", "a");
    t.effort = Some(Effort::new(0.1, 0.7, EffortUnit::Hours));
    t.cost_once = Some(Money::range(0.1, 0.2));
    let f = super::TaskFigures::of(&t, &cal);
    g.add(&f);
    g.add(&f);
    g.remove(&f);
    g.remove(&f);
    assert_eq!(g, Group::default());
}

#[test]
fn level_sums_give_the_fraction_a_walk_over_the_level_gives() {
    use crate::model::maturity::{effort_fraction, LevelSums};
    use crate::model::Task;
    let cal = crate::model::Calendar::default();
    let mut tasks: Vec<Task> = (0..12)
        .map(|i| {
            let mut t = Task::new(format!("t{i}"), "p", "t");
            t.effort =
                (i % 3 != 0).then(|| Effort::new(i as f64, 2.0 * i as f64, EffortUnit::Hours));
            t.status = [Status::Todo, Status::Done, Status::Skipped, Status::Doing][i % 4];
            t
        })
        .collect();
    let figures = |tasks: &[Task]| -> Vec<super::TaskFigures> {
        tasks
            .iter()
            .map(|t| super::TaskFigures::of(t, &cal))
            .collect()
    };
    let all: Vec<usize> = (0..tasks.len()).collect();
    let mut sums = LevelSums::default();
    figures(&tasks).iter().for_each(|f| sums.add(f));
    let walk = effort_fraction(&all, &figures(&tasks), false);
    assert!((sums.fraction(false) - walk).abs() < 1e-12, "{walk}");
    // Check two off and skip one: remove the old figures, add the new.
    for (i, status) in [(0, Status::Done), (3, Status::Done), (1, Status::Skipped)] {
        sums.remove(&figures(&tasks)[i]);
        tasks[i].status = status;
        sums.add(&figures(&tasks)[i]);
    }
    let walk = effort_fraction(&all, &figures(&tasks), false);
    assert!((sums.fraction(false) - walk).abs() < 1e-12, "{walk}");
    // Nothing left to count: complete only at or below the baseline... or
    // when every task is skipped.
    let mut empty = LevelSums::default();
    assert_eq!((empty.fraction(false), empty.fraction(true)), (0.0, 1.0));
    let skipped = super::TaskFigures::of(&tasks[2], &cal);
    empty.add(&skipped);
    assert_eq!(empty.fraction(false), 1.0);
    empty.remove(&skipped);
    assert_eq!(empty, LevelSums::default());
}
