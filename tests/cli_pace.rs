//! The pace forecast (`roadmap forecast`, `forecast --json`, `status
//! --json`) on a scripted repository: a roadmap committed on 2026-09-01
//! with one task already done, then check-offs committed on set days. Today
//! is pinned to Monday 2026-11-23, so the last six weeks run from Tuesday
//! 2026-10-13 and week 6 is 2026-11-17..23.
//!
//! | task | effort | level | what happens                                  | counts  |
//! |------|--------|-------|-----------------------------------------------|---------|
//! | a    | 4h     | 1     | done in the first commit (arrived done)        | no      |
//! | b    | 6h     | 1     | committed 2026-10-01, before the window        | no      |
//! | c    | 2-4h   | 1     | committed 2026-10-14 (week 1), 3 h mid         | 3 h     |
//! | d    | 1d     | 2     | committed 2026-10-28 (week 3)                  | 8 h     |
//! | e    | 10h    | 2     | done_on 2026-10-01, committed 2026-11-18       | 10 h    |
//! | f    | 12h    | 2     | open                                           |         |
//! | h    | -      | 2     | open, unestimated                              |         |
//! | g    | 20h    | -     | open                                           |         |
//!
//! 21 h over 42 days is 3.5 h a week. Level 2 has f's 12 h left: 24 days,
//! 2026-12-17. The end has 32 h left: 64 days, 2027-01-26.

mod git_support;

use git_support::Sandbox;
use serde_json::Value;
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-11-23";

fn roadmap_text() -> String {
    let mut text = String::from(
        "version = 1\n\n[project]\nname = \"Pace\"\n\n[maturity]\nbaseline = 0\n\n\
         [[maturity.levels]]\nlevel = 1\nname = \"Basics\"\nscore = 50\n\n\
         [[maturity.levels]]\nlevel = 2\nname = \"Solid\"\nscore = 100\n\n\
         [[phases]]\nid = \"p\"\nname = \"Only phase\"\n",
    );
    let tasks = [
        ("a", Some("4h"), Some(1)),
        ("b", Some("6h"), Some(1)),
        ("c", Some("2-4h"), Some(1)),
        ("d", Some("1d"), Some(2)),
        ("e", Some("10h"), Some(2)),
        ("f", Some("12h"), Some(2)),
        ("h", None, Some(2)),
        ("g", Some("20h"), None),
    ];
    for (id, effort, level) in tasks {
        let status = if id == "a" { "done" } else { "todo" };
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"{id}\"\nphase = \"p\"\ntitle = \"Task {id}\"\nstatus = \"{status}\"\n"
        ));
        if let Some(effort) = effort {
            text.push_str(&format!("effort = \"{effort}\"\n"));
        }
        if let Some(level) = level {
            text.push_str(&format!("level = {level}\n"));
        }
    }
    text
}

/// Checks off `task` as on `done_on` and commits it on `committed`.
fn check(sandbox: &Sandbox, repo: &Path, task: &str, done_on: &str, committed: &str) {
    sandbox
        .roadmap(repo)
        .env("ROADMAP_TODAY", done_on)
        .args(["check", "roadmap.toml", task])
        .assert()
        .success();
    let date = format!("{committed}T10:00:00+01:00");
    sandbox.commit_as("ana", repo, &date, &format!("{task} done"));
}

fn scripted(sandbox: &Sandbox) -> PathBuf {
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    std::fs::write(repo.join("roadmap.toml"), roadmap_text()).unwrap();
    sandbox.git(&repo, &["add", "."]);
    sandbox.commit_as("ana", &repo, "2026-09-01T09:00:00+01:00", "Roadmap");
    check(sandbox, &repo, "b", "2026-10-01", "2026-10-01");
    check(sandbox, &repo, "c", "2026-10-14", "2026-10-14");
    check(sandbox, &repo, "d", "2026-10-28", "2026-10-28");
    // Backdated in the planner: the commit's day counts, not done_on.
    check(sandbox, &repo, "e", "2026-10-01", "2026-11-18");
    repo
}

fn forecast(sandbox: &Sandbox, repo: &Path, today: &str, args: &[&str]) -> String {
    let out = sandbox
        .roadmap(repo)
        .env("ROADMAP_TODAY", today)
        .arg("forecast")
        .arg("roadmap.toml")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The pace section of the text: from its blank line to the end.
fn pace_text(out: &str) -> &str {
    &out[out.find("\nPace (").expect("a pace section")..]
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).expect("JSON")
}

