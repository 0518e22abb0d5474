//! What the save-fault tests share: running the binary as a user that file
//! permissions apply to, and a disk that is really full.
//!
//! Root ignores permission bits, and the tests (here and on CI) usually run
//! as root: then the binary runs as `nobody` through `setpriv`. As any other
//! user, plain permission bits do the job. A full disk is a small tmpfs
//! where the test may mount one (root, allowed to mount); elsewhere the
//! binary runs under a file size limit (`ulimit -f`, with SIGXFSZ ignored)
//! so its write fails part-way like a full disk's. Each test prints which
//! way it went.

// Each test binary that includes this file uses its own subset of it.
#![allow(dead_code)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
const NOBODY: &str = "65534";

pub fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().expect("`id -u` runs");
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

pub fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {mode:o} {}: {e}", path.display()));
}

/// The words that start the binary as a user permissions apply to:
/// `setpriv … BIN` as root, `BIN` otherwise.
pub fn as_user() -> Vec<String> {
    if !is_root() {
        println!("running as a normal user: plain permission bits");
        return vec![BIN.to_string()];
    }
    println!("running as root: the binary runs as nobody (uid {NOBODY}) through setpriv");
    let mut words: Vec<String> = [
        "setpriv",
        &format!("--reuid={NOBODY}"),
        &format!("--regid={NOBODY}"),
        "--clear-groups",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.push(binary_nobody_can_run().display().to_string());
    words
}

/// The binary, or a copy of it in a world-readable place when `nobody`
/// cannot reach the build directory (a checkout under /root).
fn binary_nobody_can_run() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let direct = Command::new("setpriv")
            .args([
                &format!("--reuid={NOBODY}"),
                &format!("--regid={NOBODY}"),
                "--clear-groups",
                BIN,
                "--version",
            ])
            .output()
            .unwrap_or_else(|e| {
                panic!("setpriv (util-linux) is needed to run the binary as nobody: {e}")
            });
        if direct.status.success() {
            return PathBuf::from(BIN);
        }
        let dir = tempfile::tempdir().unwrap().keep();
        chmod(&dir, 0o755);
        let copy = dir.join("roadmap");
        std::fs::copy(BIN, &copy).unwrap();
        chmod(&copy, 0o755);
        println!(
            "nobody cannot reach {BIN}; using a copy at {}",
            copy.display()
        );
        copy
    })
}

/// A command running `words` with a pinned today and a config home of its
/// own that the user can read.
pub fn command(words: &[String], home: &Path) -> Command {
    let mut cmd = Command::new(&words[0]);
    cmd.args(&words[1..])
        .env("ROADMAP_TODAY", "2026-11-23")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home);
    cmd
}

/// A directory every user can enter and write, for the test's files.
pub fn open_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o777);
    dir
}

/// The `.roadmap-*.tmp` files in `dir`.
pub fn temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with(".roadmap-") && name.ends_with(".tmp")
        })
        .collect()
}

/// A small tmpfs mounted on a directory, unmounted when dropped (also when
/// the test panics).
pub struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` bytes, or says why it cannot.
    pub fn mount(size: usize) -> Result<Tmpfs, String> {
        if !is_root() {
            return Err("not root".into());
        }
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0777"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(Tmpfs { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(self.dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Busy (a process still inside): detach it now, freed when idle.
            let _ = Command::new("umount")
                .arg("-l")
                .arg(self.dir.path())
                .status();
        }
    }
}

/// Fills the file system holding `dir` until a write fails for lack of space.
pub fn fill(dir: &Path) {
    use std::io::Write;
    let mut filler = std::fs::File::create(dir.join("filler")).unwrap();
    let block = vec![0u8; 4096];
    loop {
        match filler.write(&block) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
            Err(e) => panic!("filling the disk: {e}"),
        }
    }
    // Partial blocks: a byte at a time until none fits.
    while filler.write(&[0]).is_ok_and(|n| n == 1) {}
    let _ = filler.sync_all();
}

/// `words` run under a file size limit of `blocks` (shell `ulimit -f` units)
/// with SIGXFSZ ignored, so a write past the limit fails (EFBIG) instead of
/// killing the process: the fallback for a full disk where no tmpfs can be
/// mounted.
pub fn with_file_size_limit(words: &[String], blocks: u32) -> Vec<String> {
    let mut out = vec![
        "sh".to_string(),
        "-c".to_string(),
        format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$@\""),
        "sh".to_string(),
    ];
    out.extend(words.iter().cloned());
    out
}

/// The file saved at `target` loads and holds `original` with exactly one
/// more task done: the check-off made before the fault, nothing lost.
pub fn assert_saved_with_one_more_done(target: &Path, original: &roadmap::model::Roadmap) {
    let saved = roadmap::store::load(target).expect("the file saved elsewhere loads");
    let changed: Vec<&str> = saved
        .roadmap
        .tasks
        .iter()
        .zip(&original.tasks)
        .filter(|(a, b)| a.status != b.status)
        .map(|(a, _)| a.id.as_str())
        .collect();
    assert_eq!(changed.len(), 1, "the checked task: {changed:?}");
    assert_eq!(
        saved.roadmap.task(changed[0]).unwrap().status,
        roadmap::model::Status::Done
    );
    assert_eq!(saved.roadmap.tasks.len(), original.tasks.len());
}
