//! What the planner tells about the session's changes: the quit question
//! counts the unsaved changes, undo and redo take the cursor to the task
//! they changed.

use crate::{open, press, seed_in};

#[test]
fn the_quit_question_counts_the_changes_it_would_lose() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    press(&mut app, "<space>jd");
    press(&mut app, "q");
    let screen = app.screen();
    assert!(screen.contains("2 unsaved changes"), "{screen}");
    press(&mut app, "<esc>u");
    press(&mut app, "q");
    assert!(
        app.screen().contains("1 unsaved change:"),
        "{}",
        app.screen()
    );
    press(&mut app, "<esc>s");
    press(&mut app, "<space>uu");
    press(&mut app, "q");
    // One undo past the save: a redo would bring the file's roadmap back.
    assert!(
        app.screen().contains("1 unsaved change:"),
        "{}",
        app.screen()
    );
}

#[test]
fn undo_and_redo_take_the_cursor_to_the_task_they_changed() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    let first = app.state.selected_task().map(|t| t.id.clone());
    press(&mut app, "<space>");
    // Walk away and fold the phase: undo comes back and unfolds it.
    press(&mut app, "ghG");
    assert!(!app.state.collapsed.is_empty(), "the phase is folded");
    press(&mut app, "u");
    assert_eq!(app.state.selected_task().map(|t| t.id.clone()), first);
    assert_eq!(
        app.state.selected_task().map(|t| t.status),
        Some(roadmap::model::Status::Todo)
    );
    press(&mut app, "gh<C-r>");
    assert_eq!(app.state.selected_task().map(|t| t.id.clone()), first);
    assert_eq!(
        app.state.selected_task().map(|t| t.status),
        Some(roadmap::model::Status::Done)
    );
    // The saved file's diff is the one status line (and done_on) of that task.
    press(&mut app, "s");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("status = \"done\""));
}

#[test]
fn the_log_lists_every_step_with_its_task_and_fields() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    let id = app.state.selected_task().map(|t| t.id.clone()).unwrap();
    press(&mut app, "<space>u<C-r>");
    press(&mut app, "L");
    let screen = app.screen();
    assert!(screen.contains("3 changes this session"), "{screen}");
    assert!(
        screen.contains(&format!("redo: check off {id}")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("undo: check off {id}")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("{id}: status todo → done")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("{id}: status done → todo")),
        "{screen}"
    );
    press(&mut app, "<esc>");
    assert!(!app.screen().contains("changes this session"));
    // The log is the session's, not the file's: saving keeps it.
    press(&mut app, "sL");
    assert!(app.screen().contains("3 changes this session"));
}

#[test]
fn the_changed_on_disk_question_wraps_a_long_file_name() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let seed = seed_in(dir.path(), "jewelshot");
    let name = "the-jewelshot-roadmap-of-the-platform-team-after-the-autumn-audit-2025.toml";
    let file = dir.path().join(name);
    std::fs::rename(&seed, &file).unwrap();
    let mut app = roadmap::tui::App::open(&file, crate::tui_support::today(), 80, 24).unwrap();
    press(&mut app, "<space>");
    crate::check_elsewhere(&file, "setup-automated-backups-database");
    app.disk_changed();
    let screen = app.screen();
    assert!(screen.contains("Changed on disk"), "{screen}");
    assert!(
        screen.contains("autumn-audit-2025.toml"),
        "the name is whole: {screen}"
    );
    assert!(
        screen.contains("unsaved changes."),
        "the sentence is whole: {screen}"
    );
    // No snapshot: the name carries the temporary folder's random path.
}
