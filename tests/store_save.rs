//! Saving keeps a file readable in `git diff`: one check-off is two lines,
//! comments and layout survive every edit, and a save that would lose
//! anything is refused with the file untouched.

#[path = "support/diff.rs"]
mod diff;

use chrono::NaiveDate;
use diff::changed_lines;
use roadmap::model::{Effort, Finding, FindingKind, Money, Priority, Severity, Status, Task};
use roadmap::store::{load, parse, render, save, to_toml, SaveError};
use std::fs;
use std::path::PathBuf;
use std::sync::Arc;

const SAMPLE: &str = include_str!("../src/store/testdata/sample.toml");

fn day() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 11, 3)
}

/// The sample written to a fresh temporary directory.
fn sample_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("roadmap.toml");
    fs::write(&path, SAMPLE).expect("write the sample");
    (dir, path)
}

#[test]
fn check_off_changes_two_lines_and_uncheck_restores_the_bytes() {
    let (_dir, path) = sample_file();
    let mut loaded = load(&path).unwrap();
    let mut roadmap = (*loaded.roadmap).clone();
    let task = roadmap.task_mut("ci-pipeline").unwrap();
    task.status = Status::Done;
    task.done_on = day();
    save(&mut loaded, &Arc::new(roadmap.clone()), &path).unwrap();

    let checked = fs::read_to_string(&path).unwrap();
    assert_eq!(
        changed_lines(SAMPLE, &checked),
        (
            vec!["status = \"doing\"   # Ana is on it".to_string()],
            vec![
                "status = \"done\"   # Ana is on it".to_string(),
                "done_on = 2025-11-03".to_string()
            ]
        )
    );
    assert_eq!(loaded.roadmap, roadmap, "loaded follows the saved file");

    let task = roadmap.task_mut("ci-pipeline").unwrap();
    task.status = Status::Doing;
    task.done_on = None;
    save(&mut loaded, &Arc::new(roadmap.clone()), &path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), SAMPLE.as_bytes());
}

#[test]
fn an_unchanged_roadmap_renders_the_original_bytes() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    assert_eq!(render(&loaded, &loaded.roadmap).unwrap(), SAMPLE);
}

#[test]
fn many_edits_keep_comments_and_layout() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    let mut r = (*loaded.roadmap).clone();
    // Check off, re-estimate, re-prioritise, annotate.
    let health = r.task_mut("health-checks").unwrap();
    health.status = Status::Done;
    health.done_on = day();
    let backups = r.task_mut("backups").unwrap();
    backups.effort = Effort::parse("2d").ok();
    backups.priority = Priority::High;
    backups.cost_once = Some(Money::range(400.0, 850.0));
    backups.notes = None;
    // A task in the middle of the list and one at the end.
    let mut alerts = Task::new("alerts", "week-1", "Alerting on errors");
    alerts.effort = Effort::parse("3h").ok();
    alerts.depends_on = vec!["health-checks".into()];
    r.tasks.insert(1, alerts);
    let mut docs = Task::new("runbook", "month-2", "Write the runbook");
    docs.notes = Some("Who to call.\nWhat to restart.".into());
    r.tasks.push(docs);
    // A finding appended, a phase renamed.
    r.findings.push(Finding {
        id: "no-alerts".into(),
        category: "Monitoring".into(),
        kind: FindingKind::Risk,
        severity: Severity::High,
        title: "Nobody is paged".into(),
        detail: None,
        score: None,
        target: None,
        max: None,
    });
    r.phases[1].name = "Hardening and backups".into();
    let text = render(&loaded, &r).unwrap();
    insta::assert_snapshot!("many_edits", text);
    assert_eq!(parse(&text, "x.toml").unwrap().roadmap, r);
}

#[test]
fn removed_tasks_leave_with_their_comments_and_reordering_moves_tables() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    let mut r = (*loaded.roadmap).clone();
    r.tasks.remove(0);
    r.tasks[0].depends_on.clear();
    r.tasks.swap(0, 1);
    let text = render(&loaded, &r).unwrap();
    assert!(
        !text.contains("Health checks first"),
        "its comment went with it"
    );
    assert!(!text.contains("id = \"health-checks\""));
    let backups = text.find("id = \"backups\"").unwrap();
    let ci = text.find("id = \"ci-pipeline\"").unwrap();
    assert!(backups < ci, "the file follows the new order");
    assert!(text.contains("status = \"doing\"   # Ana is on it"));
    assert_eq!(parse(&text, "x.toml").unwrap().roadmap, r);
}

