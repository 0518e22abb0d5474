//! Live reload, in a real terminal: the `roadmap` binary runs inside tmux on
//! a temporary copy of `roadmaps/jewelshot.toml` while another process
//! rewrites the file the way a `git pull` or a teammate's `roadmap check`
//! would (a new file renamed over it). tmux is required: without it these
//! tests fail, they never skip.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tmux::{seed, Tmux, BIN, TODAY};

/// Another process checks a task off in the file (an atomic rewrite).
fn check_elsewhere(file: &Path, id: &str) {
    let out = Command::new(BIN)
        .args(["check"])
        .arg(file)
        .arg(id)
        .env("ROADMAP_TODAY", TODAY)
        .output()
        .expect("roadmap check runs");
    assert!(
        out.status.success(),
        "roadmap check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The line showing the task with this title.
fn row<'s>(screen: &'s str, title: &str) -> &'s str {
    screen.lines().find(|l| l.contains(title)).unwrap_or("")
}

/// The task's row in the list (not the details pane beside it) is checked.
fn checked(screen: &str, title: &str) -> bool {
    let list = row(screen, title).split('│').next().unwrap_or("");
    list.contains("[x]")
}

const MINE: &str = "Deploy Worker to Railway/Render";
const PULLED: &str = "Setup Automated Backups (database)";
const PULLED_ID: &str = "setup-automated-backups-database";
const LATER: &str = "Configure Uptime Monitoring";
const LATER_ID: &str = "configure-uptime-monitoring-pingdom-uptimerobot";

#[test]
fn a_change_on_disk_shows_within_a_second_and_unsaved_edits_get_the_merge_prompt() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    let (first, _) = t.wait_for_timed("the first frame", |s| {
        s.contains("1 Roadmap") && row(s, MINE).contains("[ ]")
    });
    assert!(!checked(&first, PULLED));

    // No unsaved edits: reloaded in place, within a second.
    check_elsewhere(&file, PULLED_ID);
    let (screen, took) = t.wait_for_timed("the task checked off elsewhere", |s| checked(s, PULLED));
    assert!(took < Duration::from_secs(1), "shown after {took:?}");
    assert!(screen.contains("reloaded: 1 task changed"), "{screen}");
    assert!(
        row(&screen, MINE).contains('›'),
        "the selection stayed on the first task:\n{screen}"
    );

    // An unsaved local edit, then another change on disk: the prompt.
    t.keys(&["Space"]);
    t.wait_for_timed("the local check-off", |s| checked(s, MINE));
    check_elsewhere(&file, LATER_ID);
    let (screen, _) = t.wait_for_timed("the merge prompt", |s| s.contains("Changed on disk"));
    assert!(screen.contains("They merge cleanly"), "{screen}");
    assert!(screen.contains("keep mine") && screen.contains("take theirs"));
    assert!(!checked(&screen, LATER), "nothing taken before the answer");

    t.keys(&["m"]);
    let (screen, _) = t.wait_for_timed("the merged roadmap", |s| {
        !s.contains("Changed on disk") && checked(s, LATER)
    });
    assert!(
        checked(&screen, MINE) && checked(&screen, PULLED),
        "{screen}"
    );

    // Saving writes all three; our own write does not come back as a reload.
    t.keys(&["s"]);
    t.wait_for_timed("the save", |s| s.contains("Saved"));
    let text = std::fs::read_to_string(&file).expect("read the file");
    assert_eq!(text.matches("status = \"done\"").count(), 3, "{text}");
    std::thread::sleep(Duration::from_millis(600));
    let screen = t.screen();
    assert!(
        screen.contains("Saved") && !screen.contains("reloaded"),
        "{screen}"
    );
}

#[test]
fn undo_reaches_back_across_a_reload_and_take_theirs_is_undone_in_one_key() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first frame", |s| row(s, MINE).contains("[ ]"));

    // A saved check-off, then a teammate's, reloaded quietly.
    t.keys(&["Space", "s"]);
    t.wait_for("the save", |s| s.contains("Saved") && checked(s, MINE));
    check_elsewhere(&file, PULLED_ID);
    t.wait_for("the reload", |s| {
        checked(s, PULLED) && s.contains("reloaded: 1 task changed (u undoes)")
    });

    // u takes back the reload, then my check-off before it; ctrl-r redoes both.
    t.keys(&["u"]);
    let screen = t.wait_for("the reload undone", |s| !checked(s, PULLED));
    assert!(checked(&screen, MINE), "{screen}");
    assert!(
        screen.contains("Undid: reload the change on disk"),
        "{screen}"
    );
    t.keys(&["u"]);
    t.wait_for("my check-off undone", |s| !checked(s, MINE));
    t.keys(&["C-r", "C-r"]);
    t.wait_for("both redone", |s| checked(s, MINE) && checked(s, PULLED));

    // Unsaved work, a change on disk, `t`: one `u` brings the work back.
    t.keys(&["Space"]);
    t.wait_for("an unsaved edit", |s| !checked(s, MINE));
    check_elsewhere(&file, LATER_ID);
    t.wait_for("the prompt", |s| s.contains("Changed on disk"));
    t.keys(&["t"]);
    t.wait_for("theirs taken", |s| {
        checked(s, LATER) && checked(s, MINE) && s.contains("(u undoes)")
    });
    t.keys(&["u"]);
    let screen = t.wait_for("mine back", |s| !checked(s, MINE));
    assert!(!checked(&screen, LATER), "{screen}");
    assert!(
        screen.contains("Undid: take the version on disk"),
        "{screen}"
    );

    // Saving now writes mine: the file on disk had it checked, and theirs.
    t.keys(&["s"]);
    t.wait_for("the save", |s| s.contains("Saved"));
    let text = std::fs::read_to_string(&file).expect("read the file");
    let back = roadmap::store::parse(&text, "jewelshot.toml").expect("loads");
    let status = |id: &str| back.roadmap.task(id).expect("a task").status;
    assert_eq!(status(PULLED_ID), roadmap::model::Status::Done);
    assert_eq!(status(LATER_ID), roadmap::model::Status::Todo);
    assert_eq!(
        status("deploy-worker-to-railway-render"),
        roadmap::model::Status::Todo
    );
}