#[test]
fn the_last_six_weeks_date_each_level_and_the_end() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    let out = forecast(&sandbox, &repo, TODAY, &[]);
    assert_eq!(
        pace_text(&out),
        "
Pace (the last 6 weeks, from git): 3.5 h/week: 21 h in 3 tasks checked off 2026-10-13..2026-11-23
  by week, oldest first: 3 0 8 0 0 10 h
At the last 6 weeks' pace
  1 Basics                   no open work
  2 Solid                    2026-12-17 (12 h left; 1 unestimated task not counted)
  End                        2027-01-26 (32 h left; 1 unestimated task not counted)
"
    );
    // The capacity forecast is still there, first.
    assert!(
        out.starts_with("Forecast for Pace from 2026-11-23\n"),
        "{out}"
    );
}

#[test]
fn weeks_sets_the_window() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    // 2026-11-10..23: e's 10 h over 14 days is 5 h a week; level 2's 12 h
    // take 16.8 days (the 17th day), the end's 32 h 44.8 (the 45th).
    let out = forecast(&sandbox, &repo, TODAY, &["--weeks", "2"]);
    assert_eq!(
        pace_text(&out),
        "
Pace (the last 2 weeks, from git): 5 h/week: 10 h in 1 task checked off 2026-11-10..2026-11-23
  by week, oldest first: 0 10 h
At the last 2 weeks' pace
  1 Basics                   no open work
  2 Solid                    2026-12-10 (12 h left; 1 unestimated task not counted)
  End                        2027-01-07 (32 h left; 1 unestimated task not counted)
"
    );
}

#[test]
fn a_window_longer_than_the_history_measures_from_its_first_commit() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    // 20 weeks reach back before 2026-09-01: measured over 2026-09-01..
    // 11-23, 84 days. b, c, d, e: 27 h, 2.25 h a week; a was done in the
    // first commit, which says nothing of when, so its 4 h are left out.
    let v = json_of(&forecast(
        &sandbox,
        &repo,
        TODAY,
        &["--json", "--weeks", "20"],
    ));
    let p = &v["pace"];
    assert_eq!((&p["from"], &p["days"]), (&"2026-09-01".into(), &84.into()));
    assert_eq!(
        (&p["hours_done"], &p["tasks_done"]),
        (&27.0.into(), &4.into())
    );
    assert_eq!(p["hours_per_week"], 2.25);
    assert_eq!(p["by_week"].as_array().unwrap().len(), 20);
    let text = forecast(&sandbox, &repo, TODAY, &["--weeks", "20"]);
    assert!(
        pace_text(&text)
            .contains("\n  (the history starts 2026-09-01: 84 days measured, not 140)\n"),
        "{text}"
    );
}

#[test]
fn a_task_open_again_is_not_counted_as_done() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    sandbox
        .roadmap(&repo)
        .args(["uncheck", "roadmap.toml", "d"])
        .assert()
        .success();
    sandbox.commit_as(
        "bo",
        &repo,
        "2026-11-20T10:00:00+01:00",
        "d is not done after all",
    );
    // c 3 h and e 10 h: 13 h over 42 days; d's 8 h are left again.
    let v = json_of(&forecast(&sandbox, &repo, TODAY, &["--json"]));
    let p = &v["pace"];
    assert_eq!(
        (&p["hours_done"], &p["tasks_done"]),
        (&13.0.into(), &2.into())
    );
    assert_eq!(
        p["by_week"],
        serde_json::json!([3.0, 0.0, 0.0, 0.0, 0.0, 10.0])
    );
    assert_eq!(p["levels"][1]["hours_left"], 20.0);
}

