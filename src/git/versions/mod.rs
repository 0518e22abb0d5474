//! A roadmap file's committed versions in git (following renames), who
//! committed each and when; from them, who checked off which task
//! ([`Versions::completions`], for `roadmap log`) and how maturity and effort
//! done moved over time ([`Versions::series`], for a burn-up chart).
//!
//! Which commits completed which task is worked out in `completions`. Each
//! version is read by the `Parse` the caller gives (the store's, which this
//! layer may not reach); versions that do not load (a commit with git's
//! conflict markers) are skipped.

mod completions;
mod pace;

use super::{blobs, GitError, Repo};
use crate::model::{Effort, Money, Roadmap};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub commit: String,
    pub parents: Vec<String>,
    /// The author's date, in the author's time zone.
    pub date: NaiveDate,
    pub author: String,
    /// The file's path in that commit, from the top of the repository.
    pub path: String,
}

/// A committed version of the file; `roadmap` is `None` if it did not load.
#[derive(Debug, Clone)]
pub struct Version {
    pub revision: Revision,
    pub roadmap: Option<Roadmap>,
}

/// Reads a committed version of the file: its bytes and a name for
/// diagnostics (`plan.toml@1a2b3c4`) to the roadmap, or nothing when it
/// does not load.
pub type Parse = fn(&[u8], &str) -> Option<Roadmap>;

/// The committed versions of a file, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    pub versions: Vec<Version>,
    /// The file as it was in parents of the versions that did not change it
    /// themselves (other branches' bases), by commit.
    parents: HashMap<String, Roadmap>,
    /// The date of the file's earliest commit, loaded or not.
    first: Option<NaiveDate>,
}

/// A task checked off in a commit.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub commit: String,
    /// The commit's date.
    pub date: NaiveDate,
    /// The task's `done_on`, when it has one: the day it was done, which
    /// the commit may have recorded later (or a teammate, earlier).
    pub done_on: Option<NaiveDate>,
    pub author: String,
    pub task: String,
    pub title: String,
    pub effort: Option<Effort>,
    pub cost_once: Option<Money>,
    pub cost_monthly: Option<Money>,
    /// The project's currency at that commit.
    pub currency: String,
    /// Done already in the file's first version: it arrived done, and when
    /// it was done the history cannot tell (pace leaves it out).
    pub first: bool,
}

impl Completion {
    /// The day the task was done: its `done_on`, else the commit's date.
    pub fn day(&self) -> NaiveDate {
        self.done_on.unwrap_or(self.date)
    }
}

/// One point of a burn-up chart (in the model, which draws nothing from git).
pub use crate::model::burnup::Point;

impl Versions {
    /// Reads the committed versions of the roadmap file at `file`, each
    /// through `parse`. A file git does not track (yet) has none.
    pub fn read(file: &Path, parse: Parse) -> Result<Versions, GitError> {
        Versions::read_since(file, parse, None)
    }

    /// [`Versions::read`], loading only the versions committed on or after
    /// `since` (and, to compare them with, the file in their parents): what
    /// a look at recent weeks needs, without parsing years of history. The
    /// list of commits is still read whole, so [`Versions::first_day`] is
    /// the file's first commit.
    pub fn read_since(
        file: &Path,
        parse: Parse,
        since: Option<NaiveDate>,
    ) -> Result<Versions, GitError> {
        let dir = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let repo = Repo::discover(&dir)?;
        let path = path_in_repo(&repo, file)?;
        let revisions = log(&repo, &path)?;
        let first = revisions.iter().map(|r| r.date).min();
        let revisions: Vec<Revision> = revisions
            .into_iter()
            .filter(|r| since.is_none_or(|since| r.date >= since))
            .collect();
        let specs: Vec<String> = revisions
            .iter()
            .map(|r| format!("{}:{}", r.commit, r.path))
            .collect();
        let contents = blobs::read(&repo, &specs)?;
        let mut versions: Vec<Version> = revisions
            .into_iter()
            .zip(contents)
            .map(|(revision, content)| {
                let roadmap = content.and_then(|bytes| parse(&bytes, &name_of(&revision)));
                Version { revision, roadmap }
            })
            .collect();
        versions.reverse();
        let parents = unlisted_parents(&repo, &versions, parse)?;
        Ok(Versions {
            versions,
            parents,
            first,
        })
    }

