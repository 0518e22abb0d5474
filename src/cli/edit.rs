//! The one path every editing command takes (`check`, `start`, `set`,
//! `add`, `rm`, `rename`…): load the file, apply model changes to a copy,
//! refuse the whole edit if it would leave the roadmap with an error it did
//! not have, and save the way the planner saves (format-preserving, one
//! line per changed field, under the file's lock, merging in whatever
//! another save wrote meanwhile). Any refusal leaves the file's bytes as
//! they were.

use super::write_failure::{save_failed, shell_word};
use super::{output, print_warnings, Failure, Outcome};
use crate::model::change::{apply, Change, ChangeError};
use crate::model::validate::{has_errors, validate};
use crate::model::Roadmap;
use crate::store::{self, Loaded};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A roadmap file being edited: the file as loaded and the edited copy.
pub struct Edit {
    pub file: PathBuf,
    loaded: Loaded,
    pub roadmap: Arc<Roadmap>,
}

impl Edit {
    /// Loads `file` (its warnings on stderr).
    pub fn open(file: &Path) -> Result<Edit, Failure> {
        let loaded = store::load(file)?;
        print_warnings(&loaded);
        // Shared with `loaded` (the save's baseline) until the first change.
        let roadmap = Arc::clone(&loaded.roadmap);
        Ok(Edit {
            file: file.to_path_buf(),
            loaded,
            roadmap,
        })
    }

    /// Applies `change` to the copy; a refused change is exit 1.
    pub fn apply(&mut self, change: Change) -> Outcome {
        apply(Arc::make_mut(&mut self.roadmap), change)
            .map(drop)
            .map_err(|e| self.refused(e))
    }

    /// "FILE: why; nothing was changed" (exit 1), for a change the model refused.
    pub fn refused(&self, e: impl std::fmt::Display) -> Failure {
        Failure::invalid(format!("{}: {e}; nothing was changed", self.file.display()))
    }

    /// "FILE: no task `ID`; did you mean …" (exit 1).
    pub fn no_task(&self, id: &str) -> Failure {
        Failure::invalid(format!(
            "{}: no task `{id}`{}; nothing was changed",
            self.file.display(),
            suggestion(&self.roadmap, id, &self.file)
        ))
    }

    /// [`Self::refused`], naming the closest id when the model found no task.
    pub fn change_failed(&self, e: ChangeError) -> Failure {
        match e {
            ChangeError::NoSuchTask(id) => self.no_task(&id),
            e => self.refused(e),
        }
    }

    /// Whether any change was applied.
    pub fn changed(&self) -> bool {
        !Arc::ptr_eq(&self.roadmap, &self.loaded.roadmap) && *self.roadmap != *self.loaded.roadmap
    }

    /// Writes the edited roadmap back, unless it has an error the file did
    /// not have (then nothing is written, exit 1). `rerun` is the command
    /// to run on a copy when the file cannot be written, with `{}` where
    /// the copy's path goes.
    pub fn save(mut self, rerun: &str) -> Outcome {
        if !self.changed() {
            return Ok(());
        }
        let after = validate(&self.roadmap);
        if has_errors(&after) && !has_errors(&validate(&self.loaded.roadmap)) {
            let first = after.iter().find(|p| p.is_error()).map(ToString::to_string);
            return Err(self.refused(format!(
                "the edit would leave the roadmap invalid: {}",
                first.unwrap_or_default()
            )));
        }
        if let Some(warning) = store::link_warning(&self.file) {
            output::note(&warning);
        }
        store::save_merging(&mut self.loaded, &self.roadmap, &self.file)
            .map_err(|e| save_failed(&self.file, &e, rerun))?;
        Ok(())
    }
}

/// "; did you mean `deploy-worker`?" for the closest id, if any is close;
/// else how to list the ids of `file`.
pub fn suggestion(roadmap: &Roadmap, id: &str, file: &Path) -> String {
    let best = roadmap
        .tasks
        .iter()
        .map(|t| (similarity(&t.id, id), &t.id))
        .filter(|(s, _)| *s > 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, candidate)) => format!("; did you mean `{candidate}`?"),
        None => format!(
            " (`roadmap list {}` lists the ids)",
            shell_word(&file.display().to_string())
        ),
    }
}

/// Share of character bigrams two ids have in common (Dice coefficient).
fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| -> Vec<(char, char)> {
        let c: Vec<char> = s.chars().collect();
        c.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return 0.0;
    }
    let mut pool = gb.clone();
    let mut common = 0;
    for g in &ga {
        if let Some(pos) = pool.iter().position(|x| x == g) {
            pool.swap_remove(pos);
            common += 1;
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}
