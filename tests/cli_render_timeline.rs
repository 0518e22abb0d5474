//! `roadmap render --view timeline`: the Timeline drawn from today, which
//! `ROADMAP_TODAY` pins (here Monday 2026-11-23, `support::roadmap`); the
//! same frame as the planner's; today moves the Timeline and no other view
//! (they never drew from the clock).

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use support::{roadmap, small};

#[test]
fn the_timeline_renders_from_the_pinned_today() {
    let (_dir, path) = small();
    let out = roadmap()
        .arg("render")
        .arg(&path)
        .args(["--view", "timeline", "--width", "120", "--height", "30"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 30);
    assert!(text.contains(" 5 Timeline"), "{text}");
    assert!(text.contains("by phase · weeks"), "{text}");
    assert!(text.contains("Nov 2026"), "{text}");
    // The planner's frame, drawn by the same code on the same day.
    let loaded = roadmap::store::load(&path).unwrap();
    let theme = roadmap::theme::Theme::load("dark").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let same = roadmap::tui::render_text_on(
        loaded.roadmap,
        roadmap::tui::View::Timeline,
        120,
        30,
        &theme,
        today,
    );
    assert_eq!(text, same);
}

/// `render` of `path` in `view` on the day `today`.
fn frame(path: &std::path::Path, view: &str, today: &str) -> String {
    let out = roadmap()
        .env("ROADMAP_TODAY", today)
        .arg("render")
        .arg(path)
        .args(["--view", view])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn today_moves_the_timeline_and_no_other_view() {
    let (_dir, path) = small();
    let (a, b) = ("2026-11-23", "2027-03-01");
    assert_ne!(frame(&path, "timeline", a), frame(&path, "timeline", b));
    assert!(frame(&path, "timeline", b).contains("Mar 2027"));
    for view in ["roadmap", "findings", "maturity", "costs"] {
        assert_eq!(frame(&path, view, a), frame(&path, view, b), "{view}");
    }
    // A day that is not one is refused, as by every command.
    roadmap()
        .env("ROADMAP_TODAY", "someday")
        .arg("render")
        .arg(&path)
        .args(["--view", "timeline"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "ROADMAP_TODAY=`someday` is not a date",
        ));
}

#[test]
fn an_unknown_view_names_the_timeline_among_those_allowed() {
    roadmap()
        .args(["render", "--example", "--view", "gantt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "allowed: roadmap, findings, maturity, costs, timeline",
        ));
}
