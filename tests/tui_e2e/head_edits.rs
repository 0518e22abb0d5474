//! Planning beyond the tasks in a real terminal, on the Jewelshot roadmap:
//! a phase added and renamed in the phases dialog, a task moved into it, a
//! finding added for a gap nobody had written down, the project renamed,
//! a save. The file validates; the lines removed are the two fields that
//! changed, and every line added is one of them or a line of the two new
//! blocks.

use crate::tmux::{seed, Tmux, BIN};
use std::process::Command;

/// (removed, added) lines between two files, as `diff` prints them.
fn diff(before: &std::path::Path, after: &std::path::Path) -> (Vec<String>, Vec<String>) {
    let out = Command::new("diff")
        .arg(before)
        .arg(after)
        .output()
        .expect("diff runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let pick = |mark: &str| {
        text.lines()
            .filter_map(|l| l.strip_prefix(mark))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    (pick("< "), pick("> "))
}

#[test]
fn phases_findings_and_the_project_are_edited_and_saved_field_by_field() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let original = dir.path().join("before.toml");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &original).expect("copy the seed roadmap");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first task", |s| s.contains("Deploy Worker"));

    // A phase after the last: the form opens on its name, the id above it.
    t.keys(&["P"]);
    t.wait_for("the phases dialog", |s| s.contains("Phases (4)"));
    t.keys(&["G", "a", "C-u"]);
    t.type_text("Hardening");
    t.keys(&["BTab", "C-u"]);
    t.type_text("hardening");
    t.keys(&["Enter"]);
    t.wait_for("the phase added", |s| s.contains("Add phase hardening"));

    // Renamed: enter edits the phase under the cursor (the new one).
    t.keys(&["Enter", "C-u"]);
    t.type_text("Hardening sprint");
    t.keys(&["Enter"]);
    t.wait_for("the phase renamed", |s| s.contains("Edit phase hardening"));
    // Each esc is seen before the next key: an escape followed at once by
    // a letter reads as alt and that letter.
    t.keys(&["Escape"]);
    t.wait_for("the dialog closed", |s| !s.contains("Phases (5)"));

    // The first task goes to the previous phase, round to the last: the new one.
    t.keys(&["g", "j", "M"]);
    t.wait_for("the task moved", |s| s.contains("Hardening sprint"));

    // A gap nobody wrote down: the form opens on the title.
    t.keys(&["A"]);
    t.wait_for("the finding form", |s| s.contains("New finding"));
    t.type_text("No alerting on failed jobs");
    t.keys(&["BTab", "BTab", "BTab"]);
    t.type_text("Monitoring");
    t.keys(&["Enter"]);
    t.wait_for("the finding added", |s| s.contains("Add finding"));
    t.keys(&["Escape"]);
    t.wait_for("the dialog closed", |s| !s.contains("Findings (6)"));

    // The project's name.
    t.keys(&["C", "C-u"]);
    t.type_text("Jewelshot v2");
    t.keys(&["Enter"]);
    t.wait_for("the project renamed", |s| s.contains("Edit the project"));

    t.keys(&["s"]);
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
    let (removed, added) = diff(&original, &file);
    assert_eq!(
        removed.len(),
        2,
        "the project's name and the task's phase: {removed:#?}"
    );
    assert!(
        removed.iter().any(|l| l.starts_with("name = ")),
        "{removed:#?}"
    );
    assert!(
        removed.iter().any(|l| l.starts_with("phase = ")),
        "{removed:#?}"
    );
    let expected = [
        "name = \"Jewelshot v2\"",
        "phase = \"hardening\"",
        "[[phases]]",
        "id = \"hardening\"",
        "name = \"Hardening sprint\"",
        "[[findings]]",
        "category = \"Monitoring\"",
        "kind = \"gap\"",
        "severity = \"medium\"",
        "title = \"No alerting on failed jobs\"",
    ];
    for line in expected {
        assert!(
            added.iter().any(|l| l == line),
            "`{line}` not added: {added:#?}"
        );
    }
    for line in &added {
        let ok = line.is_empty()
            || expected.contains(&line.as_str())
            || line.starts_with("id = \"finding-");
        assert!(
            ok,
            "a line that is neither a changed field nor a new block's: {line}\n{added:#?}"
        );
    }
}
