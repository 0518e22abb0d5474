//! `roadmap person add|set|rm` against real files, like the phase commands
//! (tests/cli_head.rs): a new person is one new block, a changed field one
//! line, a new name follows into every task they own, and each refusal says
//! what is wrong, exits as `roadmap set` does (unknown field 2, bad value
//! or unknown name 1) and leaves the file's bytes exactly as they were.

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;
use diff::diff_lines;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use support::{roadmap, SMALL};

/// The small fixture with ana (40 h) and bo (20 h, half focus); ana owns
/// the backups task.
fn team_text() -> String {
    SMALL
        .replace(
            "[[tasks]]\nid = \"backups\"",
            "[[people]]\nname = \"ana\"\nhours_per_week = 40\n\n[[people]]\nname = \"bo\"\nhours_per_week = 20\nfocus = 0.5\n\n[[tasks]]\nid = \"backups\"",
        )
        .replacen("\nstatus = \"todo\"\n", "\nstatus = \"todo\"\nowner = \"ana\"\n", 1)
}

fn team() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.toml");
    fs::write(&path, team_text()).unwrap();
    (dir, path)
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn run(path: &Path, words: &[&str], args: &[&str]) -> String {
    let out = roadmap().args(words).arg(path).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `roadmap person VERB FILE ARGS…` must exit `code` with every needle on
/// stderr, nothing on stdout, and the file untouched.
fn refused(path: &Path, verb: &str, args: &[&str], code: i32, needles: &[&str]) {
    let mut assert = roadmap()
        .args(["person", verb])
        .arg(path)
        .args(args)
        .assert()
        .code(code)
        .stdout("");
    for needle in needles {
        assert = assert.stderr(predicate::str::contains(*needle));
    }
    assert.stderr(predicate::str::contains("nothing was changed"));
    assert_eq!(
        text(path),
        team_text(),
        "`{verb} {args:?}` left the bytes alone"
    );
}

fn validates(path: &Path) {
    roadmap().arg("validate").arg(path).assert().success();
}

#[test]
fn the_fixture_is_a_valid_team() {
    let (_dir, path) = team();
    validates(&path);
    assert!(team_text().contains("owner = \"ana\""));
}

#[test]
fn add_writes_one_new_block_after_the_last_person() {
    let (_dir, path) = team();
    let out = run(
        &path,
        &["person", "add"],
        &[
            "cy",
            "hours_per_week=32",
            "focus=0.75",
            "off=2026-12-24..2027-01-01, 2027-02-10",
        ],
    );
    assert_eq!(out, format!("{}: added person cy\n", path.display()));
    let (removed, added) = diff_lines(&team_text(), &text(&path));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        lines(&[
            "[[people]]",
            "name = \"cy\"",
            "hours_per_week = 32",
            "focus = 0.75",
            "off = [\"2026-12-24..2027-01-01\", \"2027-02-10\"]",
            "",
        ])
    );
    let after = text(&path);
    assert!(
        after.find("name = \"cy\"").unwrap() > after.find("name = \"bo\"").unwrap(),
        "after the last person"
    );
    validates(&path);
    // The forecast books the new person.
    let forecast = run(&path, &["forecast"], &[]);
    assert!(
        forecast.contains("People: ana 40 h/week, bo 10 h/week, cy 24 h/week"),
        "{forecast}"
    );
}

#[test]
fn the_first_person_goes_after_the_phases_and_before_the_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.toml");
    fs::write(&path, SMALL).unwrap();
    run(&path, &["person", "add"], &["ana", "hours_per_week=40"]);
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        lines(&["[[people]]", "name = \"ana\"", "hours_per_week = 40", ""])
    );
    let after = text(&path);
    let at = after.find("[[people]]").unwrap();
    assert!(at > after.rfind("[[phases]]").unwrap() && at < after.find("[[tasks]]").unwrap());
    validates(&path);
}

