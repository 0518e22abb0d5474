//! `roadmap forecast`: the text, the `--json` envelope, the note when the
//! file lists no people, exit codes as `status`, and the `forecast` object
//! `status --json` and `export --format json` gain beside their old keys.
//! Today is pinned to Monday 2026-11-23 (`support::roadmap`).

#[path = "support/cli.rs"]
mod support;

use serde_json::{json, Value};
use std::fs;
use support::{roadmap, small, status_json, SMALL};

/// The small fixture with two people: ana full time, bo at half focus
/// away on Monday and Tuesday; ana owns the CI pipeline, which is due on
/// Wednesday.
fn with_people() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.toml");
    let text = SMALL
        .replace(
            "[[tasks]]\nid = \"backups\"",
            "[[people]]\nname = \"ana\"\nhours_per_week = 40\n\n[[people]]\nname = \"bo\"\nhours_per_week = 40\nfocus = 0.5\noff = [\"2026-11-23..2026-11-24\"]\n\n[[tasks]]\nid = \"backups\"",
        )
        .replace(
            "effort = \"2-3d\"\n",
            "effort = \"2-3d\"\nowner = \"ana\"\ndue = 2026-11-25\n",
        );
    fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn text_without_people_says_one_person_stands_for_the_team() {
    let (_dir, path) = small();
    let out = roadmap().arg("forecast").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    // 8 h a day: backups Monday morning, the pipeline 2-3 days after it,
    // the deploy script a day after that.
    // The pace forecast beside it needs git history (tests/cli_pace.rs).
    let expected = "Forecast for Small Shop from 2026-11-23
note: no [[people]] in the file: one person at hours_per_day × days_per_week = 8 h × 5 days = 40 h a week
End: 2026-11-26..2026-11-27 (3 open tasks; low..high from the estimates' ranges)

Levels
  1 Ad hoc                   no open work
  2 Repeatable               2026-11-25..2026-11-26

Phases
  now    2026-11-23 → 2026-11-25..2026-11-26
  later  2026-11-25..2026-11-26 → 2026-11-26..2026-11-27

Critical path (3): backups → ci-pipeline → deploy-script

Pace (the last 6 weeks, from git): no pace: the file is not in a git repository, so there is no history to measure
";
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn text_with_people_books_owners_and_flags_what_is_late() {
    let (_dir, path) = with_people();
    let out = roadmap().arg("forecast").arg(&path).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("People: ana 40 h/week, bo 20 h/week\n"),
        "{text}"
    );
    assert!(!text.contains("note:"), "{text}");
    // ana: backups Monday morning (the pool's first free), then her
    // pipeline to Wednesday (low) or Thursday noon (high), past its due.
    assert!(text.contains("At risk (1): ci-pipeline\n"), "{text}");
}

#[test]
fn json_is_one_envelope_with_every_task() {
    let (_dir, path) = with_people();
    let out = roadmap()
        .arg("forecast")
        .arg(&path)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["command"], "forecast");
    assert_eq!(v["ok"], true);
    let f = &v["forecast"];
    assert_eq!(f["from"], "2026-11-23");
    assert_eq!(f["assumed_team"], false);
    assert_eq!(f["note"], Value::Null);
    assert_eq!(
        f["people"],
        json!([{"name": "ana", "hours_per_week": 40.0}, {"name": "bo", "hours_per_week": 20.0}])
    );
    let tasks = f["tasks"].as_array().unwrap();
    let ci = tasks.iter().find(|t| t["id"] == "ci-pipeline").unwrap();
    assert_eq!(ci["who"], "ana");
    assert_eq!(
        (&ci["finish_low"], &ci["finish_high"]),
        (&json!("2026-11-25"), &json!("2026-11-26"))
    );
    assert_eq!(ci["at_risk"], true);
    assert_eq!(f["at_risk"], json!(["ci-pipeline"]));
    assert_eq!(f["unestimated"], 0);
    let phases = f["phases"].as_array().unwrap();
    assert_eq!(phases[0]["id"], "now");
    assert_eq!(phases[0]["open"], 2);
}

#[test]
fn a_bad_file_exits_1_with_the_place_and_json_says_so() {
    let (_dir, path) = with_people();
    let text = fs::read_to_string(&path).unwrap();
    let bad = text.replace("2026-11-23..2026-11-24", "2026-11-24..2026-11-23");
    fs::write(&path, &bad).unwrap();
    let out = roadmap().arg("forecast").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("team.toml:58:8: error: person `bo` has a bad day off: `2026-11-24..2026-11-23` ends before it starts"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        bad,
        "the file is left alone"
    );

    let out = roadmap()
        .arg("forecast")
        .arg(&path)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (&v["command"], &v["ok"], &v["exit_code"]),
        (&json!("forecast"), &json!(false), &json!(1))
    );

    let out = roadmap()
        .arg("forecast")
        .arg(path.with_file_name("missing.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = roadmap()
        .args(["forecast", "--by-week"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error");
}

#[test]
fn status_json_keeps_its_keys_and_adds_the_forecast() {
    let (_dir, path) = small();
    let v = status_json(&path);
    // The keys status --json had before the forecast, all still there.
    for key in [
        "project",
        "tasks_total",
        "tasks_done",
        "percent_done_count",
        "effort_remaining_hours",
        "effort_remaining_hours_high",
        "phases",
    ] {
        assert!(v.get(key).is_some(), "{key} kept");
    }
    let f = &v["forecast"];
    assert_eq!(
        (&f["end_low"], &f["end_high"]),
        (&json!("2026-11-26"), &json!("2026-11-27"))
    );
    assert_eq!(
        f["critical_path"],
        json!(["backups", "ci-pipeline", "deploy-script"])
    );
    assert_eq!(f["assumed_team"], true);
    assert!(f["note"]
        .as_str()
        .unwrap()
        .starts_with("no [[people]] in the file"));
    assert_eq!(f["levels"][1]["finish_high"], "2026-11-26");
    assert!(
        f.get("tasks").is_none(),
        "status carries the summary, not every task"
    );
}

#[test]
fn export_json_carries_people_and_the_forecast() {
    let (_dir, path) = with_people();
    let out = roadmap()
        .args(["export", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["people"][1]["name"], "bo");
    assert_eq!(v["people"][1]["off"], json!(["2026-11-23..2026-11-24"]));
    assert_eq!(v["forecast"]["at_risk"], json!(["ci-pipeline"]));
    assert!(
        v["status"].get("forecast").is_none(),
        "status inside export is as before"
    );
}
