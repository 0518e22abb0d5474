//! Watching the roadmap's file for changes made elsewhere (a `git pull`, a
//! checkout, an editor, `roadmap check` in another terminal). The directory
//! is watched rather than the file, because atomic writes (ours, git's,
//! most editors') replace the file by renaming another over it, which a
//! watch on the old file would not see. Events are debounced: the file is
//! read once things have been quiet for [`SETTLE`], so a checkout that
//! writes in several steps is read once, whole.

use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// How long the file must be left alone before it is read.
pub const SETTLE: Duration = Duration::from_millis(200);

pub struct Watch {
    // Kept alive: dropping it stops the watch.
    _watcher: notify::RecommendedWatcher,
    events: Receiver<()>,
    path: PathBuf,
    /// When the last event about the file came, if it has not been read since.
    pending: Option<Instant>,
}

impl Watch {
    /// Starts watching `path`'s directory; `None` if the platform refuses
    /// (the session then simply does not reload).
    pub fn start(path: &Path) -> Option<Watch> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name()?.to_os_string();
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            let Ok(ev) = ev else { return };
            if ev.kind.is_access() {
                return;
            }
            if ev.paths.iter().any(|p| p.file_name() == Some(&name)) {
                let _ = tx.send(());
            }
        })
        .ok()?;
        watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
        Some(Watch {
            _watcher: watcher,
            events,
            path: path.to_path_buf(),
            pending: None,
        })
    }

    /// The file's text once a change has settled, else `None`.
    pub fn changed(&mut self) -> Option<String> {
        if self.events.try_iter().count() > 0 {
            self.pending = Some(Instant::now());
        }
        let since = self.pending?;
        if since.elapsed() < SETTLE {
            return None;
        }
        self.pending = None;
        // Gone for now (mid-rename, a checkout removing it): the next event reads it.
        read_text(&self.path)
    }
}

/// The file's text as the store reads it (a leading byte-order mark
/// dropped), or `None` if it cannot be read right now.
pub fn read_text(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for(watch: &mut Watch) -> Option<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Some(text) = watch.changed() {
                return Some(text);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    #[test]
    fn a_rename_over_the_file_is_seen_once_settled_and_neighbours_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, "one").unwrap();
        let mut watch = Watch::start(&path).expect("the directory can be watched");
        std::fs::write(dir.path().join("other.toml"), "x").unwrap();
        std::thread::sleep(SETTLE * 2);
        assert_eq!(watch.changed(), None, "another file is no change");
        // As an atomic save does it: a temporary file renamed over the file.
        let tmp = dir.path().join(".plan.toml.tmp");
        std::fs::write(&tmp, "\u{feff}two").unwrap();
        std::fs::rename(&tmp, &path).unwrap();
        assert_eq!(wait_for(&mut watch).as_deref(), Some("two"));
        assert_eq!(watch.changed(), None, "read once");
    }
}
