use super::*;
use crate::model::{Effort, Roadmap, Status};
use crate::store::load;
use chrono::NaiveDate;

const SAMPLE: &str = include_str!("../testdata/sample.toml");

/// A sample file on disk, loaded.
fn on_disk() -> (tempfile::TempDir, std::path::PathBuf, Loaded) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.toml");
    std::fs::write(&path, SAMPLE).unwrap();
    let loaded = load(&path).unwrap();
    (dir, path, loaded)
}

fn reestimated(r: &Roadmap, id: &str, effort: &str) -> Roadmap {
    let mut r = r.clone();
    r.task_mut(id).unwrap().effort = Effort::parse(effort).ok();
    r
}

#[test]
fn an_unchanged_file_is_simply_saved() {
    let (_dir, path, mut loaded) = on_disk();
    let mine = reestimated(&loaded.roadmap, "backups", "3d");
    assert_eq!(
        save_merging(&mut loaded, &Arc::new(mine.clone()), &path).unwrap(),
        SaveOutcome::Saved
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        SAMPLE.replacen("effort = \"1.5d\"", "effort = \"3d\"", 1)
    );
    assert_eq!(loaded.roadmap, mine);
}

#[test]
fn the_same_bytes_rewritten_are_no_change() {
    let (_dir, path, mut loaded) = on_disk();
    // A checkout rewrites the file with the same content (and a new mtime).
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, SAMPLE).unwrap();
    let mine = reestimated(&loaded.roadmap, "backups", "3d");
    assert_eq!(
        save_merging(&mut loaded, &Arc::new(mine.clone()), &path).unwrap(),
        SaveOutcome::Saved
    );
}

#[test]
fn a_change_on_disk_is_merged_and_says_what_it_touched() {
    let (_dir, path, mut loaded) = on_disk();
    // Someone else checks off health-checks and adds a comment.
    let theirs_text = SAMPLE
        .replacen(
            "status = \"todo\"\neffort = \"4h\"",
            "status = \"done\"\ndone_on = 2025-11-02\neffort = \"4h\"",
            1,
        )
        .replacen("[[phases]]", "# Phases agreed on 2 November\n[[phases]]", 1);
    std::fs::write(&path, &theirs_text).unwrap();
    let mine = reestimated(&loaded.roadmap, "backups", "3d");

    let outcome = save_merging(&mut loaded, &Arc::new(mine.clone()), &path).unwrap();
    assert_eq!(
        outcome,
        SaveOutcome::Merged {
            theirs: vec![Part::Task("health-checks".into())],
            notes: vec![]
        }
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        theirs_text.replacen("effort = \"1.5d\"", "effort = \"3d\"", 1)
    );
    let r = &loaded.roadmap;
    assert_eq!(r.task("health-checks").unwrap().status, Status::Done);
    assert_eq!(r.task("backups").unwrap().effort, Effort::parse("3d").ok());
    assert_eq!(
        loaded.document.text(),
        text,
        "loaded now describes the file"
    );

    // The next save starts from the merged file: a plain save.
    let mut next = (*loaded.roadmap).clone();
    next.task_mut("backups").unwrap().done_on = NaiveDate::from_ymd_opt(2025, 11, 4);
    next.task_mut("backups").unwrap().status = Status::Done;
    assert_eq!(
        save_merging(&mut loaded, &Arc::new(next.clone()), &path).unwrap(),
        SaveOutcome::Saved
    );
}

#[test]
fn a_conflicting_change_on_disk_is_reported_and_nothing_is_written() {
    let (_dir, path, mut loaded) = on_disk();
    let theirs_text = SAMPLE.replacen("effort = \"4h\"", "effort = \"6h\"", 1);
    std::fs::write(&path, &theirs_text).unwrap();
    let before = loaded.document.text().to_string();
    let mine = reestimated(&loaded.roadmap, "health-checks", "2h");
    let err = save_merging(&mut loaded, &Arc::new(mine.clone()), &path).unwrap_err();
    let SaveError::Conflicted { conflicts, .. } = &err else {
        panic!("expected a conflict, got {err}");
    };
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].ours.as_deref(), Some("2h"));
    assert_eq!(conflicts[0].theirs.as_deref(), Some("6h"));
    assert!(err.to_string().contains(
        "conflict in task `health-checks` field `effort`: ours \"2h\", theirs \"6h\" (base \"4h\")"
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs_text);
    assert_eq!(loaded.document.text(), before, "loaded is untouched");
}

#[test]
fn a_file_that_no_longer_loads_is_left_alone() {
    let (_dir, path, mut loaded) = on_disk();
    let broken = SAMPLE.replacen("effort = \"4h\"", "<<<<<<< HEAD\neffort = \"6h\"", 1);
    std::fs::write(&path, &broken).unwrap();
    let mine = reestimated(&loaded.roadmap, "backups", "3d");
    assert!(matches!(
        save_merging(&mut loaded, &Arc::new(mine.clone()), &path),
        Err(SaveError::ChangedOnDisk { .. })
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn a_deleted_file_is_written_again() {
    let (_dir, path, mut loaded) = on_disk();
    std::fs::remove_file(&path).unwrap();
    let mine = reestimated(&loaded.roadmap, "backups", "3d");
    assert_eq!(
        save_merging(&mut loaded, &Arc::new(mine.clone()), &path).unwrap(),
        SaveOutcome::Saved
    );
    assert_eq!(load(&path).unwrap().roadmap, mine);
}
