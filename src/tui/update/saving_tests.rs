//! Saving's decisions, with no files: the save asked for, and each outcome
//! the executor may report back, as messages.

use super::*;
use crate::store::{self, Loaded};
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::msg::Msg;
use crate::tui::update;
use chrono::NaiveDate;
use std::path::Path;

fn dirty_state() -> State {
    let mut s = State::new(
        fixture::roadmap(),
        Some("plans/q1.toml".into()),
        NaiveDate::MIN,
    );
    update(
        &mut s,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut s, "jj<space>").unwrap();
    assert!(s.is_dirty());
    s
}

fn loaded() -> Loaded {
    store::parse(&store::to_toml(&fixture::roadmap()), "q1.toml").unwrap()
}

/// The file as someone else changed it on disk.
fn theirs() -> Loaded {
    let mut roadmap = fixture::roadmap();
    roadmap.task_mut("sentry").unwrap().owner = Some("bo".into());
    store::parse(&store::to_toml(&roadmap), "q1.toml").unwrap()
}

/// The executor's report of how the save went.
fn report(s: &mut State, file: Option<Box<Loaded>>, result: SaveResult) -> Vec<Effect> {
    update(s, Msg::Saved(Saved { file, result }))
}

fn failed(s: &mut State) {
    report(
        s,
        None,
        SaveResult::Failed(SaveFailure::CannotWrite {
            path: "plans/q1.toml".into(),
            reason: "plans/q1.toml cannot be written: permission denied".into(),
        }),
    );
}

/// The save asked for among `fx`, if any.
fn request(fx: &[Effect]) -> Option<&SaveRequest> {
    fx.iter().find_map(|e| match e {
        Effect::Save(request) => Some(request),
        _ => None,
    })
}

fn quits(fx: &[Effect]) -> bool {
    fx.iter().any(|e| matches!(e, Effect::Quit))
}

#[test]
fn s_hands_the_roadmap_and_the_file_to_the_executor_and_gets_the_file_back() {
    let mut s = dirty_state();
    s.file = Some(loaded());
    let fx = press(&mut s, "s").unwrap();
    let save = request(&fx).expect("a save");
    assert_eq!(save.path, Path::new("plans/q1.toml"));
    assert!(!save.new_file, "the roadmap's own file");
    assert!(std::sync::Arc::ptr_eq(&save.roadmap, &s.roadmap));
    let file = save.file.clone().expect("the file travels with the save");
    assert!(s.file.is_none(), "the session holds no copy meanwhile");
    assert!(matches!(fx.last(), Some(Effect::Redraw)));
    assert!(s.is_dirty(), "not saved until the executor says so");

    let fx = report(
        &mut s,
        Some(file),
        SaveResult::Ok {
            path: "plans/q1.toml".into(),
        },
    );
    assert!(!s.is_dirty());
    assert!(s.file.is_some(), "back");
    assert_eq!(s.message.clone().unwrap().text, "Saved plans/q1.toml");
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::Watch(_))),
        "the same file, already watched"
    );
}

#[test]
fn save_and_quit_quits_only_once_the_save_succeeded() {
    let mut s = dirty_state();
    let fx = press(&mut s, "qs").unwrap();
    assert!(request(&fx).is_some());
    assert!(!quits(&fx), "not before the save is done");
    let fx = report(
        &mut s,
        None,
        SaveResult::Ok {
            path: "plans/q1.toml".into(),
        },
    );
    assert!(quits(&fx));

    // A save that fails keeps the session, whichever way it fails.
    let outcomes = [
        SaveResult::Failed(SaveFailure::Refused("not saved: no".into())),
        SaveResult::Failed(SaveFailure::Exists("plans/q1.toml".into())),
        SaveResult::Failed(SaveFailure::CannotWrite {
            path: "plans/q1.toml".into(),
            reason: "the disk is full".into(),
        }),
        SaveResult::Conflicted {
            disk: Box::new(theirs()),
        },
    ];
    for outcome in outcomes {
        let mut s = dirty_state();
        s.file = Some(loaded());
        let fx = press(&mut s, "qs").unwrap();
        let file = request(&fx).unwrap().file.clone();
        let shown = format!("{outcome:?}");
        let fx = report(&mut s, file, outcome);
        assert!(!quits(&fx), "{shown}");
        assert!(s.is_dirty(), "{shown}");
        assert!(!s.quit_after_save, "{shown}");
        // The next save that succeeds does not quit either.
        s.mode = Mode::Normal;
        press(&mut s, "s").unwrap();
        let fx = report(
            &mut s,
            None,
            SaveResult::Ok {
                path: "plans/q1.toml".into(),
            },
        );
        assert!(!quits(&fx), "{shown}");
    }
}

