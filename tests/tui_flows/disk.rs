//! A change on disk while the planner is open (a `git pull`, a teammate's
//! `roadmap check`): reloaded in place with no unsaved edits, put to the
//! user (merge, keep mine, take theirs) with some, and undoable either way.

use crate::{check_elsewhere, checked, open, press, row, seed_in};

const MINE: &str = "Deploy Worker to Railway/Render";
const MINE_ID: &str = "deploy-worker-to-railway-render";
const PULLED: &str = "Setup Automated Backups (database)";
const PULLED_ID: &str = "setup-automated-backups-database";
const LATER: &str = "Configure Uptime Monitoring";
const LATER_ID: &str = "configure-uptime-monitoring-pingdom-uptimerobot";

#[test]
fn a_change_on_disk_reloads_in_place_and_unsaved_edits_get_the_merge_prompt() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    assert_eq!(app.watched(), Some(file.as_path()), "the file is watched");
    let first = app.screen();
    assert!(first.contains("1 Roadmap") && row(&first, MINE).contains("[ ]"));
    assert!(!checked(&first, PULLED));

    // No unsaved edits: reloaded in place.
    check_elsewhere(&file, PULLED_ID);
    assert!(app.disk_changed());
    let screen = app.screen();
    assert!(checked(&screen, PULLED), "{screen}");
    assert!(screen.contains("reloaded: 1 task changed"), "{screen}");
    assert!(
        row(&screen, MINE).contains('›'),
        "the selection stayed on the first task:\n{screen}"
    );

    // An unsaved local edit, then another change on disk: the prompt.
    press(&mut app, "<space>");
    assert!(checked(&app.screen(), MINE));
    check_elsewhere(&file, LATER_ID);
    app.disk_changed();
    let screen = app.screen();
    assert!(screen.contains("Changed on disk"), "{screen}");
    assert!(screen.contains("They merge cleanly"), "{screen}");
    assert!(screen.contains("keep mine") && screen.contains("take theirs"));
    assert!(!checked(&screen, LATER), "nothing taken before the answer");

    press(&mut app, "m");
    let screen = app.screen();
    assert!(!screen.contains("Changed on disk") && checked(&screen, LATER));
    assert!(
        checked(&screen, MINE) && checked(&screen, PULLED),
        "{screen}"
    );

    // Saving writes all three; our own write does not come back as a reload.
    press(&mut app, "s");
    assert!(app.screen().contains("Saved"), "{}", app.screen());
    let text = std::fs::read_to_string(&file).expect("read the file");
    assert_eq!(text.matches("status = \"done\"").count(), 3, "{text}");
    app.disk_changed();
    let screen = app.screen();
    assert!(
        screen.contains("Saved") && !screen.contains("reloaded"),
        "{screen}"
    );
}

#[test]
fn undo_reaches_back_across_a_reload_and_take_theirs_is_undone_in_one_key() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = seed_in(dir.path(), "jewelshot");
    let mut app = open(&file);
    assert!(row(&app.screen(), MINE).contains("[ ]"));

    // A saved check-off, then a teammate's, reloaded quietly.
    press(&mut app, "<space>s");
    let screen = app.screen();
    assert!(
        screen.contains("Saved") && checked(&screen, MINE),
        "{screen}"
    );
    check_elsewhere(&file, PULLED_ID);
    app.disk_changed();
    let screen = app.screen();
    assert!(
        checked(&screen, PULLED) && screen.contains("reloaded: 1 task changed (u undoes)"),
        "{screen}"
    );

    // u takes back the reload, then my check-off before it; ctrl-r redoes both.
    press(&mut app, "u");
    let screen = app.screen();
    assert!(!checked(&screen, PULLED), "{screen}");
    assert!(checked(&screen, MINE), "{screen}");
    assert!(
        screen.contains("Undid: reload the change on disk"),
        "{screen}"
    );
    press(&mut app, "u");
    assert!(!checked(&app.screen(), MINE));
    press(&mut app, "<C-r><C-r>");
    let screen = app.screen();
    assert!(
        checked(&screen, MINE) && checked(&screen, PULLED),
        "{screen}"
    );

    // Redo took the cursor to the task the reload changed; back to mine.
    assert!(app.state.selected_task().is_some_and(|t| t.id == PULLED_ID));
    press(&mut app, "k");

    // Unsaved work, a change on disk, `t`: one `u` brings the work back.
    press(&mut app, "<space>");
    assert!(!checked(&app.screen(), MINE));
    check_elsewhere(&file, LATER_ID);
    app.disk_changed();
    assert!(app.screen().contains("Changed on disk"));
    press(&mut app, "t");
    let screen = app.screen();
    assert!(
        checked(&screen, LATER) && checked(&screen, MINE) && screen.contains("(u undoes)"),
        "{screen}"
    );
    press(&mut app, "u");
    let screen = app.screen();
    assert!(!checked(&screen, MINE), "{screen}");
    assert!(!checked(&screen, LATER), "{screen}");
    assert!(
        screen.contains("Undid: take the version on disk"),
        "{screen}"
    );

    // Saving now writes mine: the file on disk had it checked, and theirs.
    press(&mut app, "s");
    assert!(app.screen().contains("Saved"));
    let text = std::fs::read_to_string(&file).expect("read the file");
    let back = roadmap::store::parse(&text, "jewelshot.toml").expect("loads");
    let status = |id: &str| back.roadmap.task(id).expect("a task").status;
    assert_eq!(status(PULLED_ID), roadmap::model::Status::Done);
    assert_eq!(status(LATER_ID), roadmap::model::Status::Todo);
    assert_eq!(status(MINE_ID), roadmap::model::Status::Todo);
}
