//! Terminal escape sequences, control characters, NUL and bidi overrides in
//! every text field of a roadmap: the planner draws them escaped (␛, ␀,
//! <U+202E>), and no command sends a raw ESC or other control character
//! from file data to a terminal. JSON and TOML escape them by construction;
//! `status`, diagnostics, `log`, `merge`, and markdown and CSV on stdout
//! escape them the way the planner does (docs/FORMAT.md, "Points of meaning made explicit", "Hostile text").

#[path = "support/cli.rs"]
mod cli_support;
mod tui_support;

use cli_support::roadmap;
use roadmap::tui::state::Mode;
use roadmap::tui::{self, View};
use tui_support::{press, state_at, text, theme};

/// Every kind of hostile text this test puts in a field: a screen clear, an
/// OSC window-title change ended by BEL, carriage return, backspace, a
/// right-to-left override and NUL, in TOML escape notation.
const NASTY: &str = r"\u001b[2J\u001b]0;pwned\u0007\r\b\u202E\u0000";

/// A roadmap with [`NASTY`] in every free-text field: project name, summary,
/// source and currency, level names and descriptions, finding ids, titles,
/// details and categories, phase names and windows, task id, title, notes,
/// category and owner. `t2` depends on the hostile task, so the details pane
/// lists it.
fn hostile_toml() -> String {
    let n = NASTY;
    format!(
        r#"version = 1

[project]
name = "Project{n}"
summary = "Summary{n}"
source = "Source{n}"
currency = "EUR{n}"

[maturity]
baseline = 10
scale = "percent"

[[maturity.levels]]
level = 1
name = "Level{n}"
score = 50
description = "Described{n}"

[[findings]]
id = "finding{n}"
category = "Category{n}"
kind = "gap"
severity = "high"
title = "Finding{n}"
detail = "Detail{n}"

[[phases]]
id = "phase{n}"
name = "Phase{n}"
window = "Window{n}"
description = "About{n}"

[[tasks]]
id = "task{n}"
phase = "phase{n}"
title = "Title{n}"
priority = "high"
status = "todo"
effort = "4h"
cost_once = 100
category = "Category{n}"
owner = "Owner{n}"
level = 1
findings = ["finding{n}"]
notes = "Notes{n}"

[[tasks]]
id = "t2"
phase = "phase{n}"
title = "Waits on the hostile task"
priority = "medium"
status = "done"
done_on = 2025-11-01
effort = "2h"
depends_on = ["task{n}"]
"#
    )
}

/// The same roadmap with an unresolved merge conflict whose values are hostile.
fn with_conflict() -> String {
    let n = NASTY;
    format!(
        "{}conflict = {{ field = \"title\", ours = \"Ours{n}\", theirs = \"Theirs{n}\", base = \"Base{n}\" }}\n",
        hostile_toml()
    )
}

/// A character that must never reach a terminal from file data.
fn is_raw(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let raw: Vec<char> = text.chars().filter(|&c| is_raw(c)).collect();
    assert!(raw.is_empty(), "{what} sends {raw:?} raw:\n{text}");
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write the roadmap");
    path
}

#[test]
fn the_hostile_text_really_is_in_the_roadmap() {
    let loaded = roadmap::store::parse(&hostile_toml(), "hostile.toml").expect("it loads");
    let task = &loaded.roadmap.tasks[0];
    for field in [&task.id, &task.title, &loaded.roadmap.project.name] {
        assert!(field.contains('\u{1b}') && field.contains('\0') && field.contains('\u{202E}'));
    }
    assert!(loaded.roadmap.tasks[0]
        .owner
        .as_deref()
        .unwrap()
        .contains('\u{7}'));
}

#[test]
fn the_planner_draws_every_field_escaped_in_every_view() {
    let loaded = roadmap::store::parse(&hostile_toml(), "hostile.toml").expect("it loads");
    let mut screens = Vec::new();
    for view in View::ALL {
        let frame = tui::render_text(loaded.roadmap.clone(), view, 120, 40, &theme());
        screens.push((format!("{view}"), frame));
    }
    // The hostile task's details, then t2's, which lists the hostile task as a dependency.
    let mut s = state_at(loaded.roadmap.clone(), 120, 40);
    screens.push(("details of the hostile task".into(), text(&s)));
    press(&mut s, "j");
    screens.push(("details of its dependant".into(), text(&s)));
    for (what, screen) in &screens {
        assert_clean(what, screen.as_bytes());
    }
    let all: String = screens.iter().map(|(_, s)| s.as_str()).collect();
    for shown in [
        "Project␛[2J␛]0;pwned␇␍␈<U+202E>␀",
        "Title␛[2J",
        "Phase␛[2J",
        "Owner␛[2J",
        "Finding␛[2J",
        "Level␛[2J",
        "task␛[2J",
    ] {
        assert!(all.contains(shown), "{shown} is drawn escaped:\n{all}");
    }
}

