//! Saving: patch the loaded document, prove the result loads back to the
//! roadmap being saved, and only then replace the file, atomically, under
//! the file's save lock (checking that the file on disk is still the one
//! loaded and replacing it are one step no other save can come between).
//!
//! [`save_merging`] saves over a file that may have changed since it was
//! loaded (a `git pull`, a teammate's `roadmap check`, an editor): instead
//! of refusing, it merges the change on disk with the roadmap being saved,
//! three-way, with the version loaded as the base (`store::merge`).
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

use super::atomic::write_new;
use super::diagnostic::{Diagnostic, LineIndex, LoadError};
use super::document::{Document, Loaded};
use super::eol::{is_crlf, to_crlf, BOM};
use super::load::{decode_text, parse, parse_text, read_at_most, MAX_FILE_BYTES};
use super::lock::{lock, SaveLock};
use super::merge::{changed_parts, merge, Note};
use super::patch::patch;
use super::splice::render_spliced;
use super::strings::respell_new_strings;
use crate::model::{Part, Roadmap};
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

/// Why a save did not happen. In every case the file on disk is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The roadmap has problems (a dangling phase, a cycle) that would stop
    /// the file from loading.
    #[error("not saved: the roadmap would not load back\n{0}")]
    Invalid(LoadError),
    /// The written text would load as a different roadmap: a bug in roadmap,
    /// caught before it could lose anything.
    #[error("not saved: {file} would load back differently ({detail}); please report this bug")]
    NotRoundTrip { file: String, detail: String },
    /// Someone (a `git pull`, an editor) changed the file since it was loaded.
    #[error("not saved: {path} changed on disk since it was loaded; reload or merge it first")]
    ChangedOnDisk { path: String },
    /// The file changed on disk and merging that change with the roadmap
    /// being saved conflicts (`store::save_merging`); nothing was written.
    /// `disk` is the file as it is now, for the caller to put to a person.
    #[error("not saved: {path} changed on disk and the change conflicts with yours:\n{}", list_conflicts(.conflicts))]
    Conflicted {
        path: String,
        conflicts: Vec<crate::model::Conflict>,
        disk: Box<Loaded>,
    },
    /// A save to a new file ([`save_new`]) found a file there.
    #[error("not saved: {path} already exists")]
    Exists { path: String },
    #[error("not saved: cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

fn list_conflicts(conflicts: &[crate::model::Conflict]) -> String {
    conflicts
        .iter()
        .map(|c| format!("  {c}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text `save` would write for `roadmap`, checked to load back to it
/// (with the file's byte order mark, if it had one).
pub fn render(loaded: &Loaded, roadmap: &Roadmap) -> Result<String, SaveError> {
    let text = match render_checked(loaded, roadmap)? {
        Some(reloaded) => reloaded.document.into_text(),
        None => loaded.document.text().to_string(),
    };
    Ok(match loaded.document.has_bom() {
        true => format!("{BOM}{text}"),
        false => text,
    })
}

/// Saves `roadmap` over the file `loaded` came from, changing only the lines
/// that differ; `loaded` then describes the saved file, sharing `roadmap`
/// (not a copy of it) as its roadmap.
pub fn save(loaded: &mut Loaded, roadmap: &Arc<Roadmap>, path: &Path) -> Result<(), SaveError> {
    let reloaded = render_checked(loaded, roadmap)?;
    let lock = lock(path).map_err(|source| io_error(path, source))?;
    write_checked(&lock, loaded, roadmap, reloaded, path)
}

/// [`save`] to a file that must not exist yet ("save as"): an existing
/// file is refused with [`SaveError::Exists`] and left alone, decided by
/// the rename itself, so a file made meanwhile is not overwritten either.
pub fn save_new(loaded: &mut Loaded, roadmap: &Arc<Roadmap>, path: &Path) -> Result<(), SaveError> {
    let reloaded = render_checked(loaded, roadmap)?;
    let text = reloaded
        .as_ref()
        .map_or(loaded.document.text(), |r| r.document.text());
    let bytes = match loaded.document.has_bom() {
        true => format!("{BOM}{text}"),
        false => text.to_string(),
    };
    write_new(path, bytes.as_bytes()).map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => SaveError::Exists {
            path: path.display().to_string(),
        },
        _ => io_error(path, source),
    })?;
    adopt(loaded, roadmap, reloaded);
    Ok(())
}

/// [`save`] by the holder of the file's save lock.
pub(crate) fn save_locked(
    lock: &SaveLock,
    loaded: &mut Loaded,
    roadmap: &Arc<Roadmap>,
    path: &Path,
) -> Result<(), SaveError> {
    let reloaded = render_checked(loaded, roadmap)?;
    write_checked(lock, loaded, roadmap, reloaded, path)
}

fn io_error(path: &Path, source: std::io::Error) -> SaveError {
    SaveError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Writes the rendered file if the file on disk is still the one loaded.
fn write_checked(
    lock: &SaveLock,
    loaded: &mut Loaded,
    roadmap: &Arc<Roadmap>,
    reloaded: Option<Reloaded>,
    path: &Path,
) -> Result<(), SaveError> {
    let text = reloaded
        .as_ref()
        .map_or(loaded.document.text(), |r| r.document.text());
    let io_error = |source| io_error(path, source);
    let bom = loaded.document.has_bom();
    let write = |text: &str| match bom {
        true => lock.write(path, format!("{BOM}{text}").as_bytes()),
        false => lock.write(path, text.as_bytes()),
    };
    match holds(path, loaded.document.text()).map_err(io_error)? {
        Some(false) => {
            return Err(SaveError::ChangedOnDisk {
                path: path.display().to_string(),
            })
        }
        Some(true) => {
            if text != loaded.document.text() {
                write(text).map_err(io_error)?;
            }
        }
        None => write(text).map_err(io_error)?,
    }
    adopt(loaded, roadmap, reloaded);
    Ok(())
}

/// After a write: `loaded` describes the file written.
fn adopt(loaded: &mut Loaded, roadmap: &Arc<Roadmap>, reloaded: Option<Reloaded>) {
    if let Some(mut reloaded) = reloaded {
        reloaded.document.set_bom(loaded.document.has_bom());
        loaded.document = reloaded.document;
        loaded.warnings = reloaded.warnings;
    }
    // Equal to what was saved (checked before writing), so the saved
    // roadmap itself becomes the baseline and the one it replaces is freed.
    loaded.roadmap = Arc::clone(roadmap);
}

/// The file as the rendered text loads; its roadmap is the one rendered.
struct Reloaded {
    document: Document,
    warnings: Vec<Diagnostic>,
}

/// Whether the file at `path` holds exactly `text` (a byte order mark
/// aside), or nothing when there is no file. Read in blocks, so that a big
/// file is not held in memory a second time.
fn holds(path: &Path, text: &str) -> std::io::Result<Option<bool>> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut expected = text.as_bytes();
    let mut head = Vec::with_capacity(3);
    (&mut file).take(3).read_to_end(&mut head)?;
    if head != "\u{feff}".as_bytes() {
        match expected.strip_prefix(head.as_slice()) {
            Some(rest) => expected = rest,
            None => return Ok(Some(false)),
        }
    }
    let mut block = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut block)?;
        if n == 0 {
            return Ok(Some(expected.is_empty()));
        }
        match expected.strip_prefix(&block[..n]) {
            Some(rest) => expected = rest,
            None => return Ok(Some(false)),
        }
    }
}