#[test]
fn maturity_and_whole_kinds_can_come_and_go() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    let mut r = (*loaded.roadmap).clone();
    let maturity = r.maturity.take();
    let findings = std::mem::take(&mut r.findings);
    for t in &mut r.tasks {
        t.level = None;
        t.findings.clear();
    }
    let text = render(&loaded, &r).unwrap();
    assert!(!text.contains("[maturity]") && !text.contains("[[findings]]"));
    let reloaded = parse(&text, "x.toml").unwrap();
    assert_eq!(reloaded.roadmap, r);

    // And back: the tables return in canonical places.
    let mut back = r.clone();
    back.maturity = maturity;
    back.findings = findings;
    let text = render(&reloaded, &back).unwrap();
    let at = |s: &str| text.find(s).unwrap();
    assert!(at("[project]") < at("[maturity]"));
    assert!(at("[maturity]") < at("[[maturity.levels]]"));
    assert!(at("[[maturity.levels]]") < at("[[findings]]"));
    assert!(at("[[findings]]") < at("[[phases]]"));
    assert_eq!(parse(&text, "x.toml").unwrap().roadmap, back);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (_dir, path) = sample_file();
    let mut loaded = load(&path).unwrap();
    let theirs = SAMPLE.replace("Nightly database backups", "Hourly backups");
    fs::write(&path, &theirs).unwrap();
    let mut r = (*loaded.roadmap).clone();
    r.tasks[0].status = Status::Done;
    let err = save(&mut loaded, &Arc::new(r.clone()), &path).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
    assert!(err
        .to_string()
        .contains("changed on disk since it was loaded"));
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
}

#[test]
fn a_roadmap_that_would_not_load_is_not_saved() {
    let (_dir, path) = sample_file();
    let mut loaded = load(&path).unwrap();
    let mut r = (*loaded.roadmap).clone();
    r.tasks[2].phase = "week-9".into();
    let err = save(&mut loaded, &Arc::new(r.clone()), &path).unwrap_err();
    let SaveError::Invalid(problems) = &err else {
        panic!("expected Invalid, got {err}");
    };
    assert_eq!(
        problems.diagnostics[0].message,
        "task `backups` is in phase `week-9`, which does not exist"
    );
    assert!(err
        .to_string()
        .starts_with("not saved: the roadmap would not load back\n"));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        SAMPLE,
        "the file is untouched"
    );
    assert_eq!(loaded.document.text(), SAMPLE, "and so is what was loaded");
}

#[test]
fn saving_to_a_new_path_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.toml");
    let mut loaded = parse(SAMPLE, &path.display().to_string()).unwrap();
    let mut r = (*loaded.roadmap).clone();
    r.project.name = "Jewelshot 2".into();
    save(&mut loaded, &Arc::new(r.clone()), &path).unwrap();
    assert_eq!(load(&path).unwrap().roadmap, r);
}

#[test]
fn canonical_text_for_new_files() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    let text = to_toml(&loaded.roadmap);
    insta::assert_snapshot!("canonical_sample", text);
    assert_eq!(parse(&text, "c.toml").unwrap().roadmap, loaded.roadmap);
}

#[test]
fn saving_as_a_new_file_writes_it_patched_and_never_replaces_one() {
    let (dir, path) = sample_file();
    let mut loaded = load(&path).unwrap();
    let original = fs::read_to_string(&path).unwrap();
    let mut edited = (*loaded.roadmap).clone();
    let task = edited.task_mut("ci-pipeline").unwrap();
    task.status = Status::Done;
    task.done_on = day();
    let edited = Arc::new(edited);

    let err = roadmap::store::save_new(&mut loaded, &edited, &path).unwrap_err();
    assert!(matches!(err, SaveError::Exists { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!("not saved: {} already exists", path.display())
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), original, "left alone");

    let copy = dir.path().join("copy.toml");
    roadmap::store::save_new(&mut loaded, &edited, &copy).unwrap();
    let written = fs::read_to_string(&copy).unwrap();
    assert_eq!(
        changed_lines(&original, &written),
        (
            vec!["status = \"doing\"   # Ana is on it".to_string()],
            vec![
                "status = \"done\"   # Ana is on it".to_string(),
                "done_on = 2025-11-03".to_string()
            ]
        ),
        "patched, comments and layout kept"
    );
    assert_eq!(load(&copy).unwrap().roadmap, *edited);
    assert!(
        Arc::ptr_eq(&loaded.roadmap, &edited),
        "the saved roadmap is the baseline"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), original);
}
