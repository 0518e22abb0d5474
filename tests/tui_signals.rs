//! The planner stopped from outside, in a real terminal (tmux): by each of
//! SIGTERM, SIGHUP, SIGINT and SIGQUIT sent with `kill`, and by its
//! terminal going away (the tmux server killed, which closes the pane's
//! terminal; and the same with no hang-up signal able to reach the
//! planner, so that only the end of input can tell it). Each time the
//! terminal's modes are restored (alternate screen, cursor, mouse), the
//! unsaved edit is in `NAME.recovered.toml`, the original file is
//! untouched, and the exit status is 128 plus the signal's number.
//! Part of the fault campaign (see also `crash_sigkill.rs`,
//! `tui_e2e/save_faults.rs`). Linux only: processes are found through /proc.
#![cfg(target_os = "linux")]

#[path = "support/tmux.rs"]
mod tmux;

use roadmap::model::Status;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tmux::{seed, shell_quote, Tmux, BIN};

/// The task the tests check off: the first one on the screen.
const TASK: &str = "deploy-worker-to-railway-render";

/// A copy of the Jewelshot seed in a folder of its own.
fn roadmap_in(dir: &Path) -> PathBuf {
    let file = dir.join("plan.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    file
}

/// The pane's alternate screen, cursor and mouse modes, as tmux sees them:
/// `1 0 1` while the planner runs, `0 1 0` in a usable shell.
fn modes(t: &Tmux) -> String {
    let out = t.tmux(&[
        "display-message",
        "-p",
        "-t",
        "e2e",
        "#{alternate_on} #{cursor_flag} #{mouse_any_flag}",
    ]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The pid of the `roadmap` process running on `file`.
fn planner_pid(file: &Path) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = std::fs::read_dir("/proc")
            .expect("/proc")
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .find(|pid| {
                let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
                    return false;
                };
                let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
                args.len() >= 2
                    && args[0] == BIN.as_bytes()
                    && args[1] == file.as_os_str().as_encoded_bytes()
            });
        if let Some(pid) = found {
            return pid;
        }
        assert!(Instant::now() < deadline, "no roadmap process on {file:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether `pid` has exited (gone, or a zombie nobody has reaped yet).
fn exited(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state follows the command name in parentheses.
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => true,
    }
}

/// Waits for `pid` to exit; how long it took.
fn wait_exit(pid: u32) -> Duration {
    let start = Instant::now();
    while !exited(pid) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "roadmap (pid {pid}) still running {:?} after its terminal went",
            start.elapsed()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    start.elapsed()
}

fn kill(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .expect("kill runs");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// Starts the planner on `file` in a shell that reports its exit status
/// and stays, so the pane's modes can be read after the planner is gone.
fn start_reporting(file: &Path) -> Tmux {
    let line = format!(
        "sh -c '{} {}; echo \"roadmap exited $?\"; exec sleep 600'",
        BIN,
        file.display()
    );
    Tmux::start_with(&line, 100, 30)
}

/// Checks the first task off and waits until the planner shows it unsaved.
fn check_off_first(t: &Tmux) {
    t.wait_for("the first frame", |s| {
        s.contains("[ ]") && s.contains("saved")
    });
    t.keys(&["Space"]);
    t.wait_for("the unsaved check-off", |s| s.contains("● unsaved"));
}

/// The recovery file beside `file` holds the check-off; `file` is as it was.
fn recovered_with_the_edit(file: &Path, original: &str) -> PathBuf {
    let recovered = file.with_file_name("plan.recovered.toml");
    let back = roadmap::store::load(&recovered)
        .unwrap_or_else(|e| panic!("{} loads: {e}", recovered.display()));
    assert_eq!(
        back.roadmap.task(TASK).expect("the task").status,
        Status::Done
    );
    assert_eq!(
        std::fs::read_to_string(file).expect("read the original"),
        original,
        "the original is untouched"
    );
    recovered
}

/// `kill -SIGNAL` with an unsaved edit: the shell gets its terminal back,
/// the edit is recovered, the status is 128 + `number`.
fn stopped_by(signal: &str, number: i32) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = roadmap_in(dir.path());
    let original = std::fs::read_to_string(&file).expect("read");
    let t = start_reporting(&file);
    check_off_first(&t);
    assert_eq!(modes(&t), "1 0 1", "the planner's modes while it runs");
    kill(signal, planner_pid(&file));
    let screen = t.wait_for("the planner to exit", |s| s.contains("roadmap exited"));
    assert!(
        screen.contains(&format!("roadmap exited {}", 128 + number)),
        "{screen}"
    );
    assert_eq!(modes(&t), "0 1 0", "terminal modes restored:\n{screen}");
    let recovered = recovered_with_the_edit(&file, &original);
    let said = screen.replace('\n', "");
    assert!(
        said.contains(&format!("stopped by SIG{signal}")),
        "says why:\n{screen}"
    );
    assert!(
        said.contains(&recovered.display().to_string()),
        "names the recovery file:\n{screen}"
    );
}

#[test]
fn sigterm_restores_the_terminal_and_recovers_the_unsaved_edit() {
    stopped_by("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal_and_recovers_the_unsaved_edit() {
    stopped_by("HUP", 1);
}

#[test]
fn sigint_restores_the_terminal_and_recovers_the_unsaved_edit() {
    stopped_by("INT", 2);
}

#[test]
fn sigquit_restores_the_terminal_and_recovers_the_unsaved_edit() {
    stopped_by("QUIT", 3);
}

#[test]
fn a_signal_with_nothing_unsaved_leaves_no_recovery_file() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = roadmap_in(dir.path());
    let t = start_reporting(&file);
    t.wait_for("the first frame", |s| s.contains("[ ]"));
    kill("TERM", planner_pid(&file));
    let screen = t.wait_for("the planner to exit", |s| s.contains("roadmap exited"));
    assert!(screen.contains("roadmap exited 143"), "{screen}");
    assert!(screen.contains("no unsaved changes"), "{screen}");
    assert_eq!(modes(&t), "0 1 0");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["plan.toml"], "no recovery file");
}

/// The planner on `file` with its stderr in `err`, started by `prefix`
/// (e.g. `setsid -w`); returns the session and the planner's pid.
fn start_logging(prefix: &str, file: &Path, err: &Path) -> (Tmux, u32) {
    let line = format!(
        "{prefix} {} {} 2>{}",
        shell_quote(Path::new(BIN)),
        shell_quote(file),
        shell_quote(err)
    );
    let t = Tmux::start_with(&line, 100, 30);
    check_off_first(&t);
    let pid = planner_pid(file);
    (t, pid)
}

#[test]
fn a_closed_terminal_ends_the_planner_and_recovers_the_unsaved_edit() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = roadmap_in(dir.path());
    let original = std::fs::read_to_string(&file).expect("read");
    let err = dir.path().join("stderr.txt");
    let (t, pid) = start_logging("", &file, &err);
    // The whole terminal goes: tmux closes the pane's side of it.
    let _ = t.tmux(&["kill-server"]);
    let took = wait_exit(pid);
    recovered_with_the_edit(&file, &original);
    let said = std::fs::read_to_string(&err).expect("stderr");
    assert!(said.contains("plan.recovered.toml"), "{said}");
    println!("exited {took:?} after the terminal closed: {said}");
}

#[test]
fn end_of_input_without_a_hang_up_signal_ends_the_planner_promptly() {
    // setsid: the planner in a session of its own, so closing the terminal
    // sends it no SIGHUP; it reads end of input and must stop, not spin.
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = roadmap_in(dir.path());
    let original = std::fs::read_to_string(&file).expect("read");
    let err = dir.path().join("stderr.txt");
    let (t, pid) = start_logging("setsid -w", &file, &err);
    let _ = t.tmux(&["kill-server"]);
    let took = wait_exit(pid);
    recovered_with_the_edit(&file, &original);
    let said = std::fs::read_to_string(&err).expect("stderr");
    assert!(said.contains("the terminal closed"), "{said}");
    assert!(said.contains("plan.recovered.toml"), "{said}");
    println!("exited {took:?} after end of input: {said}");
}
