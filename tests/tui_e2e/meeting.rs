//! A planning meeting in a real terminal, on the Jewelshot roadmap: owners
//! given to three tasks at once, a task moved to the next phase, a
//! dependency picked, five tasks re-prioritised in one step, a check-off,
//! a save. The saved file validates, and every line that differs from the
//! original is one changed field: nothing reformatted, nothing lost.

use crate::tmux::{seed, Tmux, BIN};
use std::process::Command;

/// The lines of `after` not in `before` and of `before` not in `after`,
/// as `diff` prints them (`< ` removed, `> ` added).
fn changed_lines(before: &std::path::Path, after: &std::path::Path) -> Vec<String> {
    let out = Command::new("diff")
        .arg(before)
        .arg(after)
        .output()
        .expect("diff runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("< ") || l.starts_with("> "))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_planning_meeting_saves_one_line_per_changed_field() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let original = dir.path().join("before.toml");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &original).expect("copy the seed roadmap");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first task", |s| s.contains("Deploy Worker"));

    // Who takes these? Mark the first three tasks, give them to ana.
    t.keys(&["v", "S-Down", "S-Down", "B"]);
    t.type_text("owner=ana");
    t.keys(&["Enter"]);
    t.wait_for("three owners set", |s| s.contains("owner=ana on 3 of 3"));
    // Esc and the next letter sent together read as alt-letter: wait for
    // the Esc to land (the message of the marks goes with them).
    t.keys(&["Escape"]);
    t.wait_for("the marks cleared", |s| !s.contains("marked tasks"));

    // The fourth task waits for next sprint: move it to the next phase.
    t.keys(&["m"]);

    // The health checks depend on the worker being deployed (space toggles
    // in the picker, so the query has none).
    t.keys(&["g", "j", "j", "j", "b"]);
    t.wait_for("the dependency picker", |s| s.contains("Depends on"));
    t.type_text("deploywork");
    t.keys(&["Space", "Enter"]);

    // Five tasks from the top are less urgent than the report says.
    t.keys(&["g", "j", "v", "S-Down", "S-Down", "S-Down", "S-Down", "B"]);
    t.type_text("priority=high");
    t.keys(&["Enter"]);
    t.wait_for("five priorities set", |s| s.contains("priority=high on 5"));
    t.keys(&["Escape"]);
    t.wait_for("the marks cleared", |s| !s.contains("marked tasks"));

    // The first task was done this week (`g` is the phase header).
    t.keys(&["g", "j", "Space", "s"]);
    t.wait_for("saved", |s| s.contains("Saved"));
    t.keys(&["q"]);

    let validate = Command::new(BIN)
        .args(["validate"])
        .arg(&file)
        .output()
        .expect("roadmap validate runs");
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
    let changed = changed_lines(&original, &file);
    let fields = [
        "owner = ",
        "phase = ",
        "depends_on = ",
        "priority = ",
        "status = ",
        "done_on = ",
    ];
    for line in &changed {
        assert!(
            fields.iter().any(|f| line[2..].starts_with(f)),
            "a line that is not one changed field: {line}\n{changed:#?}"
        );
    }
    let count = |prefix: &str| {
        changed
            .iter()
            .filter(|l| l.starts_with("> ") && l[2..].starts_with(prefix))
            .count()
    };
    assert_eq!(count("owner = "), 3, "{changed:#?}");
    assert_eq!(count("phase = "), 1, "{changed:#?}");
    assert_eq!(count("depends_on = "), 1, "{changed:#?}");
    assert_eq!(count("done_on = "), 1, "{changed:#?}");
    assert!(count("priority = ") >= 1, "{changed:#?}");
}
