//! Pace and its dates on cases worked out by hand. Today is Monday
//! 2026-11-23; six weeks back to it start on Tuesday 2026-10-13
//! (2026-11-23 − 41 days).

use super::*;
use crate::model::{Effort, Level, Maturity, Phase, Project, Scale, Task};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    d("2026-11-23")
}

fn off(day: &str, hours: Option<f64>) -> CheckOff {
    CheckOff { day: d(day), hours }
}

#[test]
fn pace_is_the_hours_in_the_window_over_its_weeks() {
    let done = [
        off("2026-10-12", Some(10.0)),  // the day before the window
        off("2026-10-13", Some(6.0)),   // its first day: week 1
        off("2026-10-20", Some(4.0)),   // week 2 starts on the 20th
        off("2026-11-01", None),        // unestimated: counted, no hours
        off("2026-11-23", Some(2.0)),   // today: week 6
        off("2026-11-24", Some(100.0)), // after today (a pinned today)
    ];
    let p = measure(&done, d("2026-09-01"), today(), 6);
    assert_eq!((p.from, p.to, p.days()), (d("2026-10-13"), today(), 42));
    assert_eq!(p.by_week, [6.0, 4.0, 0.0, 0.0, 0.0, 2.0]);
    assert_eq!(
        (p.hours_done, p.tasks_done, p.unestimated_done),
        (12.0, 4, 1)
    );
    // 12 h over 42 days = 2 h a week.
    assert_eq!(p.hours_per_week, Some(2.0));
    assert_eq!(p.reason, None);
}

#[test]
fn a_history_shorter_than_the_window_is_measured_over_what_there_is() {
    // 2026-11-02..2026-11-23 is 22 days: 11 h × 7 / 22 = 3.5 h a week.
    let p = measure(
        &[off("2026-11-10", Some(11.0))],
        d("2026-11-02"),
        today(),
        6,
    );
    assert_eq!((p.from, p.days()), (d("2026-11-02"), 22));
    assert_eq!(p.hours_per_week, Some(3.5));
    assert_eq!(p.by_week, [0.0, 0.0, 0.0, 0.0, 11.0, 0.0]);
}

#[test]
fn fewer_than_two_weeks_of_history_give_no_pace() {
    let done = [off("2026-11-20", Some(8.0))];
    let p = measure(&done, d("2026-11-11"), today(), 6);
    assert_eq!(p.days(), 13);
    assert_eq!(p.hours_per_week, None);
    assert_eq!(
        p.reason.as_deref(),
        Some("no pace yet: the file's git history covers 13 days (it takes 14)")
    );
    // Fourteen days are enough: 8 h × 7 / 14 = 4 h a week.
    let p = measure(&done, d("2026-11-10"), today(), 6);
    assert_eq!(p.hours_per_week, Some(4.0));
    // A history that starts after today (a pinned today) is no history.
    let p = measure(&done, d("2026-12-01"), today(), 6);
    assert!(p.reason.unwrap().contains("covers 0 days "));
}

#[test]
fn nothing_estimated_done_in_the_window_gives_no_pace() {
    let old = [off("2026-01-05", Some(40.0)), off("2026-11-20", None)];
    let p = measure(&old, d("2025-01-01"), today(), 6);
    assert_eq!(p.hours_per_week, None);
    assert_eq!(p.tasks_done, 1);
    assert_eq!(
        p.reason.as_deref(),
        Some("no pace yet: nothing estimated was checked off in the last 6 weeks")
    );
    let p = measure(&[], d("2025-01-01"), today(), 1);
    assert_eq!(
        p.reason.as_deref(),
        Some("no pace yet: nothing estimated was checked off in the last week")
    );
    assert_eq!((p.from, p.by_week.len()), (d("2026-11-17"), 1));
}

