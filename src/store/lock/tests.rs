use super::*;
use std::sync::{Arc, Barrier};

fn plan(dir: &Path) -> PathBuf {
    let path = dir.join("plan.toml");
    fs::write(&path, "0").unwrap();
    path
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_lock_file_sits_beside_the_file_and_goes_when_the_lock_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan(dir.path());
    let held = lock(&path).unwrap();
    assert_eq!(
        held.path(),
        Some(dir.path().join(".plan.toml.lock").as_path())
    );
    assert_eq!(names(dir.path()), [".plan.toml.lock", "plan.toml"]);
    drop(held);
    assert_eq!(names(dir.path()), ["plan.toml"]);
}

#[test]
fn a_second_saver_waits_and_then_gives_up_saying_who_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan(dir.path());
    let held = lock(&path).unwrap();
    let err = lock_within(&path, Duration::from_millis(50)).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    let message = err.to_string();
    assert!(message.contains(".plan.toml.lock"), "{message}");
    assert!(message.contains("nothing was written"), "{message}");
    drop(held);
    lock_within(&path, Duration::from_millis(50)).unwrap();
}

#[test]
fn a_lock_file_left_by_a_killed_save_is_taken_over_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan(dir.path());
    // A save killed while holding the lock leaves the file; the system has
    // released its lock with the process.
    fs::write(dir.path().join(".plan.toml.lock"), "").unwrap();
    let held = lock_within(&path, Duration::from_millis(50)).unwrap();
    drop(held);
    assert_eq!(names(dir.path()), ["plan.toml"]);
}

/// Each of several threads adds one to a counter in the file, many times,
/// each time reading and writing it under the lock. Every increment is kept
/// only if no two of them ever hold the lock at once, including around the
/// removal and re-creation of the lock file.
#[test]
fn holders_never_overlap_even_while_the_lock_file_comes_and_goes() {
    let dir = tempfile::tempdir().unwrap();
    let path = Arc::new(plan(dir.path()));
    let threads = 4;
    let rounds = 50;
    let start = Arc::new(Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (path, start) = (Arc::clone(&path), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                for _ in 0..rounds {
                    let held = lock(&path).unwrap();
                    let n: u32 = fs::read_to_string(&*path).unwrap().parse().unwrap();
                    held.write(&path, (n + 1).to_string().as_bytes()).unwrap();
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let total: u32 = fs::read_to_string(&*path).unwrap().parse().unwrap();
    assert_eq!(total, (threads * rounds) as u32);
    assert_eq!(names(dir.path()), ["plan.toml"]);
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_not_locked() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo (coreutils) is needed"
    );
    let held = lock(&fifo).unwrap();
    assert_eq!(held.path(), None);
    assert_eq!(names(dir.path()), ["pipe"]);
    assert_eq!(lock(Path::new("/dev/null")).unwrap().path(), None);
}

#[test]
fn a_file_system_without_locks_is_refused_with_the_way_out() {
    #[cfg(target_os = "linux")]
    let enolck = io::Error::from_raw_os_error(37);
    #[cfg(not(target_os = "linux"))]
    let enolck = io::Error::from_raw_os_error(77);
    for e in [enolck, io::Error::from(io::ErrorKind::Unsupported)] {
        let err = cannot_lock(e, Path::new("/mnt/nfs/.plan.toml.lock"));
        assert_eq!(err.kind(), io::ErrorKind::Unsupported);
        let message = err.to_string();
        assert!(message.contains("/mnt/nfs/.plan.toml.lock"), "{message}");
        assert!(message.contains("ROADMAP_NO_LOCK=1"), "{message}");
        assert!(message.contains("nothing was written"), "{message}");
    }
    let other = cannot_lock(
        io::Error::from(io::ErrorKind::PermissionDenied),
        Path::new("/x/.plan.toml.lock"),
    );
    assert!(!other.to_string().contains("ROADMAP_NO_LOCK"), "{other}");
}

#[test]
fn a_symlinks_saves_lock_beside_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    fs::create_dir(&real).unwrap();
    let path = plan(&real);
    #[cfg(unix)]
    {
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        let held = lock(&link).unwrap();
        assert_eq!(held.path(), Some(real.join(".plan.toml.lock").as_path()));
        let err = lock_within(&path, Duration::from_millis(20)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }
}
