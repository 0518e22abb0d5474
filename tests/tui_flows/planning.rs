//! Planning in the meeting (issue 14): backdating a check-off, moving a
//! task to another phase, reordering within a phase. Each is one change,
//! undoable, and the saved file differs by one line per changed field.

use super::{open, press, seed_in};
#[path = "../support/diff.rs"]
pub mod diff;

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

fn selected_id(app: &roadmap::tui::App) -> String {
    let s = &app.state;
    let i = s.selected_task_index().expect("a task is selected");
    s.roadmap.tasks[i].id.clone()
}

#[test]
fn a_task_moved_to_the_next_phase_saves_as_its_phase_line_and_undoes() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    // The last (seventh) task of the first phase goes to the second, and
    // comes first there. The planner opens on the first task.
    press(&mut app, "jjjjjj");
    let id = selected_id(&app);
    assert_eq!(app.state.roadmap.task(&id).unwrap().phase, "this-week");
    press(&mut app, "m");
    let task = app.state.roadmap.task(&id).unwrap();
    assert_ne!(task.phase, "this-week");
    let phase = task.phase.clone();
    assert_eq!(selected_id(&app), id, "the cursor follows the task");
    let screen = app.screen();
    assert!(screen.contains("Moved “"), "{screen}");
    press(&mut app, "s");
    let text = std::fs::read_to_string(&file).unwrap();
    let (removed, added) = diff::changed_lines(&original, &text);
    assert_eq!(removed, ["phase = \"this-week\""]);
    assert_eq!(added, [format!("phase = \"{phase}\"")]);
    // Shown first in its new phase: right under that phase's header.
    let rows = &app.state.rows.rows;
    let at = rows
        .iter()
        .position(|r| matches!(r, roadmap::tui::rows::Row::Task(t) if app.state.roadmap.tasks[*t as usize].id == id))
        .unwrap();
    assert!(matches!(rows[at - 1], roadmap::tui::rows::Row::Phase(_)));

    press(&mut app, "u");
    assert_eq!(app.state.roadmap.task(&id).unwrap().phase, "this-week");
    press(&mut app, "M");
    let back = app.state.roadmap.task(&id).unwrap().phase.clone();
    assert_eq!(
        back,
        app.state.roadmap.phases.last().unwrap().id,
        "M wraps to the last"
    );
}

#[test]
fn j_and_k_with_shift_reorder_within_the_phase_saved_as_the_file_order() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    let ids = |app: &roadmap::tui::App| -> Vec<String> {
        app.state
            .roadmap
            .tasks
            .iter()
            .map(|t| t.id.clone())
            .collect()
    };
    let before = ids(&app);
    // The planner opens on the first task.
    let first = selected_id(&app);
    press(&mut app, "J");
    assert_eq!(selected_id(&app), first, "the cursor follows the task");
    let mut expected = before.clone();
    expected.swap(0, 1);
    assert_eq!(ids(&app), expected);
    press(&mut app, "<A-down>");
    expected.swap(1, 2);
    assert_eq!(ids(&app), expected, "alt-down does the same");
    press(&mut app, "K");
    expected.swap(1, 2);
    assert_eq!(ids(&app), expected);
    press(&mut app, "s");
    let saved = roadmap::store::load(&file).expect("the saved file loads");
    let order: Vec<String> = saved.roadmap.tasks.iter().map(|t| t.id.clone()).collect();
    assert_eq!(order, expected, "saved as the file's order");
    // Each move was one step: three undos give the file's first order back.
    press(&mut app, "uu");
    let mut one_move = before.clone();
    one_move.swap(0, 1);
    assert_eq!(ids(&app), one_move);
    press(&mut app, "u");
    assert_eq!(ids(&app), before);
    // The first task of a phase goes no higher.
    press(&mut app, "gjK");
    assert_eq!(ids(&app), before);
    assert!(app.screen().contains("Already first in its phase"));
}
