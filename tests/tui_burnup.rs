//! The Maturity view's burn-up chart: drawn from a series handed to
//! `Msg::HistoryReady` (as the executor hands it over once git has been read),
//! and only when there is room and a history.

mod git_support;
mod tui_support;

use chrono::NaiveDate;
use roadmap::git::versions::Point;
use roadmap::model::Range;
use roadmap::tui::{self, View};
use tui_support::{state_named, text};

fn point(day: u32, score: f64, done: f64) -> Point {
    Point {
        commit: format!("c{day:02}"),
        date: NaiveDate::from_ymd_opt(2026, 3, day).unwrap(),
        score: Some(score),
        effort_done: Range::point(done),
        effort_total: Range::point(120.0),
    }
}

fn series() -> Vec<Point> {
    vec![
        point(2, 31.0, 0.0),
        point(5, 38.0, 16.0),
        point(9, 44.0, 30.0),
        point(12, 52.0, 54.0),
        point(20, 67.0, 80.0),
        point(27, 74.0, 96.0),
    ]
}

fn maturity(w: u16, h: u16, points: Vec<Point>) -> String {
    let mut s = state_named("jewelshot", w, h);
    s.view = View::Maturity;
    tui::update(&mut s, tui::Msg::HistoryReady(points));
    text(&s)
}

#[test]
fn the_maturity_view_shows_score_and_effort_done_over_commits() {
    let screen = maturity(100, 40, series());
    insta::assert_snapshot!("burnup_maturity_100x40", screen);
    assert!(screen.contains("Burn-up · 6 commits"), "{screen}");
    assert!(screen.contains("2026-03-02"), "{screen}");
    assert!(screen.contains("2026-03-27"), "{screen}");
    let done = screen
        .lines()
        .find(|l| l.trim_start().starts_with("effort"))
        .unwrap();
    // 0h of 120h first, 96h last.
    assert!(done.contains(" ▁▁") && done.contains("▇▇ 2.5w"), "{done}");
}

#[test]
fn no_chart_without_a_history_or_without_room() {
    for screen in [
        maturity(100, 40, Vec::new()),
        maturity(100, 40, series()[..1].to_vec()),
        maturity(100, 15, series()),
        maturity(36, 40, series()),
    ] {
        assert!(!screen.contains("Burn-up"), "{screen}");
    }
}

#[test]
fn more_commits_than_columns_are_sampled_keeping_the_last() {
    let mut points: Vec<Point> = (1..=28).map(|d| point(d, d as f64, d as f64)).collect();
    points.extend((1..=200).map(|i| point(28, 30.0, (i % 100) as f64)));
    points.push(point(28, 90.0, 120.0));
    let screen = maturity(60, 40, points);
    let done = screen
        .lines()
        .find(|l| l.trim_start().starts_with("effort"))
        .unwrap();
    assert!(done.chars().count() <= 60, "{done}");
    assert!(
        done.contains("█ "),
        "the last point, all done, ends the row: {done}"
    );
}

/// The whole way from real git: two commits of a file, the second
/// checking off a task, read as the session's history thread reads them.
#[test]
fn a_file_in_a_repository_gets_a_chart_of_its_commits() {
    use roadmap::git::versions::Versions;
    use roadmap::model::Status;
    let sandbox = git_support::Sandbox::new();
    let dir = sandbox.dir.path();
    sandbox.git(dir, &["init", "-q"]);
    let path = dir.join("plan.toml");
    let mut plan = tui_support::seed();
    std::fs::write(&path, roadmap::store::to_toml(&plan)).unwrap();
    sandbox.git(dir, &["add", "plan.toml"]);
    sandbox.commit_as("ana", dir, "2026-03-02T10:00:00", "Plan");
    plan.tasks[0].status = Status::Done;
    plan.tasks[0].done_on = NaiveDate::from_ymd_opt(2026, 3, 9);
    std::fs::write(&path, roadmap::store::to_toml(&plan)).unwrap();
    sandbox.commit_as("bo", dir, "2026-03-09T10:00:00", "Deployed");

    let series = Versions::read(&path, roadmap::store::parse_version)
        .unwrap()
        .series();
    assert_eq!(series.len(), 2);
    assert!(series[1].score > series[0].score, "{series:?}");
    let screen = maturity(100, 40, series);
    assert!(screen.contains("Burn-up · 2 commits"), "{screen}");
    assert!(
        screen.contains("2026-03-02") && screen.contains("2026-03-09"),
        "{screen}"
    );
}

/// The session asks for its file's history as it starts; read, the chart
/// shows on the Maturity view. Outside a repository there is none.
#[test]
fn the_planner_reads_its_files_history_and_draws_the_chart() {
    use roadmap::model::Status;
    use roadmap::tui::App;
    let sandbox = git_support::Sandbox::new();
    let dir = sandbox.dir.path();
    sandbox.git(dir, &["init", "-q"]);
    let path = dir.join("plan.toml");
    let mut plan = tui_support::seed();
    std::fs::write(&path, roadmap::store::to_toml(&plan)).unwrap();
    sandbox.git(dir, &["add", "plan.toml"]);
    sandbox.commit_as("ana", dir, "2026-03-02T10:00:00", "Plan");
    plan.tasks[0].status = Status::Done;
    plan.tasks[0].done_on = NaiveDate::from_ymd_opt(2026, 3, 9);
    std::fs::write(&path, roadmap::store::to_toml(&plan)).unwrap();
    sandbox.commit_as("bo", dir, "2026-03-09T10:00:00", "Deployed");

    let mut app = App::open(&path, tui_support::today(), 100, 40).unwrap();
    app.press("3").unwrap();
    assert!(!app.screen().contains("Burn-up"), "not read yet");
    assert!(app.read_history(), "asked for as the session started");
    let screen = app.screen();
    assert!(screen.contains("Burn-up · 2 commits"), "{screen}");
    assert!(!app.read_history(), "read once");

    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("plan.toml");
    std::fs::write(&outside, roadmap::store::to_toml(&plan)).unwrap();
    let mut app = App::open(&outside, tui_support::today(), 100, 40).unwrap();
    assert!(!app.read_history(), "no repository, no history");
}
