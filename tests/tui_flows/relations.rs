//! Relations from the planner (issue 14, item 4): a task's phase chosen in
//! the editor, its dependencies and findings chosen in the picker. Each is
//! one change, the saved file differs by the one line of that field, and
//! undo gives the file back byte for byte.

use super::planning::diff;
use super::{open, press, seed_in};
use roadmap::tui::state::Mode;

/// Saves, checks the diff against the original, undoes, saves again and
/// checks the file is the original.
fn saved_then_undone(
    app: &mut roadmap::tui::App,
    file: &std::path::Path,
    original: &str,
) -> (Vec<String>, Vec<String>) {
    press(app, "s");
    let text = std::fs::read_to_string(file).unwrap();
    let lines = diff::diff_lines(original, &text);
    press(app, "us");
    assert_eq!(
        std::fs::read_to_string(file).unwrap(),
        original,
        "undo restores"
    );
    lines
}

#[test]
fn the_phase_chosen_in_the_editor_saves_as_its_phase_line() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    let id = app.state.roadmap.tasks[0].id.clone();
    let next = app.state.roadmap.phases[1].clone();
    // The form opens on the title; the phase is the line above it.
    press(&mut app, "e<up><right>");
    assert!(
        app.screen().contains(&format!("◂ {} ▸", next.name)),
        "{}",
        app.screen()
    );
    press(&mut app, "<enter>");
    assert_eq!(app.state.roadmap.task(&id).unwrap().phase, next.id);
    let i = app.state.selected_task_index().unwrap();
    assert_eq!(
        app.state.roadmap.tasks[i].id, id,
        "the cursor follows the task"
    );
    let (removed, added) = saved_then_undone(&mut app, &file, &original);
    assert_eq!(removed, ["phase = \"this-week\""]);
    assert_eq!(added, [format!("phase = \"{}\"", next.id)]);
}

#[test]
fn a_dependency_picked_saves_as_one_line_and_a_loop_is_refused() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    let first = app.state.roadmap.tasks[0].id.clone();
    let second = app.state.roadmap.tasks[1].id.clone();
    press(&mut app, &format!("b{second}"));
    let Mode::Pick(picker) = &app.state.mode else {
        panic!("the picker is open");
    };
    assert_eq!(picker.current(&app.state.roadmap), Some(second.as_str()));
    press(&mut app, "<space><enter>");
    assert_eq!(app.state.roadmap.tasks[0].depends_on, [second.as_str()]);
    assert!(app.screen().contains("Saved the dependencies of"));

    // The second task cannot now depend on the first.
    press(&mut app, &format!("jb{first}<space>"));
    let Mode::Pick(picker) = &app.state.mode else {
        panic!("the picker stays open");
    };
    let error = picker.error.clone().expect("refused");
    assert!(
        error.starts_with(&format!(
            "dependency cycle: {second} -> {first} -> {second}"
        )),
        "{error}"
    );
    assert!(picker.chosen.is_empty());
    press(&mut app, "<enter><esc>k");
    assert!(app.state.roadmap.tasks[1].depends_on.is_empty());

    let (removed, added) = saved_then_undone(&mut app, &file, &original);
    assert_eq!(removed, Vec::<String>::new());
    assert_eq!(added, [format!("depends_on = [\"{second}\"]")]);
}

#[test]
fn a_dependency_taken_out_and_a_finding_added_each_save_as_one_line() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    let findings = app.state.roadmap.tasks[0].findings.clone();
    // The task's own finding is listed first, marked; another is added.
    press(&mut app, "Fno-automated-backups<space><enter>");
    let mut expected = findings.clone();
    expected.push("no-automated-backups".into());
    assert_eq!(app.state.roadmap.tasks[0].findings, expected);
    let (removed, added) = saved_then_undone(&mut app, &file, &original);
    let list = |ids: &[String]| {
        let quoted: Vec<String> = ids.iter().map(|i| format!("\"{i}\"")).collect();
        format!("findings = [{}]", quoted.join(", "))
    };
    assert_eq!(removed, [list(&findings)]);
    assert_eq!(added, [list(&expected)]);

    // Esc changes nothing; enter with nothing toggled neither.
    press(&mut app, "F<space><esc>F<enter>");
    assert!(!app.state.is_dirty());
}

#[test]
fn a_rename_asks_with_the_references_and_rewrites_them_in_one_step() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    let first = app.state.roadmap.tasks[0].id.clone();
    let second = app.state.roadmap.tasks[1].id.clone();
    // The first task depends on the second; saved, that is the base here.
    press(&mut app, &format!("b{second}<space><enter>s"));
    let before = std::fs::read_to_string(&file).unwrap();

    // A taken id and a malformed one are refused in the prompt.
    let refusal = |app: &roadmap::tui::App| match &app.state.mode {
        Mode::Rename { error, .. } => error.clone().unwrap_or_default(),
        other => panic!("the prompt stays open, not {other:?}"),
    };
    press(&mut app, &format!("jR<C-u>{first}<enter>"));
    assert!(
        refusal(&app).contains("already exists"),
        "{}",
        refusal(&app)
    );
    assert!(app.screen().contains("already"), "{}", app.screen());
    press(&mut app, "<C-u>Not An Id<enter>");
    assert!(refusal(&app).contains("is not an id"), "{}", refusal(&app));
    press(&mut app, "<C-u>backups<enter>");
    let screen = app.screen();
    assert!(
        screen.contains(&format!("Rename `{second}` to `backups`?")),
        "{screen}"
    );
    let Mode::Confirm(roadmap::tui::state::Confirm::Rename { references, .. }) = &app.state.mode
    else {
        panic!("asks first");
    };
    assert_eq!(references.dependants, [first.as_str()]);
    assert!(screen.contains("reference"), "{screen}");
    press(&mut app, "y");
    assert_eq!(app.state.roadmap.tasks[0].depends_on, ["backups"]);
    assert_eq!(app.state.roadmap.tasks[1].id, "backups");
    let i = app.state.selected_task_index().unwrap();
    assert_eq!(app.state.roadmap.tasks[i].id, "backups", "still selected");

    let (removed, added) = saved_then_undone(&mut app, &file, &before);
    assert_eq!(
        removed,
        [
            format!("depends_on = [\"{second}\"]"),
            format!("id = \"{second}\"")
        ]
    );
    assert_eq!(added, ["depends_on = [\"backups\"]", "id = \"backups\""]);
    // `n` on the question renames nothing.
    press(&mut app, "R<C-u>other<enter>n");
    assert!(!app.state.is_dirty());
}
