//! Atomic writes: a crash or a full disk leaves either the old file or the
//! new one, never half of either.
//!
//! The bytes go to a temporary file beside the target (`.roadmap-XXXXXX.tmp`),
//! which is synced and then renamed over the target. A process killed before
//! the rename leaves the old file whole and, at worst, that temporary file
//! behind; the next save removes such leftovers once they are old enough that
//! no save still in progress can own them ([`STALE_AFTER`]). Loading never
//! looks at them.
//!
//! Every error names the step that failed, the path and why, in words
//! ("the disk is full"), keeping the `io::ErrorKind` so callers can add what
//! the user can do about it.

use super::lock::{lock, SaveLock};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A temporary file this old was left by a save that died (killed, power
/// lost): a live save of even a huge roadmap takes about a second.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

const TEMP_PREFIX: &str = ".roadmap-";
const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` through a temporary file in the same directory
/// (so the rename cannot cross file systems), synced before the rename that
/// replaces the file, holding the file's save lock (`store::lock`) from
/// start to end. The file keeps its permissions, and where the system
/// allows its owner, group and extended attributes; a symlink stays a
/// symlink and its target is replaced. A file we may not write is refused
/// (rather than replaced by the rename, which only needs the directory).
/// A device or a named pipe is not a file to replace: it is written to.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`write_atomic`] for a file that must not exist yet: an existing file
/// (a regular one; devices and pipes are written to) is left alone and the
/// error is `AlreadyExists`, decided by the rename itself, so a file made
/// meanwhile is not overwritten either.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let _lock = lock(path)?;
    replace(path, bytes, Replace::New, |file, bytes| {
        file.write_all(bytes)
    })
}

/// [`write_atomic`] with the step that puts the bytes into the temporary
/// file given by the caller. This is the fault-injection seam of the tests
/// (a `write` that fails like a full disk after half the bytes); everything
/// else, including the clean-up after the failure, is the real code path.
/// Production code calls [`write_atomic`].
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut fs::File, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let _lock = lock(path)?;
    replace(path, bytes, Replace::Any, write)
}

impl SaveLock {
    /// [`write_atomic`] by the holder of the lock on `path`'s saves, which
    /// has read the file under it (`roadmap fmt`, a save).
    pub fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        replace(path, bytes, Replace::Any, |file, bytes| {
            file.write_all(bytes)
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Replace {
    Any,
    New,
}

/// The work of [`write_atomic`], under a lock the caller holds.
fn replace(
    path: &Path,
    bytes: &[u8],
    how: Replace,
    write: impl FnOnce(&mut fs::File, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve_symlink(path)?;
    let existing = fs::metadata(&target).ok();
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                format!("{} is a directory", target.display()),
            ));
        }
        if !meta.is_file() {
            return write_in_place(&target, bytes, write);
        }
        if how == Replace::New {
            return Err(exists(&target));
        }
        probe_writable(&target)?;
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    remove_stale_temporaries(&dir, SystemTime::now());
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)
        .map_err(|e| {
            explain(
                e,
                format!(
                    "cannot create a new file in {} (saving writes a temporary file there, \
                     then renames it over the roadmap)",
                    dir.display()
                ),
            )
        })?;
    // On any error below, dropping `temp` deletes the temporary file.
    let in_dir = |step: &str| format!("cannot {step} a temporary file in {}", dir.display());
    write(temp.as_file_mut(), bytes).map_err(|e| explain(e, in_dir("write")))?;
    match &existing {
        Some(meta) => temp.as_file().set_permissions(meta.permissions()),
        None => set_new_file_permissions(temp.as_file()),
    }
    .map_err(|e| explain(e, in_dir("set the permissions of")))?;
    if let Some(meta) = &existing {
        super::keep::owner_and_attributes(temp.as_file(), meta, &target);
    }
    temp.as_file()
        .sync_all()
        .map_err(|e| explain(e, in_dir("sync")))?;
    let renamed = match how {
        Replace::Any => temp.persist(&target),
        Replace::New => temp.persist_noclobber(&target),
    };
    renamed.map_err(|e| match e.error.kind() {
        io::ErrorKind::AlreadyExists => exists(&target),
        _ => explain(
            e.error,
            format!("cannot rename the new file over {}", target.display()),
        ),
    })?;
    sync_dir(&dir);
    Ok(())
}

fn exists(target: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} already exists", target.display()),
    )
}

/// Writes to a device or a named pipe as it is: replacing `/dev/null` with a
/// regular file (as root) would break every program that uses it, and a
/// pipe's reader waits on that pipe, not on a file put in its place.
fn write_in_place(
    target: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut fs::File, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .open(target)
        .map_err(|e| explain(e, format!("cannot open {} for writing", target.display())))?;
    write(&mut file, bytes)
        .and_then(|()| file.flush())
        .map_err(|e| explain(e, format!("cannot write to {}", target.display())))
}

/// Asks the system (modes, ACLs, read-only mounts) whether we may write the
/// regular file `target`; opening for writing changes nothing.
pub(crate) fn probe_writable(target: &Path) -> io::Result<()> {
    fs::OpenOptions::new()
        .write(true)
        .open(target)
        .map(drop)
        .map_err(|e| explain(e, format!("{} cannot be written", target.display())))
}

/// `what failed: why`, in words, keeping the kind of the error.
pub(crate) fn explain(e: io::Error, what: String) -> io::Error {
    use io::ErrorKind::*;
    let why = match e.kind() {
        PermissionDenied => "permission denied".to_string(),
        ReadOnlyFilesystem => "the file system is read-only".to_string(),
        StorageFull => "the disk is full".to_string(),
        QuotaExceeded => "the disk quota is used up".to_string(),
        FileTooLarge => "the file is larger than this process may write".to_string(),
        _ => e.to_string(),
    };
    io::Error::new(e.kind(), format!("{what}: {why}"))
}

/// Removes temporary files of saves that died, best effort: one that cannot
/// be read or removed is left for the next time. Only names of our own
/// pattern (`.roadmap-` + six letters or digits + `.tmp`), only regular
/// files, only when older than [`STALE_AFTER`] at `now`.
pub fn remove_stale_temporaries(dir: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !is_our_temporary(&entry.file_name().to_string_lossy()) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok());
        if meta.is_file() && age.is_some_and(|a| a >= STALE_AFTER) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn is_our_temporary(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|middle| {
            middle.len() == 6 && middle.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

pub(crate) fn resolve_symlink(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(target) => Ok(target),
            // A dangling link: follow it by hand to where it points.
            Err(_) => {
                let link = fs::read_link(path)?;
                Ok(match path.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                })
            }
        },
        _ => Ok(path.to_path_buf()),
    }
}

/// Temporary files are created private (0600); a new roadmap is an ordinary
/// file the team shares, so it is made readable like one.
#[cfg(unix)]
fn set_new_file_permissions(file: &fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_permissions(_file: &fs::File) -> io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable. Best effort: some platforms and file
/// systems cannot open or sync directories, and the data is already synced.
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the file itself remains");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let fresh = dir.path().join("fresh.toml");
        write_atomic(&fresh, b"x").unwrap();
        assert_eq!(
            fs::metadata(&fresh).unwrap().permissions().mode() & 0o777,
            0o644
        );
    }

    /// A write that fails like a full disk halfway through the bytes.
    fn disk_full_halfway(file: &mut fs::File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(io::Error::from(io::ErrorKind::StorageFull))
    }

    #[test]
    fn a_write_that_fails_halfway_leaves_the_file_whole_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old content").unwrap();
        let err = write_atomic_with(&path, b"new content, longer", disk_full_halfway).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        let message = err.to_string();
        assert!(message.contains("the disk is full"), "{message}");
        assert!(
            message.contains(&dir.path().display().to_string()),
            "names where: {message}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "old content");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "the temporary file is gone");
    }

    fn touch_aged(path: &Path, age: Duration) {
        let file = fs::File::create(path).unwrap();
        file.set_modified(SystemTime::now() - age).unwrap();
    }

    #[test]
    fn a_save_removes_stale_temporaries_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        let hour = Duration::from_secs(3600);
        let stale = dir.path().join(".roadmap-aB3xY9.tmp");
        let fresh = dir.path().join(".roadmap-Qw8rT2.tmp");
        let not_ours = [
            ".roadmap-notes.tmp",
            ".roadmap-aB3xY9.toml",
            "roadmap-aB3xY9.tmp",
        ];
        touch_aged(&stale, hour);
        touch_aged(&fresh, Duration::ZERO);
        for name in not_ours {
            touch_aged(&dir.path().join(name), hour);
        }
        // A directory that looks like one of ours is not removed either.
        fs::create_dir(dir.path().join(".roadmap-Dd1234.tmp")).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert!(
            !stale.exists(),
            "a temporary left by a dead save is removed"
        );
        assert!(
            fresh.exists(),
            "a save that may still be running keeps its file"
        );
        for name in not_ours {
            assert!(dir.path().join(name).exists(), "{name} is not ours");
        }
        assert!(dir.path().join(".roadmap-Dd1234.tmp").is_dir());
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn names_of_our_temporaries() {
        assert!(is_our_temporary(".roadmap-aB3xY9.tmp"));
        for name in [
            ".roadmap-.tmp",
            ".roadmap-aB3xY.tmp",
            ".roadmap-aB3x-9.tmp",
            "plan.toml",
        ] {
            assert!(!is_our_temporary(name), "{name}");
        }
    }

    /// A named pipe given as the output: the reader on the other end gets
    /// the bytes and the pipe stays a pipe (replaced by a regular file, it
    /// would leave the reader waiting forever).
    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        assert!(
            made.is_ok_and(|s| s.success()),
            "mkfifo (coreutils) is needed"
        );
        let reader = {
            let path = path.clone();
            std::thread::spawn(move || fs::read(path).unwrap())
        };
        write_atomic(&path, b"new").unwrap();
        assert_eq!(reader.join().unwrap(), b"new");
        assert!(fs::symlink_metadata(&path).unwrap().file_type().is_fifo());
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(
            names.len(),
            1,
            "no lock or temporary file is made for a pipe"
        );
    }

    /// A character device (`/dev/null`) is written to and stays a device.
    /// As root the test makes its own null device in a temporary folder, so
    /// a regression cannot replace the machine's /dev/null; as anyone else
    /// /dev/null itself is safe to use, since /dev is not writable then.
    #[cfg(unix)]
    #[test]
    fn a_device_is_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let own = dir.path().join("null");
        let made = std::process::Command::new("mknod")
            .arg(&own)
            .args(["c", "1", "3"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        let device = if made {
            own
        } else {
            PathBuf::from("/dev/null")
        };
        println!("writing to {}", device.display());
        write_atomic(&device, b"new").unwrap();
        write_new(&device, b"new").unwrap();
        assert!(fs::metadata(&device).unwrap().file_type().is_char_device());
        if made {
            let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
            assert_eq!(names.len(), 1, "nothing is made beside a device");
        }
    }

    #[test]
    fn write_new_refuses_an_existing_file_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        write_new(&path, b"first").unwrap();
        let err = write_new(&path, b"second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary or lock file stays");
    }

    #[test]
    fn refuses_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(dir.path(), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
    }
}