    /// Maturity score and effort done after each commit, oldest first.
    pub fn series(&self) -> Vec<Point> {
        self.versions
            .iter()
            .filter_map(|v| {
                let r = v.roadmap.as_ref()?;
                Some(Point::of(&v.revision.commit, v.revision.date, r))
            })
            .collect()
    }
}

/// `file` as git names it: relative to the top of the repository, with `/`.
fn path_in_repo(repo: &Repo, file: &Path) -> Result<String, GitError> {
    let not_inside = || GitError::NotARepository(file.display().to_string());
    let full = file.canonicalize().map_err(|_| not_inside())?;
    let root = repo.root().canonicalize().map_err(|_| not_inside())?;
    let relative = full.strip_prefix(&root).map_err(|_| not_inside())?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Ok(parts.join("/"))
}

/// The commits that changed `path`, newest first, following renames.
fn log(repo: &Repo, path: &str) -> Result<Vec<Revision>, GitError> {
    // Nothing committed yet is an empty history, not an error.
    if repo
        .query(&["rev-parse", "--verify", "-q", "HEAD"])?
        .is_none()
    {
        return Ok(Vec::new());
    }
    let out = repo.run(&[
        "log",
        "--follow",
        // --follow alone hides merges; a merge that changed the file is a version.
        "--diff-merges=first-parent",
        "--no-color",
        "--format=%x1e%H%x1f%P%x1f%aI%x1f%an",
        "--name-only",
        "--",
        path,
    ])?;
    let text = String::from_utf8_lossy(&out);
    let mut revisions = Vec::new();
    let mut newer_path = path.to_string();
    for record in text.split('\u{1e}').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines();
        let header = lines.next().unwrap_or_default();
        let fields: Vec<&str> = header.split('\u{1f}').collect();
        let [commit, parents, date, author] = fields.as_slice() else {
            continue;
        };
        let Ok(date) = NaiveDate::parse_from_str(date.get(..10).unwrap_or(date), "%Y-%m-%d") else {
            continue;
        };
        // A merge lists no file: it keeps the name of the version after it.
        let file = lines
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map_or_else(|| newer_path.clone(), str::to_string);
        newer_path.clone_from(&file);
        revisions.push(Revision {
            commit: commit.to_string(),
            parents: parents.split_whitespace().map(str::to_string).collect(),
            date,
            author: author.to_string(),
            path: file,
        });
    }
    Ok(revisions)
}

/// How diagnostics name the file in a commit: `plan.toml@1a2b3c4`.
fn name_of(revision: &Revision) -> String {
    format!("{}@{}", revision.path, short(&revision.commit))
}

pub fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

/// The file in parents of listed commits that are not listed themselves
/// (the commit a branch started from, when it did not touch the file).
fn unlisted_parents(
    repo: &Repo,
    versions: &[Version],
    parse: Parse,
) -> Result<HashMap<String, Roadmap>, GitError> {
    let listed: std::collections::HashSet<&str> = versions
        .iter()
        .map(|v| v.revision.commit.as_str())
        .collect();
    let mut wanted: Vec<(String, Revision)> = Vec::new();
    for v in versions {
        for p in &v.revision.parents {
            if !listed.contains(p.as_str()) && !wanted.iter().any(|(w, _)| w == p) {
                wanted.push((p.clone(), v.revision.clone()));
            }
        }
    }
    let specs: Vec<String> = wanted
        .iter()
        .map(|(parent, child)| format!("{parent}:{}", child.path))
        .collect();
    let contents = blobs::read(repo, &specs)?;
    Ok(wanted
        .into_iter()
        .zip(contents)
        .filter_map(|((parent, child), content)| {
            let roadmap = parse(&content?, &name_of(&child))?;
            Some((parent, roadmap))
        })
        .collect())
}
