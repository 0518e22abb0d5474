//! The editing subcommands against real files: `set`, `add`, `rm`,
//! `rename`, `start`, `skip`, `todo`. Each edit changes one line per
//! changed field, and each refusal (unknown id, bad value, unknown field,
//! a referenced task) says what is wrong, exits as README.md says, and
//! leaves the file's bytes exactly as they were.

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;
use diff::diff_lines;
use predicates::prelude::*;
use std::fs;
use std::path::Path;
use support::{roadmap, small, SMALL};

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Runs `roadmap ARGS…` on `path` (given right after the subcommand),
/// expects exit `code`, and that stderr holds every one of `needles`.
fn refused(path: &Path, sub: &str, args: &[&str], code: i32, needles: &[&str]) {
    let mut assert = roadmap()
        .arg(sub)
        .arg(path)
        .args(args)
        .assert()
        .code(code)
        .stdout("");
    for needle in needles {
        assert = assert.stderr(predicate::str::contains(*needle));
    }
    assert.stderr(predicate::str::contains("nothing was changed"));
    assert_eq!(text(path), SMALL, "`{sub} {args:?}` left the bytes alone");
}

fn validates(path: &Path) {
    roadmap().arg("validate").arg(path).assert().success();
}

#[test]
fn set_changes_one_line_per_changed_field() {
    let (_dir, path) = small();
    roadmap()
        .arg("set")
        .arg(&path)
        .args([
            "backups",
            "effort=2-3d",
            "owner=ana",
            "due=2026-12-01",
            "priority=critical",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "backups: effort 4h → 2-3d, owner none → ana, due none → 2026-12-01",
        ));
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(removed, lines(&["effort = \"4h\""]));
    assert_eq!(
        added,
        lines(&["effort = \"2-3d\"", "owner = \"ana\"", "due = 2026-12-01"]),
        "priority was already critical: no line"
    );
    validates(&path);

    roadmap()
        .arg("set")
        .arg(&path)
        .args(["backups", "effort=4h", "owner=", "due="])
        .assert()
        .success();
    assert_eq!(text(&path), SMALL, "unsetting gives the bytes back");
}

#[test]
fn set_moves_a_task_retitles_and_levels_it() {
    let (_dir, path) = small();
    roadmap()
        .arg("set")
        .arg(&path)
        .args([
            "ci-pipeline",
            "phase=later",
            "title=CI with tests",
            "level=1",
        ])
        .assert()
        .success();
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(
        removed,
        lines(&[
            "phase = \"now\"",
            "title = \"CI pipeline with tests\"",
            "level = 2"
        ])
    );
    assert_eq!(
        added,
        lines(&[
            "phase = \"later\"",
            "title = \"CI with tests\"",
            "level = 1"
        ])
    );
    validates(&path);
}

#[test]
fn set_status_records_done_on_as_check_does_and_backdates() {
    let (_dir, path) = small();
    roadmap()
        .arg("set")
        .arg(&path)
        .args(["backups", "status=done", "done_on=2026-11-20"])
        .assert()
        .success();
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(removed, lines(&["status = \"todo\""]));
    assert_eq!(added, lines(&["status = \"done\"", "done_on = 2026-11-20"]));
    roadmap()
        .arg("set")
        .arg(&path)
        .args(["ci-pipeline", "status=done"])
        .assert()
        .success();
    assert!(
        text(&path).contains("done_on = 2026-11-23"),
        "today, pinned"
    );
}

#[test]
fn set_refuses_bad_values_with_the_field_the_value_and_what_is_accepted() {
    let (_dir, path) = small();
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["backups", "effort=lots"],
            &[
                "field `effort`",
                "`lots` is not an effort",
                "`4h`",
                "`effort=` to unset",
            ],
        ),
        (
            &["backups", "priority=urgent"],
            &[
                "field `priority`",
                "`urgent`",
                "critical, high, medium, low",
            ],
        ),
        (
            &["backups", "status=finished"],
            &["field `status`", "`finished`", "todo, doing, done, skipped"],
        ),
        (
            &["backups", "phase=someday"],
            &["field `phase`", "`someday`", "`now`, `later`"],
        ),
        (
            &["backups", "level=7"],
            &[
                "field `level`",
                "level 7 is not a maturity level; use 1 or 2",
            ],
        ),
        (
            &["backups", "due=tomorrow"],
            &["field `due`", "`tomorrow` is not a date", "2025-12-01"],
        ),
        (
            &["backups", "title="],
            &["field `title`", "a task needs a title"],
        ),
        (
            &["backups", "done_on=2026-11-01"],
            &["field `done_on`", "add status=done"],
        ),
        (
            // The good field before the bad one is not applied either.
            &["backups", "owner=ana", "cost_once=a lot"],
            &["field `cost_once`", "`a lot` is not an amount"],
        ),
    ];
    for (args, needles) in cases {
        refused(&path, "set", args, 1, needles);
    }
}

