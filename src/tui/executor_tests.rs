//! Saves performed for real, on the headless harness: a temporary folder,
//! the store's save, the result fed back through `update`.

use crate::model::Roadmap;
use crate::store;
use crate::tui::fixture;
use crate::tui::rows::Row;
use crate::tui::state::{Confirm, Mode};
use crate::tui::App;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn app(path: &Path) -> App {
    App::open(path, NaiveDate::MIN, 100, 30).expect("the roadmap loads")
}

/// The fixture roadmap in a temporary folder, and its text.
fn written(dir: &Path) -> (PathBuf, String) {
    let path = dir.join("plan.toml");
    let text = store::to_toml(&fixture::roadmap());
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

fn press(app: &mut App, keys: &str) {
    app.press(keys).expect("valid key notation");
}

fn select(app: &mut App, id: &str) {
    let i = app.state.roadmap.task_index(id).unwrap();
    assert!(app.state.select(Row::Task(i as u32)));
}

#[test]
fn the_working_roadmap_shares_the_files_until_an_edit_and_again_after_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = written(dir.path());
    let mut app = app(&path);
    let shared = |app: &App| {
        let file = &app.state.file.as_ref().expect("the file is kept").roadmap;
        Arc::ptr_eq(&app.state.roadmap, file)
    };
    assert!(shared(&app), "opening a file does not copy its roadmap");

    press(&mut app, "<space>");
    assert!(!shared(&app), "the first edit copies, the baseline stays");
    let baseline = &app.state.file.as_ref().unwrap().roadmap;
    assert_ne!(*app.state.roadmap, **baseline);
    assert_eq!(store::load(&path).unwrap().roadmap, **baseline);

    press(&mut app, "s");
    assert!(app.screen().contains("Saved "), "{}", app.screen());
    assert!(
        shared(&app),
        "the saved roadmap becomes the baseline, uncopied"
    );
    assert!(!app.state.is_dirty());
    assert_eq!(store::load(&path).unwrap().roadmap, *app.state.roadmap);

    press(&mut app, "<space>");
    assert!(!shared(&app), "and the next edit copies again");
}

#[test]
fn a_save_that_cannot_write_asks_and_save_as_then_writes_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("gone");
    std::fs::create_dir(&folder).unwrap();
    let (path, text) = written(&folder);
    let mut app = app(&path);
    press(&mut app, "<space>");
    // The folder goes: nothing can be created there, as in a read-only
    // folder, for root too.
    let moved = dir.path().join("moved");
    std::fs::rename(&folder, &moved).unwrap();
    press(&mut app, "s");
    let Mode::Confirm(Confirm::SaveFailed {
        path: failed,
        reason,
        ..
    }) = &app.state.mode
    else {
        panic!("the failure is put to the user: {:?}", app.state.mode);
    };
    assert_eq!(failed, &path);
    assert!(reason.contains("cannot create a new file in"), "{reason}");
    assert!(app.state.is_dirty());
    assert!(
        app.state.file.is_some(),
        "the file came back with the failure"
    );

    // `a`: save as, starting from the path that failed; there it fails again.
    press(&mut app, "a<C-u>");
    let again = folder.join("x.toml");
    press(&mut app, &format!("{}<enter>", again.display()));
    assert!(matches!(
        app.state.mode,
        Mode::Confirm(Confirm::SaveFailed { .. })
    ));
    press(&mut app, "<esc>S<C-u>");
    let elsewhere = dir.path().join("elsewhere.toml");
    press(&mut app, &format!("{}<enter>", elsewhere.display()));
    assert!(!app.state.is_dirty());
    assert_eq!(app.state.path.as_deref(), Some(elsewhere.as_path()));
    assert_eq!(
        app.watched(),
        Some(elsewhere.as_path()),
        "watched there now"
    );
    assert_eq!(store::load(&elsewhere).unwrap().roadmap, *app.state.roadmap);
    assert_eq!(
        std::fs::read_to_string(moved.join("plan.toml")).unwrap(),
        text,
        "the original is untouched"
    );
}

