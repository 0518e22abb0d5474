//! The binary against the catalogue of bad files: every command that reads a
//! roadmap exits 1 with a message naming the file (and the line where there is
//! one), and `check` / `fmt` leave the file byte-for-byte unchanged.

#[path = "support/cli.rs"]
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use support::roadmap;

/// Copies of every `tests/bad/*.toml` plus binary garbage and invalid UTF-8,
/// in a temp dir, with the line the first message must name (None: no line).
fn catalogue(dir: &Path) -> Vec<(PathBuf, Option<&'static str>)> {
    let mut files = Vec::new();
    let mut names: Vec<_> = fs::read_dir("tests/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for src in names {
        let dst = dir.join(src.file_name().unwrap());
        fs::copy(&src, &dst).unwrap();
        let name = dst.file_name().unwrap().to_string_lossy().to_string();
        // Files whose first problem has no line: the empty file, a missing `version`.
        let line = match name.as_str() {
            "empty.toml" | "missing_keys.toml" => None,
            _ => Some(":"),
        };
        files.push((dst, line));
    }
    let binary = dir.join("garbage.toml");
    fs::write(&binary, [0u8, 159, 146, 150, 0xff, 0, 1, 2, 3, 0x7f, 0x80]).unwrap();
    files.push((binary, None));
    let latin1 = dir.join("latin1.toml");
    fs::write(&latin1, b"version = 1\n[project]\nname = \"Caf\xe9\"\n").unwrap();
    files.push((latin1, Some(":3:")));
    files
}

#[test]
fn every_bad_file_fails_clearly_and_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let files = catalogue(dir.path());
    assert!(
        files.len() >= 12,
        "the catalogue covers every kind of bad input"
    );
    for (path, line) in &files {
        let before = fs::read(path).unwrap();
        let name = path.display().to_string();
        for args in [
            vec!["validate"],
            vec!["status"],
            vec!["check"],
            vec!["uncheck"],
            vec!["fmt"],
            vec!["fmt", "--check"],
            vec!["export", "--format", "json"],
        ] {
            let mut cmd = roadmap();
            cmd.arg(args[0]).arg(path).args(&args[1..]);
            if args[0].ends_with("check") && args.len() == 1 {
                cmd.arg("some-task");
            }
            let out = cmd.output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args:?} {name}: {stderr}");
            assert!(stderr.contains(&name), "{args:?} names the file: {stderr}");
            if let Some(marker) = line {
                let after_name = &stderr[stderr.find(&name).unwrap() + name.len()..];
                assert!(
                    after_name.starts_with(marker),
                    "{args:?} {name} names the line: {stderr}"
                );
                assert!(
                    after_name[1..].starts_with(|c: char| c.is_ascii_digit()),
                    "{stderr}"
                );
            }
            assert!(!stderr.contains("panicked"), "{stderr}");
            assert_eq!(fs::read(path).unwrap(), before, "{args:?} changed {name}");
        }
    }
}

#[test]
fn a_directory_and_a_missing_file_are_named() {
    let dir = tempfile::tempdir().unwrap();
    for (path, needle) in [
        (dir.path().to_path_buf(), "directory"),
        (dir.path().join("nope.toml"), "no such file"),
    ] {
        for sub in ["validate", "status", "fmt"] {
            let out = roadmap().arg(sub).arg(&path).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{sub}: {stderr}");
            assert!(stderr.contains(needle), "{sub}: {stderr}");
        }
        let out = roadmap().arg("check").arg(&path).arg("x").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
    }
    assert!(
        !dir.path().join("nope.toml").exists(),
        "nothing was created"
    );
}

#[test]
fn validate_reports_every_problem_of_a_file() {
    let out = roadmap()
        .args(["validate", "tests/bad/wrong_types.toml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches(": error:").count(), 7, "{stderr}");
}

#[test]
fn git_conflict_markers_are_named_by_every_command_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.toml");
    fs::copy("tests/bad/conflict_markers.toml", &path).unwrap();
    let before = fs::read(&path).unwrap();
    let name = path.display().to_string();
    for args in [
        vec!["validate"],
        vec!["status"],
        vec!["check", "a"],
        vec!["export", "--format", "csv"],
        vec!["render"],
    ] {
        let out = roadmap()
            .arg(args[0])
            .arg(&path)
            .args(&args[1..])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with(&format!(
                "{name}:15:1: error: the file holds git conflict markers: a merge left a conflict here (1 of 2)\n"
            )),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains(&format!(
                "then `roadmap validate {name}` and `git add {name}`"
            )),
            "{stderr}"
        );
        assert!(!stderr.contains("invalid TOML"), "{stderr}");
        assert!(!stderr.contains("nothing was changed"), "{stderr}");
        assert_eq!(
            fs::read(&path).unwrap(),
            before,
            "{args:?} changed the file"
        );
    }
}
