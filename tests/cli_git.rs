//! In a real git checkout: `roadmap check` on a curated roadmap leaves a diff
//! of at most two lines (`status` and `done_on`), and `uncheck` leaves no diff.

use assert_cmd::Command;
use std::path::Path;
use std::process::Command as Process;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Process::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git is installed");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_off_is_a_two_line_diff_and_uncheck_restores_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy("roadmaps/jewelshot.toml", &file).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "roadmap"]);

    let run = |sub: &str| {
        Command::cargo_bin("roadmap")
            .unwrap()
            .env("ROADMAP_TODAY", "2026-11-23")
            .current_dir(dir.path())
            .args([sub, "jewelshot.toml", "setup-automated-backups-database"])
            .assert()
            .success();
    };
    run("check");
    let numstat = git(dir.path(), &["diff", "--numstat"]);
    assert_eq!(
        numstat.trim(),
        "2\t1\tjewelshot.toml",
        "one line changed, one added"
    );
    let diff = git(dir.path(), &["diff", "-U0"]);
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| {
            (l.starts_with('+') || l.starts_with('-'))
                && !l.starts_with("+++")
                && !l.starts_with("---")
        })
        .collect();
    assert_eq!(
        changed,
        [
            "-status = \"todo\"",
            "+status = \"done\"",
            "+done_on = 2026-11-23"
        ]
    );

    run("uncheck");
    assert_eq!(
        git(dir.path(), &["diff", "--numstat"]),
        "",
        "uncheck leaves no diff"
    );
}
