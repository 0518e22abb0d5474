//! The reading subcommands against real files: `list` and its filters,
//! `show`, `next`, their `--json` envelope; `completions`, `man`; and a
//! mistyped subcommand, which is an unknown subcommand (exit 2) rather
//! than a file for the planner.

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

/// The small fixture with an owner and a due date on `backups` (due before
/// the pinned today, 2026-11-23) and an owner on `deploy-script`.
fn planned() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let text = SMALL
        .replace(
            "findings = [\"no-backups\"]\n",
            "findings = [\"no-backups\"]\nowner = \"Ana\"\ndue = 2026-11-20\n",
        )
        .replace(
            "depends_on = [\"ci-pipeline\"]\n",
            "depends_on = [\"ci-pipeline\"]\nowner = \"bo\"\n",
        );
    fs::write(&path, text).unwrap();
    (dir, path)
}

fn stdout(path: &Path, args: &[&str]) -> String {
    let out = roadmap().args(args).arg(path).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The ids `roadmap ARGS… FILE` lists, first word after the priority letter.
fn listed(path: &Path, args: &[&str]) -> Vec<String> {
    stdout(path, args)
        .lines()
        .map(|l| l.split_whitespace().nth(3).unwrap_or("").to_string())
        .collect()
}

fn json_ids(v: &Value) -> Vec<String> {
    v["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn list_shows_every_task_in_plan_order_one_line_each() {
    let (_dir, path) = planned();
    let out = stdout(&path, &["list"]);
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.contains(
        "[ ] C  backups        now    Automate database backups · 4h · @Ana · due 2026-11-20 (overdue)"
    ), "{out}");
    assert!(
        out.contains("deploy-script  later  One-command deploys · 1d · @bo · ⊘ blocked"),
        "{out}"
    );
    assert_eq!(
        listed(&path, &["list"]),
        ["backups", "ci-pipeline", "deploy-script"]
    );
}

#[test]
fn list_filters_by_each_flag() {
    let (_dir, path) = planned();
    let cases: &[(&[&str], &[&str])] = &[
        (&["list", "--phase", "later"], &["deploy-script"]),
        (&["list", "--priority", "high"], &["ci-pipeline"]),
        (
            &["list", "--status", "todo"],
            &["backups", "ci-pipeline", "deploy-script"],
        ),
        (&["list", "--status", "done"], &[]),
        (&["list", "--owner", "ana"], &["backups"]),
        (&["list", "--level", "2"], &["backups", "ci-pipeline"]),
        (&["list", "--blocked"], &["deploy-script"]),
        (&["list", "--ready"], &["backups", "ci-pipeline"]),
        (&["list", "--overdue"], &["backups"]),
        (
            &["list", "--ready", "--phase", "now", "--owner", "ANA"],
            &["backups"],
        ),
    ];
    for (args, ids) in cases {
        assert_eq!(listed(&path, args), *ids, "{args:?}");
    }
    roadmap()
        .env("ROADMAP_TODAY", "2026-11-20")
        .args(["list", "--overdue"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
}

#[test]
fn list_refuses_bad_filters() {
    let (_dir, path) = planned();
    roadmap()
        .args(["list", "--blocked", "--ready"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    roadmap()
        .args(["list", "--priority", "urgent"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("critical, high, medium, low"));
    roadmap()
        .args(["list", "--level", "two"])
        .arg(&path)
        .assert()
        .code(2);
    roadmap()
        .args(["list", "--phase", "someday"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "no phase `someday`; the phases are `now`, `later`",
        ));
}

#[test]
fn list_and_next_json_is_one_envelope_of_export_task_objects() {
    let (_dir, path) = planned();
    let v: Value =
        serde_json::from_str(&stdout(&path, &["list", "--json", "--owner", "bo"])).unwrap();
    assert_eq!(v["file"], path.display().to_string());
    assert_eq!(json_ids(&v), ["deploy-script"]);
    let task = &v["tasks"][0];
    assert_eq!(task["blocked"], true);
    assert_eq!(task["depends_on"][0], "ci-pipeline");
    assert_eq!(task["cost_once"]["high"], 850.0);
    let export: Value =
        serde_json::from_str(&stdout(&path, &["export", "--format", "json"])).unwrap();
    assert_eq!(*task, export["tasks"][2], "the export's own task object");

    let v: Value = serde_json::from_str(&stdout(&path, &["next", "--json"])).unwrap();
    assert_eq!(json_ids(&v), ["backups", "ci-pipeline"]);
}

#[test]
fn next_lists_ready_tasks_by_priority_then_plan_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    // ci-pipeline done: deploy-script is free; both left are critical,
    // so plan order decides (now before later).
    let text = SMALL
        .replace(
            "priority = \"high\"\nstatus = \"todo\"",
            "priority = \"high\"\nstatus = \"done\"\ndone_on = 2026-11-01",
        )
        .replace(
            "title = \"One-command deploys\"\npriority = \"medium\"",
            "title = \"One-command deploys\"\npriority = \"critical\"",
        );
    fs::write(&path, &text).unwrap();
    assert_eq!(listed(&path, &["next"]), ["backups", "deploy-script"]);
    roadmap()
        .args(["set"])
        .arg(&path)
        .args(["backups", "priority=low"])
        .assert()
        .success();
    assert_eq!(listed(&path, &["next"]), ["deploy-script", "backups"]);
}

#[test]
fn show_prints_every_field_and_what_waits_on_the_task() {
    let (_dir, path) = planned();
    let out = roadmap()
        .arg("show")
        .arg(&path)
        .arg("ci-pipeline")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    for line in [
        "ci-pipeline  CI pipeline with tests",
        "  Phase         now (This week)",
        "  Priority      high",
        "  Effort        2-3d",
        "  Level         2",
        "  Addresses     cicd",
        "  Needed by     deploy-script",
        "  State         ready",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let blocked = String::from_utf8(
        roadmap()
            .arg("show")
            .arg(&path)
            .arg("deploy-script")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        blocked.contains("  Depends on    ci-pipeline (todo)"),
        "{blocked}"
    );
    assert!(blocked.contains("  State         blocked"), "{blocked}");
}

#[test]
fn show_json_and_the_default_file() {
    let (dir, path) = planned();
    fs::copy(&path, dir.path().join("roadmap.toml")).unwrap();
    let out = roadmap()
        .current_dir(dir.path())
        .args(["show", "backups", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "roadmap.toml");
    let task = &v["task"];
    assert_eq!(task["id"], "backups");
    assert_eq!(task["owner"], "Ana");
    assert_eq!(task["overdue"], true);
    assert_eq!(task["ready"], true);
    assert_eq!(task["dependents"], serde_json::json!([]));
    roadmap()
        .current_dir(dir.path())
        .args(["show", "backup"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no task `backup`; did you mean `backups`?",
        ));
    let empty = tempfile::tempdir().unwrap();
    roadmap()
        .current_dir(empty.path())
        .args(["list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no roadmap.toml in this folder"));
    roadmap().args(["show"]).assert().code(2);
    roadmap()
        .current_dir(empty.path())
        .args(["next", "--example"])
        .assert()
        .success()
        .stdout(predicate::str::is_empty().not());
    roadmap()
        .current_dir(empty.path())
        .args(["show", "--example", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no task `nope`"));
}

#[test]
fn completions_and_the_man_page_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        roadmap()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("rename"))
            .stdout(predicate::str::contains("drop-references"));
    }
    roadmap().args(["completions", "tcsh"]).assert().code(2);
    roadmap()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie"))
        .stdout(predicate::str::contains(".TH roadmap 1"))
        .stdout(predicate::str::contains("completions"));
}

#[test]
fn a_mistyped_subcommand_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    roadmap()
        .current_dir(dir.path())
        .arg("stauts")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unrecognized subcommand 'stauts'"))
        .stderr(predicate::str::contains(
            "a similar subcommand exists: 'status'",
        ));
    roadmap()
        .current_dir(dir.path())
        .arg("lsit")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'list'"));
    roadmap()
        .current_dir(dir.path())
        .arg("frobnicate")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("roadmap ./frobnicate"));
    // A file name, or a word naming a file that exists, is still the planner's
    // FILE: it fails to load (exit 1), it is not a usage error.
    roadmap()
        .current_dir(dir.path())
        .arg("missing.toml")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.toml"));
    fs::write(dir.path().join("stauts"), "not a roadmap").unwrap();
    roadmap()
        .current_dir(dir.path())
        .arg("stauts")
        .assert()
        .code(1);
}

#[test]
fn every_new_subcommand_has_help() {
    for sub in [
        "list",
        "show",
        "next",
        "set",
        "add",
        "rm",
        "rename",
        "start",
        "skip",
        "todo",
        "completions",
        "man",
    ] {
        roadmap()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}
