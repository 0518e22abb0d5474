//! The `--json` envelope (README.md, "JSON output"): every command that
//! prints a result prints one object with `command` and `ok` and its own
//! keys; a failure prints `ok: false`, `exit_code` and `error` on stdout
//! besides the message on stderr, and exits as without `--json`.

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command as Process;
use support::{roadmap, small, SMALL};

/// Runs `roadmap SUB FILE ARGS… --json`, expects exit `code`, returns stdout as JSON.
fn json(sub: &str, file: &Path, args: &[&str], code: i32) -> Value {
    let out = roadmap()
        .arg(sub)
        .arg(file)
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{sub} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object on stdout");
    assert_eq!(v["command"], sub);
    assert_eq!(v["ok"], code == 0);
    v
}

#[test]
fn status_commands_say_what_changed() {
    let (_dir, path) = small();
    let v = json("check", &path, &["backups"], 0);
    assert_eq!(v["status"], "done");
    assert_eq!(v["changed"], serde_json::json!(["backups"]));
    let v = json("check", &path, &["backups", "ci-pipeline"], 0);
    assert_eq!(v["changed"], serde_json::json!(["ci-pipeline"]));
    assert_eq!(v["unchanged"], serde_json::json!(["backups"]));
    for (sub, status) in [
        ("start", "doing"),
        ("skip", "skipped"),
        ("todo", "todo"),
        ("uncheck", "todo"),
    ] {
        assert_eq!(json(sub, &path, &["backups"], 0)["status"], status);
    }
}

#[test]
fn failures_are_an_envelope_too_and_change_nothing() {
    let (_dir, path) = small();
    let v = json("check", &path, &["nope"], 1);
    assert_eq!(v["exit_code"], 1);
    assert!(v["error"].as_str().unwrap().contains("no task `nope`"));
    let v = json("set", &path, &["backups", "colour=red"], 2);
    assert_eq!(v["exit_code"], 2);
    assert!(v["error"]
        .as_str()
        .unwrap()
        .contains("unknown field `colour`"));
    let v = json("rm", &path, &["ci-pipeline"], 1);
    assert!(v["error"].as_str().unwrap().contains("--drop-references"));
    let v = json("show", &path, &["nope"], 1);
    assert!(v["error"].as_str().unwrap().contains("no task `nope`"));
    assert_eq!(fs::read_to_string(&path).unwrap(), SMALL);
}

#[test]
fn edits_report_their_changes() {
    let (_dir, path) = small();
    let v = json("set", &path, &["backups", "effort=1d", "owner=ana"], 0);
    assert_eq!(v["id"], "backups");
    assert_eq!(
        v["changes"],
        serde_json::json!([
            {"field": "effort", "from": "4h", "to": "1d"},
            {"field": "owner", "from": null, "to": "ana"},
        ])
    );
    let v = json("add", &path, &["--phase", "later", "Write runbooks"], 0);
    assert_eq!(
        (v["id"].as_str(), v["phase"].as_str()),
        (Some("write-runbooks"), Some("later"))
    );
    let v = json("rename", &path, &["ci-pipeline", "ci"], 0);
    assert_eq!(
        v["updated"]["dependants"],
        serde_json::json!(["deploy-script"])
    );
    let v = json("rm", &path, &["ci", "--drop-references"], 0);
    assert_eq!(
        v["dropped"]["dependants"],
        serde_json::json!(["deploy-script"])
    );
    roadmap().arg("validate").arg(&path).assert().success();
}

#[test]
fn validate_lists_every_file_with_its_problems() {
    let (dir, path) = small();
    let bad = dir.path().join("bad.toml");
    fs::write(
        &bad,
        SMALL.replace("priority = \"high\"", "priority = \"urgent\""),
    )
    .unwrap();
    let out = roadmap()
        .args(["validate", "--json"])
        .arg(&path)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["command"].as_str(), v["ok"].as_bool()),
        (Some("validate"), Some(false))
    );
    assert_eq!(v["files"][0]["ok"], true);
    assert_eq!(v["files"][0]["tasks"], 3);
    let problem = &v["files"][1]["problems"][0];
    assert_eq!(v["files"][1]["ok"], false);
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(65), Some(12))
    );
    assert_eq!(problem["gravity"], "error");
    assert!(problem["message"].as_str().unwrap().contains("urgent"));
    assert!(
        v.get("error").is_none(),
        "one object: the files say what failed"
    );
}

#[test]
fn import_reports_what_it_read_and_needs_a_file_for_the_roadmap() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("audit.md");
    fs::write(
        &report,
        "# Audit\n\n## Plan\n\n### Week 1\n\n- [ ] Enable nightly backups (4h)\n- [ ] Add health checks (2h)\n",
    )
    .unwrap();
    let out = dir.path().join("plan.toml");
    let v = json("import", &report, &["-o", out.to_str().unwrap(), "-q"], 0);
    assert_eq!(v["file"], out.display().to_string());
    assert!(v["report"].is_object(), "{v}");
    assert!(out.exists());
    fs::remove_file(&out).unwrap();
    json("import", &report, &[], 2);
    assert!(!out.exists());
}

#[test]
fn log_lists_the_completions() {
    let (dir, path) = small();
    let git = |args: &[&str]| {
        let out = Process::new("git")
            .args(["-c", "user.name=ana", "-c", "user.email=ana@example.com"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("git is installed");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "plan"]);
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    git(&["commit", "-qam", "backups done"]);
    let v = json("log", &path, &[], 0);
    let entry = &v["completions"][0];
    assert_eq!(entry["id"], "backups");
    assert_eq!(entry["author"], "ana");
    assert_eq!(entry["day"], "2026-11-23");
    assert_eq!(entry["effort"], "4h");
    assert_eq!(entry["cost_monthly"]["low"], 20.0);
}
