//! The Timeline view in a real terminal (today pinned to 2025-11-03): open
//! the planner, go to the Timeline, scroll through time and back, group by
//! person and back, re-estimate a task and check it off from the Timeline,
//! and see its bar move each time; and a big roadmap's forecast made off
//! the UI thread by the worker, the bars following a check-off.

use crate::tmux::{seed, Tmux};

/// The line below the chart, about the selected task.
fn selected_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.starts_with(" ▸ "))
        .unwrap_or_default()
        .to_string()
}

/// The row of task `id` in the chart.
fn row(screen: &str, id: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_timeline_scrolls_regroups_and_moves_a_bar_when_the_task_changes() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("example.toml");
    std::fs::copy(seed("example"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first frame", |s| s.contains("Harbor Tickets"));

    t.keys(&["5"]);
    let home = t.wait_for("the Timeline", |s| {
        s.contains("by phase · weeks") && row(s, "ci-pipeline").contains('█')
    });
    assert!(home.contains("Nov 2025"), "{home}");
    assert!(home.contains(" levels "), "{home}");

    // Later in time, then back to today.
    t.keys(&[">", ">", ">", ">"]);
    let later = t.wait_for("later weeks", |s| !s.contains("Nov 2025"));
    assert!(!row(&later, "ci-pipeline").contains('█'), "{later}");
    t.keys(&["t"]);
    t.wait_for("back to today", |s| s.contains("Nov 2025"));

    // By person, then by phase again.
    t.keys(&["O"]);
    t.wait_for("by owner", |s| s.contains("by owner · weeks"));
    t.keys(&["O"]);
    t.wait_for("by phase", |s| s.contains("by phase · weeks"));

    // Select ci-pipeline (the list follows the selection).
    for _ in 0..20 {
        if selected_line(&t.screen()).contains("▸ ci-pipeline ·") {
            break;
        }
        let before = t.screen();
        t.keys(&["j"]);
        t.wait_for("the selection to move", |s| s != before);
    }
    let before = t.wait_for("ci-pipeline selected", |s| {
        selected_line(s).contains("▸ ci-pipeline ·")
    });
    let bar_before = row(&before, "ci-pipeline");

    // Re-estimate it from the Timeline: 2-3d becomes 2-3w.
    t.keys(&["e"]);
    t.wait_for("the editor", |s| s.contains("Edit ci-pipeline"));
    let at = |field| roadmap::tui::editor::position(field).expect("a field");
    let tabs = vec!["Tab"; at("effort") - at("title")];
    t.keys(&tabs);
    t.keys(&["C-u"]);
    t.type_text("2-3w");
    t.keys(&["Enter"]);
    // tmux may be captured while the editor is half cleared (its border
    // gone, a field row still over the bar): wait for the new finish in the
    // Timeline's own detail line, with no editor field left on screen.
    let after = t.wait_for("the bar to grow", |s| {
        !s.contains("Edit ci-pipeline")
            && !s.contains("│ Category")
            && selected_line(s).contains("finish 2025-11-18..2025-11-25")
            && row(s, "ci-pipeline") != bar_before
    });
    let bar_after = row(&after, "ci-pipeline");
    assert!(
        bar_after.matches('█').count() > bar_before.matches('█').count(),
        "{bar_before}\n{bar_after}"
    );
    assert!(
        selected_line(&after).contains("finish 2025-11-18..2025-11-25"),
        "{after}"
    );

    // Check it off: the bar gives way to a tick on today.
    t.keys(&["Space"]);
    let done = t.wait_for("checked off", |s| {
        selected_line(s).contains("✓ done 2025-11-03")
    });
    assert!(!row(&done, "ci-pipeline").contains('█'), "{done}");
    assert!(row(&done, "ci-pipeline").contains('✓'), "{done}");
    // And undo brings the bar back.
    t.keys(&["u"]);
    t.wait_for("the bar back", |s| row(s, "ci-pipeline").contains('█'));
}

#[test]
fn a_big_roadmaps_forecast_is_made_by_the_worker_and_follows_a_check_off() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("big.toml");
    let n = roadmap::tui::DEFER_SEARCH_FROM * 2;
    std::fs::write(&file, crate::session::big_roadmap(n)).unwrap();
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first frame", |s| s.contains(&format!("0/{n} tasks")));
    t.keys(&["5"]);
    let first = t.wait_for("the forecast", |s| {
        s.contains(" end ") && row(s, "task-0").contains('█')
    });
    assert!(!first.contains("updating…"), "{first}");
    // task-0 takes the first two hours; done, task-1 starts at once.
    t.keys(&["Space"]);
    t.wait_for("the new forecast", |s| {
        selected_line(s).contains("▸ task-0 · ✓ done")
            && !s.contains("updating…")
            && row(s, "task-0").contains('✓')
    });
}