#[test]
fn set_of_an_unknown_id_or_field_changes_nothing() {
    let (_dir, path) = small();
    refused(
        &path,
        "set",
        &["backup", "owner=ana"],
        1,
        &["no task `backup`", "did you mean `backups`?"],
    );
    refused(
        &path,
        "set",
        &["backups", "cost=50"],
        2,
        &[
            "unknown field `cost`",
            "`cost_once` or `cost_monthly`",
            "a task's fields are: phase, title",
        ],
    );
    refused(&path, "set", &["backups", "id=b"], 2, &["roadmap rename"]);
    refused(
        &path,
        "set",
        &["backups", "depends_on=x"],
        2,
        &["list of ids"],
    );
    refused(
        &path,
        "set",
        &["backups", "effort"],
        2,
        &["`effort` is not FIELD=VALUE"],
    );
    roadmap()
        .args(["set"])
        .arg(&path)
        .arg("backups")
        .assert()
        .code(2);
    assert_eq!(text(&path), SMALL);
}

#[test]
fn start_skip_and_todo_change_the_status_line() {
    let (_dir, path) = small();
    for (sub, word) in [("start", "doing"), ("skip", "skipped")] {
        roadmap()
            .arg(sub)
            .arg(&path)
            .arg("backups")
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("backups → {word}")));
        let (removed, added) = diff_lines(SMALL, &text(&path));
        assert_eq!(removed, lines(&["status = \"todo\""]));
        assert_eq!(added, vec![format!("status = \"{word}\"")]);
    }
    roadmap()
        .arg("todo")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    assert_eq!(text(&path), SMALL);
    roadmap()
        .arg("todo")
        .arg(&path)
        .arg("backups")
        .assert()
        .success()
        .stderr(predicate::str::contains("backups: already todo"));
    refused(&path, "start", &["backups", "nope"], 1, &["no task `nope`"]);
}

