//! The scheduler against plans small enough to work out by hand, and a
//! property test over random ones. Every plan starts on Monday 2026-12-07
//! with the project's 8 h × 5 days unless it says otherwise.

use super::plan::{End, Plan, NOBODY};
use super::*;
use crate::model::{
    Effort, Level, Maturity, Person, Phase, Priority, Project, Scale, Status, Task,
};
use chrono::Datelike;
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn monday() -> NaiveDate {
    d("2026-12-07")
}

fn phase(id: &str) -> Phase {
    Phase {
        id: id.into(),
        name: id.to_uppercase(),
        window: None,
        start: None,
        end: None,
        description: None,
    }
}

fn task(id: &str, effort: Option<&str>, owner: Option<&str>, deps: &[&str]) -> Task {
    let mut t = Task::new(id, "p", id.to_uppercase());
    t.effort = effort.map(|e| Effort::parse(e).unwrap());
    t.owner = owner.map(str::to_string);
    t.depends_on = deps.iter().map(|s| s.to_string()).collect();
    t
}

fn dates(low: &str, high: &str) -> Dates {
    Dates {
        low: d(low),
        high: d(high),
    }
}

fn same(day: &str) -> Dates {
    dates(day, day)
}

/// ana full time, bo at half focus (4 h a day); a → b → c a chain, d low
/// priority and free to start.
fn two_people() -> Roadmap {
    let mut r = Roadmap::new(Project::new("P"));
    r.phases.push(phase("p"));
    r.people.push(Person::new("ana", 40.0));
    let mut bo = Person::new("bo", 40.0);
    bo.focus = Some(0.5);
    r.people.push(bo);
    r.tasks.push(task("a", Some("16h"), Some("ana"), &[]));
    r.tasks.push(task("b", Some("1d"), Some("bo"), &["a"]));
    r.tasks.push(task("c", Some("4h"), None, &["b"]));
    let mut low = task("d", Some("8h"), None, &[]);
    low.priority = Priority::Low;
    r.tasks.push(low);
    r
}

#[test]
fn two_people_and_a_chain() {
    let f = forecast(&two_people(), monday());
    assert!(!f.assumed_team);
    let got: Vec<(&str, &str, Dates, Dates)> = f
        .tasks
        .iter()
        .map(|t| (t.id.as_str(), f.who(t), t.start, t.finish))
        .collect();
    assert_eq!(
        got,
        [
            // ana: Monday and Tuesday.
            ("a", "ana", same("2026-12-07"), same("2026-12-08")),
            // bo, 4 h a day, once a is done: Wednesday and Thursday.
            ("b", "bo", same("2026-12-09"), same("2026-12-10")),
            // Pool: ana (free since Wednesday) ends Friday noon, bo Friday night.
            ("c", "ana", same("2026-12-11"), same("2026-12-11")),
            // Low priority, taken last: ana from Friday noon to Monday noon
            // beats bo from Friday to Monday night.
            ("d", "ana", same("2026-12-11"), same("2026-12-14")),
        ]
    );
    assert_eq!(f.end, Some(same("2026-12-14")));
    // d waited for ana, who was on c, which waited for b, which waited for a.
    assert_eq!(f.critical_path, ["a", "b", "c", "d"]);
    assert!(f.tasks.iter().all(|t| t.critical));
    assert_eq!(
        f.people,
        [("ana".to_string(), 40.0), ("bo".to_string(), 20.0)]
    );
}

#[test]
fn days_off_and_a_range() {
    let mut r = Roadmap::new(Project::new("P"));
    let mut p = phase("p");
    p.end = Some(d("2026-12-09"));
    r.phases.push(p);
    let mut ana = Person::new("ana", 40.0);
    ana.off = vec!["2026-12-09".into()];
    r.people.push(ana);
    let mut x = task("x", Some("16-24h"), Some("ana"), &[]);
    x.due = Some(d("2026-12-09"));
    r.tasks.push(x);
    let mut y = task("y", Some("2h"), Some("ana"), &[]);
    y.due = Some(d("2026-12-31"));
    y.phase = "later".into();
    r.phases.push(phase("later"));
    r.tasks.push(y);
    let f = forecast(&r, monday());
    let x = f.task("x").unwrap();
    // Low: 16 h, Monday and Tuesday. High: 24 h, Monday, Tuesday, and
    // Thursday (Wednesday off).
    assert_eq!(x.start, same("2026-12-07"));
    assert_eq!(x.finish, dates("2026-12-08", "2026-12-10"));
    assert!(x.at_risk, "the high finish passes the due date");
    let y = f.task("y").unwrap();
    assert_eq!(y.start, dates("2026-12-10", "2026-12-11"));
    assert_eq!(y.finish, dates("2026-12-10", "2026-12-11"));
    assert!(!y.at_risk);
    let p = f.phase("p").unwrap();
    assert_eq!(p.finish, Some(dates("2026-12-08", "2026-12-10")));
    assert!(p.at_risk);
    assert_eq!(f.at_risk, ["x", "p"]);
    assert_eq!(f.end, Some(dates("2026-12-10", "2026-12-11")));
    assert_eq!(f.critical_path, ["x", "y"]);
}

