//! Many tasks at once (issue 14): mark five tasks (`v`, shift-↓), set
//! their priority and owner in one step (`B`), check off a whole phase from
//! its header. Each is one undo, and the saved file differs by one line per
//! changed field.

use super::planning::diff;
use super::{open, press, seed_in};

#[test]
fn five_marked_tasks_get_a_priority_and_an_owner_in_one_undoable_step() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    // The first task, then four more by shift-↓, skipping none.
    press(&mut app, "v");
    press(&mut app, "j<S-down><S-down><S-down>");
    assert_eq!(app.state.marked.len(), 5);
    let marked_rows = app.screen().lines().filter(|l| l.contains("• [ ]")).count();
    assert_eq!(marked_rows, 5, "{}", app.screen());
    press(&mut app, "Bpriority=low owner=ana<enter>");
    let screen = app.screen();
    assert!(
        screen.contains("Set priority=low owner=ana on 5 of 5 marked tasks"),
        "{screen}"
    );
    press(&mut app, "s");
    let saved = std::fs::read_to_string(&file).unwrap();
    let (removed, added) = diff::diff_lines(&original, &saved);
    // Five priorities change (one line each) and five owners are added.
    assert_eq!(removed.len(), 5, "{removed:?}");
    assert!(
        removed.iter().all(|l| l == "priority = \"critical\""),
        "{removed:?}"
    );
    let owners = added.iter().filter(|l| *l == "owner = \"ana\"").count();
    let lows = added.iter().filter(|l| *l == "priority = \"low\"").count();
    assert_eq!((owners, lows, added.len()), (5, 5, 10), "{added:?}");
    // One undo takes all of it back.
    press(&mut app, "us");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
    // Esc clears the marks before anything else.
    press(&mut app, "<esc>");
    assert!(app.state.marked.is_empty());
}

#[test]
fn space_on_a_phase_header_checks_off_the_whole_phase_and_undoes_in_one() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    let history = app.state.history.undo_len();
    press(&mut app, "k<space>");
    let screen = app.screen();
    assert!(screen.contains("7/7 done"), "{screen}");
    assert_eq!(app.state.history.undo_len(), history + 1);
    press(&mut app, "s");
    let saved = std::fs::read_to_string(&file).unwrap();
    let (removed, added) = diff::diff_lines(&original, &saved);
    assert_eq!(removed, vec!["status = \"todo\"".to_string(); 7]);
    assert_eq!(added.len(), 14, "{added:?}");
    // Again on the header: all done, so all go back to todo.
    press(&mut app, "<space>");
    assert!(app.screen().contains("0/7 done"));
    press(&mut app, "uu");
    assert_eq!(app.state.history.undo_len(), history);
    press(&mut app, "s");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
}

#[test]
fn marked_tasks_take_a_status_key_together() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    press(&mut app, "vjjv");
    press(&mut app, "d");
    let doing: Vec<&str> = app
        .state
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.status == roadmap::model::Status::Doing)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(doing.len(), 2, "{doing:?}");
    press(&mut app, "u");
    assert!(!app.state.is_dirty());
}
