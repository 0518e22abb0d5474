//! Late work flagged with a symbol, not colour alone (issue 14, "dates"):
//! an open task past its due date has `!` in its row, a phase past its end
//! with open tasks says "! past end", and the header counts both. Today is
//! 2025-11-03 (`tui_support::today`).

mod tui_support;

use roadmap::model::{Roadmap, Status};
use tui_support::{seed, state_at, text};

fn day(m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2025, m, d)
}

/// Jewelshot with its first phase ended on 2025-11-01, two open tasks due
/// before today, one due today and one done past its due date.
fn late_seed() -> Roadmap {
    let mut r = seed();
    r.phases[0].end = day(11, 1);
    r.tasks[0].due = day(10, 31);
    r.tasks[1].due = day(11, 2);
    r.tasks[2].due = day(11, 3);
    r.tasks[3].due = day(10, 1);
    r.tasks[3].status = Status::Done;
    r.tasks[3].done_on = day(10, 2);
    r
}

#[test]
fn late_work_at_80x24_and_160x48() {
    for (w, h) in [(80, 24), (160, 48)] {
        let s = state_at(late_seed(), w, h);
        let screen = text(&s);
        assert!(screen.contains("! 2 overdue, 1 phase past end"), "{screen}");
        assert!(screen.contains("! past end"), "{screen}");
        insta::assert_snapshot!(format!("late_{w}x{h}"), screen);
    }
}

#[test]
fn only_open_tasks_due_before_today_carry_the_mark() {
    let s = state_at(late_seed(), 160, 48);
    let screen = text(&s);
    let marked: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("[ ]") || l.contains("[x]"))
        .filter(|l| l.contains("   ! "))
        .collect();
    assert_eq!(marked.len(), 2, "{screen}");
    let mut done = late_seed();
    for t in &mut done.tasks {
        if t.phase == done.phases[0].id {
            t.status = Status::Done;
        }
    }
    let screen = text(&state_at(done, 160, 48));
    assert!(!screen.contains("past end"), "{screen}");
    assert!(!screen.contains("overdue"), "{screen}");
}
