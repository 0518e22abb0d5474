//! The binary run against real files: every subcommand and exit code of
//! the command line (README.md: 0 ok, 1 invalid input or failed check, 2
//! usage).

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;
use diff::changed_lines;
use predicates::prelude::*;
use std::fs;
use support::{roadmap, small, status_json, SMALL};

#[test]
fn status_json_has_the_contract_keys() {
    let (_dir, path) = small();
    let v = status_json(&path);
    for key in [
        "project",
        "tasks_total",
        "tasks_done",
        "tasks_skipped",
        "percent_done_count",
        "percent_done_effort",
        "effort_total_hours",
        "effort_done_hours",
        "effort_remaining_hours",
        "cost_once_total",
        "cost_monthly_total",
        "cost_once_done",
        "cost_monthly_done",
        "maturity_level",
        "maturity_name",
        "maturity_score",
        "next_level",
        "next_level_name",
        "next_level_score",
        "phases",
        "priorities",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(v["project"], "Small Shop");
    assert_eq!(v["tasks_total"], 3);
    // 4h + 16-24h + 8h
    assert_eq!(v["effort_total_hours_low"], 28.0);
    assert_eq!(v["effort_total_hours_high"], 36.0);
    assert_eq!(v["effort_total_hours"], 32.0);
    assert_eq!(v["cost_once_total_low"], 400.0);
    assert_eq!(v["cost_once_total_high"], 850.0);
    assert_eq!(v["maturity_level"], 1);
    assert_eq!(v["next_level"], 2);
    assert_eq!(v["phases"][0]["id"], "now");
    assert_eq!(v["phases"][0]["tasks_total"], 2);
    assert_eq!(v["priorities"]["critical"]["total"], 1);
    assert_eq!(v["blocked_tasks"][0], "deploy-script");
}

#[test]
fn check_then_status_moves_the_figures() {
    let (_dir, path) = small();
    roadmap()
        .arg("check")
        .arg(&path)
        .args(["backups", "ci-pipeline"])
        .assert()
        .success()
        .stdout(predicate::str::contains("backups, ci-pipeline → done"));
    let v = status_json(&path);
    assert_eq!(v["tasks_done"], 2);
    assert_eq!(v["maturity_level"], 2);
    assert_eq!(v["maturity_score"], 60.0);
    assert_eq!(v["cost_monthly_done"], 20.0);
    assert!(v["blocked_tasks"].as_array().unwrap().is_empty());
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("done_on = 2026-11-23"), "{text}");
}

#[test]
fn check_changes_two_lines_and_uncheck_restores_the_bytes() {
    let (_dir, path) = small();
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    let after = fs::read_to_string(&path).unwrap();
    let (removed, added) = changed_lines(SMALL, &after);
    assert_eq!(removed, ["status = \"todo\""]);
    assert_eq!(added, ["status = \"done\"", "done_on = 2026-11-23"]);
    roadmap()
        .arg("uncheck")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&path).unwrap(), SMALL);
}

#[test]
fn check_of_an_unknown_id_fails_and_leaves_the_file_alone() {
    let (_dir, path) = small();
    roadmap()
        .arg("check")
        .arg(&path)
        .args(["backups", "backup"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no task `backup`"))
        .stderr(predicate::str::contains("did you mean `backups`?"));
    assert_eq!(fs::read_to_string(&path).unwrap(), SMALL);
}

#[test]
fn require_level_is_a_ci_gate() {
    let (_dir, path) = small();
    roadmap()
        .args(["status", "--require-level", "1"])
        .arg(&path)
        .assert()
        .success();
    roadmap()
        .args(["status", "--require-level", "2"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("below the required level 2"));
}

#[test]
fn status_text_reads_as_a_summary() {
    let (_dir, path) = small();
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("Small Shop"))
        .stdout(predicate::str::contains("0 of 3 tasks done"))
        .stdout(predicate::str::contains(
            "Level 1 Ad hoc 20 % → Level 2 Repeatable at 60 % (0 of 2 tasks)",
        ));
}

#[test]
fn status_says_how_many_tasks_its_effort_covers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partly.toml");
    fs::write(
        &path,
        "version = 1\n[project]\nname = \"Partly\"\n\n\
         [[phases]]\nid = \"now\"\nname = \"Now\"\n\n\
         [[tasks]]\nid = \"a\"\nphase = \"now\"\ntitle = \"Estimated\"\neffort = \"4h\"\n\n\
         [[tasks]]\nid = \"b\"\nphase = \"now\"\ntitle = \"Not estimated\"\n\n\
         [[tasks]]\nid = \"c\"\nphase = \"now\"\ntitle = \"Skipped\"\nstatus = \"skipped\"\n",
    )
    .unwrap();
    roadmap()
        .arg("status")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Effort    4h + 1 task not estimated left of 4h (0h done; 1 of 2 tasks estimated)",
        ));
    roadmap()
        .args(["export", "--format", "markdown"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| Effort | 4h + 1 task not estimated left of 4h; 1 of 2 tasks estimated |",
        ));
}

