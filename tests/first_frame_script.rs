//! `benches/first_frame.py --self-test` keeps working as the planner changes:
//! its converter to taskwarrior, its tmux pane, its failure paths, and that it
//! still finds the project name in the planner's header. Only behaviour is
//! asserted, never a time. taskwarrior is not needed (`--no-taskwarrior`);
//! tmux and python3 are, as for the other end-to-end tests.

use std::path::Path;
use std::process::Command;

#[test]
fn the_first_frame_script_passes_its_self_test_without_taskwarrior() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/first_frame.py");
    let out = Command::new("python3")
        .arg(&script)
        .args(["--self-test", "--no-taskwarrior", "--no-build", "--binary"])
        .arg(env!("CARGO_BIN_EXE_roadmap"))
        .output()
        .unwrap_or_else(|e| panic!("python3 {}: {e} (python3 is needed)", script.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "self-test failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    for check in [
        "ok   roadmap tasks convert to taskwarrior records",
        "ok   the pane is 120x40",
        "ok   a program that exits first is a failure",
        "ok   a text that never shows times out",
        "ok   roadmap shows its title: 'Harbor Tickets'",
    ] {
        assert!(stdout.contains(check), "missing {check:?} in:\n{stdout}");
    }
    assert!(stdout.contains(", 0 failed"), "{stdout}");
}