#[test]
fn the_conflicts_list_draws_hostile_values_escaped() {
    let loaded = roadmap::store::parse(&with_conflict(), "conflict.toml").expect("conflicts load");
    assert_eq!(loaded.roadmap.conflicts.len(), 1);
    let mut s = state_at(loaded.roadmap, 120, 40);
    s.mode = Mode::Conflicts { cursor: 0 };
    let screen = text(&s);
    assert_clean("the conflicts list", screen.as_bytes());
    // Conflict values are quoted as Rust string literals: escaped either way.
    assert!(screen.contains(r#"ours "Ours\u{1b}[2J"#), "{screen}");
}

#[test]
fn commands_never_send_a_raw_escape_to_the_terminal() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = write(&dir, "hostile.toml", &hostile_toml());
    let before = std::fs::read(&file).expect("read");
    let runs: &[&[&str]] = &[
        &["status"],
        &["status", "--json"],
        &["validate"],
        &["render"],
        &["render", "--view", "findings"],
        &["render", "--view", "costs"],
        &["export", "--format", "markdown"],
        &["export", "--format", "csv"],
        &["export", "--format", "json"],
        &["export", "--format", "toml"],
        // A task id that does not exist is quoted back in the message.
        &["check", "--", "nope\u{1b}[2J"],
    ];
    for args in runs {
        let (cmd, rest) = args.split_first().expect("a subcommand");
        let out = roadmap()
            .arg(cmd)
            .arg(&file)
            .args(rest)
            .output()
            .expect("the binary runs");
        let what = args.join(" ");
        if args.contains(&"--json") || args.contains(&"json") || args.contains(&"toml") {
            // Data formats: control characters are escaped by the format
            // (\u001b); other Unicode, bidi overrides included, is data.
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "`{what}`:\n{text}"
            );
            assert!(
                text.contains("\\u001") || text.contains("\\u001B"),
                "`{what}` keeps the data:\n{text}"
            );
        } else {
            assert_clean(&format!("`{what}` stdout"), &out.stdout);
        }
        assert_clean(&format!("`{what}` stderr"), &out.stderr);
        assert!(
            out.status.code().is_some(),
            "`{what}` exits, it does not crash"
        );
    }
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "nothing wrote the file"
    );
    // The warning about the id names it escaped, with its line and column.
    let out = roadmap().arg("validate").arg(&file).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("hostile.toml:") && stderr.contains("task␛[2J"),
        "{stderr}"
    );
    // Markdown and CSV written to a file keep the data as it is.
    let csv = dir.path().join("out.csv");
    roadmap()
        .args(["export", "--format", "csv", "-o"])
        .arg(&csv)
        .arg(&file)
        .assert()
        .success();
    let written = std::fs::read_to_string(&csv).expect("the csv");
    assert!(written.contains("Title\u{1b}[2J"), "{written}");
}

#[test]
fn validate_and_merge_quote_hostile_conflict_values_escaped() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = write(&dir, "conflict.toml", &with_conflict());
    let out = roadmap().arg("validate").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_clean("validate stderr", &out.stderr);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(r"Theirs\u{1b}[2J"), "{stderr}");

    // A real three-way merge whose two sides wrote hostile titles.
    let base = write(&dir, "base.toml", &hostile_toml());
    let ours = write(
        &dir,
        "ours.toml",
        &hostile_toml().replace("Title\\u001b", "Ours\\u001b"),
    );
    let theirs = write(
        &dir,
        "theirs.toml",
        &hostile_toml().replace("Title\\u001b", "Theirs\\u001b"),
    );
    let out_file = dir.path().join("merged.toml");
    let out = roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&out_file)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean("merge stderr", &out.stderr);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(r"Theirs\u{1b}[2J"), "{stderr}");
}

#[test]
fn log_prints_hostile_titles_and_authors_escaped() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let repo = dir.path();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(repo)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", repo)
            .env("GIT_AUTHOR_NAME", "Eve\u{1b}[2J")
            .env("GIT_AUTHOR_EMAIL", "eve@example.com")
            .env("GIT_COMMITTER_NAME", "Eve")
            .env("GIT_COMMITTER_EMAIL", "eve@example.com")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    let file = write(&dir, "roadmap.toml", &hostile_toml());
    git(&["add", "roadmap.toml"]);
    git(&["commit", "-qm", "plan"]);
    let text = std::fs::read_to_string(&file).expect("read");
    let done = text.replacen(
        "status = \"todo\"",
        "status = \"done\"\ndone_on = 2025-11-02",
        1,
    );
    std::fs::write(&file, done).expect("write");
    git(&["commit", "-qam", "done"]);
    let out = roadmap().arg("log").arg(&file).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean("log stdout", &out.stdout);
    assert_clean("log stderr", &out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Title␛[2J") && stdout.contains("Eve␛[2J"),
        "{stdout}"
    );
}
