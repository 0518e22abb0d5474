//! `roadmap plan`: the scenarios side by side as text and as JSON in the
//! envelope, every flag, the exit codes (0; 1 for a file that does not
//! load, no levels, no such level, a level out of reach; 2 for a bad
//! number, date or amount), each message shown, and the file untouched.
//! The fixture (tests/fixtures/whatif.toml) is worked by hand in its
//! header; today is pinned to Monday 2026-11-23 (`support::roadmap`).

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use support::roadmap;

const WHATIF: &str = include_str!("fixtures/whatif.toml");

fn fixture(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("whatif.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

/// Runs `plan FILE args`; (exit code, stdout, stderr), and checks the file
/// was not touched.
fn plan(text: &str, args: &[&str]) -> (i32, String, String) {
    let (_dir, path) = fixture(text);
    let out = roadmap()
        .arg("plan")
        .arg(&path)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "plan wrote to the file"
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn plan_json(text: &str, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, out, _) = plan(text, &all);
    (code, serde_json::from_str(&out).unwrap())
}

/// Task ids of scenario `k` (0 least effort, 1 least money, 2 budget).
fn tasks(v: &Value, k: usize) -> Vec<String> {
    v["scenarios"][k]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn text_shows_the_three_scenarios_side_by_side_then_their_tasks() {
    let (code, out, err) = plan(WHATIF, &["--level", "2"]);
    assert_eq!((code, err.as_str()), (0, ""));
    // Level 2 needs 60 %: a and b give 50; e (20 h, 14.3 points) is the
    // least effort to the rest, d (40 h, $5 a month) the least money.
    // One person at 40 h a week from Monday.
    assert_eq!(
        out,
        "What-if for What-if Shop
Now Level 0 at 0 %; aiming at Level 2; budget: no limit

          Level 2, least effort  Level 2, least money   Best for the budget
Tasks     3                      3                      5
Effort    40 h (5d)              60 h (7.5d)            90 h (2.5w)
One-time  $100                   $0                     $600
Monthly   $0/mo                  $5/mo                  $5/mo
Level     2 Repeatable           2 Repeatable           3 Defined
Score     64 %                   79 %                   100 %
Finish    2026-11-27             2026-12-02             2026-12-08
Exact     yes                    yes                    yes

Level 2, least effort
  a  Automate backups
  b  CI pipeline
  e  Staging environment

Level 2, least money
  a  Automate backups
  b  CI pipeline
  d  Write the runbooks

Best for the budget
  a  Automate backups
  b  CI pipeline
  c  Buy a monitoring service
  d  Write the runbooks
  e  Staging environment
"
    );
}

#[test]
fn json_goes_through_the_envelope_with_every_figure() {
    let (code, v) = plan_json(WHATIF, &["--level", "2"]);
    assert_eq!(code, 0);
    assert_eq!(v["command"], "plan");
    assert_eq!(v["ok"], true);
    assert_eq!(v["target_level"], 2);
    let s = &v["scenarios"][0];
    assert_eq!(s["scenario"], "least_effort");
    assert_eq!(s["hours"], 40.0);
    assert_eq!(s["cost_once"], 100.0);
    assert_eq!(s["level"], 2);
    assert_eq!(s["finish"], "2026-11-27");
    assert_eq!(s["exact"], true);
    assert_eq!(tasks(&v, 0), ["a", "b", "e"]);
    assert_eq!(v["scenarios"][1]["scenario"], "least_money");
    assert_eq!(tasks(&v, 1), ["a", "b", "d"]);
    assert_eq!(v["scenarios"][2]["scenario"], "most_maturity");
}

#[test]
fn without_level_the_next_one_is_the_target() {
    let (code, v) = plan_json(WHATIF, &[]);
    assert_eq!((code, v["target_level"].clone()), (0, 1.into()));
    assert_eq!(tasks(&v, 0), ["a"]);
}

#[test]
fn hours_once_and_monthly_bound_the_budget_scenario() {
    // 25 h: a and b (50 points); a and e would take 30 h.
    let (_, v) = plan_json(WHATIF, &["--hours", "25"]);
    assert_eq!(tasks(&v, 2), ["a", "b"]);
    assert_eq!(v["ask"]["hours_limit"], 25.0);
    // 30 h: a, b and c (57.1) ...
    let (_, v) = plan_json(WHATIF, &["--hours", "30"]);
    assert_eq!(tasks(&v, 2), ["a", "b", "c"]);
    // ... unless c's $500 is over the one-time budget.
    let (_, v) = plan_json(WHATIF, &["--hours", "30", "--once", "200"]);
    assert_eq!(tasks(&v, 2), ["a", "b"]);
    // No monthly money: d is out, the rest fits without an hours limit.
    let (_, v) = plan_json(WHATIF, &["--monthly", "0"]);
    assert_eq!(tasks(&v, 2), ["a", "b", "c", "e"]);
    // Amounts as people write them.
    let (code, v) = plan_json(WHATIF, &["--once", "$0.1k"]);
    assert_eq!((code, v["ask"]["once"].clone()), (0, 100.0.into()));
}

#[test]
fn a_date_is_the_hours_the_team_can_work_until_then() {
    // Monday to Friday: 40 h; a, b and e (64.3) are the best that fits,
    // and the forecast has them done on Friday.
    let (code, v) = plan_json(WHATIF, &["--by", "2026-11-27"]);
    assert_eq!(code, 0);
    assert_eq!(v["ask"]["capacity_hours"], 40.0);
    assert_eq!(tasks(&v, 2), ["a", "b", "e"]);
    assert_eq!(v["scenarios"][2]["finish"], "2026-11-27");
    let (_, out, _) = plan(WHATIF, &["--by", "2026-11-27", "--hours", "20"]);
    assert!(
        out.contains("budget: 20 h, by 2026-11-27 (40 h of work)"),
        "{out}"
    );
}

#[test]
fn a_path_over_the_budget_is_noted() {
    let (code, out, _) = plan(WHATIF, &["--level", "2", "--hours", "5"]);
    assert_eq!(code, 0);
    assert!(out.contains("  note: over the hours budget\n"), "{out}");
}

#[test]
fn example_needs_no_file() {
    let out = roadmap()
        .args(["plan", "--example", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "example.toml (bundled)");
    assert_eq!(v["scenarios"].as_array().unwrap().len(), 3);
}

#[test]
fn a_level_out_of_reach_says_why_prints_the_scenarios_and_exits_1() {
    // Level 2 asks for 100 % and the top level gives 90.
    let text = WHATIF
        .replace("\nscore = 100\n", "\nscore = 90\n")
        .replace("min_score = 60", "min_score = 100");
    let (code, out, err) = plan(&text, &["--level", "2"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("whatif.toml: Level 2 cannot be reached even with every open task done (Level 2 Repeatable: score below 100 %)"),
        "{err}"
    );
    assert!(
        out.contains("  unreachable: Level 2 cannot be reached"),
        "{out}"
    );
    // The budget still answers.
    assert!(
        out.contains("Best for the budget\n  a  Automate backups"),
        "{out}"
    );
    let (code, v) = plan_json(&text, &["--level", "2"]);
    assert_eq!(code, 1);
    assert_eq!(v["ok"], false);
    assert_eq!(v["exit_code"], 1);
    assert!(v["error"].as_str().unwrap().contains("cannot be reached"));
    assert_eq!(v["scenarios"][0]["reachable"], false);
    assert_eq!(v["scenarios"][2]["reachable"], true);
}

#[test]
fn a_level_that_does_not_exist_exits_1() {
    let (code, out, err) = plan(WHATIF, &["--level", "9"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("whatif.toml: there is no Level 9: the file's levels are 1, 2, 3"),
        "{err}"
    );
    let (code, v) = plan_json(WHATIF, &["--level", "9"]);
    assert_eq!(
        (code, v["ok"].clone(), v["exit_code"].clone()),
        (1, false.into(), 1.into())
    );
}

#[test]
fn a_file_without_levels_exits_1() {
    let start = WHATIF.find("[maturity]").unwrap();
    let end = WHATIF.find("[[phases]]").unwrap();
    let text = format!("{}{}", &WHATIF[..start], &WHATIF[end..])
        .replace("level = 1\n", "")
        .replace("level = 2\n", "")
        .replace("level = 3\n", "");
    let (code, _, err) = plan(&text, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("the file has no [maturity] levels"), "{err}");
}

#[test]
fn a_file_that_does_not_load_exits_1_with_an_envelope_in_json() {
    let (code, out, err) = plan("version = 1\n[project\n", &[]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("whatif.toml"), "{err}");
    let (code, v) = plan_json("version = 1\n[project\n", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        (v["command"].clone(), v["ok"].clone()),
        ("plan".into(), false.into())
    );
    let out = roadmap()
        .args(["plan", "/no/such/roadmap.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

/// Usage errors exit 2 and name the flag and what to write.
#[test]
fn bad_values_are_usage_errors_that_say_what_to_write() {
    for (args, says) in [
        (
            &["--hours=-5"][..],
            "`-5` is not a number of hours at least 0",
        ),
        (
            &["--hours", "lots"],
            "`lots` is not a number of hours (write e.g. 40 or 12.5)",
        ),
        (
            &["--hours", "inf"],
            "`inf` is not a number of hours at least 0",
        ),
        (
            &["--by", "2026-13-01"],
            "`2026-13-01` is not a date (write it as YYYY-MM-DD)",
        ),
        (&["--by", "next week"], "`next week` is not a date"),
        (
            &["--by", "2026-11-20"],
            "--by 2026-11-20 is before today (2026-11-23): no work fits",
        ),
        (
            &["--once", "400-850"],
            "`400-850` is a range; a budget is one amount",
        ),
        (&["--monthly", "lots"], "`lots` is not an amount"),
        (&["--level", "two"], "invalid value 'two' for '--level <N>'"),
        (&["--level=-1"], "invalid value '-1' for '--level <N>'"),
        (&["--example"], "cannot be used with"),
    ] {
        let (code, out, err) = plan(WHATIF, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
