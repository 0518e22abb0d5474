//! When the session dies with unsaved changes (a panic, a terminal error, a
//! signal, the terminal closing), the roadmap is written to a recovery file
//! beside the original, never over it, and the path is printed.

use super::action::Stop;
use super::state::State;
use crate::model::Roadmap;
use crate::store::{self, Loaded};
use std::path::{Path, PathBuf};

/// The session was stopped from outside; what became of its unsaved work.
#[derive(Debug)]
pub struct Stopped {
    pub stop: Stop,
    /// Where the unsaved changes went, or why they could not be written;
    /// `None` when there were none.
    pub recovered: Option<Result<PathBuf, String>>,
}

impl Stopped {
    /// Writes the session's unsaved changes, if it has any, to a recovery file.
    pub fn after(stop: Stop, state: &State) -> Stopped {
        let recovered = state.is_dirty().then(|| {
            write(state.path.as_deref(), state.file.as_ref(), &state.roadmap)
                .map_err(|e| e.to_string())
        });
        Stopped { stop, recovered }
    }

    pub fn exit_code(&self) -> i32 {
        self.stop.exit_code()
    }
}

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.recovered {
            None => write!(f, "{}; there were no unsaved changes", self.stop),
            Some(Ok(path)) => write!(
                f,
                "{}; your unsaved changes were written to {}",
                self.stop,
                path.display()
            ),
            Some(Err(e)) => write!(
                f,
                "{}; your unsaved changes could not be written to a recovery file: {e}",
                self.stop
            ),
        }
    }
}

impl std::error::Error for Stopped {}

/// `plan.toml` → `plan.recovered.toml` (then `plan.recovered-2.toml`, …), in
/// the same folder; for the bundled example, in the current folder.
pub fn path_for(original: Option<&Path>) -> PathBuf {
    let (dir, stem) = match original {
        Some(p) => (
            p.parent().map(Path::to_path_buf).unwrap_or_default(),
            p.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "roadmap".into()),
        ),
        None => (PathBuf::new(), "roadmap".to_string()),
    };
    (1..)
        .map(|n| {
            let name = if n == 1 {
                format!("{stem}.recovered.toml")
            } else {
                format!("{stem}.recovered-{n}.toml")
            };
            dir.join(name)
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{stem}.recovered.toml")))
}

/// The text to recover: the original file patched (comments kept) when
/// that loads back, else the canonical form (also when the file is not at
/// hand: a save was under way when the session died).
pub fn text(loaded: Option<&Loaded>, roadmap: &Roadmap) -> String {
    loaded
        .and_then(|loaded| store::render(loaded, roadmap).ok())
        .unwrap_or_else(|| store::to_toml(roadmap))
}

/// Writes the recovery file and returns where it went.
pub fn write(
    original: Option<&Path>,
    loaded: Option<&Loaded>,
    roadmap: &Roadmap,
) -> std::io::Result<PathBuf> {
    let path = path_for(original);
    store::write_atomic(&path, text(loaded, roadmap).as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_files_sit_beside_the_original_and_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("plan.toml");
        let first = path_for(Some(&original));
        assert_eq!(first, dir.path().join("plan.recovered.toml"));
        std::fs::write(&first, "x").unwrap();
        assert_eq!(
            path_for(Some(&original)),
            dir.path().join("plan.recovered-2.toml")
        );
        assert_eq!(path_for(None), PathBuf::from("roadmap.recovered.toml"));
    }

    #[test]
    fn the_recovered_text_loads_back_to_the_unsaved_roadmap() {
        let mut roadmap = crate::tui::fixture::roadmap();
        let loaded = store::parse(&store::to_toml(&roadmap), "plan.toml").unwrap();
        roadmap.tasks[2].status = crate::model::Status::Done;
        let dir = tempfile::tempdir().unwrap();
        let written = write(Some(&dir.path().join("plan.toml")), Some(&loaded), &roadmap).unwrap();
        let back = store::load(&written).unwrap();
        assert_eq!(back.roadmap, roadmap);
        let canonical = write(Some(&dir.path().join("plan.toml")), None, &roadmap).unwrap();
        assert_eq!(store::load(&canonical).unwrap().roadmap, roadmap);
    }
}
