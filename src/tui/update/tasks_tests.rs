//! Changing tasks without losing what the file recorded: the date a task
//! was done survives being reopened and checked off again in a session.

use crate::model::Status;
use crate::tui::editor::position;
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::rows::Row;
use crate::tui::state::{Confirm, Mode, State};
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
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 80,
            height: 24,
        },
    );
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

/// The fixture as loaded from a file, level 3 requiring `ci-pipeline`
/// (which `terraform` depends on), `ci-pipeline` selected.
fn needed() -> State {
    let mut roadmap = fixture::roadmap();
    let levels = &mut roadmap.maturity.as_mut().unwrap().levels;
    levels[2].requires = vec!["ci-pipeline".into()];
    let file = crate::store::parse(&crate::store::to_toml(&roadmap), "plan.toml").unwrap();
    let mut s = State::new(
        file.roadmap.clone(),
        Some("plan.toml".into()),
        day(2025, 11, 3),
    );
    s.file = Some(file);
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    let i = s.roadmap.task_index("ci-pipeline").unwrap();
    assert!(s.select(Row::Task(i as u32)));
    s
}

/// What the executor's save would write, or why it would refuse.
fn would_save(s: &State) -> Result<String, String> {
    crate::store::render(s.file.as_ref().unwrap(), &s.roadmap).map_err(|e| e.to_string())
}

#[test]
fn deleting_a_task_others_need_leaves_a_roadmap_that_saves_and_one_undo_restores_all() {
    let mut s = needed();
    let before = s.roadmap.clone();
    press(&mut s, "Dy").unwrap();
    assert!(s.roadmap.task("ci-pipeline").is_none());
    let saved = would_save(&s).expect("the roadmap still saves");
    let back = crate::store::parse(&saved, "plan.toml").unwrap().roadmap;
    assert!(back.task("terraform").unwrap().depends_on.is_empty());
    assert!(back.maturity.as_ref().unwrap().levels[2]
        .requires
        .is_empty());
    let said = s.message.clone().unwrap().text;
    assert!(said.contains("u undoes"), "{said}");
    press(&mut s, "u").unwrap();
    assert_eq!(s.roadmap, before, "task and references back in one step");
}

#[test]
fn the_delete_question_names_what_needs_the_task() {
    let mut s = needed();
    press(&mut s, "D").unwrap();
    let Mode::Confirm(Confirm::Delete { id, references, .. }) = &s.mode else {
        panic!("the question: {:?}", s.mode);
    };
    assert_eq!(id, "ci-pipeline");
    assert_eq!(references.dependants, ["terraform"]);
    assert_eq!(references.levels, [3]);
    press(&mut s, "n").unwrap();
    assert!(s.roadmap.task("ci-pipeline").is_some());
    assert!(!s.is_dirty());
}

#[test]
fn a_level_that_does_not_exist_is_refused_in_the_editor() {
    let mut s = needed();
    let before = s.roadmap.clone();
    let to_level = "<down>".repeat(position("level").unwrap() - position("title").unwrap());
    press(&mut s, &format!("e{to_level}<C-u>7<enter>")).unwrap();
    let Mode::Edit(editor) = &s.mode else {
        panic!("the form stays open: {:?}", s.mode);
    };
    let (field, why) = editor.error.clone().expect("an error");
    assert_eq!(field, "level");
    assert!(why.contains("level 7 is not a maturity level"), "{why}");
    assert!(why.contains("1, 2, 3 or 4"), "{why}");
    assert_eq!(s.roadmap, before, "nothing applied");
    press(&mut s, "<C-u>4<enter>").unwrap();
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.roadmap.task("ci-pipeline").unwrap().level, Some(4));
    would_save(&s).expect("saves");
}

#[test]
fn a_re_estimate_that_moves_the_score_says_so_as_a_check_off_does() {
    let mut s = state();
    let i = s.roadmap.task_index("uptime").unwrap();
    assert!(s.select(Row::Task(i as u32)));
    let before = s.metrics.maturity.as_ref().unwrap().score;
    // Level 2 is 4h done of 32h; uptime's 1h becomes 30h: 4h of 61h.
    press(&mut s, "e").unwrap();
    let Mode::Edit(editor) = &mut s.mode else {
        panic!("the editor opens");
    };
    editor.focus = position("effort").unwrap();
    press(&mut s, "<C-u>").unwrap();
    for key in ["3", "0", "h", "<enter>"] {
        press(&mut s, key).unwrap();
    }
    let m = s.metrics.maturity.as_ref().unwrap();
    assert!(m.score < before, "the done share of level 2 fell");
    let said = s.message.clone().unwrap().text;
    let moved = format!(
        "maturity {} → {}",
        m.scale.format(before),
        m.scale.format(m.score)
    );
    assert!(said.contains(&moved), "{said}");
    // An edit that leaves the score alone says nothing of it.
    press(&mut s, "e").unwrap();
    press(&mut s, "<enter>").unwrap();
    let said = s.message.clone().unwrap().text;
    assert!(!said.contains("maturity"), "{said}");
}
