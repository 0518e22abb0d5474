//! Whole planner flows on the headless harness (`roadmap::tui::App`):
//! saving, saving as, a change on disk reloaded or merged, conflicts, a
//! save that cannot write, quitting. Real files in a temporary folder, the
//! store's real saves, every frame drawn into a `TestBackend`; the file
//! watcher is fed by hand, so each test says when someone else's change
//! arrives. The real terminal's smoke run is `tests/tui_e2e/`.

mod conflicts;
mod disk;
#[path = "../support/faults.rs"]
mod fault_support;
mod faults;
mod feedback;
mod marks;
mod planning;
mod quitting;
mod relations;
mod saving;
#[path = "../tui_support/mod.rs"]
mod tui_support;

use roadmap::tui::App;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The day the planner and `roadmap check` think it is.
pub const TODAY: &str = "2025-11-03";

/// A copy of `roadmaps/NAME.toml` in `dir`.
pub fn seed_in(dir: &Path, name: &str) -> PathBuf {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("roadmaps")
        .join(format!("{name}.toml"));
    let path = dir.join(format!("{name}.toml"));
    std::fs::copy(&seed, &path).expect("copy the seed roadmap");
    path
}

/// The planner on `file`, as `roadmap FILE` opens it, on a 120 × 40 screen.
pub fn open(file: &Path) -> App {
    App::open(file, tui_support::today(), 120, 40).expect("the roadmap loads")
}

pub fn press(app: &mut App, keys: &str) {
    app.press(keys).expect("valid key notation");
}

/// Another process checks a task off in the file (`roadmap check`, an
/// atomic rewrite under the save lock).
pub fn check_elsewhere(file: &Path, id: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_roadmap"))
        .args(["check"])
        .arg(file)
        .arg(id)
        .env("ROADMAP_TODAY", TODAY)
        .output()
        .expect("roadmap check runs");
    assert!(
        out.status.success(),
        "roadmap check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The line showing the task with this title.
pub fn row<'s>(screen: &'s str, title: &str) -> &'s str {
    screen.lines().find(|l| l.contains(title)).unwrap_or("")
}

/// The task's row in the list (not the details pane beside it) is checked.
pub fn checked(screen: &str, title: &str) -> bool {
    // The details pane may name the task on a line beside another row.
    screen
        .lines()
        .map(|l| l.split('│').next().unwrap_or(""))
        .find(|list| list.contains(title))
        .is_some_and(|list| list.contains("[x]"))
}
