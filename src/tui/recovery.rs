//! When the session dies with unsaved changes (a panic, a terminal error),
//! the roadmap is written to a recovery file beside the original, never over
//! it, and the path is printed.

use crate::model::Roadmap;
use crate::store::{self, Loaded};
use std::path::{Path, PathBuf};

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

/// The text to recover: the original file patched (comments kept) when that
/// loads back, else the canonical form.
pub fn text(loaded: &Loaded, roadmap: &Roadmap) -> String {
    store::render(loaded, roadmap).unwrap_or_else(|_| store::to_toml(roadmap))
}

/// Writes the recovery file and returns where it went.
pub fn write(
    original: Option<&Path>,
    loaded: &Loaded,
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
        let written = write(Some(&dir.path().join("plan.toml")), &loaded, &roadmap).unwrap();
        let back = store::load(&written).unwrap();
        assert_eq!(back.roadmap, roadmap);
    }
}
