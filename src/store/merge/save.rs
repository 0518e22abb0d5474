//! Saving over a file that may have changed since it was loaded (a `git
//! pull`, a teammate's `roadmap check`, an editor): instead of refusing,
//! merge the change on disk with the roadmap being saved, three-way, with
//! the version loaded as the base.
//!
//! Whether the file changed is decided by its content, never its mtime: a
//! checkout that rewrites the same bytes is no change, and a change within
//! the same second is still one. When the merge is clean it is written,
//! through the document on disk, so the other side's comments survive too.
//! When it conflicts, nothing is written: the file on disk stays exactly as
//! the other side left it, the caller still holds its own roadmap, and the
//! conflicts are returned so that a person can choose (merge with markers,
//! keep mine, take theirs). That is the safer of the two choices: writing
//! the marked form would change someone else's file behind their back.

use super::diff::changed_parts;
use super::{merge, Note};
use crate::model::Part;
use crate::store::document::Loaded;
use crate::store::load::{decode_text, parse, read_at_most, MAX_FILE_BYTES};
use crate::store::lock::lock;
use crate::store::save::{save_locked, SaveError};
use std::path::Path;
use std::sync::Arc;

/// What [`save_merging`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveOutcome {
    /// The file was as loaded; the roadmap was written over it (or nothing
    /// needed writing).
    Saved,
    /// The file had changed on disk; the change and the roadmap were merged
    /// cleanly and the merge written. `loaded` now holds the merged roadmap,
    /// which the caller should adopt; `theirs` names what the change on disk
    /// touched, `notes` the ids the merge settled (see [`Note`]).
    Merged { theirs: Vec<Part>, notes: Vec<Note> },
}

/// How often a save retries when the file changes again while it merges.
const ATTEMPTS: usize = 3;

/// Saves `roadmap` over `path` like [`save`](crate::store::save), merging
/// instead of refusing when the file changed on disk since `loaded` was
/// read. On [`SaveError::Conflicted`] nothing was written. The file's save
/// lock is held from reading the file on disk to the rename, so another
/// roadmap saving at the same moment (a `roadmap check`, a second planner)
/// waits and is merged in turn rather than overwritten.
pub fn save_merging(
    loaded: &mut Loaded,
    roadmap: &Arc<crate::model::Roadmap>,
    path: &Path,
) -> Result<SaveOutcome, SaveError> {
    let lock = lock(path).map_err(|source| SaveError::Io {
        path: path.display().to_string(),
        source,
    })?;
    for _ in 0..ATTEMPTS {
        let Some(mut disk) = changed_on_disk(loaded, path)? else {
            save_locked(&lock, loaded, roadmap, path)?;
            return Ok(SaveOutcome::Saved);
        };
        let merged = merge(Some(&loaded.roadmap), roadmap, &disk.roadmap);
        if !merged.is_clean() {
            return Err(SaveError::Conflicted {
                path: path.display().to_string(),
                conflicts: merged.conflicts,
                disk: Box::new(disk),
            });
        }
        let theirs = changed_parts(&loaded.roadmap, &disk.roadmap);
        let notes = merged.notes;
        match save_locked(&lock, &mut disk, &Arc::new(merged.roadmap), path) {
            Ok(()) => {
                *loaded = disk;
                return Ok(SaveOutcome::Merged { theirs, notes });
            }
            // Changed again while merging, by a writer that takes no lock
            // (an editor, git): merge with the newer version.
            Err(SaveError::ChangedOnDisk { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(SaveError::ChangedOnDisk {
        path: path.display().to_string(),
    })
}

/// The file as it is now, if it is no longer the text `loaded` came from.
/// A file gone missing is no change (saving writes it again); one that no
/// longer loads cannot be merged and is left alone.
fn changed_on_disk(loaded: &Loaded, path: &Path) -> Result<Option<Loaded>, SaveError> {
    let refused = || SaveError::ChangedOnDisk {
        path: path.display().to_string(),
    };
    let bytes = match read_at_most(path, MAX_FILE_BYTES) {
        Ok(Some(bytes)) => bytes,
        // Grown past what a roadmap may be: it no longer loads.
        Ok(None) => return Err(refused()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SaveError::Io {
                path: path.display().to_string(),
                source,
            })
        }
    };
    let text = decode_text(&bytes, loaded.document.file_name()).map_err(|_| refused())?;
    if text == loaded.document.text() {
        return Ok(None);
    }
    let mut disk = parse(text, loaded.document.file_name()).map_err(|_| refused())?;
    disk.document
        .set_bom(bytes.starts_with("\u{feff}".as_bytes()));
    Ok(Some(disk))
}

#[cfg(test)]
mod tests;