#[test]
fn without_people_the_calendar_is_one_person_and_says_so() {
    let mut r = Roadmap::new(Project::new("P"));
    r.project.hours_per_day = 6.0;
    r.project.days_per_week = 4.0;
    r.phases.push(phase("p"));
    // 3 days = 18 h at 6 h a day, Monday to Wednesday; the owner is a label.
    r.tasks.push(task("a", Some("3d"), Some("zed"), &[]));
    // 6 h more: Thursday; Friday is not worked, so 12 h end next Monday.
    r.tasks.push(task("b", Some("12h"), None, &[]));
    let f = forecast(&r, monday());
    assert!(f.assumed_team);
    assert_eq!(f.people, [("team".to_string(), 24.0)]);
    assert_eq!(
        f.team_note(&r).unwrap(),
        "no [[people]] in the file: one person at hours_per_day × days_per_week = 6 h × 4 days = 24 h a week"
    );
    assert_eq!(f.task("a").unwrap().finish, same("2026-12-09"));
    assert_eq!(f.task("b").unwrap().start, same("2026-12-10"));
    assert_eq!(f.task("b").unwrap().finish, same("2026-12-14"));
    assert_eq!(f.who(f.task("a").unwrap()), "team");
}

#[test]
fn unestimated_tasks_are_named_and_closed_ones_left_out() {
    let mut r = two_people();
    r.tasks[0].status = Status::Done; // a: b no longer waits
    r.tasks[2].effort = None; // c
    let f = forecast(&r, monday());
    assert_eq!(f.unestimated, ["c"]);
    assert!(f.task("a").is_none());
    assert!(!f.task("c").unwrap().estimated);
    // b starts at once on bo: 8 h at 4 h a day.
    assert_eq!(f.task("b").unwrap().start, same("2026-12-07"));
    assert_eq!(f.task("b").unwrap().finish, same("2026-12-08"));
    assert!(f.unscheduled.is_empty());
}

#[test]
fn levels_are_climbed_in_order() {
    let mut r = two_people();
    r.tasks[1].level = Some(2); // b
    r.tasks[2].level = Some(1); // c
    let level = |n: u32, requires: &[&str]| Level {
        level: n,
        name: format!("L{n}"),
        score: f64::from(n) * 10.0,
        description: None,
        requires: requires.iter().map(|s| s.to_string()).collect(),
        min_score: None,
    };
    r.maturity = Some(Maturity {
        baseline: 0.0,
        scale: Scale::Percent,
        levels: vec![level(2, &[]), level(1, &["a"]), level(3, &[])],
    });
    let f = forecast(&r, monday());
    let got: Vec<(u32, usize, Option<Dates>)> = f
        .levels
        .iter()
        .map(|l| (l.level, l.open, l.finish))
        .collect();
    assert_eq!(
        got,
        [
            (1, 2, Some(same("2026-12-11"))), // c, and a through `requires`
            (2, 3, Some(same("2026-12-11"))), // b below c's date
            (3, 3, Some(same("2026-12-11"))), // nothing of its own
        ]
    );
}

#[test]
fn a_dependency_loop_leaves_its_tasks_unplaced() {
    let mut r = two_people();
    r.tasks[0].depends_on = vec!["c".into()];
    let f = forecast(&r, monday());
    assert_eq!(f.unscheduled, ["a", "b", "c"]);
    assert_eq!(f.tasks.len(), 1);
}

#[test]
fn the_same_roadmap_and_day_give_the_same_forecast() {
    let r = two_people();
    assert_eq!(forecast(&r, monday()), forecast(&r, monday()));
}

