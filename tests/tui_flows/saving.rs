//! Saving as: the bundled example is saved to a new file, never over one
//! that exists; a refused save (a name taken, a roadmap that would not load
//! back) says why in a dialog, the file on disk untouched and the work
//! kept. The dialogs as drawn (insta).

use crate::tui_support::{self, press as press_state, state_at, text};
use crate::{open, press, seed_in};
use roadmap::store;
use roadmap::tui::{update, App, Msg, SaveFailure, SaveResult, Saved};

/// The executor's report of a save that failed this way.
fn failed(failure: SaveFailure) -> Msg {
    Msg::Saved(Saved {
        file: None,
        result: SaveResult::Failed(failure),
    })
}

#[test]
fn the_bundled_example_is_saved_as_a_new_file_never_over_an_existing_one() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let taken = dir.path().join("taken.toml");
    std::fs::write(&taken, "keep me").unwrap();
    let example = store::parse(roadmap::cli::EXAMPLE, roadmap::cli::EXAMPLE_NAME).unwrap();
    let mut app = App::on(None, example, tui_support::today(), 100, 30);
    let screen = app.screen();
    assert!(screen.contains("bundled example") && screen.contains("[ ]"));
    assert_eq!(app.watched(), None, "no file to watch");
    press(&mut app, "<space>");
    assert!(app.screen().contains("● unsaved"));
    press(&mut app, "s");
    let screen = app.screen();
    assert!(
        screen.contains("Save as") && screen.contains("roadmap.toml"),
        "{screen}"
    );
    // An existing file is refused.
    press(&mut app, &format!("<C-u>{}<enter>", taken.display()));
    let screen = app.screen();
    assert!(
        screen.contains("taken.toml already exists") && screen.contains("back to the planner"),
        "{screen}"
    );
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep me");
    // A new name is written, and the session then saves there.
    press(&mut app, "<esc>");
    assert!(!app.screen().contains("back to the planner"));
    press(&mut app, "s");
    assert!(app.screen().contains("Save as"));
    let plan = dir.path().join("plan.toml");
    press(&mut app, &format!("<C-u>{}<enter>", plan.display()));
    let screen = app.screen();
    assert!(
        screen.contains(&format!("Saved {}", plan.display()))
            && screen.contains("plan.toml  saved"),
        "{screen}"
    );
    assert_eq!(app.watched(), Some(plan.as_path()), "watched from now on");
    press(&mut app, "q");
    assert!(app.has_quit());
    let saved = store::load(&plan).expect("plan.toml loads");
    let example = store::parse(roadmap::cli::EXAMPLE, "example.toml").unwrap();
    let changed: Vec<&str> = saved
        .roadmap
        .tasks
        .iter()
        .zip(&example.roadmap.tasks)
        .filter(|(a, b)| a.status != b.status)
        .map(|(a, _)| a.id.as_str())
        .collect();
    assert_eq!(
        changed.len(),
        1,
        "exactly the toggled task changed: {changed:?}"
    );
    assert_eq!(saved.roadmap.tasks.len(), example.roadmap.tasks.len());
}

#[test]
fn a_refused_save_as_says_why_in_a_dialog_and_keeps_both_files_and_the_work() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "someone else's file\n").expect("write");
    let original = std::fs::read_to_string(&file).expect("read");
    let mut app = open(&file);
    press(&mut app, "<space>");
    assert!(app.screen().contains("● unsaved"));
    press(&mut app, "S");
    assert!(app.screen().contains("Save as"));
    press(&mut app, &format!("<C-u>{}<enter>", other.display()));
    let screen = app.screen();
    assert!(
        screen.contains("Not saved") && screen.contains("back to the planner"),
        "{screen}"
    );
    assert!(screen.contains("other.toml already exists"), "{screen}");
    assert!(screen.contains("choose another name"), "{screen}");
    press(&mut app, "<esc>");
    let screen = app.screen();
    assert!(
        !screen.contains("back to the planner")
            && screen.contains("your changes are kept")
            && screen.contains("● unsaved"),
        "{screen}"
    );
    assert!(!app.has_quit());
    assert_eq!(
        std::fs::read_to_string(&other).expect("read"),
        "someone else's file\n"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
}

/// The store's own refusal of a roadmap in which the first `n` tasks
/// depend on tasks that do not exist.
fn refusal(n: usize) -> String {
    let original = tui_support::seed();
    let loaded = store::parse(&store::to_toml(&original), "jewelshot.toml").expect("loads");
    let mut broken = original.clone();
    for (i, task) in broken.tasks.iter_mut().take(n).enumerate() {
        task.depends_on = vec![format!("ghost-{i}")];
    }
    store::render(&loaded, &broken)
        .expect_err("a dangling dependency stops the file loading back")
        .to_string()
}

#[test]
fn the_refused_save_dialog_as_drawn_and_scrolled_to_its_end() {
    let mut s = state_at(tui_support::seed(), 80, 24);
    press_state(&mut s, "<space>");
    let reason = refusal(8);
    assert!(reason.starts_with("not saved: "), "{reason}");
    update(&mut s, failed(SaveFailure::Refused(reason)));
    let top = text(&s);
    assert!(top.contains("Not saved"), "{top}");
    assert!(top.contains("ghost-0"), "{top}");
    assert!(!top.contains("not saved: not saved"), "{top}");
    assert!(top.contains("j/k scroll"), "taller than the screen: {top}");
    insta::assert_snapshot!("not_saved_80x24", top);
    press_state(&mut s, "<pgdn><pgdn><pgdn>");
    let end = text(&s);
    assert!(end.contains("ghost-7"), "the last problem: {end}");
    assert!(end.contains("save to another"), "and what to do: {end}");
    insta::assert_snapshot!("not_saved_scrolled_80x24", end);
}

#[test]
fn the_failed_save_dialog_as_drawn() {
    let mut s = state_at(tui_support::seed(), 80, 24);
    press_state(&mut s, "<space>");
    let reason = "cannot create a new file in /srv/plans (saving writes a temporary file there, \
                  then renames it over the roadmap): permission denied";
    let failure = SaveFailure::CannotWrite {
        path: "/srv/plans/jewelshot.toml".into(),
        reason: reason.into(),
    };
    update(&mut s, failed(failure));
    let screen = text(&s);
    assert!(screen.contains("● unsaved"), "{screen}");
    insta::assert_snapshot!("save_failed_80x24", screen);
}

#[test]
fn the_owner_and_due_date_edited_in_the_form_are_saved_one_line_each() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut app = open(&file);
    // The form opens on the title.
    let to = |key| {
        let at = |k| roadmap::tui::editor::position(k).expect("on the form");
        "<down>".repeat(at(key) - at("title"))
    };
    press(&mut app, &format!("e{}ana", to("owner")));
    press(&mut app, "<down>2025-12-01<enter>");
    let screen = app.screen();
    assert!(
        screen.contains("Owner ana") && screen.contains("Due 2025-12-01"),
        "{screen}"
    );
    press(&mut app, "s");
    let text = std::fs::read_to_string(&file).unwrap();
    let added: Vec<&str> = text.lines().filter(|l| !original.contains(*l)).collect();
    assert_eq!(added, ["owner = \"ana\"", "due = 2025-12-01"], "{text}");
    assert_eq!(original.lines().count() + 2, text.lines().count());
}
