//! Planning in the meeting (issue 14): backdating a check-off, moving a
//! task to another phase, reordering within a phase. Each is one change,
//! undoable, and the saved file differs by one line per changed field.

use super::{open, press, seed_in};
#[path = "../support/diff.rs"]
mod diff;

fn to(key: &str) -> String {
    "<down>".repeat(roadmap::tui::editor::position(key).expect("on the form"))
}

#[test]
fn a_check_off_backdated_in_the_form_saves_the_typed_day() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    // Checked off today (2025-11-03), then "it was done last Tuesday".
    press(&mut app, "<space>");
    press(
        &mut app,
        &format!("e{}<C-u>2025-10-28<enter>", to("done_on")),
    );
    let screen = app.screen();
    assert!(screen.contains("2025-10-28"), "{screen}");
    press(&mut app, "s");
    let text = std::fs::read_to_string(&file).unwrap();
    let (removed, added) = diff::changed_lines(&original, &text);
    assert_eq!(removed, ["status = \"todo\""]);
    assert_eq!(added, ["status = \"done\"", "done_on = 2025-10-28"]);

    // Done in the form itself, with the day typed: the typed day wins.
    let file2 = dir.path().join("second.toml");
    std::fs::copy(&file, &file2).unwrap();
    let before = std::fs::read_to_string(&file2).unwrap();
    let mut app = open(&file2);
    press(&mut app, "j");
    press(
        &mut app,
        &format!(
            "e{}dd{}2025-10-30<enter>s",
            to("status"),
            "<down>".repeat(
                roadmap::tui::editor::position("done_on").unwrap()
                    - roadmap::tui::editor::position("status").unwrap(),
            )
        ),
    );
    let text = std::fs::read_to_string(&file2).unwrap();
    let (removed, added) = diff::changed_lines(&before, &text);
    assert_eq!(removed, ["status = \"todo\""]);
    assert_eq!(added, ["status = \"done\"", "done_on = 2025-10-30"]);
}

#[test]
fn a_done_date_on_an_open_task_is_refused_in_the_form() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    press(&mut app, &format!("e{}2025-10-28<enter>", to("done_on")));
    let screen = app.screen();
    assert!(
        screen.contains("2025-10-28 is a done date, but the status is todo"),
        "{screen}"
    );
    press(&mut app, "<esc>");
    assert!(!app.state.is_dirty());
}