#[test]
fn a_failed_save_asks_and_keeps_the_changes() {
    let mut s = dirty_state();
    let roadmap = s.roadmap.clone();
    failed(&mut s);
    assert!(matches!(s.mode, Mode::Confirm(Confirm::SaveFailed { .. })));
    let message = s.message.clone().unwrap();
    assert_eq!(message.tone, Tone::Error);
    assert!(
        message.text.contains("permission denied"),
        "{}",
        message.text
    );
    assert!(
        message.text.contains("S saves elsewhere"),
        "{}",
        message.text
    );
    // Back to the planner: nothing saved, nothing lost, a reminder.
    assert!(press(&mut s, "<esc>")
        .unwrap()
        .iter()
        .all(|e| matches!(e, Effect::Redraw)));
    assert_eq!(s.mode, Mode::Normal);
    assert!(s.is_dirty());
    assert_eq!(s.roadmap, roadmap);
    let reminder = s.message.clone().unwrap();
    assert_eq!(reminder.tone, Tone::Error);
    assert!(
        reminder.text.contains("Not saved to plans/q1.toml"),
        "{}",
        reminder.text
    );
    // Quitting still asks.
    press(&mut s, "q").unwrap();
    assert_eq!(s.mode, Mode::Confirm(Confirm::Quit));
}

#[test]
fn a_saves_elsewhere_starting_from_the_path_that_failed() {
    let mut s = dirty_state();
    failed(&mut s);
    press(&mut s, "a").unwrap();
    let Mode::SaveAs { input, then_quit } = &s.mode else {
        panic!("the save-as prompt: {:?}", s.mode);
    };
    assert_eq!(input.text, "plans/q1.toml");
    assert!(!then_quit);
    let fx = press(&mut s, "<C-u>/home/ana/q1.toml<enter>").unwrap();
    let save = request(&fx).expect("a save");
    assert_eq!(save.path, Path::new("/home/ana/q1.toml"));
    assert!(save.new_file, "never over a file that exists");
    assert!(!quits(&fx));
    // Saved there: the session's file is the new one, and watched.
    let fx = report(
        &mut s,
        None,
        SaveResult::Ok {
            path: "/home/ana/q1.toml".into(),
        },
    );
    assert_eq!(s.path.as_deref(), Some(Path::new("/home/ana/q1.toml")));
    assert!(fx
        .iter()
        .any(|e| matches!(e, Effect::Watch(p) if p == Path::new("/home/ana/q1.toml"))));
}

/// A reason as long as a save refused for many problems.
fn long_reason() -> String {
    (1..=30)
        .map(|n| format!("plans/q1.toml:{n}:1: error: problem number {n}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_refused_save_opens_the_reason_scrolls_it_and_closes_keeping_the_work() {
    let mut s = dirty_state();
    let roadmap = s.roadmap.clone();
    let refused = SaveFailure::Refused(format!("not saved: {}", long_reason()));
    report(&mut s, None, SaveResult::Failed(refused));
    let scroll = |s: &State| match &s.mode {
        Mode::Confirm(Confirm::NotSaved { reason, scroll }) => {
            assert_eq!(*reason, long_reason(), "whole, without the prefix");
            *scroll
        }
        other => panic!("the dialog: {other:?}"),
    };
    assert_eq!(scroll(&s), 0);
    press(&mut s, "jj").unwrap();
    assert_eq!(scroll(&s), 2);
    press(&mut s, "k<pgdn><pgdn><pgdn><pgdn><pgdn>").unwrap();
    let last = scroll(&s);
    press(&mut s, "j").unwrap();
    assert_eq!(scroll(&s), last, "no further than the last line");
    assert!(last > 0 && last < 30, "{last}");
    press(&mut s, "<esc>").unwrap();
    assert_eq!(s.mode, Mode::Normal);
    assert!(s.is_dirty());
    assert_eq!(s.roadmap, roadmap);
    let reminder = s.message.clone().unwrap();
    assert_eq!(reminder.tone, Tone::Error);
    assert!(
        reminder.text.contains("changes are kept"),
        "{}",
        reminder.text
    );
}

#[test]
fn a_name_that_is_taken_is_refused_in_the_dialog() {
    let mut s = dirty_state();
    report(
        &mut s,
        None,
        SaveResult::Failed(SaveFailure::Exists("plans/other.toml".into())),
    );
    let Mode::Confirm(Confirm::NotSaved { reason, .. }) = &s.mode else {
        panic!("the dialog: {:?}", s.mode);
    };
    assert_eq!(
        reason,
        "plans/other.toml already exists; choose another name (S again)"
    );
    assert!(s.is_dirty());
    assert_eq!(s.path.as_deref(), Some(Path::new("plans/q1.toml")));
}

#[test]
fn capital_s_saves_as_at_any_time() {
    let mut s = dirty_state();
    press(&mut s, "S").unwrap();
    let Mode::SaveAs { input, .. } = &s.mode else {
        panic!("the save-as prompt: {:?}", s.mode);
    };
    assert_eq!(input.text, "plans/q1.toml");
    press(&mut s, "<esc>").unwrap();
    assert_eq!(s.mode, Mode::Normal);
    assert!(s.is_dirty(), "cancelling saves nothing and loses nothing");
}