#[test]
fn set_changes_one_line_per_field_and_a_new_name_follows_into_owners() {
    let (_dir, path) = team();
    let out = run(
        &path,
        &["person", "set"],
        &["bo", "hours_per_week=24", "focus="],
    );
    assert_eq!(
        out,
        format!(
            "{}: bo: hours_per_week 20 → 24, focus 0.5 → none\n",
            path.display()
        )
    );
    let (removed, added) = diff_lines(&team_text(), &text(&path));
    assert_eq!(removed, lines(&["hours_per_week = 20", "focus = 0.5"]));
    assert_eq!(added, lines(&["hours_per_week = 24"]));

    let (_dir, path) = team();
    run(&path, &["person", "set"], &["ana", "name=anna"]);
    let (removed, added) = diff_lines(&team_text(), &text(&path));
    assert_eq!(removed, lines(&["name = \"ana\"", "owner = \"ana\""]));
    assert_eq!(added, lines(&["name = \"anna\"", "owner = \"anna\""]));
    validates(&path);
}

#[test]
fn rm_gives_their_tasks_away_or_leaves_them_unowned_when_asked() {
    let (_dir, path) = team();
    refused(
        &path,
        "rm",
        &["ana"],
        1,
        &["`ana` owns `backups`", "--move-to NAME or --unassign"],
    );
    let out = run(&path, &["person", "rm"], &["ana", "--move-to", "bo"]);
    assert_eq!(
        out,
        format!(
            "{}: removed person ana (1 task given to bo)\n",
            path.display()
        )
    );
    assert!(text(&path).contains("owner = \"bo\""));
    assert!(!text(&path).contains("\"ana\""));
    validates(&path);

    let (_dir, path) = team();
    let out = run(&path, &["person", "rm"], &["ana", "--unassign", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["command"], "person rm");
    assert_eq!(v["ok"], true);
    assert_eq!(v["tasks"], serde_json::json!(["backups"]));
    assert!(!text(&path).contains("owner ="));
    validates(&path);

    // Someone who owns nothing goes without a flag.
    let (_dir, path) = team();
    run(&path, &["person", "rm"], &["bo"]);
    let (removed, added) = diff_lines(&team_text(), &text(&path));
    assert!(added.is_empty(), "{added:?}");
    assert_eq!(
        removed,
        lines(&[
            "[[people]]",
            "name = \"bo\"",
            "hours_per_week = 20",
            "focus = 0.5",
            ""
        ])
    );
}

#[test]
fn refusals_say_why_exit_as_set_does_and_leave_the_bytes() {
    let (_dir, path) = team();
    refused(
        &path,
        "add",
        &["bo", "hours_per_week=8"],
        1,
        &["a person named `bo` is already listed"],
    );
    refused(&path, "add", &["cy"], 2, &["a person needs hours_per_week"]);
    refused(
        &path,
        "add",
        &["cy", "hours=8"],
        2,
        &["unknown field `hours` (did you mean `hours_per_week`?)"],
    );
    refused(
        &path,
        "add",
        &["cy", "hours_per_week=200"],
        1,
        &["`hours_per_week`: 200 is not the hours of a week"],
    );
    refused(
        &path,
        "add",
        &["cy", "hours_per_week=8", "focus=2"],
        1,
        &["`focus`: 2 is not a share"],
    );
    refused(
        &path,
        "add",
        &["cy", "hours_per_week=8", "off=2027-13-01"],
        1,
        &["`off`: `2027-13-01` is not a date"],
    );
    refused(
        &path,
        "add",
        &["cy", "hours_per_week=lots"],
        1,
        &["`lots` is not a number"],
    );
    refused(
        &path,
        "set",
        &["bob", "focus=1"],
        1,
        &["no person is named `bob`; did you mean `bo`?"],
    );
    refused(
        &path,
        "set",
        &["bo", "name=ana"],
        1,
        &["a person named `ana` is already listed"],
    );
    refused(
        &path,
        "set",
        &["bo", "name="],
        1,
        &["a person needs a name"],
    );
    refused(
        &path,
        "set",
        &["bo", "focus"],
        2,
        &["`focus` is not FIELD=VALUE"],
    );
    refused(
        &path,
        "rm",
        &["ana", "--move-to", "ana"],
        1,
        &["cannot be given to the person being removed"],
    );
    refused(
        &path,
        "rm",
        &["ana", "--move-to", "cy"],
        1,
        &["no person is named `cy`"],
    );
    let out = roadmap()
        .args(["person", "rm"])
        .arg(&path)
        .args(["ana", "--move-to", "bo", "--unassign"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&path), team_text());
}
