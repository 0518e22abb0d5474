//! `roadmap git-setup [--pattern GLOB]...`: installs `roadmap merge` as the
//! merge driver of the current repository, so that two people checking off
//! different tasks never see a git conflict. Writes `GLOB merge=roadmap`
//! lines to `.gitattributes` (to be committed: every clone reads it) and
//! `merge.roadmap.driver` / `merge.roadmap.name` to the repository's own
//! config (not shared by git: each clone runs `roadmap git-setup` once).
//! The driver names this binary by its absolute path (see `driver`).
//! Running it again changes nothing.

mod driver;

use super::{args::GitSetupArgs, output, Failure, Outcome};
use crate::git::{GitError, Repo};
use std::path::Path;

/// The roadmap files of a repository, as the format's names go.
pub const DEFAULT_PATTERNS: &[&str] = &["*.roadmap.toml", "roadmap.toml", "roadmaps/*.toml"];

pub const DRIVER_NAME: &str = "roadmap: three-way merge by task and field";

const ATTRIBUTE: &str = "merge=roadmap";

pub fn run(args: GitSetupArgs) -> Outcome {
    let patterns: Vec<String> = if args.pattern.is_empty() {
        DEFAULT_PATTERNS.iter().map(|p| p.to_string()).collect()
    } else {
        args.pattern.clone()
    };
    if let Some(bad) = patterns
        .iter()
        .find(|p| p.trim().is_empty() || p.chars().any(char::is_whitespace) || p.starts_with('#'))
    {
        return Err(Failure::usage(format!(
            "--pattern `{bad}` cannot be a .gitattributes pattern: give a glob without spaces \
             such as `plans/*.toml`"
        )));
    }
    let here = std::env::current_dir()
        .map_err(|e| Failure::invalid(format!("cannot tell the current directory: {e}")))?;
    let repo = Repo::discover(&here).map_err(|e| Failure::invalid(format!("git-setup: {e}")))?;
    let exe = driver::this_binary().map_err(|e| {
        Failure::invalid(format!(
            "git-setup: cannot tell where roadmap runs from: {e}"
        ))
    })?;
    let Some(exe_text) = exe.to_str() else {
        return Err(Failure::invalid(format!(
            "git-setup: the path of this binary, {}, is not UTF-8, which git's config cannot \
             hold; install roadmap under a plain path and run git-setup again",
            exe.display()
        )));
    };
    let command = driver::command(exe_text);
    let mut changed = false;
    changed |= add_attributes(&repo.root().join(".gitattributes"), &patterns)?;
    for (key, value) in [
        ("merge.roadmap.name", DRIVER_NAME),
        ("merge.roadmap.driver", command.as_str()),
    ] {
        changed |= set_config(&repo, key, value)?;
    }
    if !changed {
        output::line(&format!(
            "{}: the roadmap merge driver is already set up",
            repo.root().display()
        ))?;
    }
    output::line(&format!(
        "git runs {exe_text} to merge roadmap files, whatever its PATH; if that cannot run, \
         git merges them line by line (git merge-file) and says so"
    ))?;
    if let Some(why) = driver::unstable(&exe, &std::env::temp_dir()) {
        output::note(&format!(
            "warning: {exe_text} is in {why}; install roadmap where it stays \
             (cargo install --path .) and run `roadmap git-setup` again from there"
        ));
    }
    Ok(())
}

/// Appends the `PATTERN merge=roadmap` lines the file lacks; true if any.
fn add_attributes(path: &Path, patterns: &[String]) -> Result<bool, Failure> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Failure::invalid(format!(
                "{}: cannot read: {e}",
                path.display()
            )))
        }
    };
    let missing: Vec<&String> = patterns.iter().filter(|p| !has_driver(&text, p)).collect();
    if missing.is_empty() {
        return Ok(false);
    }
    let mut out = text.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for pattern in &missing {
        out.push_str(&format!("{pattern} {ATTRIBUTE}\n"));
        output::line(&format!(
            "{}: added `{pattern} {ATTRIBUTE}`",
            path.display()
        ))?;
    }
    crate::store::write_atomic(path, out.as_bytes())
        .map_err(|e| Failure::invalid(format!("{}: cannot write: {e}", path.display())))?;
    Ok(true)
}

/// Whether a line of `text` already gives `pattern` the roadmap driver.
fn has_driver(text: &str, pattern: &str) -> bool {
    text.lines().any(|line| {
        let mut words = line.split_whitespace();
        words.next() == Some(pattern) && words.any(|w| w == ATTRIBUTE)
    })
}

/// Sets `key` in the repository's config unless it holds `value`; true if set.
fn set_config(repo: &Repo, key: &str, value: &str) -> Result<bool, Failure> {
    let git = |e: GitError| Failure::invalid(format!("git-setup: {e}"));
    let current = repo
        .query(&["config", "--local", "--get", key])
        .map_err(git)?;
    let current = current.map(|v| String::from_utf8_lossy(&v).trim_end().to_string());
    if current.as_deref() == Some(value) {
        return Ok(false);
    }
    repo.run(&["config", "--local", key, value]).map_err(git)?;
    output::line(&format!("git config {key} \"{value}\""))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_counts_as_set_up_whatever_else_its_line_says() {
        let text =
            "*.png binary\nroadmap.toml merge=roadmap -diff\n# *.roadmap.toml merge=roadmap\n";
        assert!(has_driver(text, "roadmap.toml"));
        assert!(
            !has_driver(text, "*.roadmap.toml"),
            "a comment is not a setting"
        );
        assert!(!has_driver(text, "*.png"));
    }
}
