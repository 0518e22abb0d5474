//! Notes in the user's editor, in a real terminal: the planner gives the
//! terminal to `$EDITOR` and takes it back. An editor that fails leaves
//! the notes (and the file) as they were, and the footer says why.

use crate::tmux::{seed, shell_quote, Tmux, BIN};
use std::path::Path;

/// Writes an executable shell script that runs `body` (`$1` is the file).
pub fn write_script(path: &Path, body: &str) {
    std::fs::write(path, format!("#!/bin/sh\n{body}\n")).expect("write the editor script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
            .expect("make the editor script executable");
    }
}

#[test]
fn an_editor_that_fails_leaves_the_notes_and_says_why() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let before = std::fs::read(&file).expect("read the seed");
    // It writes over the notes, then fails: nothing it wrote may count.
    // Its path has a space, so the variable quotes it, as for git.
    let editor = dir.path().join("failing editor.sh");
    write_script(&editor, r#"echo "half-written" > "$1"; exit 3"#);
    let t = Tmux::start_with(
        &format!(
            "env -u EDITOR VISUAL={} {} {}",
            shell_quote(Path::new(&shell_quote(&editor))),
            shell_quote(Path::new(BIN)),
            shell_quote(&file)
        ),
        100,
        30,
    );
    t.wait_for("the first task", |s| s.contains("Deploy Worker"));
    t.keys(&["C-e"]);
    let screen = t.wait_for("the footer's reason", |s| s.contains("Notes unchanged"));
    assert!(screen.contains("exited with status 3"), "{screen}");
    // The planner has the screen again, and has no unsaved change: q quits
    // at once, with no question.
    assert!(screen.contains("Deploy Worker"), "{screen}");
    t.keys(&["q"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while t.is_running() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(!t.is_running(), "q quit: nothing was changed");
    assert_eq!(std::fs::read(&file).expect("read back"), before);
}
