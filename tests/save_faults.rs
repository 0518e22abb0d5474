//! `roadmap check` when the save cannot happen: a read-only file, a
//! read-only directory, a full disk. Each time: exit code 1, an error that
//! says what failed, where, and what to do, and the file byte-for-byte as it
//! was, with no temporary file left behind. See `tests/support/faults.rs`
//! for how each fault is made (and which way a run went, printed).
#![cfg(unix)]

#[path = "support/faults.rs"]
mod faults;

use faults::{as_user, chmod, command, open_dir, temporaries};
use roadmap::model::Status;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A seed roadmap copied into `dir` (readable by everyone), and an open task.
fn roadmap_in(dir: &Path) -> (PathBuf, String) {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps/jewelshot.toml");
    let path = dir.join("plan.toml");
    fs::copy(&seed, &path).unwrap();
    chmod(&path, 0o644);
    let loaded = roadmap::store::load(&path).unwrap();
    let id = loaded
        .roadmap
        .tasks
        .iter()
        .find(|t| t.status == Status::Todo && t.depends_on.is_empty())
        .expect("an open task")
        .id
        .clone();
    (path, id)
}

fn check(words: &[String], home: &Path, path: &Path, id: &str) -> Output {
    command(words, home)
        .arg("check")
        .arg(path)
        .arg(id)
        .output()
        .unwrap()
}

/// Exit 1, the file unchanged byte-for-byte, no temporary left, and the
/// error (returned) names the file and says it is unchanged.
fn assert_refused(out: &Output, path: &Path, before: &[u8]) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    println!("stderr:\n{stderr}");
    assert_eq!(out.status.code(), Some(1), "exit code; stderr: {stderr}");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(fs::read(path).unwrap(), before, "the file is untouched");
    assert!(
        temporaries(path.parent().unwrap()).is_empty(),
        "no temporary file left"
    );
    assert!(
        stderr.contains(&format!(
            "{}: not saved, the file is unchanged",
            path.display()
        )),
        "{stderr}"
    );
    stderr
}

#[test]
fn a_read_only_file_is_refused_with_a_way_to_save_elsewhere() {
    let dir = open_dir();
    let home = open_dir();
    let (path, id) = roadmap_in(dir.path());
    chmod(&path, 0o444);
    let before = fs::read(&path).unwrap();
    let out = check(&as_user(), home.path(), &path, &id);
    let stderr = assert_refused(&out, &path, &before);
    // The directory is writable: renaming over the file would have worked,
    // and is refused because the file itself is read-only.
    assert!(
        stderr.contains(&format!(
            "{} cannot be written: permission denied",
            path.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("Make the file and its folder"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "cp {} $HOME/plan.toml && roadmap check $HOME/plan.toml {id}",
            path.display()
        )),
        "{stderr}"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn the_way_out_the_error_gives_works() {
    let dir = open_dir();
    let home = open_dir();
    let (path, id) = roadmap_in(dir.path());
    chmod(&path, 0o444);
    let before = fs::read(&path).unwrap();
    let user = as_user();
    assert_eq!(check(&user, home.path(), &path, &id).status.code(), Some(1));
    // What the message says to do: a copy in the home folder, changed there.
    let copy = home.path().join("plan.toml");
    fs::copy(&path, &copy).unwrap();
    chmod(&copy, 0o666);
    let out = check(&user, home.path(), &copy, &id);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved = roadmap::store::load(&copy).unwrap();
    assert_eq!(saved.roadmap.task(&id).unwrap().status, Status::Done);
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_read_only_directory_is_refused_and_nothing_is_created() {
    let dir = open_dir();
    let home = open_dir();
    let (path, id) = roadmap_in(dir.path());
    // The file itself is writable; the directory that would hold the
    // temporary file is not.
    chmod(&path, 0o666);
    chmod(dir.path(), 0o555);
    let before = fs::read(&path).unwrap();
    let out = check(&as_user(), home.path(), &path, &id);
    chmod(dir.path(), 0o777);
    let stderr = assert_refused(&out, &path, &before);
    assert!(
        stderr.contains(&format!(
            "cannot create a new file in {} (saving writes a temporary file there",
            dir.path().display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("permission denied"), "{stderr}");
    assert!(stderr.contains("$HOME/plan.toml"), "{stderr}");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_full_disk_is_refused_and_the_file_is_whole() {
    let home = open_dir();
    match faults::Tmpfs::mount(64 * 1024) {
        Ok(disk) => {
            println!("full disk: a 64 KiB tmpfs at {}", disk.path().display());
            let (path, id) = roadmap_in(disk.path());
            faults::fill(disk.path());
            let before = fs::read(&path).unwrap();
            let out = check(&[faults::BIN.to_string()], home.path(), &path, &id);
            let stderr = assert_refused(&out, &path, &before);
            assert!(
                stderr.contains(&format!(
                    "cannot write a temporary file in {}: the disk is full",
                    disk.path().display()
                )),
                "{stderr}"
            );
            assert!(stderr.contains("Free some space on that disk"), "{stderr}");
            // With room again, the same command saves.
            fs::remove_file(disk.path().join("filler")).unwrap();
            let out = check(&[faults::BIN.to_string()], home.path(), &path, &id);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let saved = roadmap::store::load(&path).unwrap();
            assert_eq!(saved.roadmap.task(&id).unwrap().status, Status::Done);
        }
        Err(why) => {
            println!("full disk: no tmpfs ({why}); a file size limit makes the write fail instead");
            write_fails_part_way(home.path());
        }
    }
}

/// Runs everywhere (and is the full-disk test's fallback): the write of the
/// temporary file fails part-way, as on a full disk.
#[test]
fn a_write_that_fails_part_way_leaves_the_file_whole() {
    let home = open_dir();
    println!("a file size limit of 8 blocks (ulimit -f 8, SIGXFSZ ignored)");
    write_fails_part_way(home.path());
}

fn write_fails_part_way(home: &Path) {
    let dir = open_dir();
    let (path, id) = roadmap_in(dir.path());
    let before = fs::read(&path).unwrap();
    assert!(before.len() > 8 * 1024, "the file is bigger than the limit");
    let limited = faults::with_file_size_limit(&[faults::BIN.to_string()], 8);
    let out = check(&limited, home, &path, &id);
    let stderr = assert_refused(&out, &path, &before);
    assert!(
        stderr.contains(&format!(
            "cannot write a temporary file in {}: the file is larger than this process may write",
            dir.path().display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("Free some space on that disk"), "{stderr}");
}