/// Renders and re-parses; the re-parsed file must equal `roadmap`. An
/// unchanged roadmap renders as the loaded text, with nothing to re-parse
/// (`None`); otherwise the file as the new text loads.
fn render_checked(loaded: &Loaded, roadmap: &Roadmap) -> Result<Option<Reloaded>, SaveError> {
    let file = loaded.document.file_name();
    if std::ptr::eq(roadmap, &*loaded.roadmap) || *roadmap == *loaded.roadmap {
        return Ok(None);
    }
    // A CRLF file stays one (see `eol`).
    let crlf = is_crlf(loaded.document.text());
    if let Some(document) = render_spliced(loaded, roadmap, crlf) {
        return Ok(Some(Reloaded {
            document,
            warnings: Vec::new(),
        }));
    }
    // Both parsers read TOML alike; should the editor refuse what the loader
    // took, the refusal is reported like any syntax error, at its line.
    let mut doc = loaded.document.editable().map_err(|e| {
        let mut d = Diagnostic::error(file, format!("invalid TOML: {}", e.message().trim()));
        if let Some(span) = e.span() {
            let (line, col) = LineIndex::new(loaded.document.text()).position(span.start);
            d = d.at(line, col);
        }
        SaveError::Invalid(LoadError::single(d))
    })?;
    patch(&mut doc, &loaded.roadmap, roadmap);
    respell_new_strings(&mut doc, crlf);
    let text = match crlf {
        true => to_crlf(&doc.to_string()),
        false => doc.to_string(),
    };
    let reloaded = parse_text(text, file).map_err(SaveError::Invalid)?;
    if *reloaded.roadmap != *roadmap {
        return Err(SaveError::NotRoundTrip {
            file: file.to_string(),
            detail: first_difference(&reloaded.roadmap, roadmap),
        });
    }
    // The editable document prints LF line ends: kept only where that is
    // the file's own text, to spare the next save a parse.
    let document = match crlf {
        true => reloaded.document,
        false => reloaded.document.remember(doc),
    };
    Ok(Some(Reloaded {
        document,
        warnings: reloaded.warnings,
    }))
}

/// Names the first part of two roadmaps that differs, for the bug report.
pub(crate) fn first_difference(got: &Roadmap, want: &Roadmap) -> String {
    if got.version != want.version {
        return "version".into();
    }
    if got.project != want.project {
        return "[project]".into();
    }
    if got.maturity != want.maturity {
        return "[maturity]".into();
    }
    fn list<T: PartialEq>(
        kind: &str,
        a: &[T],
        b: &[T],
        id: impl Fn(&T) -> String,
    ) -> Option<String> {
        if a.len() != b.len() {
            return Some(format!("{} {kind} instead of {}", a.len(), b.len()));
        }
        a.iter()
            .zip(b)
            .find(|(x, y)| x != y)
            .map(|(_, y)| format!("{kind} `{}`", id(y)))
    }
    list("findings", &got.findings, &want.findings, |f| f.id.clone())
        .or_else(|| list("phases", &got.phases, &want.phases, |p| p.id.clone()))
        .or_else(|| list("people", &got.people, &want.people, |p| p.name.clone()))
        .or_else(|| list("tasks", &got.tasks, &want.tasks, |t| t.id.clone()))
        .unwrap_or_else(|| "unknown".into())
}

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
