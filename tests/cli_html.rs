//! `roadmap export --format html`: the page on stdout and with `-o`, its
//! charts' bars against the roadmap's own figures, the burn-up from a real
//! git history or the note when there is none, and the refusals (existing
//! or unwritable `-o`) with their messages, exit codes and nothing damaged.

#[path = "git_support/mod.rs"]
mod git_support;
#[path = "support/html.rs"]
mod html;
#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use std::fs;
use support::{roadmap, small};

const TODAY: &str = "2026-11-23";

fn example_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.toml");
    fs::write(&path, include_str!("../roadmaps/example.toml")).unwrap();
    (dir, path)
}

fn export(path: &std::path::Path) -> String {
    let out = roadmap()
        .arg("export")
        .arg(path)
        .args(["--format", "html"])
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

#[test]
fn html_on_stdout_is_one_page_with_a_bar_per_item_of_the_roadmap() {
    let (_dir, path) = example_copy();
    let page = export(&path);
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..80]);
    assert!(page.contains("<h1>Harbor Tickets</h1>"));
    assert!(page.contains("<dt>Progress</dt><dd>4 of 15 tasks done"));
    assert!(!page.contains("<script"));
    let mut total = 0;
    for (chart, want) in html::expected_bars(&path, TODAY) {
        assert_eq!(html::bars_in(&page, &chart), want, "bars of {chart}");
        total += want;
    }
    assert!(total > 30, "the example fills its charts ({total} bars)");
}

#[test]
fn the_header_figures_are_the_ones_status_prints() {
    let (_dir, path) = example_copy();
    let page = export(&path);
    let status = roadmap().arg("status").arg(&path).output().unwrap();
    let status = String::from_utf8(status.stdout).unwrap();
    for (label, dt) in [
        ("Progress  ", "Progress"),
        ("Effort    ", "Effort"),
        ("Cost      ", "Cost"),
        ("Maturity  ", "Maturity"),
    ] {
        let line = status
            .lines()
            .find_map(|l| l.strip_prefix(label))
            .unwrap_or_else(|| panic!("status prints {label}"));
        assert!(
            page.contains(&format!("<dt>{dt}</dt><dd>{line}</dd>")),
            "{dt}: {line}"
        );
    }
    let next = status
        .lines()
        .find(|l| l.contains("to reach Level"))
        .unwrap();
    assert!(page.contains(&format!("<dt>Next level</dt><dd>{}</dd>", next.trim())));
}

#[test]
fn with_o_the_page_goes_to_the_file_and_nothing_to_stdout() {
    let (dir, path) = example_copy();
    let out = dir.path().join("report.html");
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "html", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert_eq!(fs::read_to_string(&out).unwrap(), export(&path));
}

#[test]
fn outside_git_the_page_says_there_is_no_burn_up() {
    let (_dir, path) = small();
    let page = export(&path);
    assert!(
        page.contains("No burn-up: the file's git history could not be read"),
        "{page}"
    );
    assert_eq!(html::points_in(&page), 0);
}

/// A repository holding `roadmap.toml` in two commits a week apart: the
/// plan, then one task checked off.
fn two_commits() -> git_support::Sandbox {
    let sandbox = git_support::Sandbox::new();
    let dir = sandbox.dir.path();
    sandbox.git(dir, &["init", "-q"]);
    let file = dir.join("roadmap.toml");
    fs::write(&file, support::SMALL).unwrap();
    sandbox.git(dir, &["add", "roadmap.toml"]);
    sandbox.commit_as("ana", dir, "2026-11-02T10:00:00", "the plan");
    git_support::edit(&file, "status = \"todo\"", "status = \"done\"");
    sandbox.commit_as("bo", dir, "2026-11-09T10:00:00", "one done");
    sandbox
}

#[test]
fn in_git_the_burn_up_has_a_point_per_commit_and_series() {
    let sandbox = two_commits();
    let dir = sandbox.dir.path();
    let out = sandbox
        .roadmap(dir)
        .args(["export", "roadmap.toml", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.contains("2 commits from 2026-11-02 to 2026-11-09"),
        "{page}"
    );
    // Two commits, each a maturity score and an effort point.
    assert_eq!(html::points_in(&page), 4);
}

#[test]
fn an_existing_o_needs_force_and_is_left_as_it_was() {
    let (dir, path) = example_copy();
    let out = dir.path().join("report.html");
    fs::write(&out, "keep me\n").unwrap();
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "report.html: already exists; nothing was written",
        ));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me\n");
}

#[test]
fn an_unwritable_o_fails_with_the_reason_and_damages_nothing() {
    let (dir, path) = example_copy();
    let before = fs::read(&path).unwrap();
    // A folder that does not exist, and a "folder" that is a file.
    for out in [
        dir.path().join("missing").join("report.html"),
        path.join("report.html"),
    ] {
        roadmap()
            .arg("export")
            .arg(&path)
            .args(["--format", "html", "-o"])
            .arg(&out)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("report.html: not written:").and(
                predicate::str::contains("check the folder exists and is writable"),
            ));
        assert!(!out.exists());
    }
    assert_eq!(fs::read(&path).unwrap(), before, "the roadmap is untouched");
    let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no stray file: {left:?}");
}

#[test]
fn the_page_is_written_over_its_input_never() {
    let (_dir, path) = example_copy();
    let before = fs::read(&path).unwrap();
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "html", "--force", "-o"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("names the input"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn an_unknown_format_lists_html_among_the_allowed() {
    let (_dir, path) = small();
    roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "allowed: toml, markdown, json, csv, html",
        ));
}

#[test]
fn in_git_the_page_and_the_json_export_carry_the_pace_status_measures() {
    let sandbox = two_commits();
    let dir = sandbox.dir.path();
    let run = |args: &[&str]| {
        let out = sandbox
            .roadmap(dir)
            .env("ROADMAP_TODAY", "2026-11-23")
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
    };
    let status: serde_json::Value =
        serde_json::from_str(&run(&["status", "roadmap.toml", "--json"])).unwrap();
    let per_week = status["pace"]["hours_per_week"]
        .as_f64()
        .expect("a check-off three weeks into the history gives a pace");
    let page = run(&["export", "roadmap.toml", "--format", "html"]);
    let line = format!(
        "<dt>At pace</dt><dd>{} h/week over the last 6 weeks (from git)",
        roadmap::model::range::format_number(per_week)
    );
    assert!(page.contains(&line), "{line}\n{page}");
    let export: serde_json::Value =
        serde_json::from_str(&run(&["export", "roadmap.toml", "--format", "json"])).unwrap();
    assert_eq!(export["pace"], status["pace"]);
}
