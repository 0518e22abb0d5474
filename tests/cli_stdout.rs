//! What every command does when its output cannot be written: a closed pipe
//! (`roadmap status --json | head -1`) ends the output quietly, any other
//! error (stdout on a full disk, here /dev/full) is a message and exit 1;
//! never a panic (exit 101) and never exit 0 with nothing written. A
//! verdict (`--require-level`, `validate`) still decides the exit code when
//! the pipe closes early.
#![cfg(unix)]

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn roadmap() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_roadmap"));
    cmd.env("ROADMAP_TODAY", "2026-11-23");
    cmd
}

const SMALL: &str = include_str!("fixtures/small.toml");

fn small() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.toml");
    fs::write(&path, SMALL).unwrap();
    (dir, path)
}

/// Every command that prints on stdout, as arguments after `roadmap`.
fn printing_commands(file: &str, report: &str) -> Vec<Vec<String>> {
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        words(&["status", file]),
        words(&["status", "--json", file]),
        words(&["validate", file]),
        words(&["render", file]),
        words(&["themes"]),
        words(&["export", file, "--format", "json"]),
        words(&["export", file, "--format", "markdown"]),
        words(&["import", report]),
        words(&["gen", "--tasks", "3"]),
    ]
}

fn seed_report() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/seeds/000_30afc8abca608966.txt"
    )
    .to_string()
}

fn run_with_stdout(args: &[String], stdout: Stdio) -> Output {
    roadmap()
        .args(args)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn stdout_on_a_full_disk_is_an_error_for_every_command() {
    let (_dir, path) = small();
    for args in printing_commands(path.to_str().unwrap(), &seed_report()) {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = run_with_stdout(&args, Stdio::from(full));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output: the disk is full"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// A pipe whose reader is already gone: every write fails with EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let (_dir, path) = small();
    for args in printing_commands(path.to_str().unwrap(), &seed_report()) {
        let out = run_with_stdout(&args, closed_pipe());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("standard output"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_closed_pipe_does_not_turn_a_failed_check_into_a_pass() {
    let (dir, path) = small();
    let args: Vec<String> = ["status", "--require-level", "2", path.to_str().unwrap()]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let out = run_with_stdout(&args, closed_pipe());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("below the required level 2"));
    let bad = dir.path().join("bad.toml");
    fs::write(&bad, "version = 1\n[project]\n").unwrap();
    let args: Vec<String> = ["validate", path.to_str().unwrap(), bad.to_str().unwrap()]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let out = run_with_stdout(&args, closed_pipe());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 of 2 files invalid"));
}

/// With stderr on a full disk there is nowhere to say anything, but the
/// exit code still tells: 1, not a panic's 101.
#[test]
fn stderr_on_a_full_disk_keeps_the_exit_code() {
    let (dir, _path) = small();
    let bad = dir.path().join("bad.toml");
    fs::write(&bad, "version = 1\n[project]\n").unwrap();
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = roadmap()
        .arg("validate")
        .arg(&bad)
        .stderr(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

/// `roadmap log` of a file with one completion in its history.
#[test]
fn log_on_a_full_disk_or_a_closed_pipe() {
    let (dir, path) = small();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .env("GIT_AUTHOR_NAME", "ana")
            .env("GIT_AUTHOR_EMAIL", "ana@example.com")
            .env("GIT_COMMITTER_NAME", "ana")
            .env("GIT_COMMITTER_EMAIL", "ana@example.com")
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "small.toml"]);
    git(&["commit", "-q", "-m", "plan"]);
    let checked = roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .output()
        .unwrap();
    assert!(checked.status.success());
    git(&["commit", "-q", "-am", "backups done"]);
    let args = vec!["log".to_string(), path.to_str().unwrap().to_string()];
    let listed = run_with_stdout(&args, Stdio::piped());
    assert!(String::from_utf8_lossy(&listed.stdout).contains("backups"));
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = run_with_stdout(&args, Stdio::from(full));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the disk is full"));
    assert_eq!(run_with_stdout(&args, closed_pipe()).status.code(), Some(0));
}
