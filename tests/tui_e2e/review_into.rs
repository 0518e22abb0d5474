//! `roadmap import REPORT --review --into FILE` in a real terminal: the
//! Jewelshot seed imported, three tasks checked off and "Monitor error
//! rates" re-estimated (by the CLI, as a team would); version 2 of the
//! report adds two tasks, drops "Service Mesh", makes "Worker
//! Auto-Scaling" critical and re-estimates "Monitor error rates" too: a
//! conflict, settled in the review by taking the report's value. The
//! written file keeps the check-offs, adds the two, takes the priority and
//! the chosen estimate, keeps the removed task, validates, and differs from
//! the saved roadmap by one line per changed field plus the new blocks.

use crate::tmux::{shell_quote, Tmux, BIN};
use roadmap::import::reimport::{reimport, Options};
use roadmap::tui::review::{Review, Source};
use std::path::Path;
use std::process::Command;

#[path = "../support/diff.rs"]
mod diff;

const SEED: &str = "tests/seeds/003_7e6f2a4eaf64617c.txt";
const V2: &str = "tests/fixtures/reimport/jewelshot-v2-estimate.md";
const CHECKED: [&str; 3] = [
    "deploy-worker-to-railway-render",
    "setup-automated-backups-database",
    "add-health-check-endpoints",
];
const ESTIMATED: &str = "monitor-error-rates";

fn roadmap_in(dir: &Path, args: &[&str]) {
    let out = Command::new(BIN)
        .current_dir(dir)
        .env("ROADMAP_TODAY", "2026-11-23")
        .args(args)
        .output()
        .expect("roadmap runs");
    assert!(
        out.status.success(),
        "roadmap {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The review as it will open, headless: where the conflict's row is.
fn headless(dir: &Path) -> Review {
    let ours = roadmap::store::load(&dir.join("plan.toml")).expect("the saved roadmap");
    let bytes = std::fs::read(dir.join("audit-v2.md")).unwrap();
    let (outcome, text) = roadmap::import::import_report_and_text(&bytes, "audit-v2.md");
    let text = text.expect("text");
    let plan = reimport(&ours.roadmap, &outcome.roadmap, Options::default());
    let source = Source::new("audit-v2.md", &text, &outcome).with_plan(&ours.roadmap, &plan);
    Review::new(source, "plan.toml")
}

/// The keys that select `row`: the first candidate, then section jumps.
fn to_row(state: &Review, row: usize) -> String {
    let group = state.source.rows[row].group;
    let first = state.source.groups[group].first;
    format!("g{}{}", "]".repeat(group), "j".repeat(row - first))
}

fn task<'a>(r: &'a roadmap::model::Roadmap, id: &str) -> Option<&'a roadmap::model::Task> {
    r.tasks.iter().find(|t| t.id == id)
}

/// Version 1 imported, three tasks checked off and one re-estimated, and
/// version 2 of the report beside it.
fn worked_on(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join(SEED), dir.join("audit-v1.md")).unwrap();
    std::fs::copy(root.join(V2), dir.join("audit-v2.md")).unwrap();
    roadmap_in(dir, &["import", "audit-v1.md", "-o", "plan.toml", "-q"]);
    let mut check = vec!["check", "plan.toml"];
    check.extend(CHECKED);
    roadmap_in(dir, &check);
    roadmap_in(dir, &["set", "plan.toml", ESTIMATED, "effort=1h"]);
}

#[test]
fn writing_with_a_conflict_left_open_says_so_and_exits_non_zero() {
    let dir = tempfile::tempdir().expect("a temp dir");
    worked_on(dir.path());
    let command = format!(
        "sh -c \"cd {} && {} import audit-v2.md --review --into plan.toml; echo EXIT=\\$?; sleep 30\"",
        shell_quote(dir.path()),
        shell_quote(Path::new(BIN)),
    );
    let t = Tmux::start_with(&command, 160, 48);
    t.wait_for("the review", |s| s.contains("1 conflict (1 open)"));
    t.type_text("w");
    let screen = t.wait_for("the exit", |s| s.contains("EXIT="));
    assert!(screen.contains("EXIT=1"), "{screen}");
    assert!(
        screen.contains("1 field changed by both the team and the report left"),
        "{screen}"
    );
    // The team's estimate is what the file holds; the planner did not open.
    let written = roadmap::store::load(&dir.path().join("plan.toml")).expect("it loads");
    assert_eq!(
        task(&written.roadmap, ESTIMATED)
            .and_then(|t| t.effort)
            .map(|e| e.to_string()),
        Some("1h".to_string())
    );
}

