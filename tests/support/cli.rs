//! What the command-line tests share: the binary with a pinned "today", and
//! `status --json` of a file.

// Each test binary that includes this file uses its own subset of it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The small fixture roadmap the command-line tests edit.
pub const SMALL: &str = include_str!("../fixtures/small.toml");

/// A temp dir holding a copy of the small fixture as `small.toml`.
pub fn small() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.toml");
    std::fs::write(&path, SMALL).unwrap();
    (dir, path)
}

/// The `roadmap` binary, with `ROADMAP_TODAY` pinned so `done_on` is predictable.
pub fn roadmap() -> Command {
    let mut cmd = Command::cargo_bin("roadmap").expect("binary built");
    cmd.env("ROADMAP_TODAY", "2026-11-23");
    cmd
}

/// `roadmap status --json FILE`, which must succeed.
pub fn status_json(path: &Path) -> serde_json::Value {
    let out = roadmap()
        .args(["status", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
