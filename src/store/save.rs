//! Saving: patch the loaded document, prove the result loads back to the
//! roadmap being saved, and only then replace the file, atomically.

use super::atomic::write_atomic;
use super::diagnostic::{Diagnostic, LineIndex, LoadError};
use super::document::Loaded;
use super::load::parse;
use super::patch::patch;
use super::splice::render_spliced;
use crate::model::Roadmap;
use std::path::Path;

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
    #[error("not saved: {path} changed on disk and the change conflicts with yours:\n{}", list_conflicts(.conflicts))]
    Conflicted {
        path: String,
        conflicts: Vec<crate::model::Conflict>,
    },
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

/// The text `save` would write for `roadmap`, checked to load back to it.
pub fn render(loaded: &Loaded, roadmap: &Roadmap) -> Result<String, SaveError> {
    render_checked(loaded, roadmap).map(|(text, _)| text)
}

/// Saves `roadmap` over the file `loaded` came from, changing only the lines
/// that differ; `loaded` then describes the saved file.
pub fn save(loaded: &mut Loaded, roadmap: &Roadmap, path: &Path) -> Result<(), SaveError> {
    let (text, reloaded) = render_checked(loaded, roadmap)?;
    let io_error = |source| SaveError::Io {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read(path) {
        Ok(on_disk) => {
            let on_disk = on_disk
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&on_disk);
            if on_disk != loaded.document.text().as_bytes() {
                return Err(SaveError::ChangedOnDisk {
                    path: path.display().to_string(),
                });
            }
            if on_disk != text.as_bytes() {
                write_atomic(path, text.as_bytes()).map_err(io_error)?;
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            write_atomic(path, text.as_bytes()).map_err(io_error)?;
        }
        Err(e) => return Err(io_error(e)),
    }
    if let Some(reloaded) = reloaded {
        *loaded = reloaded;
    }
    Ok(())
}

/// Renders and re-parses; the re-parsed file must equal `roadmap`. An
/// unchanged roadmap renders as the loaded text, with nothing to re-parse.
fn render_checked(
    loaded: &Loaded,
    roadmap: &Roadmap,
) -> Result<(String, Option<Loaded>), SaveError> {
    let file = loaded.document.file_name();
    if *roadmap == loaded.roadmap {
        return Ok((loaded.document.text().to_string(), None));
    }
    if let Some((text, reloaded)) = render_spliced(loaded, roadmap) {
        return Ok((text, Some(reloaded)));
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
    let text = doc.to_string();
    let mut reloaded = parse(&text, file).map_err(SaveError::Invalid)?;
    if reloaded.roadmap != *roadmap {
        return Err(SaveError::NotRoundTrip {
            file: file.to_string(),
            detail: first_difference(&reloaded.roadmap, roadmap),
        });
    }
    reloaded.document = reloaded.document.remember(doc);
    Ok((text, Some(reloaded)))
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
        .or_else(|| list("tasks", &got.tasks, &want.tasks, |t| t.id.clone()))
        .unwrap_or_else(|| "unknown".into())
}