#[test]
fn add_puts_a_task_after_its_phase_with_an_id_from_its_title() {
    let (_dir, path) = small();
    roadmap()
        .arg("add")
        .arg(&path)
        .args(["--phase", "now", "Restore a backup", "--priority", "high"])
        .args([
            "--effort",
            "2h",
            "--owner",
            "bo",
            "--level",
            "2",
            "--due",
            "2026-12-01",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("added restore-a-backup to now"));
    let after = text(&path);
    let (removed, added) = diff_lines(SMALL, &after);
    assert!(removed.is_empty(), "{removed:?}");
    assert!(
        added.contains(&"id = \"restore-a-backup\"".to_string()),
        "{added:?}"
    );
    for line in [
        "priority = \"high\"",
        "effort = \"2h\"",
        "owner = \"bo\"",
        "level = 2",
        "due = 2026-12-01",
    ] {
        assert!(added.contains(&line.to_string()), "{line}: {added:?}");
    }
    let new_at = after.find("restore-a-backup").unwrap();
    assert!(after.find("id = \"ci-pipeline\"").unwrap() < new_at);
    assert!(
        new_at < after.find("id = \"deploy-script\"").unwrap(),
        "after the phase's last task"
    );
    validates(&path);

    roadmap()
        .arg("add")
        .arg(&path)
        .args(["--phase", "now", "Restore a backup"])
        .assert()
        .success()
        .stdout(predicate::str::contains("added restore-a-backup-2"));
    roadmap()
        .arg("add")
        .arg(&path)
        .args(["--phase", "later", "Anything", "--id", "runbook"])
        .assert()
        .success()
        .stdout(predicate::str::contains("added runbook to later"));
    validates(&path);
}

#[test]
fn add_refuses_without_touching_the_file() {
    let (_dir, path) = small();
    refused(
        &path,
        "add",
        &["--phase", "someday", "X"],
        1,
        &["no phase has id `someday`", "`now`, `later`"],
    );
    refused(
        &path,
        "add",
        &["--phase", "now", "X", "--id", "backups"],
        1,
        &["`backups` already exists"],
    );
    refused(
        &path,
        "add",
        &["--phase", "now", "X", "--id", "Big Id"],
        1,
        &["`Big Id` is not an id"],
    );
    refused(
        &path,
        "add",
        &["--phase", "now", "X", "--effort", "soon"],
        1,
        &["--effort: `soon` is not an effort"],
    );
    refused(
        &path,
        "add",
        &["--phase", "now", "X", "--level", "9"],
        1,
        &["level 9 is not a maturity level"],
    );
    refused(
        &path,
        "add",
        &["--phase", "now", "  "],
        1,
        &["a task needs a title"],
    );
    roadmap().arg("add").arg(&path).arg("X").assert().code(2);
    assert_eq!(text(&path), SMALL);
}

#[test]
fn rm_refuses_a_referenced_task_unless_told_to_drop_the_references() {
    let (_dir, path) = small();
    refused(
        &path,
        "rm",
        &["ci-pipeline"],
        1,
        &[
            "task `ci-pipeline` is still referred to: depends_on of `deploy-script`",
            "--drop-references",
        ],
    );
    refused(
        &path,
        "rm",
        &["ci-pipelin"],
        1,
        &["did you mean `ci-pipeline`?"],
    );
    roadmap()
        .arg("rm")
        .arg(&path)
        .args(["ci-pipeline", "--drop-references"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "removed ci-pipeline and its references (depends_on of `deploy-script`)",
        ));
    let after = text(&path);
    let (removed, added) = diff_lines(SMALL, &after);
    assert!(added.is_empty(), "{added:?}");
    assert!(
        removed.contains(&"depends_on = [\"ci-pipeline\"]".to_string()),
        "{removed:?}"
    );
    assert!(removed.contains(&"id = \"ci-pipeline\"".to_string()));
    assert_eq!(
        removed.len(),
        11,
        "the task's ten lines and the one reference: {removed:?}"
    );
    validates(&path);
}

#[test]
fn rm_of_an_unreferenced_task_removes_its_table_only() {
    let (_dir, path) = small();
    roadmap()
        .arg("rm")
        .arg(&path)
        .arg("deploy-script")
        .assert()
        .success()
        .stdout(predicate::str::contains("removed deploy-script"));
    let after = text(&path);
    assert!(SMALL.starts_with(&after), "only the last table goes");
    assert!(!after.contains("deploy-script"));
    assert!(after.contains("id = \"ci-pipeline\""));
    validates(&path);
}

#[test]
fn rename_changes_the_id_line_and_each_reference_line() {
    let (_dir, path) = small();
    roadmap()
        .arg("rename")
        .arg(&path)
        .args(["ci-pipeline", "ci"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ci-pipeline → ci (1 reference updated)",
        ));
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(
        removed,
        lines(&["id = \"ci-pipeline\"", "depends_on = [\"ci-pipeline\"]"])
    );
    assert_eq!(added, lines(&["id = \"ci\"", "depends_on = [\"ci\"]"]));
    validates(&path);
    roadmap()
        .arg("rename")
        .arg(&path)
        .args(["ci", "ci-pipeline"])
        .assert()
        .success();
    assert_eq!(text(&path), SMALL, "and back");
}

#[test]
fn rename_refuses_taken_or_malformed_ids_and_unknown_tasks() {
    let (_dir, path) = small();
    refused(
        &path,
        "rename",
        &["ci-pipeline", "backups"],
        1,
        &["`backups` already exists"],
    );
    refused(
        &path,
        "rename",
        &["ci-pipeline", "CI Pipeline"],
        1,
        &["`CI Pipeline` is not an id"],
    );
    refused(&path, "rename", &["ci", "x"], 1, &["no task `ci`"]);
    roadmap()
        .arg("rename")
        .arg(&path)
        .arg("ci-pipeline")
        .assert()
        .code(2);
}

#[test]
fn the_merge_driver_keeps_a_check_off_made_under_the_old_id_of_a_rename() {
    let (dir, base) = small();
    let (ours, theirs) = (dir.path().join("ours.toml"), dir.path().join("theirs.toml"));
    fs::write(&ours, SMALL).unwrap();
    fs::write(&theirs, SMALL).unwrap();
    roadmap()
        .arg("rename")
        .arg(&ours)
        .args(["ci-pipeline", "ci"])
        .assert()
        .success();
    roadmap()
        .arg("check")
        .arg(&theirs)
        .arg("ci-pipeline")
        .assert()
        .success();
    let merged = dir.path().join("merged.toml");
    roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&merged)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "task `ci-pipeline` is `ci` in ours",
        ));
    let (removed, added) = diff_lines(SMALL, &text(&merged));
    assert_eq!(
        removed,
        lines(&[
            "id = \"ci-pipeline\"",
            "status = \"todo\"",
            "depends_on = [\"ci-pipeline\"]"
        ])
    );
    assert_eq!(
        added,
        lines(&[
            "id = \"ci\"",
            "status = \"done\"",
            "done_on = 2026-11-23",
            "depends_on = [\"ci\"]"
        ])
    );
    validates(&merged);
}
