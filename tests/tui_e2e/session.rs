//! A session from the first frame to `q`: find a task, check it off, see
//! the score move, save, quit, and the file patched line by line; the first
//! frame of every seed roadmap; a big roadmap's searches scored off the UI
//! thread.
//!
//! Time to first frame for every seed:
//! `cargo test --release --test tui_e2e first_frame -- --nocapture`

use crate::tmux::{seed, Tmux, BIN, TODAY};
use serde_json::Value;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn status_json(file: &Path) -> Value {
    let out = Command::new(BIN)
        .args(["status", "--json"])
        .arg(file)
        .env("ROADMAP_TODAY", TODAY)
        .output()
        .expect("roadmap status runs");
    assert!(
        out.status.success(),
        "roadmap status failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("status --json prints JSON")
}

/// The line of the header that starts with "Maturity".
fn maturity_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.trim_start().starts_with("Maturity "))
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn find_a_level_2_task_check_it_off_see_the_score_move_save_and_quit() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let original = std::fs::read_to_string(&file).expect("read back");
    let before = status_json(&file);
    let task = "add-health-check-endpoints";
    assert!(
        before["next_level_tasks_open"]
            .as_array()
            .expect("a list of ids")
            .iter()
            .any(|id| id == task),
        "{task} is an open level-2 task of the seed"
    );

    let t = Tmux::start(&file, 120, 40);
    let first = t.wait_for("the first frame", |s| {
        s.contains("Jewelshot") && s.contains("1 Roadmap") && s.contains("[ ]")
    });
    let score_before = maturity_line(&first);
    assert!(
        score_before.contains("Level 1 Manual 30 %"),
        "{score_before}"
    );

    // Find the task with the fuzzy search.
    t.type_text("/health check");
    t.wait_for("the search results", |s| s.contains("/ health check"));
    t.keys(&["Enter"]);
    let found = t.wait_for("the search to be kept", |s| s.contains("/health check ·"));
    let selected = found
        .lines()
        .find(|l| l.starts_with('›'))
        .expect("a selected row");
    assert!(
        selected.contains("[ ]") && selected.contains("Add Health Check Endpoints"),
        "{selected}"
    );

    // Check it off: the header's maturity score moves at once.
    t.keys(&["Space"]);
    let after = t.wait_for("the maturity score to move", |s| {
        let line = maturity_line(s);
        !line.is_empty() && line != score_before
    });
    let score_after = maturity_line(&after);
    assert!(score_after.contains("Level 1 Manual 34 %"), "{score_after}");
    assert!(score_after.contains("(1 of 7 tasks)"), "{score_after}");
    assert!(after.contains("● unsaved"));
    assert!(after.lines().any(|l| l.starts_with('›')
        && l.contains("[x]")
        && l.contains("Add Health Check Endpoints")));

    // Save, then quit: no question since everything is saved.
    t.keys(&["s"]);
    t.wait_for("the save to be confirmed", |s| {
        s.contains("Saved ") && !s.contains("● unsaved")
    });
    t.keys(&["q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while t.is_running() {
        assert!(Instant::now() < deadline, "q did not quit:\n{}", t.screen());
        std::thread::sleep(Duration::from_millis(20));
    }

    // The file says so too.
    let after = status_json(&file);
    assert_eq!(
        after["tasks_done"],
        before["tasks_done"].as_u64().unwrap() + 1
    );
    assert!(
        after["maturity_score"].as_f64().unwrap() > before["maturity_score"].as_f64().unwrap(),
        "{} → {}",
        before["maturity_score"],
        after["maturity_score"]
    );
    assert_eq!(after["next_level_tasks_done"], 1);
    assert!(!after["next_level_tasks_open"]
        .as_array()
        .unwrap()
        .iter()
        .any(|id| id == task));
    let saved = roadmap::store::load(&file).expect("the saved file loads");
    let t = saved.roadmap.task(task).expect("the task is still there");
    assert_eq!(t.status, roadmap::model::Status::Done);
    assert_eq!(t.done_on, chrono::NaiveDate::from_ymd_opt(2025, 11, 3));

    // Saving patched the file: one status line changed and done_on was
    // added; every other line (comments included) is as it was.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut counts: std::collections::BTreeMap<&str, i64> = Default::default();
    for l in original.lines() {
        *counts.entry(l).or_default() -= 1;
    }
    for l in text.lines() {
        *counts.entry(l).or_default() += 1;
    }
    counts.retain(|_, n| *n != 0);
    let expected: std::collections::BTreeMap<&str, i64> = [
        ("status = \"todo\"", -1),
        ("status = \"done\"", 1),
        ("done_on = 2025-11-03", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(counts, expected);
}

#[test]
fn first_frame_of_every_seed_roadmap() {
    // What tmux itself costs: a session whose command prints at once.
    let t0 = Instant::now();
    let line = format!("sh -c '{} --version; sleep 10'", BIN);
    let baseline = Tmux::start_with(&line, 160, 48);
    baseline.wait_for("roadmap --version", |s| s.contains("roadmap 0"));
    let tmux_alone = t0.elapsed();
    drop(baseline);
    let mut report = vec![format!(
        "{:>16}: {:>6.1} ms (tmux plus `roadmap --version`)",
        "baseline",
        tmux_alone.as_secs_f64() * 1000.0
    )];
    for name in [
        "fixia",
        "phase5-node-app",
        "americano",
        "jewelshot",
        "editaliza",
        "example",
    ] {
        let t0 = Instant::now();
        let t = Tmux::start(&seed(name), 160, 48);
        t.wait_for("a full first frame", |s| {
            s.contains("1 Roadmap") && s.contains("Progress") && s.contains("[ ]")
        });
        let elapsed = t0.elapsed();
        report.push(format!(
            "{name:>16}: {:>6.1} ms",
            elapsed.as_secs_f64() * 1000.0
        ));
        assert!(elapsed < Duration::from_secs(10), "{name} took {elapsed:?}");
    }
    eprintln!(
        "launch to first full frame in tmux (160x48):\n{}",
        report.join("\n")
    );
}

/// A plan of `n` tasks in 10 phases, as TOML.
pub fn big_roadmap(n: usize) -> String {
    use roadmap::model::{Effort, Phase, Project, Roadmap, Task};
    let mut r = Roadmap::new(Project::new("Big plan"));
    r.phases = (0..10)
        .map(|i| Phase {
            id: format!("p{i}"),
            name: format!("Phase {i}"),
            window: None,
            start: None,
            end: None,
            description: None,
        })
        .collect();
    r.tasks = (0..n)
        .map(|i| {
            let mut t = Task::new(
                format!("task-{i}"),
                format!("p{}", i * 10 / n),
                format!("Task number {i}"),
            );
            t.effort = Effort::parse("2h").ok();
            t
        })
        .collect();
    roadmap::store::to_toml(&r)
}

#[test]
fn a_big_roadmap_stays_responsive_and_its_figures_follow() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("big.toml");
    let n = roadmap::tui::DEFER_SEARCH_FROM * 4;
    std::fs::write(&file, big_roadmap(n)).unwrap();
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first frame", |s| s.contains(&format!("0/{n} tasks")));
    // Check one off: the row flips and the figures follow, updated in place.
    t.keys(&["Space"]);
    t.wait_for("the figures", |s| {
        s.contains(&format!("1/{n} tasks")) && !s.contains("updating figures")
    });
    // Search: the hits, scored off the UI thread, narrow the list.
    t.type_text("/number 4321");
    t.keys(&["Enter"]);
    let found = t.wait_for("the search", |s| {
        s.lines()
            .any(|l| l.starts_with('›') && l.contains("Task number 4321"))
    });
    assert!(found.contains("/number 4321 ·"), "{found}");
    t.keys(&["Escape"]);
    t.wait_for("everything again", |s| !s.contains("/number 4321"));
    t.keys(&["u"]);
    t.wait_for("the undo", |s| s.contains(&format!("0/{n} tasks")));
}
