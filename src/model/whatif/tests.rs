//! Hand-computed answers on small ladders.

use super::*;
use crate::model::{Effort, Level, Maturity, Money, Project, Task};

fn level(n: u32, score: f64) -> Level {
    Level {
        level: n,
        name: format!("L{n}"),
        score,
        description: None,
        requires: Vec::new(),
        min_score: None,
    }
}

/// A task of `hours` (none: unestimated) tagged with `level`.
fn task(id: &str, level: Option<u32>, hours: Option<f64>) -> Task {
    let mut t = Task::new(id, "p1", id);
    t.level = level;
    t.effort = hours.map(Effort::hours);
    t
}

fn roadmap(levels: Vec<Level>, tasks: Vec<Task>) -> Roadmap {
    let mut r = Roadmap::new(Project::new("t"));
    r.maturity = Some(Maturity {
        baseline: 0.0,
        scale: Scale::Percent,
        levels,
    });
    r.tasks = tasks;
    r
}

fn today() -> NaiveDate {
    // A Monday.
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn ids(r: &Roadmap, pick: &Pick) -> Vec<String> {
    pick.tasks.iter().map(|&i| r.tasks[i].id.clone()).collect()
}

/// The what-if answers for `r` from the fixed day, which must succeed.
fn ask(r: &Roadmap, ask: Ask) -> WhatIf {
    plan(r, &ask, today()).unwrap()
}

fn answer(w: &WhatIf, kind: Kind) -> &Pick {
    let s = w.scenarios.iter().find(|s| s.kind == kind).unwrap();
    s.answer.as_ref().unwrap()
}

/// L1 (30 %): a 10h. L2 (50 %, needs a score of 60 %): b 10h. L3 (100 %):
/// c 10h $500, d 40h, e 20h $100. Gains: a 30, b 20; L3's 50 points split
/// by hours over 70h: c 7.14, d 28.57, e 14.29.
fn score_gated() -> Roadmap {
    let mut l2 = level(2, 50.0);
    l2.min_score = Some(60.0);
    let mut c = task("c", Some(3), Some(10.0));
    c.cost_once = Some(Money::point(500.0));
    let mut e = task("e", Some(3), Some(20.0));
    e.cost_once = Some(Money::point(100.0));
    roadmap(
        vec![level(1, 30.0), l2, level(3, 100.0)],
        vec![
            task("a", Some(1), Some(10.0)),
            task("b", Some(2), Some(10.0)),
            c,
            task("d", Some(3), Some(40.0)),
            e,
        ],
    )
}

#[test]
fn the_path_to_a_level_is_its_tasks_when_no_score_gate_holds_it() {
    let r = score_gated();
    let w = ask(
        &r,
        Ask {
            level: Some(1),
            ..Ask::default()
        },
    );
    let least = answer(&w, Kind::LeastEffort);
    assert_eq!(ids(&r, least), ["a"]);
    assert_eq!(least.hours, 10.0);
    assert_eq!(least.level.as_ref().unwrap().0, 1);
    assert!((least.score - 30.0).abs() < 1e-9);
    assert!(least.exact);
    // One person at 40 h a week: 10 h are done on Tuesday.
    assert_eq!(least.finish, NaiveDate::from_ymd_opt(2026, 12, 8));
}

#[test]
fn a_score_gate_takes_the_cheapest_tasks_above_it_by_effort_or_by_money() {
    let r = score_gated();
    let w = ask(
        &r,
        Ask {
            level: Some(2),
            ..Ask::default()
        },
    );
    // 50 % after a and b; 10 points more: e (20h, 14.3) is the least
    // effort, d (40h, no money) the least money.
    let effort = answer(&w, Kind::LeastEffort);
    assert_eq!(ids(&r, effort), ["a", "b", "e"]);
    assert_eq!((effort.hours, effort.once), (40.0, 100.0));
    assert_eq!(effort.level.as_ref().unwrap().0, 2);
    let money = answer(&w, Kind::LeastMoney);
    assert_eq!(ids(&r, money), ["a", "b", "d"]);
    assert_eq!((money.hours, money.once), (60.0, 0.0));
    assert!((money.score - (50.0 + 50.0 * 40.0 / 70.0)).abs() < 1e-9);
}

#[test]
fn the_budget_takes_the_most_score_that_fits() {
    let r = score_gated();
    // 25 h: a and b (50 points) beat a and e (30 h does not fit).
    let w = ask(
        &r,
        Ask {
            hours: Some(25.0),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["a", "b"]);
    // 30 h: a, b and c (57.1) beat a and e (44.3).
    let w = ask(
        &r,
        Ask {
            hours: Some(30.0),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["a", "b", "c"]);
    // ... unless c's $500 is over the one-time budget: a, b and the 10 h
    // left buy nothing else.
    let ask = Ask {
        hours: Some(30.0),
        once: Some(200.0),
        ..Ask::default()
    };
    let w = plan(&r, &ask, today()).unwrap();
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["a", "b"]);
}

#[test]
fn a_chosen_task_brings_the_open_tasks_it_depends_on() {
    let mut r = score_gated();
    let mut x = task("x", None, Some(5.0));
    x.status = Status::Todo;
    r.tasks.push(x);
    r.tasks[0].depends_on = vec!["x".into()];
    let w = ask(
        &r,
        Ask {
            level: Some(1),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::LeastEffort)), ["a", "x"]);
    // 12 h: a (30 points) needs x, 15 h in all, so b (20 points) wins;
    // at 15 h a and x fit and win.
    let w = ask(
        &r,
        Ask {
            hours: Some(12.0),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["b"]);
    let w = ask(
        &r,
        Ask {
            hours: Some(15.0),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["a", "x"]);
    // A closed dependency holds nothing back.
    r.tasks[5].status = Status::Done;
    let w = ask(
        &r,
        Ask {
            level: Some(1),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::LeastEffort)), ["a"]);
}

#[test]
fn an_unestimated_task_is_named_and_never_bought_with_hours() {
    let mut r = score_gated();
    r.tasks[0].effort = None; // a, the only Level 1 task
    let w = ask(
        &r,
        Ask {
            level: Some(1),
            hours: Some(100.0),
            ..Ask::default()
        },
    );
    let path = answer(&w, Kind::LeastEffort);
    assert_eq!(ids(&r, path), ["a"]);
    assert_eq!(path.unestimated, [0]);
    assert_eq!(path.hours, 0.0);
    let budget = answer(&w, Kind::MostMaturity);
    assert!(!budget.tasks.contains(&0), "{:?}", ids(&r, budget));
    assert!(budget.unestimated.is_empty());
    // Without an hours limit it may be taken: it costs no money.
    let w = ask(
        &r,
        Ask {
            once: Some(0.0),
            ..Ask::default()
        },
    );
    assert_eq!(ids(&r, answer(&w, Kind::MostMaturity)), ["a", "b", "d"]);
}

#[test]
fn a_gate_no_task_can_open_makes_the_level_unreachable_with_the_reason() {
    let mut r = score_gated();
    r.maturity.as_mut().unwrap().levels[0].requires = vec!["ghost".into()];
    let w = ask(
        &r,
        Ask {
            level: Some(2),
            ..Ask::default()
        },
    );
    let err = w.scenarios[0].answer.as_ref().unwrap_err();
    assert!(err.contains("Level 2 cannot be reached"), "{err}");
    assert!(
        err.contains("required task `ghost` does not exist"),
        "{err}"
    );
    // The budget scenario still answers.
    assert!(w.scenarios[2].answer.is_ok());
}

#[test]
fn a_level_that_does_not_exist_or_a_file_without_levels_is_an_error() {
    let r = score_gated();
    let err = plan(
        &r,
        &Ask {
            level: Some(7),
            ..Ask::default()
        },
        today(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "there is no Level 7: the file's levels are 1, 2, 3"
    );
    let mut r = r;
    r.maturity = None;
    assert_eq!(
        plan(&r, &Ask::default(), today()).unwrap_err(),
        AskError::NoMaturity
    );
}

#[test]
fn without_a_level_the_next_one_is_aimed_at_and_a_reached_one_costs_nothing() {
    let mut r = score_gated();
    r.tasks[0].status = Status::Done;
    let w = plan(&r, &Ask::default(), today()).unwrap();
    assert_eq!(w.target, 2);
    let w = ask(
        &r,
        Ask {
            level: Some(1),
            ..Ask::default()
        },
    );
    let p = answer(&w, Kind::LeastEffort);
    assert!(p.tasks.is_empty() && p.finish.is_none());
    assert_eq!(p.level.as_ref().unwrap().0, 1);
}

#[test]
fn a_date_is_the_hours_the_people_can_work_until_then() {
    let r = score_gated();
    // Monday to Friday of one 40 h week; Saturday adds nothing.
    let friday = NaiveDate::from_ymd_opt(2026, 12, 11).unwrap();
    assert_eq!(schedule::hours_until(&r, today(), friday), 40.0);
    let saturday = friday.succ_opt().unwrap();
    let w = ask(
        &r,
        Ask {
            by: Some(saturday),
            ..Ask::default()
        },
    );
    assert_eq!(w.capacity, Some(40.0));
    let best = answer(&w, Kind::MostMaturity);
    assert!(best.hours <= 40.0);
    assert!(best.finish.unwrap() <= saturday);
    // a, b, e (64.3) beat a, b, c (57.1) and a, d (58.6) in 40 h.
    assert_eq!(ids(&r, best), ["a", "b", "e"]);
    // A tighter --hours wins over the date.
    let ask = Ask {
        by: Some(saturday),
        hours: Some(10.0),
        ..Ask::default()
    };
    assert_eq!(plan(&r, &ask, today()).unwrap().hours_limit, Some(10.0));
    // A date already past gives no hours.
    assert_eq!(
        schedule::hours_until(&r, today(), today().pred_opt().unwrap()),
        0.0
    );
}

#[test]
fn a_path_over_the_budget_says_so() {
    let r = score_gated();
    let ask = Ask {
        level: Some(2),
        hours: Some(5.0),
        ..Ask::default()
    };
    let w = plan(&r, &ask, today()).unwrap();
    assert_eq!(
        answer(&w, Kind::LeastEffort).notes,
        ["over the hours budget"]
    );
    assert!(answer(&w, Kind::MostMaturity).tasks.is_empty());
}

#[test]
fn applying_moves_the_tasks_into_a_next_phase_as_one_change_that_undoes() {
    let r = score_gated();
    let change = mark_next(&r, &[0, 4]).unwrap().unwrap();
    let mut after = r.clone();
    let inverse = crate::model::change::apply(&mut after, change).unwrap();
    assert_eq!(after.phases[0].id, "next");
    assert_eq!(after.tasks[0].phase, "next");
    assert_eq!(after.tasks[4].phase, "next");
    assert_eq!(after.tasks[1].phase, "p1");
    // Already there: nothing to do.
    assert_eq!(mark_next(&after, &[0, 4]).unwrap(), None);
    crate::model::change::apply(&mut after, inverse).unwrap();
    assert_eq!(after, r);
    assert_eq!(mark_next(&r, &[]).unwrap(), None);
}

#[test]
fn a_set_the_hours_allow_but_the_calendar_does_not_is_re_planned() {
    // Two people, 80 h in the week; a and b (40 h each, b after a) fit the
    // hours but not the week: b starts when a is done. a and c run side by
    // side and are done on Friday.
    let mut r = roadmap(
        vec![level(1, 100.0)],
        vec![
            task("a", Some(1), Some(40.0)),
            task("b", Some(1), Some(40.0)),
            task("c", Some(1), Some(30.0)),
        ],
    );
    r.tasks[1].depends_on = vec!["a".into()];
    r.people = vec![
        crate::model::Person::new("p", 40.0),
        crate::model::Person::new("q", 40.0),
    ];
    let friday = NaiveDate::from_ymd_opt(2026, 12, 11).unwrap();
    let w = ask(
        &r,
        Ask {
            by: Some(friday),
            ..Ask::default()
        },
    );
    assert_eq!(w.capacity, Some(80.0));
    let best = answer(&w, Kind::MostMaturity);
    assert_eq!(ids(&r, best), ["a", "c"]);
    assert_eq!(best.finish, Some(friday));
    assert!(!best.exact);
    assert!(
        best.notes[0].starts_with("re-planned 1 time(s) on fewer hours"),
        "{:?}",
        best.notes
    );
}
