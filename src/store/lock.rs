//! One writer at a time: every save takes an advisory lock on a lock file
//! beside the roadmap and holds it from reading the file on disk (to see
//! whether it changed, and to merge) until the new file has been renamed
//! over it. Two `roadmap check`s, or two planners, saving the same file at
//! the same moment therefore take turns: the second one finds the first
//! one's save on disk and merges it instead of overwriting it.
//!
//! The lock file is `.NAME.lock` beside the file (for `plan.toml`,
//! `.plan.toml.lock`), locked with `flock` (through fs4), which the system
//! releases when its holder exits, however it dies. The holder removes the
//! file before it lets go, so no lock file stays in the folder (or shows up
//! in `git status`); one left by a killed save is harmless and is taken over
//! by the next save. Because a lock file can be removed, the lock is only
//! held once the locked file is still the one at the path: otherwise a
//! waiter could hold a lock on a removed file while another process locks
//! its successor.
//!
//! A save waits up to [`WAIT`] for another one to finish, then gives up and
//! says so. A file system that cannot lock at all (an NFS mount without its
//! lock service, some FUSE file systems) is refused with a message that
//! names `ROADMAP_NO_LOCK=1`, which saves without the lock for whoever
//! accepts the risk. A folder where the lock file cannot be created is one
//! where the save's temporary file cannot be created either: that is the
//! error then, worded as for the temporary file. Devices and pipes are
//! written directly and never locked (no lock file is made in /dev).

use super::atomic::{explain, probe_writable, resolve_symlink};
use fs4::FileExt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another save of the same file. A save takes
/// well under a second even at 100,000 tasks; a holder this slow is
/// stopped (a suspended `roadmap`) or stuck.
pub const WAIT: Duration = Duration::from_secs(30);

/// The environment variable that turns locking off.
pub const NO_LOCK: &str = "ROADMAP_NO_LOCK";

/// A held lock on a file's saves; released (and its lock file removed)
/// when dropped.
#[derive(Debug)]
pub struct SaveLock {
    held: Option<(File, PathBuf)>,
}

impl SaveLock {
    /// A lock that locks nothing: for devices and pipes, and under
    /// `ROADMAP_NO_LOCK`.
    fn none() -> SaveLock {
        SaveLock { held: None }
    }

    /// The lock file, when one is held.
    pub fn path(&self) -> Option<&Path> {
        self.held.as_ref().map(|(_, p)| p.as_path())
    }
}

impl Drop for SaveLock {
    fn drop(&mut self) {
        if let Some((file, path)) = self.held.take() {
            // Removed while still held, so that no one can lock this file
            // after we let go and believe it is the current lock file.
            let _ = fs::remove_file(&path);
            let _ = FileExt::unlock(&file);
        }
    }
}

/// Takes the lock on saves of `path` (a symlink's target), waiting up to
/// [`WAIT`] for another holder.
pub fn lock(path: &Path) -> io::Result<SaveLock> {
    lock_within(path, WAIT)
}

/// [`lock`] with the wait given: the seam for tests of a holder that does
/// not let go.
pub fn lock_within(path: &Path, wait: Duration) -> io::Result<SaveLock> {
    if std::env::var_os(NO_LOCK).is_some_and(|v| !v.is_empty() && v != "0") {
        return Ok(SaveLock::none());
    }
    let target = resolve_symlink(path)?;
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => return Ok(SaveLock::none()),
        // A file the save may not write is refused before a lock file is
        // made for it, with the same words as without the lock.
        Ok(_) => probe_writable(&target)?,
        Err(_) => {}
    }
    let lock_path = lock_path_for(&target);
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(1);
    loop {
        let file = open_lock_file(&lock_path)?;
        match FileExt::try_lock(&file) {
            Ok(()) => {
                if is_current(&file, &lock_path) {
                    return Ok(SaveLock {
                        held: Some((file, lock_path)),
                    });
                }
                // Removed by its last holder while we opened it: try the
                // lock file that is there now.
                continue;
            }
            Err(fs4::TryLockError::WouldBlock) => {}
            Err(fs4::TryLockError::Error(e)) => return Err(cannot_lock(e, &lock_path)),
        }
        if Instant::now() >= deadline {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!(
                    "another program has been saving {} for {} s (it holds the lock {}): \
                     nothing was written; try again when it has finished",
                    target.display(),
                    wait.as_secs_f32().round(),
                    lock_path.display()
                ),
            ));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// `.NAME.lock` beside `target`.
pub fn lock_path_for(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "roadmap".into());
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    dir.join(format!(".{name}.lock"))
}

fn open_lock_file(lock_path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    // Read and write: NFS emulates flock with byte-range locks, and an
    // exclusive one needs a file open for writing.
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Whoever may save in the folder may take the lock (umask applies).
        options.mode(0o666);
    }
    match options.open(lock_path) {
        Ok(file) => Ok(file),
        // Left behind by someone else's killed save: a lock on a file open
        // for reading works just as well on a local disk.
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied && lock_path.is_file() => {
            File::open(lock_path).map_err(|e| cannot_create(e, lock_path))
        }
        Err(e) => Err(cannot_create(e, lock_path)),
    }
}

/// Whether the locked `file` is still the one at `lock_path`.
#[cfg(unix)]
fn is_current(file: &File, lock_path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(lock_path)) {
        (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
        _ => false,
    }
}

/// Elsewhere an open file cannot be removed, so the lock file is never
/// replaced while it is held.
#[cfg(not(unix))]
fn is_current(_file: &File, lock_path: &Path) -> bool {
    lock_path.exists()
}

fn cannot_create(e: io::Error, lock_path: &Path) -> io::Error {
    let dir = lock_path.parent().unwrap_or(Path::new("."));
    explain(
        e,
        format!(
            "cannot create a new file in {} (saving writes a temporary file there, \
             then renames it over the roadmap)",
            dir.display()
        ),
    )
}

/// The system's "no locks here" errors: ENOLCK, and flock not supported.
fn lock_unsupported(e: &io::Error) -> bool {
    #[cfg(target_os = "linux")]
    const ENOLCK: i32 = 37;
    #[cfg(not(target_os = "linux"))]
    const ENOLCK: i32 = 77;
    e.kind() == io::ErrorKind::Unsupported || e.raw_os_error() == Some(ENOLCK)
}

fn cannot_lock(e: io::Error, lock_path: &Path) -> io::Error {
    if lock_unsupported(&e) {
        return io::Error::new(
            io::ErrorKind::Unsupported,
            format!(
                "cannot lock {}: this file system does not support locks (an NFS mount \
                 without its lock service?), and without one two saves at the same moment \
                 can lose an edit; nothing was written. Set {NO_LOCK}=1 to save without \
                 the lock",
                lock_path.display()
            ),
        );
    }
    explain(e, format!("cannot lock {}", lock_path.display()))
}

#[cfg(test)]
mod tests;