#[test]
fn a_reviewed_reimport_settles_the_conflict_and_keeps_the_progress() {
    let dir = tempfile::tempdir().expect("a temp dir");
    worked_on(dir.path());
    let plan = dir.path().join("plan.toml");
    let before = std::fs::read_to_string(&plan).unwrap();

    let state = headless(dir.path());
    assert_eq!(
        state.source.conflicts.len(),
        1,
        "{:?}",
        state.source.conflicts
    );
    let conflict = state.source.conflicts[0].row;

    let command = format!(
        "sh -c \"cd {} && exec {} import audit-v2.md --review --into plan.toml\"",
        shell_quote(dir.path()),
        shell_quote(Path::new(BIN)),
    );
    let t = Tmux::start_with(&command, 160, 48);
    t.wait_for("the review", |s| {
        s.contains("Review of audit-v2.md → plan.toml (into)")
            && s.contains("1 conflict (1 open)")
            && s.contains("1 removed")
    });
    t.type_text(&to_row(&state, conflict));
    t.wait_for("the conflict selected", |s| {
        s.contains("⚠ effort: team 1h · report 30min → ?")
    });
    t.type_text("t");
    t.wait_for("the report's value taken", |s| {
        s.contains("effort of monitor-error-rates: the report's 30min")
            && s.contains("1 conflict (0 open)")
    });
    t.type_text("r");
    t.wait_for("the removed task listed", |s| {
        s.contains("service-mesh (todo): Service Mesh · kept (d deletes it)")
    });
    // Deleting it and undoing: it stays.
    t.type_text("d");
    t.wait_for("marked for deletion", |s| s.contains("deleted on write"));
    t.type_text("u");
    t.wait_for("kept again", |s| s.contains("kept (d deletes it)"));
    t.keys(&["Escape"]);
    t.wait_for("back in the list", |s| {
        !s.contains("No longer in the report (")
    });
    assert_eq!(
        std::fs::read_to_string(&plan).unwrap(),
        before,
        "nothing written before w"
    );
    t.type_text("w");
    t.wait_for("the planner on the written file", |s| {
        !s.contains("Review of") && s.contains("Monitor error rates")
    });
    t.keys(&["q"]);

    let validate = Command::new(BIN)
        .arg("validate")
        .arg(&plan)
        .output()
        .expect("roadmap validate runs");
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
    let written = roadmap::store::load(&plan).expect("the written roadmap loads");
    let r = &written.roadmap;
    for id in CHECKED {
        let t = task(r, id).unwrap_or_else(|| panic!("{id} kept"));
        assert_eq!(t.status, roadmap::model::Status::Done, "{id}");
    }
    for id in [
        "chaos-engineering-game-days",
        "slo-error-budgets-per-service",
    ] {
        assert!(task(r, id).is_some(), "{id} added");
    }
    assert_eq!(
        task(r, "worker-auto-scaling").map(|t| t.priority),
        Some(roadmap::model::Priority::Critical)
    );
    let mesh = task(r, "service-mesh").expect("the removed task is kept");
    assert_eq!(mesh.status, roadmap::model::Status::Todo);
    assert_eq!(
        task(r, ESTIMATED)
            .and_then(|t| t.effort)
            .map(|e| e.to_string()),
        Some("30min".to_string()),
        "the conflict settled with the report's value"
    );

    // One line per changed field: the report's name, the priority, the
    // estimate and each task's record of what the report said; the two
    // new tasks as blocks.
    let after = std::fs::read_to_string(&plan).unwrap();
    let (removed, added) = diff::diff_lines(&before, &after);
    assert_eq!(
        removed,
        [
            "source = \"audit-v1.md\"",
            "effort = \"1h\"",
            "reported = \"priority=medium; effort=5min; phase=backlog; title=Monitor error rates\"",
            "priority = \"high\"",
            "reported = \"priority=high; phase=high-priority; title=Worker Auto-Scaling\"",
        ]
    );
    let (replaced, blocks) = added.split_at(5);
    assert_eq!(
        replaced,
        [
            "source = \"audit-v2.md\"",
            "effort = \"30min\"",
            "reported = \"priority=medium; effort=30min; phase=backlog; title=Monitor error rates\"",
            "priority = \"critical\"",
            "reported = \"priority=critical; phase=high-priority; title=Worker Auto-Scaling\"",
        ]
    );
    assert_eq!(
        blocks.iter().filter(|l| *l == "[[tasks]]").count(),
        2,
        "{blocks:#?}"
    );
    assert!(blocks.contains(&"id = \"chaos-engineering-game-days\"".to_string()));
    assert!(blocks.contains(&"id = \"slo-error-budgets-per-service\"".to_string()));
}
