//! Live reload: another process rewrites the file the way a `git pull` or
//! a teammate's `roadmap check` would (a new file renamed over it), and the
//! real watcher brings it to the screen within a second. (The flows after
//! a change on disk, undo across a reload and the answers to the prompt
//! included, are `tests/tui_flows/disk.rs`.)

use crate::tmux::{seed, Tmux, BIN, TODAY};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

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
