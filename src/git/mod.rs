//! Running git for the commands that work with the repository a roadmap
//! lives in (`git-setup`, `log`, the history series). Git is invoked as a
//! program, as a person would, so its own configuration and version rules
//! apply; nothing here links a git library.

mod blobs;
pub mod versions;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a git command could not give an answer.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git ({0}); install git or put it on PATH")]
    Missing(#[source] std::io::Error),
    #[error("{0} is not inside a git repository; run `git init` first, or cd into the repository")]
    NotARepository(String),
    #[error("`git {args}` failed: {message}")]
    Failed { args: String, message: String },
}

/// A git working tree, found from a directory inside it.
#[derive(Debug, Clone)]
pub struct Repo {
    root: PathBuf,
}

impl Repo {
    /// The repository containing `dir`.
    pub fn discover(dir: &Path) -> Result<Repo, GitError> {
        let out = git_in(dir, &["rev-parse", "--show-toplevel"])?;
        if !out.status.success() {
            return Err(GitError::NotARepository(dir.display().to_string()));
        }
        let root = String::from_utf8_lossy(&out.stdout).trim_end().to_string();
        Ok(Repo {
            root: PathBuf::from(root),
        })
    }

    /// The top directory of the working tree.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Runs `git ARGS` at the top of the working tree; its standard output.
    pub fn run(&self, args: &[&str]) -> Result<Vec<u8>, GitError> {
        let out = git_in(&self.root, args)?;
        if out.status.success() {
            Ok(out.stdout)
        } else {
            Err(GitError::Failed {
                args: args.join(" "),
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            })
        }
    }

    /// Like [`Repo::run`], but a plain "no" from git (exit 1 with nothing
    /// on stderr, as `git config --get` of an unset key) is `None`.
    pub fn query(&self, args: &[&str]) -> Result<Option<Vec<u8>>, GitError> {
        let out = git_in(&self.root, args)?;
        match out.status.code() {
            Some(0) => Ok(Some(out.stdout)),
            Some(1) if out.stderr.is_empty() => Ok(None),
            _ => Err(GitError::Failed {
                args: args.join(" "),
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            }),
        }
    }
}

impl Repo {
    /// Runs `git ARGS` with `input` on its standard input; its standard
    /// output. The input is written from another thread, so a command that
    /// answers as it reads (`cat-file --batch`) cannot dead-lock on full pipes.
    pub fn run_with_input(&self, args: &[&str], input: Vec<u8>) -> Result<Vec<u8>, GitError> {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = Command::new("git")
            .args(args)
            .current_dir(&self.root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(GitError::Missing)?;
        let stdin = child.stdin.take();
        let writer = std::thread::spawn(move || {
            if let Some(mut stdin) = stdin {
                // A failed write shows up as git's own error below.
                let _ = stdin.write_all(&input);
            }
        });
        let out = child.wait_with_output().map_err(GitError::Missing)?;
        let _ = writer.join();
        if out.status.success() {
            Ok(out.stdout)
        } else {
            Err(GitError::Failed {
                args: args.join(" "),
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            })
        }
    }
}

fn git_in(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(GitError::Missing)
}
