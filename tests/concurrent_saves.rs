//! Saves of one file at the same moment lose nothing: every writer holds the
//! file's save lock from reading the file on disk to the rename, so a second
//! writer waits and merges the first one's change instead of overwriting it.
//!
//! Twenty `roadmap check` processes on twenty tasks of one file all finish
//! with every task done; two planners' saves (`store::save_merging`, what
//! the planner's `s` runs) with different edits, started together, keep both
//! edits, trial after trial. Without the lock (`ROADMAP_NO_LOCK=1`) the first
//! test loses check-offs and the second loses edits.

#[path = "support/cli.rs"]
mod support;

use roadmap::model::{Effort, Roadmap, Status};
use roadmap::store::{self, SaveOutcome};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
const CHECKS: usize = 20;
const TRIALS: usize = 30;

fn generated(dir: &Path, tasks: &str) -> PathBuf {
    let path = dir.join("plan.toml");
    support::roadmap()
        .args(["gen", "--tasks", tasks, "-o"])
        .arg(&path)
        .assert()
        .success();
    path
}

fn open_ids(path: &Path, n: usize) -> Vec<String> {
    let loaded = store::load(path).unwrap();
    let ids: Vec<String> = loaded
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.status != Status::Done)
        .take(n)
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(ids.len(), n, "the generated roadmap has {n} open tasks");
    ids
}

#[test]
fn twenty_checks_at_once_keep_all_twenty_check_offs() {
    let dir = tempfile::tempdir().unwrap();
    let path = generated(dir.path(), "200");
    let ids = open_ids(&path, CHECKS);
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            Command::new(BIN)
                .arg("check")
                .arg(&path)
                .arg(id)
                .env("ROADMAP_TODAY", "2026-11-23")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (id, child) in ids.iter().zip(children) {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "check {id}: {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(&format!("{id} → done")), "{stdout}");
    }
    let after = store::load(&path).unwrap();
    let lost: Vec<&String> = ids
        .iter()
        .filter(|id| after.roadmap.task(id).unwrap().status != Status::Done)
        .collect();
    assert!(lost.is_empty(), "{} check-offs lost: {lost:?}", lost.len());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != "plan.toml")
        .collect();
    assert!(
        leftovers.is_empty(),
        "no lock or temporary file stays: {leftovers:?}"
    );
}

fn reestimated(r: &Roadmap, id: &str, effort: &str) -> Roadmap {
    let mut r = r.clone();
    r.task_mut(id).unwrap().effort = Effort::parse(effort).ok();
    r
}

/// Two planners opened the same file; each edits a different task and
/// saves at the same moment, many times over. Both edits are on disk after
/// every trial, and one of the two saves says it merged the other's.
#[test]
fn two_planners_saving_at_once_keep_both_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = Arc::new(generated(dir.path(), "300"));
    let ids = open_ids(&path, 2);
    let mut merged = 0;
    for trial in 0..TRIALS {
        let effort = format!("{}h", trial + 1);
        let start = Arc::new(Barrier::new(2));
        let planners: Vec<_> = ids
            .iter()
            .map(|id| {
                let (path, start) = (Arc::clone(&path), Arc::clone(&start));
                let (id, effort) = (id.clone(), effort.clone());
                std::thread::spawn(move || {
                    let mut loaded = store::load(&path).unwrap();
                    let mine = reestimated(&loaded.roadmap, &id, &effort);
                    start.wait();
                    store::save_merging(&mut loaded, &Arc::new(mine), &path).unwrap()
                })
            })
            .collect();
        let outcomes: Vec<SaveOutcome> = planners.into_iter().map(|p| p.join().unwrap()).collect();
        merged += outcomes
            .iter()
            .filter(|o| matches!(o, SaveOutcome::Merged { .. }))
            .count();
        let on_disk = store::load(&path).unwrap();
        for id in &ids {
            assert_eq!(
                on_disk.roadmap.task(id).unwrap().effort,
                Effort::parse(&effort).ok(),
                "trial {trial}: the edit of `{id}` was lost ({outcomes:?})"
            );
        }
    }
    println!("{TRIALS} trials, {merged} saves merged the other planner's edit");
}

/// A `roadmap check` that starts while another save holds the lock waits
/// for it, then merges what that save wrote: both check-offs are kept.
#[test]
fn a_check_waits_for_a_save_in_progress_and_merges_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = generated(dir.path(), "50");
    let ids = open_ids(&path, 2);
    let held = store::lock(&path).unwrap();
    let mut child = Command::new(BIN)
        .arg("check")
        .arg(&path)
        .arg(&ids[0])
        .env("ROADMAP_TODAY", "2026-11-23")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The other save, under the lock: it checks off the second task.
    let mut loaded = store::load(&path).unwrap();
    let mut theirs = (*loaded.roadmap).clone();
    theirs.task_mut(&ids[1]).unwrap().status = Status::Done;
    let text = store::render(&loaded, &theirs).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the check waits while the lock is held"
    );
    held.write(&path, text.as_bytes()).unwrap();
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    loaded = store::load(&path).unwrap();
    for id in &ids {
        assert_eq!(
            loaded.roadmap.task(id).unwrap().status,
            Status::Done,
            "{id}"
        );
    }
}

/// ROADMAP_NO_LOCK=1 saves without the lock, for file systems that have
/// none: the check does not wait for the held lock.
#[test]
fn no_lock_saves_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let path = generated(dir.path(), "20");
    let id = open_ids(&path, 1).remove(0);
    let _held = store::lock(&path).unwrap();
    support::roadmap()
        .arg("check")
        .arg(&path)
        .arg(&id)
        .env(store::NO_LOCK, "1")
        .assert()
        .success();
    let after = store::load(&path).unwrap();
    assert_eq!(after.roadmap.task(&id).unwrap().status, Status::Done);
}
