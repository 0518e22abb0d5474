//! The what-if scenario dialog in a real terminal, on the bundled example:
//! `W` opens it, an hours budget is typed, the budget scenario is chosen and
//! applied, the file saved with those tasks in the phase `next`; one `u`
//! takes the whole scenario back and the next save gives the original file
//! byte for byte.

use crate::tmux::{seed, Tmux};

#[test]
fn a_scenario_applied_saved_then_undone_in_one_step() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("example.toml");
    std::fs::copy(seed("example"), &file).expect("copy the example roadmap");
    let original = std::fs::read_to_string(&file).unwrap();
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the planner", |s| s.contains("Harbor Tickets"));

    t.keys(&["W"]);
    t.wait_for("the dialog", |s| s.contains("What-if scenarios"));
    t.type_text("40");
    t.keys(&["Down", "Down"]);
    let screen = t.wait_for("the budget chosen", |s| {
        s.contains("▶ Best for the budget") && s.contains("40 h")
    });
    assert!(
        screen.contains(
            "Tasks: set-up-error-tracking, restore-drill, ci-pipeline, staging-environment"
        ),
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("applied", |s| {
        s.contains("Moved 4 tasks to phase `next` (u undoes)")
    });
    t.keys(&["s"]);
    t.wait_for("saved", |s| s.contains("Saved"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(saved.matches("phase = \"next\"").count(), 4, "{saved}");
    assert!(saved.contains("id = \"next\""), "{saved}");

    // One undo takes back the four moves and the new phase.
    t.keys(&["u"]);
    t.wait_for("undone", |s| {
        s.contains("Undid: move 4 scenario tasks to next")
    });
    t.keys(&["s"]);
    t.wait_for("saved again", |s| s.contains("Saved"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
}

/// `roadmap gen`'s plan with every task open: levels, gates, money.
fn big_open_roadmap(n: usize) -> String {
    let mut r = roadmap::model::synthetic::generate(n, 42);
    for t in &mut r.tasks {
        t.status = roadmap::model::Status::Todo;
        t.done_on = None;
    }
    roadmap::store::to_toml(&r)
}

#[test]
fn a_big_roadmaps_scenarios_are_made_by_the_worker_and_applied_once_they_arrive() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("big.toml");
    let n = roadmap::tui::scenario::DEFER_WHATIF_FROM * 2;
    std::fs::write(&file, big_open_roadmap(n)).unwrap();
    let t = Tmux::start(&file, 120, 40);
    t.wait_for("the first frame", |s| s.contains(&format!("0/{n} tasks")));
    t.keys(&["W"]);
    t.wait_for("the opening answer", |s| {
        s.contains("least effort") && s.contains("Best for the budget") && !s.contains("computing…")
    });
    // A budget typed: the table follows once the worker has answered it.
    t.type_text("400");
    t.keys(&["Down", "Down"]);
    let screen = t.wait_for("the answer to 400 hours", |s| {
        s.contains("[400") && s.contains("▶ Best for the budget") && !s.contains("computing…")
    });
    assert!(!screen.contains("Tasks: nothing to do"), "{screen}");
    t.keys(&["Enter"]);
    let applied = t.wait_for("applied", |s| s.contains("to phase `next` (u undoes)"));
    assert!(!applied.contains("What-if scenarios"), "{applied}");
    let moved: usize = applied
        .split("Moved ")
        .nth(1)
        .and_then(|m| m.split(' ').next())
        .and_then(|m| m.parse().ok())
        .expect("how many tasks moved");
    t.keys(&["s"]);
    t.wait_for("saved", |s| s.contains("Saved"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("id = \"next\""), "{saved}");
    assert_eq!(saved.matches("phase = \"next\"").count(), moved);
}
