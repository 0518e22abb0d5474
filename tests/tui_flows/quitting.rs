//! Quitting asks when there are unsaved changes, and leaves the file alone.

use crate::{open, press, seed_in};

#[test]
fn quitting_with_unsaved_changes_asks_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read(&file).unwrap();
    let mut app = open(&file);
    press(&mut app, "<space>");
    assert!(app.screen().contains("● unsaved"));
    press(&mut app, "q");
    let screen = app.screen();
    assert!(
        screen.contains("Unsaved changes") && screen.contains("quit without saving"),
        "{screen}"
    );
    press(&mut app, "<esc>");
    assert!(!app.screen().contains("Unsaved changes"));
    assert!(!app.has_quit());
    press(&mut app, "q");
    assert!(app.screen().contains("Unsaved changes"));
    press(&mut app, "q");
    assert!(app.has_quit());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original,
        "quit without saving"
    );
}