#[test]
fn a_save_that_would_not_load_back_shows_the_whole_reason_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text) = written(dir.path());
    let mut app = app(&path);
    // Two problems no planner edit can make, as a merge could leave.
    let roadmap = Arc::make_mut(&mut app.state.roadmap);
    roadmap.task_mut("sentry").unwrap().depends_on = vec!["ghost".into()];
    roadmap.task_mut("uptime").unwrap().level = Some(9);
    app.state.mark_unsaved();
    press(&mut app, "s");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    assert!(app.state.is_dirty());
    let Mode::Confirm(Confirm::NotSaved { reason, .. }) = &app.state.mode else {
        panic!("the reason is put to the user: {:?}", app.state.mode);
    };
    assert!(
        reason.contains("task `sentry` depends on `ghost`, which is not a task id"),
        "{reason}"
    );
    assert!(
        reason.contains("task `uptime` is tagged level 9, which is not a maturity level"),
        "every problem, not the first line: {reason}"
    );
    assert!(!reason.to_lowercase().starts_with("not saved"), "{reason}");
    let footer = app.state.message.clone().unwrap().text;
    assert!(!footer.contains("not saved: not saved"), "{footer}");
}

/// A session on a real file, with someone else's change then written over it.
fn session_on_disk(theirs: impl FnOnce(&mut Roadmap)) -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = written(dir.path());
    let app = app(&path);
    let mut other = store::load(&path).unwrap();
    let mut roadmap = (*other.roadmap).clone();
    theirs(&mut roadmap);
    store::save(&mut other, &Arc::new(roadmap), &path).unwrap();
    (dir, path, app)
}

#[test]
fn a_save_over_a_change_on_disk_merges_it_in_and_says_what_came_from_there() {
    let (_dir, path, mut app) = session_on_disk(|r| {
        r.task_mut("uptime").unwrap().owner = Some("bo".into());
    });
    select(&mut app, "sentry");
    press(&mut app, "<space>s");
    assert!(!app.state.is_dirty());
    assert_eq!(app.state.selected_task().unwrap().id, "sentry");
    assert_eq!(
        app.state.roadmap.task("uptime").unwrap().owner.as_deref(),
        Some("bo")
    );
    let on_disk = store::load(&path).unwrap();
    assert_eq!(on_disk.roadmap, *app.state.roadmap, "both changes written");
    let message = app.state.message.clone().unwrap().text;
    assert!(
        message.contains("merged with the change on disk to task `uptime`"),
        "{message}"
    );
    // The file on disk is what the session knows: no reload follows our own write.
    assert!(app.disk_changed());
    assert_eq!(
        app.state.message.as_ref().map(|m| m.text.as_str()),
        Some(message.as_str())
    );
}

#[test]
fn a_save_that_conflicts_writes_nothing_and_asks() {
    let (_dir, path, mut app) = session_on_disk(|r| {
        r.task_mut("sentry").unwrap().owner = Some("bo".into());
    });
    let before = std::fs::read_to_string(&path).unwrap();
    Arc::make_mut(&mut app.state.roadmap)
        .task_mut("sentry")
        .unwrap()
        .owner = Some("ana".into());
    app.state.mark_unsaved();
    press(&mut app, "s");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before,
        "nothing written"
    );
    assert_eq!(
        app.state.roadmap.task("sentry").unwrap().owner.as_deref(),
        Some("ana")
    );
    assert!(app.state.is_dirty());
    let Mode::Changed { conflicts } = &app.state.mode else {
        panic!("the choice is put to the user: {:?}", app.state.mode);
    };
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].field, "owner");
    assert_eq!(
        (conflicts[0].ours.as_deref(), conflicts[0].theirs.as_deref()),
        (Some("ana"), Some("bo"))
    );
    assert!(app.screen().contains("Changed on disk"), "{}", app.screen());
}
