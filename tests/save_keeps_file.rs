//! What a save keeps of the file besides its values: CRLF line endings, a
//! byte order mark, the owner and group (where permitted), extended
//! attributes; and what it cannot keep (a hard link) it says.
#![cfg(unix)]

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;

use diff::changed_lines;
use predicates::prelude::*;
use roadmap::store;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::sync::Arc;
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");
const BOM: &str = "\u{feff}";

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn file_with(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

fn bare_line_feeds(text: &str) -> usize {
    text.match_indices('\n')
        .filter(|(i, _)| *i == 0 || text.as_bytes()[i - 1] != b'\r')
        .count()
}

#[test]
fn a_check_off_in_a_crlf_file_keeps_crlf_and_changes_two_lines() {
    let original = crlf(SMALL);
    let (_dir, path) = file_with(&original);
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(bare_line_feeds(&after), 0, "{after:?}");
    // (`lines()` takes the CR off with the LF; the count above is the check
    // on line endings.)
    let (removed, added) = changed_lines(&original, &after);
    assert_eq!(removed, ["status = \"todo\""]);
    assert_eq!(added, ["status = \"done\"", "done_on = 2026-11-23"]);
    roadmap()
        .arg("uncheck")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&path).unwrap(), original);
}

/// Edits that go through the whole document (a new task) and new
/// multi-line notes keep CRLF too, and the notes load back as written.
#[test]
fn new_tasks_and_multi_line_notes_in_a_crlf_file_keep_crlf() {
    let (_dir, path) = file_with(&crlf(SMALL));
    let mut loaded = store::load(&path).unwrap();
    let mut edited = (*loaded.roadmap).clone();
    edited.tasks[0].notes = Some("first line\nsecond \"quoted\" line\r\nthird".into());
    let mut added = edited.tasks[1].clone();
    added.id = "added-task".into();
    added.notes = Some("a new task's\nnotes".into());
    edited.tasks.push(added);
    let edited = Arc::new(edited);
    store::save(&mut loaded, &edited, &path).unwrap();
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(bare_line_feeds(&after), 0, "{after}");
    assert_eq!(*store::load(&path).unwrap().roadmap, *edited);
}

#[test]
fn fmt_keeps_crlf_and_a_byte_order_mark() {
    let scrambled = SMALL.replace("version = 1\n", "version    =    1\n");
    let (_dir, path) = file_with(&format!("{BOM}{}", crlf(&scrambled)));
    roadmap().arg("fmt").arg(&path).assert().success();
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.starts_with(BOM), "{after:?}");
    assert_eq!(bare_line_feeds(&after), 0, "{after:?}");
    assert!(after.contains("version = 1\r\n"), "{after:?}");
}

#[test]
fn a_byte_order_mark_is_kept_by_check_and_uncheck() {
    let original = format!("{BOM}{SMALL}");
    let (_dir, path) = file_with(&original);
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.starts_with(BOM), "the mark is kept");
    assert!(after.contains("done_on = 2026-11-23"));
    roadmap()
        .arg("uncheck")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&path).unwrap(), original);
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// As root (CI) the file belongs to someone else and keeps that owner and
/// group through root's save. As anyone else a file can only be one's own,
/// and it stays so.
#[test]
fn the_owner_and_group_are_kept() {
    let (_dir, path) = file_with(SMALL);
    let (uid, gid) = if is_root() {
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        (65534, 65534)
    } else {
        let meta = fs::metadata(&path).unwrap();
        (meta.uid(), meta.gid())
    };
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    let meta = fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (uid, gid));
    assert!(fs::read_to_string(&path).unwrap().contains("done_on"));
}

#[test]
fn extended_attributes_are_kept() {
    let (_dir, path) = file_with(SMALL);
    if let Err(e) = xattr::set(&path, "user.roadmap.test", b"reviewed") {
        panic!("this file system must allow user.* attributes for the test: {e}");
    }
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success();
    assert_eq!(
        xattr::get(&path, "user.roadmap.test").unwrap().as_deref(),
        Some(&b"reviewed"[..])
    );
}

/// A save replaces the file (that is what makes it atomic), so a second
/// name of it keeps the old text: the save says so on stderr.
#[test]
fn a_hard_link_is_warned_about() {
    let (dir, path) = file_with(SMALL);
    let other = dir.path().join("other-name.toml");
    fs::hard_link(&path, &other).unwrap();
    roadmap()
        .arg("check")
        .arg(&path)
        .arg("backups")
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "warning: {} has 2 names (hard links); saving replaces the file at this name, \
             so the other name keeps the old text",
            path.display()
        )));
    assert!(fs::read_to_string(&path).unwrap().contains("done_on"));
    assert_eq!(fs::read_to_string(&other).unwrap(), SMALL);
    // No warning once the file has one name again.
    roadmap()
        .arg("uncheck")
        .arg(&path)
        .arg("backups")
        .assert()
        .success()
        .stderr(predicate::str::contains("hard links").not());
}
