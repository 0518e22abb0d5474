//! A save that cannot write the file: the error shows, the planner keeps
//! running with the change made and marked unsaved, quitting still asks,
//! "save and quit" fails the same way without quitting, and the work saves
//! elsewhere (`a` in the dialog, or `S`). The fault here is the file's
//! folder gone, which refuses root too; the operating system's own faults
//! (permissions, a full disk) in a real terminal are `tests/tui_e2e/`.

use crate::{open, press, seed_in};
use roadmap::model::Roadmap;
use roadmap::tui::App;
use std::path::{Path, PathBuf};

/// How the user gets to the save-as prompt after the failure.
#[derive(Clone, Copy, Debug)]
enum WayOut {
    /// `a` in the dialog.
    DialogA,
    /// Esc, then `S` from the planner.
    CapitalS,
}

const WHY: &str = "cannot create a new file in";

/// The seed roadmap open in a folder that then goes away; the folder it
/// went to, and the roadmap as it was.
fn a_session_whose_folder_goes(dir: &Path) -> (App, PathBuf, Roadmap) {
    let folder = dir.join("plans");
    std::fs::create_dir(&folder).unwrap();
    let file = seed_in(&folder, "jewelshot");
    let original = roadmap::store::load(&file).unwrap().roadmap;
    let app = open(&file);
    let moved = dir.join("moved");
    std::fs::rename(&folder, &moved).unwrap();
    (app, moved, (*original).clone())
}

/// Checks a task off, presses `s` and sees the failure; then: still
/// running, still unsaved, quitting asks, and "save and quit" fails
/// without quitting. Leaves the session back in the planner with the
/// change unsaved (the dialog still open for [`WayOut::DialogA`]).
fn fail_a_save(app: &mut App, way: WayOut) {
    press(app, "<space>");
    assert!(app.screen().contains("● unsaved"));
    press(app, "s");
    let screen = app.screen();
    assert!(
        screen.contains("Not saved") && screen.contains(WHY) && screen.contains("a save elsewhere"),
        "{screen}"
    );
    assert!(!app.has_quit());
    if let WayOut::DialogA = way {
        return;
    }
    press(app, "<esc>");
    let screen = app.screen();
    assert!(
        screen.contains("Not saved to")
            && screen.contains("● unsaved")
            && !screen.contains("a save elsewhere"),
        "the reminder, the change still unsaved: {screen}"
    );
    // Quitting still asks; "save and quit" fails the same way and does not
    // quit; `esc` then stays.
    press(app, "q");
    assert!(app.screen().contains("Unsaved changes"));
    press(app, "s");
    let screen = app.screen();
    assert!(
        screen.contains("Not saved") && screen.contains(WHY) && screen.contains("a save elsewhere"),
        "the error again: {screen}"
    );
    assert!(!app.has_quit());
    press(app, "<esc>");
    let screen = app.screen();
    assert!(!screen.contains("a save elsewhere") && screen.contains("● unsaved"));
    press(app, "q");
    assert!(app.screen().contains("Unsaved changes"));
    press(app, "<esc>");
    let screen = app.screen();
    assert!(!screen.contains("Unsaved changes") && screen.contains("● unsaved"));
    assert!(!app.has_quit());
}

/// Saves the session elsewhere (to `target`) and quits; the saved file has
/// exactly one more task done than `original`.
fn save_elsewhere(app: &mut App, way: WayOut, target: &Path, original: &Roadmap) {
    match way {
        WayOut::DialogA => press(app, "a"),
        WayOut::CapitalS => press(app, "S"),
    }
    let screen = app.screen();
    assert!(
        screen.contains("Save as") && screen.contains("jewelshot.toml"),
        "the save-as prompt: {screen}"
    );
    press(app, &format!("<C-u>{}<enter>", target.display()));
    let screen = app.screen();
    assert!(
        screen.contains("Saved ") && !screen.contains("● unsaved"),
        "{screen}"
    );
    press(app, "q");
    assert!(app.has_quit(), "q quits once everything is saved");
    crate::fault_support::assert_saved_with_one_more_done(target, original);
}

#[test]
fn a_save_that_cannot_write_keeps_the_planner_and_the_work_either_way_out() {
    for way in [WayOut::DialogA, WayOut::CapitalS] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, moved, original) = a_session_whose_folder_goes(dir.path());
        let before = std::fs::read(moved.join("jewelshot.toml")).unwrap();
        fail_a_save(&mut app, way);
        save_elsewhere(&mut app, way, &dir.path().join("saved.toml"), &original);
        assert_eq!(
            std::fs::read(moved.join("jewelshot.toml")).unwrap(),
            before,
            "the original is untouched ({way:?})"
        );
        assert_eq!(
            std::fs::read_dir(&moved).unwrap().count(),
            1,
            "nothing left beside it ({way:?})"
        );
    }
}