#[test]
fn a_date_is_today_plus_the_calendar_days_rounded_up() {
    // 10 h at 2 h a week: 35 days.
    assert_eq!(date_at(today(), 10.0, 2.0), d("2026-12-28"));
    // 1 h at 3 h a week: 2.33 days, so the third day.
    assert_eq!(date_at(today(), 1.0, 3.0), d("2026-11-26"));
    assert_eq!(date_at(today(), 0.0, 3.0), today());
    assert_eq!(date_at(today(), 1e300, 1e-300), NaiveDate::MAX);
}

fn task(id: &str, effort: Option<&str>, level: Option<u32>, status: Status) -> Task {
    let mut t = Task::new(id, "p", id.to_uppercase());
    t.effort = effort.map(|e| Effort::parse(e).unwrap());
    t.level = level;
    t.status = status;
    t
}

fn level(n: u32, requires: &[&str]) -> Level {
    Level {
        level: n,
        name: format!("L{n}"),
        score: f64::from(n) * 10.0,
        description: None,
        requires: requires.iter().map(|s| s.to_string()).collect(),
        min_score: None,
    }
}

/// Level 1: a (done) and b 4-8h (6 h); level 2: c 1d (8 h), unestimated
/// u, and e gating it through `requires`; e 2-4h (3 h) with no level tag;
/// level 3 has nothing of its own; f 10h skipped, g 1w todo untagged.
fn laddered() -> Roadmap {
    let mut r = Roadmap::new(Project::new("P"));
    r.phases.push(Phase {
        id: "p".into(),
        name: "P".into(),
        window: None,
        start: None,
        end: None,
        description: None,
    });
    r.tasks = vec![
        task("a", Some("5h"), Some(1), Status::Done),
        task("b", Some("4-8h"), Some(1), Status::Todo),
        task("c", Some("1d"), Some(2), Status::Doing),
        task("u", None, Some(2), Status::Todo),
        task("e", Some("2-4h"), None, Status::Todo),
        task("f", Some("10h"), Some(3), Status::Skipped),
        task("g", Some("1w"), None, Status::Todo),
    ];
    r.maturity = Some(Maturity {
        baseline: 0.0,
        scale: Scale::Percent,
        levels: vec![level(2, &["e", "a"]), level(1, &[]), level(3, &[])],
    });
    r
}

#[test]
fn levels_and_the_end_are_dated_at_the_pace() {
    let pace = measure(
        &[off("2026-11-16", Some(14.0))],
        d("2026-01-01"),
        today(),
        2,
    );
    assert_eq!(pace.hours_per_week, Some(7.0), "14 h over 14 days");
    let f = forecast(&laddered(), pace, today());
    let got: Vec<_> = f
        .levels
        .iter()
        .map(|t| (t.level, t.open, t.hours_left, t.unestimated, t.date))
        .collect();
    assert_eq!(
        got,
        [
            // b: 6 h at 7 h a week (1 h a day) is 6 days.
            (Some(1), 1, 6.0, 0, Some(d("2026-11-29"))),
            // + c 8 h, u, e 3 h: 17 h, 17 days.
            (Some(2), 4, 17.0, 1, Some(d("2026-12-10"))),
            // f is skipped: nothing more.
            (Some(3), 4, 17.0, 1, Some(d("2026-12-10"))),
        ]
    );
    // + g's week of 40 h: 57 h, 57 days.
    assert_eq!(
        (f.end.open, f.end.hours_left, f.end.date),
        (5, 57.0, Some(d("2027-01-19")))
    );
}

#[test]
fn without_a_pace_nothing_is_dated_and_nothing_open_is_no_date() {
    let none = Pace::unknown(6, today(), "not in git");
    let f = forecast(&laddered(), none, today());
    assert!(f.levels.iter().all(|t| t.date.is_none()));
    assert_eq!(f.end.hours_left, 57.0, "the hours left are still counted");
    let mut all_done = laddered();
    for t in &mut all_done.tasks {
        t.status = Status::Done;
    }
    let pace = measure(
        &[off("2026-11-16", Some(14.0))],
        d("2026-01-01"),
        today(),
        2,
    );
    let f = forecast(&all_done, pace, today());
    assert_eq!((f.end.open, f.end.date), (0, None));
}