#[test]
fn status_without_a_file_uses_the_bundled_example_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    roadmap()
        .current_dir(dir.path())
        .args(["status", "--json", "--example"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"project\": \"Harbor Tickets\""));
    roadmap()
        .current_dir(dir.path())
        .args(["status", "--json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no roadmap.toml in this folder"))
        .stderr(predicate::str::contains("--example"));
}

#[test]
fn validate_passes_good_files_and_fails_bad_ones() {
    let (dir, path) = small();
    roadmap()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok (3 tasks"));
    let bad = dir.path().join("bad.toml");
    fs::write(
        &bad,
        SMALL.replace("priority = \"high\"", "priority = \"urgent\""),
    )
    .unwrap();
    roadmap()
        .arg("validate")
        .arg(&path)
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.toml:65:12:"))
        .stderr(predicate::str::contains("critical, high, medium, low"));
}

#[test]
fn export_writes_every_format() {
    let (dir, path) = small();
    for (format, needle) in [
        ("markdown", "## This week (Week 1) — 0/2 done"),
        ("json", "\"tasks\""),
        ("csv", "id,phase,title,priority,status"),
        ("toml", "[[tasks]]"),
    ] {
        let out = dir.path().join(format!("out.{format}"));
        roadmap()
            .arg("export")
            .arg(&path)
            .args(["--format", format, "-o"])
            .arg(&out)
            .assert()
            .success();
        let text = fs::read_to_string(&out).unwrap();
        assert!(text.contains(needle), "{format}: {text}");
    }
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "deploy-script,later,One-command deploys,medium,todo,1d,8,8,400,850",
        ));
}

#[test]
fn exported_toml_loads_back_to_the_same_figures() {
    let (dir, path) = small();
    let out = dir.path().join("copy.toml");
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "toml", "-o"])
        .arg(&out)
        .assert()
        .success();
    let mut a = status_json(&path);
    let mut b = status_json(&out);
    a["project"] = serde_json::Value::Null;
    b["project"] = serde_json::Value::Null;
    assert_eq!(a, b);
}

#[test]
fn usage_errors_exit_2() {
    roadmap()
        .args(["export", "x.toml", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("toml, markdown, json, csv"));
    roadmap()
        .args(["status", "--require-level", "two"])
        .assert()
        .code(2);
    roadmap()
        .arg("frobnicate")
        .arg("x")
        .arg("y")
        .assert()
        .code(2);
    roadmap()
        .args(["render", "--view", "gantt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("roadmap"));
    roadmap().arg("check").assert().code(2);
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "status",
        "validate",
        "check",
        "uncheck",
        "import",
        "export",
        "render",
        "fmt",
        "themes",
        "merge",
        "git-setup",
        "log",
    ] {
        roadmap()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}

#[test]
fn fmt_check_and_rewrite() {
    let (_dir, path) = small();
    let scrambled = SMALL.replace("version = 1\n", "version    =    1\n");
    fs::write(&path, &scrambled).unwrap();
    roadmap()
        .args(["fmt", "--check"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("roadmap fmt"));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        scrambled,
        "--check writes nothing"
    );
    roadmap().arg("fmt").arg(&path).assert().success();
    roadmap()
        .args(["fmt", "--check"])
        .arg(&path)
        .assert()
        .success();
    let formatted = fs::read_to_string(&path).unwrap();
    assert!(
        formatted.contains("# A small roadmap the command-line tests work on."),
        "comments survive"
    );
}

#[test]
fn missing_files_say_so() {
    roadmap()
        .args(["status", "/nonexistent/roadmap.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/roadmap.toml"));
}

#[test]
fn render_prints_a_frame_of_the_requested_size() {
    let (_dir, path) = small();
    let out = roadmap()
        .arg("render")
        .arg(&path)
        .args(["--width", "80", "--height", "24"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 24);
    assert!(text
        .lines()
        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80));
    assert!(text.contains("Automate database backups"));
    for view in ["findings", "maturity", "costs"] {
        roadmap()
            .arg("render")
            .arg(&path)
            .args(["--view", view])
            .assert()
            .success();
    }
}

#[test]
fn themes_lists_the_built_ins() {
    roadmap()
        .arg("themes")
        .assert()
        .success()
        .stdout(predicate::str::contains("dark"))
        .stdout(predicate::str::contains("light"))
        .stdout(predicate::str::contains("high-contrast"));
}

#[test]
fn import_of_nothing_recognisable_writes_nothing_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("notes.md");
    fs::write(&report, "hello world\n\njust text\n").unwrap();
    let out = dir.path().join("notes.toml");
    for output in [Some(&out), None] {
        let mut cmd = roadmap();
        cmd.arg("import").arg(&report);
        if let Some(out) = output {
            cmd.arg("-o").arg(out);
        }
        cmd.assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(
                "nothing in the report was recognised",
            ))
            .stderr(predicate::str::contains(
                "notes.md: nothing recognisable (no tasks, findings or maturity levels); \
                 nothing was written",
            ))
            .stderr(predicate::str::contains("--force writes the empty roadmap"));
        assert!(!out.exists());
    }
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    roadmap().arg("validate").arg(&out).assert().success();
}

#[test]
fn import_of_an_unreadable_report_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.toml");
    roadmap()
        .arg("import")
        .arg(dir.path().join("missing.md"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read the report"));
    assert!(!out.exists());
}
