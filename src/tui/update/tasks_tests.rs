//! Changing tasks without losing what the file recorded: the date a task
//! was done survives being reopened and checked off again in a session.

use crate::model::Status;
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::rows::Row;
use crate::tui::state::State;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The fixture, today 2025-11-03, with `deploy-worker` (done on 2025-10-20) selected.
fn state() -> State {
    let mut s = State::new(
        fixture::roadmap(),
        Some("jewelshot.toml".into()),
        day(2025, 11, 3),
    );
    crate::tui::update::resized(&mut s, 80, 24);
    let i = s.roadmap.task_index("deploy-worker").unwrap();
    assert!(s.select(Row::Task(i as u32)));
    s
}

fn done_on(s: &State) -> (Status, Option<NaiveDate>) {
    let t = s.roadmap.task("deploy-worker").unwrap();
    (t.status, t.done_on)
}

const RECORDED: Option<NaiveDate> = NaiveDate::from_ymd_opt(2025, 10, 20);

#[test]
fn space_twice_on_a_done_task_keeps_the_day_it_was_done() {
    let mut s = state();
    assert_eq!(done_on(&s), (Status::Done, RECORDED));
    press(&mut s, "<space>").unwrap();
    assert_eq!(
        done_on(&s),
        (Status::Todo, None),
        "an open task has no date"
    );
    let said = s.message.clone().unwrap().text;
    assert!(
        said.contains("was done 2025-10-20 (space restores it)"),
        "{said}"
    );
    press(&mut s, "<space>").unwrap();
    assert_eq!(done_on(&s), (Status::Done, RECORDED));
    assert_eq!(*s.roadmap, fixture::roadmap(), "as loaded");
}

#[test]
fn skipping_a_done_task_and_checking_it_off_again_keeps_the_day() {
    for keys in [
        "x<space>",
        "xx<space>",
        "d<space>",
        "e<down><down><right><enter><space>",
    ] {
        let mut s = state();
        press(&mut s, keys).unwrap();
        assert_eq!(done_on(&s), (Status::Done, RECORDED), "after {keys}");
    }
}

#[test]
fn a_task_never_done_gets_today_and_a_deleted_tasks_day_is_not_reused() {
    let mut s = state();
    // Reopen, then delete it, then add a task that gets the same id.
    press(&mut s, "<space>Dy").unwrap();
    assert!(s.roadmap.task("deploy-worker").is_none());
    press(&mut s, "gaDeploy worker<enter>").unwrap();
    assert!(
        s.roadmap.task("deploy-worker").is_some(),
        "the same id again"
    );
    let i = s.roadmap.task_index("deploy-worker").unwrap();
    assert!(s.select(Row::Task(i as u32)));
    press(&mut s, "<space>").unwrap();
    assert_eq!(done_on(&s), (Status::Done, Some(day(2025, 11, 3))));
}
