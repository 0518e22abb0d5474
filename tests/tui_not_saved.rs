//! A save refused because the roadmap would not load back: the whole
//! reason opens in a dialog (wrapped, scrolled when it is taller than the
//! screen), the file on disk is untouched and the work stays in the
//! planner. The dialog as drawn (insta, TestBackend), and in a real
//! terminal (tmux) for a refusal a user can meet there: saving as a file
//! that exists.

#[path = "support/tmux.rs"]
mod tmux;
mod tui_support;

use roadmap::store;
use roadmap::tui::update;
use tmux::{seed, Tmux};
use tui_support::{press, state_at, text};

/// The store's own refusal of a roadmap in which the first `n` tasks
/// depend on tasks that do not exist.
fn refusal(n: usize) -> String {
    let original = tui_support::seed();
    let loaded = store::parse(&store::to_toml(&original), "jewelshot.toml").expect("loads");
    let mut broken = original.clone();
    for (i, task) in broken.tasks.iter_mut().take(n).enumerate() {
        task.depends_on = vec![format!("ghost-{i}")];
    }
    store::render(&loaded, &broken)
        .expect_err("a dangling dependency stops the file loading back")
        .to_string()
}

#[test]
fn the_refused_save_dialog_as_drawn_and_scrolled_to_its_end() {
    let mut s = state_at(tui_support::seed(), 80, 24);
    press(&mut s, "<space>");
    let reason = refusal(8);
    assert!(reason.starts_with("not saved: "), "{reason}");
    update::saved(&mut s, Err(reason));
    let top = text(&s);
    assert!(top.contains("Not saved"), "{top}");
    assert!(top.contains("ghost-0"), "{top}");
    assert!(!top.contains("not saved: not saved"), "{top}");
    assert!(top.contains("j/k scroll"), "taller than the screen: {top}");
    insta::assert_snapshot!("not_saved_80x24", top);
    press(&mut s, "<pgdn><pgdn><pgdn>");
    let end = text(&s);
    assert!(end.contains("ghost-7"), "the last problem: {end}");
    assert!(end.contains("save to another"), "and what to do: {end}");
    insta::assert_snapshot!("not_saved_scrolled_80x24", end);
}

#[test]
fn a_refused_save_as_says_why_in_a_dialog_and_keeps_both_files_and_the_work() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    let other = dir.path().join("other.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    std::fs::write(&other, "someone else's file\n").expect("write");
    let original = std::fs::read_to_string(&file).expect("read");
    let t = Tmux::start(&file, 100, 30);
    t.wait_for("the first frame", |s| s.contains("[ ]"));
    t.keys(&["Space"]);
    t.wait_for("the change", |s| s.contains("● unsaved"));
    t.keys(&["S"]);
    t.wait_for("the save-as prompt", |s| s.contains("Save as"));
    t.keys(&["C-u"]);
    t.type_text(&other.display().to_string());
    t.keys(&["Enter"]);
    let screen = t.wait_for("the reason", |s| {
        s.contains("Not saved") && s.contains("back to the planner")
    });
    assert!(screen.contains("other.toml already exists"), "{screen}");
    assert!(screen.contains("choose another name"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("the planner, the work kept", |s| {
        !s.contains("back to the planner")
            && s.contains("your changes are kept")
            && s.contains("● unsaved")
    });
    assert!(t.is_running());
    assert_eq!(
        std::fs::read_to_string(&other).expect("read"),
        "someone else's file\n"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
}
