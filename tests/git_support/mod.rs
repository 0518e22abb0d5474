//! A sandbox for tests that run real git: a temporary HOME (so the
//! machine's git config does not leak in), no system config, fixed
//! identities and dates, and the `roadmap` under test first on PATH so git
//! can run it as the merge driver.

#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Sandbox {
    pub dir: tempfile::TempDir,
    home: PathBuf,
    path: OsString,
    /// PATH without any directory holding a `roadmap`: a GUI client's or
    /// an IDE's, which never saw the shell profile that adds it.
    bare_path: OsString,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).expect("a home directory");
        let bin = Path::new(env!("CARGO_BIN_EXE_roadmap"))
            .parent()
            .expect("the binary has a directory")
            .to_path_buf();
        let mut paths = vec![bin];
        if let Some(old) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&old));
        }
        let bare: Vec<PathBuf> = paths
            .iter()
            .filter(|dir| !dir.join("roadmap").exists())
            .cloned()
            .collect();
        let path = std::env::join_paths(paths).expect("PATH joins");
        let bare_path = std::env::join_paths(bare).expect("PATH joins");
        Sandbox {
            dir,
            home,
            path,
            bare_path,
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn env(&self, cmd: &mut Command) {
        cmd.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            // Never find a repository above the sandbox.
            .env("GIT_CEILING_DIRECTORIES", self.dir.path())
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env("PATH", &self.path)
            .env("ROADMAP_TODAY", "2025-11-20");
    }

    /// `git ARGS` in `dir` as `who` started where `roadmap` is not on PATH
    /// (a GUI client, an IDE), whatever the outcome.
    pub fn git_elsewhere(&self, who: &str, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        self.env(&mut cmd);
        cmd.env("PATH", &self.bare_path)
            .args(["-c", &format!("user.name={who}")])
            .args(["-c", &format!("user.email={who}@example.com")])
            .args(["-c", "init.defaultBranch=main", "-c", "pull.rebase=false"])
            .args(args)
            .current_dir(dir)
            .output()
            .expect("git runs")
    }

    /// `git ARGS` in `dir` as `who`, whatever the outcome.
    pub fn git_as(&self, who: &str, dir: &Path, args: &[&str]) -> Output {
        self.git_at(who, dir, None, args)
    }

    /// `git ARGS` in `dir` as `who`, with commits dated `date` if given.
    pub fn git_at(&self, who: &str, dir: &Path, date: Option<&str>, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        self.env(&mut cmd);
        if let Some(date) = date {
            cmd.env("GIT_AUTHOR_DATE", date)
                .env("GIT_COMMITTER_DATE", date);
        }
        cmd.args(["-c", &format!("user.name={who}")])
            .args(["-c", &format!("user.email={who}@example.com")])
            .args(["-c", "init.defaultBranch=main", "-c", "pull.rebase=false"])
            .args(args)
            .current_dir(dir)
            .output()
            .expect("git runs")
    }

    /// `git ARGS` in `dir`, which must succeed; its stdout.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.git_as("tester", dir, args);
        assert!(
            out.status.success(),
            "git {args:?} in {}: {}{}",
            dir.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A commit dated `date` (`2025-11-03T10:00:00`), by `who`.
    pub fn commit_as(&self, who: &str, dir: &Path, date: &str, message: &str) {
        let mut cmd = Command::new("git");
        self.env(&mut cmd);
        let out = cmd
            .args(["-c", &format!("user.name={who}")])
            .args(["-c", &format!("user.email={who}@example.com")])
            .args(["commit", "-qam", message])
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .current_dir(dir)
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "commit: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The program at `bin` (a copy of roadmap), run in `dir` inside the sandbox.
    pub fn run(&self, bin: &Path, dir: &Path) -> assert_cmd::Command {
        let mut cmd = Command::new(bin);
        self.env(&mut cmd);
        cmd.current_dir(dir);
        assert_cmd::Command::from_std(cmd)
    }

    /// The `roadmap` binary, run in `dir` inside the sandbox.
    pub fn roadmap(&self, dir: &Path) -> assert_cmd::Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_roadmap"));
        self.env(&mut cmd);
        cmd.current_dir(dir);
        assert_cmd::Command::from_std(cmd)
    }

    /// A bare `origin.git` with `roadmap.toml` (= `text`) committed and
    /// pushed by alice, and the clones `alice` and `bob`.
    pub fn shared(&self, text: &str) -> (PathBuf, PathBuf) {
        let root = self.dir.path();
        self.git(root, &["init", "-q", "--bare", "origin.git"]);
        self.git(root, &["clone", "-q", "origin.git", "alice"]);
        let alice = self.path("alice");
        std::fs::write(alice.join("roadmap.toml"), text).expect("write the roadmap");
        self.git(&alice, &["add", "roadmap.toml"]);
        self.git(&alice, &["commit", "-qm", "Roadmap from the audit"]);
        self.git(&alice, &["push", "-q", "origin", "main"]);
        self.git(root, &["clone", "-q", "origin.git", "bob"]);
        (alice, self.path("bob"))
    }
}

/// Replaces the first `from` in `file` by `to`, as a person would in an editor.
pub fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains(from), "{from:?} is in {}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).expect("write");
}

/// Copies the program `from` to `to` (which stays executable) with `cp`, so
/// that no write handle to it ever lives in the test process: a thread of
/// the test forking git at that moment would hold it open, and running the
/// copy would then fail with "Text file busy".
pub fn copy_program(from: &Path, to: &Path) {
    let out = Command::new("cp")
        .arg(from)
        .arg(to)
        .output()
        .expect("cp runs");
    assert!(
        out.status.success(),
        "cp {} {}: {}",
        from.display(),
        to.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}