#[test]
fn json_carries_the_pace_and_status_adds_it_as_a_new_key() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    let v = json_of(&forecast(&sandbox, &repo, TODAY, &["--json"]));
    let p = &v["pace"];
    assert_eq!(p["weeks"], 6);
    assert_eq!(
        (&p["from"], &p["to"]),
        (&"2026-10-13".into(), &TODAY.into())
    );
    assert_eq!(p["days"], 42);
    assert_eq!(p["hours_per_week"], 3.5);
    assert_eq!(p["hours_done"], 21.0);
    assert_eq!(p["tasks_done"], 3);
    assert_eq!(
        p["by_week"],
        serde_json::json!([3.0, 0.0, 8.0, 0.0, 0.0, 10.0])
    );
    assert_eq!(p["reason"], Value::Null);
    assert_eq!(p["levels"][0]["date"], Value::Null);
    assert_eq!(p["levels"][0]["reason"], "nothing open");
    assert_eq!(p["levels"][1]["date"], "2026-12-17");
    assert_eq!(p["levels"][1]["hours_left"], 12.0);
    assert_eq!(p["levels"][1]["unestimated"], 1);
    assert_eq!(p["end"]["date"], "2027-01-26");
    assert_eq!(p["end"]["open"], 3);
    // The capacity forecast is unchanged beside it.
    assert!(v["forecast"]["levels"].is_array());

    let out = sandbox
        .roadmap(&repo)
        .env("ROADMAP_TODAY", TODAY)
        .args(["status", "--json", "roadmap.toml"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = json_of(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(s["pace"]["hours_per_week"], 3.5);
    assert_eq!(s["pace"]["end"]["date"], "2027-01-26");
    for key in ["project", "tasks_done", "forecast", "phases"] {
        assert!(s.get(key).is_some(), "{key} kept");
    }
}

#[test]
fn no_recent_work_and_a_short_history_give_no_pace_and_say_why() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    let out = forecast(&sandbox, &repo, "2027-06-01", &[]);
    assert_eq!(
        pace_text(&out),
        "\nPace (the last 6 weeks, from git): no pace yet: nothing estimated was checked off in the last 6 weeks\n"
    );
    // Ten days after the first commit: 2026-09-01..10.
    let v = json_of(&forecast(&sandbox, &repo, "2026-09-10", &["--json"]));
    assert_eq!(v["pace"]["hours_per_week"], Value::Null);
    let reason = "no pace yet: the file's git history covers 10 days (it takes 14)";
    assert_eq!(v["pace"]["reason"], reason);
    assert_eq!(v["pace"]["end"]["date"], Value::Null);
    assert_eq!(v["pace"]["end"]["reason"], reason);
    assert_eq!(
        v["pace"]["end"]["hours_left"], 32.0,
        "still counted: f and g"
    );
}

#[test]
fn outside_git_or_uncommitted_there_is_no_history_to_measure() {
    let sandbox = Sandbox::new();
    let loose = sandbox.path("loose");
    std::fs::create_dir_all(&loose).unwrap();
    std::fs::write(loose.join("roadmap.toml"), roadmap_text()).unwrap();
    let v = json_of(&forecast(&sandbox, &loose, TODAY, &["--json"]));
    assert_eq!(
        v["pace"]["reason"],
        "no pace: the file is not in a git repository, so there is no history to measure"
    );
    assert_eq!(v["pace"]["levels"][1]["date"], Value::Null);

    let repo = sandbox.path("fresh");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "fresh"]);
    std::fs::write(repo.join("roadmap.toml"), roadmap_text()).unwrap();
    let out = forecast(&sandbox, &repo, TODAY, &[]);
    assert_eq!(
        pace_text(&out),
        "\nPace (the last 6 weeks, from git): no pace yet: the file has no committed version in git\n"
    );
    // Without FILE, ./roadmap.toml is the file measured; --example has none.
    let out = sandbox
        .roadmap(&repo)
        .env("ROADMAP_TODAY", TODAY)
        .args(["forecast", "--json"])
        .output()
        .unwrap();
    let v = json_of(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        v["pace"]["reason"],
        "no pace yet: the file has no committed version in git"
    );
    let out = sandbox
        .roadmap(&repo)
        .args(["forecast", "--example", "--json"])
        .output()
        .unwrap();
    let v = json_of(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        v["pace"]["reason"],
        "no pace: the bundled example has no git history"
    );
    // Reading the history never touched the file.
    assert_eq!(
        std::fs::read_to_string(repo.join("roadmap.toml")).unwrap(),
        roadmap_text()
    );
}

#[test]
fn weeks_must_be_a_positive_number() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    for bad in ["0", "x", "521"] {
        let out = sandbox
            .roadmap(&repo)
            .args(["forecast", "roadmap.toml", "--weeks", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--weeks {bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--weeks"), "{err}");
    }
    assert_eq!(sandbox.git(&repo, &["status", "--porcelain"]), "");
}
