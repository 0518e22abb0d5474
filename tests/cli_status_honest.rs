//! `status` says what its figures cover (issue 14, "honest numbers"): the
//! estimated and unestimated task counts, no effort share of nothing, no
//! "0h left" for work nobody estimated, one rounding rule in `status`, the
//! markdown export and the planner, and `--require-level N --strict`, which
//! does not count a skipped task as done.

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

fn status_json(path: &Path) -> serde_json::Value {
    let out = roadmap()
        .args(["status", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `small.toml` with `backups` done and `ci-pipeline` skipped: level 2
/// (those two tasks) is reached, one of them skipped.
fn level_two_through_a_skip() -> String {
    SMALL
        .replacen(
            "status = \"todo\"\neffort = \"4h\"",
            "status = \"done\"\ndone_on = 2025-01-02\neffort = \"4h\"",
            1,
        )
        .replacen(
            "status = \"todo\"\neffort = \"2-3d\"",
            "status = \"skipped\"\neffort = \"2-3d\"",
            1,
        )
}

#[test]
fn status_json_adds_the_estimate_counts_and_keeps_every_key() {
    let text = SMALL.replacen("effort = \"1d\"\n", "", 1);
    let (_dir, path) = write(&text);
    let v = status_json(&path);
    assert_eq!(v["tasks_estimated"], 2);
    assert_eq!(v["tasks_unestimated"], 1);
    assert_eq!(v["tasks_open_unestimated"], 1);
    assert_eq!(v["percent_done_effort"], 0.0, "estimated, none done yet");
    assert_eq!(v["phases"][1]["tasks_unestimated"], 1);
    assert!(v["phases"][1]["percent_done_effort"].is_null());

    // Nothing estimated: the key stays, its value is null, not 0.
    let none = SMALL
        .replace("effort = \"4h\"\n", "")
        .replace("effort = \"2-3d\"\n", "")
        .replace("effort = \"1d\"\n", "");
    let (_dir, path) = write(&none);
    let v = status_json(&path);
    assert!(v.get("percent_done_effort").is_some_and(|p| p.is_null()));
    assert_eq!(
        (v["tasks_estimated"].clone(), v["tasks_unestimated"].clone()),
        (0.into(), 3.into())
    );
    assert_eq!(v["effort_remaining_hours"], 0.0);
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "(0 % by count, no effort estimates)",
        ))
        .stdout(predicate::str::contains(
            "Effort    3 tasks not estimated left of 0h",
        ))
        .stdout(predicate::str::contains("0h left").not());
}

#[test]
fn open_work_without_an_estimate_is_never_zero_hours_left() {
    // The estimated task is done; the other two are open and unestimated.
    let text = SMALL
        .replacen(
            "status = \"todo\"\neffort = \"4h\"",
            "status = \"done\"\ndone_on = 2025-01-02\neffort = \"4h\"",
            1,
        )
        .replace("effort = \"2-3d\"\n", "")
        .replace("effort = \"1d\"\n", "");
    let (_dir, path) = write(&text);
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Effort    2 tasks not estimated left of 4h (4h done; 1 of 3 tasks estimated)",
        ))
        .stdout(predicate::str::contains("0h left").not());
    roadmap()
        .args(["export", "--format", "markdown"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| Effort | 2 tasks not estimated left of 4h; 1 of 3 tasks estimated |",
        ));
    roadmap()
        .args(["render", "--width", "160", "--height", "12"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "effort 100 % of 1 estimated (2 not estimated) · open work not estimated",
        ))
        .stdout(predicate::str::contains("0h left").not());
}

/// Eight tasks, five done: 62.5 % by count.
fn five_of_eight() -> String {
    let mut text = String::from(
        "version = 1\n[project]\nname = \"Halves\"\n\n[[phases]]\nid = \"now\"\nname = \"Now\"\n",
    );
    for i in 0..8 {
        let status = if i < 5 {
            "done\"\ndone_on = 2025-01-02"
        } else {
            "todo\""
        };
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"t{i}\"\nphase = \"now\"\ntitle = \"Task {i}\"\nstatus = \"{status}\neffort = \"1h\"\n"
        ));
    }
    text
}

#[test]
fn a_half_percent_prints_alike_in_status_the_export_and_the_planner() {
    let text = five_of_eight();
    let (_dir, path) = write(&text);
    let v = status_json(&path);
    assert_eq!(v["percent_done_count"], 62.5);
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("(63 % by count, 63 % by effort)"))
        .stdout(predicate::str::contains("62 %").not());
    roadmap()
        .args(["export", "--format", "markdown"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("(63 % by count, 63 % by effort)"));
    roadmap()
        .args(["render", "--width", "100", "--height", "10"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("5/8 tasks 63 % · effort 63 %"))
        .stdout(predicate::str::contains("62 %").not());
}

#[test]
fn strict_gate_does_not_count_skipped_tasks_as_done() {
    let (_dir, path) = write(&level_two_through_a_skip());
    roadmap()
        .args(["status", "--require-level", "2"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Level 2 Repeatable 60 % · 1 skipped",
        ));
    roadmap()
        .args(["status", "--require-level", "2", "--strict"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--require-level 2 --strict failed: level 2 (Repeatable) is reached only through \
             1 skipped task; counting them as not done, maturity is at level 1 (Ad hoc)",
        ));
    roadmap()
        .args(["status", "--require-level", "1", "--strict"])
        .arg(&path)
        .assert()
        .success();
    let v = status_json(&path);
    assert_eq!(v["maturity_level"], 2);
    assert_eq!(v["maturity_level_strict"], 1);
    assert_eq!(v["maturity_tasks_skipped"], 1);
    assert_eq!(v["levels"][1]["tasks_skipped"], 1);

    // With every task of the level done, strict passes too.
    let done = level_two_through_a_skip().replace(
        "status = \"skipped\"",
        "status = \"done\"\ndone_on = 2025-01-03",
    );
    let (_dir, path) = write(&done);
    roadmap()
        .args(["status", "--require-level", "2", "--strict"])
        .arg(&path)
        .assert()
        .success();
    // Below the level, --strict fails as the plain gate does.
    let (_dir, path) = write(SMALL);
    roadmap()
        .args(["status", "--require-level", "2", "--strict"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("below the required level 2"));
}

#[test]
fn strict_without_a_gate_is_a_usage_error() {
    let (_dir, path) = write(SMALL);
    roadmap()
        .args(["status", "--strict"])
        .arg(&path)
        .assert()
        .code(2);
}

#[test]
fn a_level_with_no_task_tagged_says_so() {
    // No task is tagged for level 2 any more.
    let text = SMALL.replace("level = 2\nfindings", "findings");
    let (_dir, path) = write(&text);
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "to reach Level 2: no tasks tagged for Level 2",
        ))
        .stdout(predicate::str::contains("0 open tasks").not());
}