/// A random roadmap: up to 3 people (days off, focus), up to 30 tasks with
/// random efforts, owners (some unknown), statuses and dependencies on
/// earlier tasks.
fn arb_roadmap() -> impl Strategy<Value = Roadmap> {
    let person = (
        4u32..=48,
        prop::option::of(1u32..=10),
        prop::collection::vec((0i64..40, 0i64..6), 0..3),
    );
    let task = (
        prop::option::of((0u32..40, 0u32..40)),
        0usize..5,
        0usize..4,
        0usize..4,
        prop::collection::vec(any::<prop::sample::Index>(), 0..3),
    );
    (
        prop::collection::vec(person, 0..4),
        prop::collection::vec(task, 1..30),
        1u32..=7,
    )
        .prop_map(|(people, tasks, days)| {
            let mut r = Roadmap::new(Project::new("P"));
            r.project.days_per_week = f64::from(days);
            r.phases.push(phase("p"));
            r.phases.push(phase("q"));
            for (i, (hours, focus, off)) in people.into_iter().enumerate() {
                let mut p = Person::new(format!("p{i}"), f64::from(hours));
                p.focus = focus.map(|f| f64::from(f) / 10.0);
                let today = monday();
                p.off = off
                    .into_iter()
                    .map(|(from, len)| {
                        let a = today + chrono::Days::new(from as u64);
                        format!("{a}..{}", a + chrono::Days::new(len as u64))
                    })
                    .collect();
                r.people.push(p);
            }
            for (i, (effort, owner, priority, status, deps)) in tasks.into_iter().enumerate() {
                let mut t = Task::new(format!("t{i}"), if i % 3 == 0 { "q" } else { "p" }, "T");
                t.effort = effort.map(|(a, b)| {
                    Effort::new(
                        f64::from(a.min(b)),
                        f64::from(a.max(b)),
                        crate::model::EffortUnit::Hours,
                    )
                });
                t.owner = match owner {
                    0 | 1 => None,
                    4 => Some("nobody".into()),
                    n => Some(format!("p{}", n - 2)),
                };
                t.priority = Priority::ALL[priority];
                t.status = [Status::Todo, Status::Doing, Status::Done, Status::Todo][status];
                if i > 0 {
                    t.depends_on = deps.iter().map(|x| format!("t{}", x.index(i))).collect();
                }
                r.tasks.push(t);
            }
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// In both runs: no task starts before an open dependency finishes, a
    /// person works one task at a time, every hour booked is a working hour
    /// of theirs, no week holds more than their weekly hours, and each task
    /// gets exactly its hours.
    #[test]
    fn dependencies_and_capacity_hold(r in arb_roadmap()) {
        let plan = Plan::new(&r, monday());
        for end in [End::Low, End::High] {
            let run = plan.run(end, None);
            for i in 0..r.tasks.len() {
                prop_assert_eq!(run.who[i] != NOBODY, plan.open[i], "every open task placed");
                if !plan.open[i] {
                    continue;
                }
                for &dep in plan.deps(i) {
                    prop_assert!(run.start[i] + 1e-9 >= run.finish[dep],
                        "t{} starts {} before t{} finishes {}", i, run.start[i], dep, run.finish[dep]);
                }
            }
            for (w, worker) in plan.workers.iter().enumerate() {
                let mut mine: Vec<usize> = (0..r.tasks.len())
                    .filter(|&i| run.who[i] == w && plan.hours(i, end) > 0.0)
                    .collect();
                mine.sort_by(|&a, &b| run.start[a].total_cmp(&run.start[b]));
                for pair in mine.windows(2) {
                    prop_assert!(run.finish[pair[0]] <= run.start[pair[1]] + 1e-9, "one task at a time");
                }
                // Hours per day from each task's span, at the day's rate.
                let mut per_week: std::collections::BTreeMap<i64, f64> = Default::default();
                let first_weekday = i64::from(monday().weekday().num_days_from_monday());
                for &i in &mine {
                    let (s, f) = (run.start[i], run.finish[i]);
                    let mut booked = 0.0;
                    let mut day = s.floor();
                    while day < f {
                        let overlap = f.min(day + 1.0) - s.max(day);
                        let hours = worker.capacity(day as i64) * overlap.max(0.0);
                        booked += hours;
                        *per_week.entry((day as i64 + first_weekday).div_euclid(7)).or_default() += hours;
                        day += 1.0;
                    }
                    let want = plan.hours(i, end);
                    prop_assert!((booked - want).abs() < 1e-6 * want.max(1.0), "t{} booked {} of {}", i, booked, want);
                }
                let weekly = worker.daily * worker.weekdays.iter().filter(|d| **d).count() as f64;
                for (week, hours) in per_week {
                    prop_assert!(hours <= weekly + 1e-6, "{} week {}: {} h of {}", worker.name, week, hours, weekly);
                }
            }
        }
    }
}
