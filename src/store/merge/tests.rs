//! Whole-roadmap merges on the store's sample file.

use super::*;
use crate::model::{Effort, Status, Task};
use crate::store::parse;
use chrono::NaiveDate;

const SAMPLE: &str = include_str!("../testdata/sample.toml");

fn sample() -> Loaded {
    parse(SAMPLE, "sample.toml").unwrap()
}

fn check_off(r: &mut Roadmap, id: &str, day: u32) {
    let t = r.task_mut(id).unwrap();
    t.status = Status::Done;
    t.done_on = NaiveDate::from_ymd_opt(2025, 11, day);
}

fn estimate(r: &mut Roadmap, id: &str, effort: &str) {
    r.task_mut(id).unwrap().effort = Effort::parse(effort).ok();
}

#[test]
fn independent_changes_combine_and_ours_text_survives() {
    let loaded = sample();
    let base = (*loaded.roadmap).clone();
    let mut ours = base.clone();
    check_off(&mut ours, "health-checks", 3);
    let ours_text = render(&loaded, &ours).unwrap();
    let ours_loaded = parse(&ours_text, "ours.toml").unwrap();
    let mut theirs = base.clone();
    estimate(&mut theirs, "backups", "3d");
    theirs
        .tasks
        .push(Task::new("uptime-alerts", "month-2", "Uptime alerts"));
    theirs.project.summary = Some("Product photos by AI.".into());

    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let r = &merged.roadmap;
    assert_eq!(r.task("health-checks").unwrap().status, Status::Done);
    assert_eq!(r.task("backups").unwrap().effort, Effort::parse("3d").ok());
    assert_eq!(r.tasks.last().unwrap().id, "uptime-alerts");
    assert_eq!(r.project.summary.as_deref(), Some("Product photos by AI."));
    for kept in [
        "# Health checks first: everything else depends on them.",
        "currency = \"USD\"   # every amount below",
        "status = \"doing\"   # Ana is on it",
        "effort = \"16 hours\"",
    ] {
        assert!(text.contains(kept), "lost {kept:?}");
    }
    assert!(text.contains("status = \"done\"\ndone_on = 2025-11-03\n"));
    assert!(text.contains("effort = \"3d\""));
    assert_eq!(parse(&text, "merged.toml").unwrap().roadmap, *r);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut ours = base.clone();
    check_off(&mut ours, "backups", 4);
    estimate(&mut ours, "ci-pipeline", "3d");
    let theirs = ours.clone();
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.is_clean());
    assert_eq!(merged.roadmap, ours);
}

#[test]
fn one_field_changed_differently_is_a_conflict_that_keeps_ours() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let ours = ours_of(&base, "6h");
    let mut theirs = ours_of(&base, "2h");
    check_off(&mut theirs, "backups", 5);
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].to_string(),
        "conflict in task `health-checks` field `effort`: ours \"6h\", theirs \"2h\" (base \"4h\")"
    );
    assert_eq!(merged.roadmap.conflicts, merged.conflicts);
    let r = &merged.roadmap;
    assert_eq!(
        r.task("health-checks").unwrap().effort,
        Effort::parse("6h").ok()
    );
    assert_eq!(
        r.task("backups").unwrap().status,
        Status::Done,
        "the rest merges"
    );
}

fn ours_of(base: &Roadmap, effort: &str) -> Roadmap {
    let mut ours = base.clone();
    estimate(&mut ours, "health-checks", effort);
    ours
}

#[test]
fn a_conflicted_merge_writes_a_file_that_loads_with_the_conflict_marked() {
    let loaded = sample();
    let base = (*loaded.roadmap).clone();
    let ours = ours_of(&base, "6h");
    let ours_loaded = parse(&render(&loaded, &ours).unwrap(), "ours.toml").unwrap();
    let theirs = ours_of(&base, "2h");
    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
    assert!(text.contains(
        "conflict = { field = \"effort\", ours = \"6h\", theirs = \"2h\", base = \"4h\" }"
    ));
    let back = parse(&text, "merged.toml").unwrap();
    assert_eq!(back.roadmap, merged.roadmap);
    assert!(back
        .warnings
        .iter()
        .any(|d| d.is_error() && d.message.contains("task `health-checks` field `effort`")));
}

#[test]
fn delete_against_untouched_deletes_and_against_modified_conflicts() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut ours = base.clone();
    ours.tasks.retain(|t| t.id != "backups");
    let theirs = base.clone();
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.is_clean());
    assert!(merged.roadmap.task("backups").is_none());

    let mut theirs = base.clone();
    check_off(&mut theirs, "backups", 6);
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.roadmap.task("backups").unwrap().status, Status::Done);
    assert_eq!(
        merged.conflicts[0].to_string(),
        "conflict in task `backups`: ours \"deleted\", theirs \"changed status, done_on\" (base none)"
    );
}

#[test]
fn a_deleted_phase_another_side_still_uses_comes_back_marked() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut ours = base.clone();
    ours.tasks.retain(|t| t.phase != "month-2");
    ours.phases.retain(|p| p.id != "month-2");
    let mut theirs = base.clone();
    theirs
        .tasks
        .push(Task::new("restore-drill", "month-2", "Restore drill"));
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.roadmap.phase("month-2").is_some());
    assert!(merged.roadmap.task("restore-drill").is_some());
    assert!(
        merged.roadmap.task("backups").is_none(),
        "ours' deletion of an untouched task stands"
    );
    assert_eq!(
        merged.conflicts,
        [whole(
            Part::Phase("month-2".into()),
            Some("deleted".into()),
            Some("needed by task `restore-drill`".into())
        )]
    );
    assert!(crate::model::validate::validate(&merged.roadmap)
        .iter()
        .all(|p| !p.is_error() || p.field == Some(crate::model::validate::CONFLICT_KEY)));
}

#[test]
fn a_dependency_cycle_made_by_two_sides_is_undone_and_marked() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut ours = base.clone();
    ours.task_mut("health-checks").unwrap().depends_on = vec!["backups".into()];
    let mut theirs = base.clone();
    theirs.task_mut("backups").unwrap().depends_on = vec!["health-checks".into()];
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, "depends_on");
    let errors: Vec<_> = crate::model::validate::validate(&merged.roadmap)
        .into_iter()
        .filter(|p| p.is_error() && p.field != Some(crate::model::validate::CONFLICT_KEY))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn without_a_common_ancestor_differences_conflict() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let ours = ours_of(&base, "6h");
    let theirs = ours_of(&base, "2h");
    let merged = merge(None, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].base, None);
    assert_eq!(merged.roadmap.tasks.len(), base.tasks.len());
}

#[test]
fn conflicts_already_in_the_files_are_carried_or_settled() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut marked = base.clone();
    marked.conflicts.push(Conflict {
        part: Part::Task("backups".into()),
        field: "owner".into(),
        ours: Some("ana".into()),
        theirs: Some("bo".into()),
        base: None,
    });
    // Theirs settled it; ours did not touch it: settled.
    let merged = merge(Some(&marked), &marked, &base);
    assert!(merged.roadmap.conflicts.is_empty());
    // Ours still has it, theirs adds a check-off: carried.
    let mut theirs = marked.clone();
    check_off(&mut theirs, "health-checks", 7);
    let merged = merge(Some(&marked), &marked, &theirs);
    assert_eq!(merged.roadmap.conflicts, marked.conflicts);
    assert!(merged.is_clean(), "no new conflict");
}

#[test]
fn maturity_levels_merge_by_number() {
    let base = std::sync::Arc::unwrap_or_clone(sample().roadmap);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    if let Some(m) = ours.maturity.as_mut() {
        m.levels[1].name = "Automated".into();
    }
    if let Some(m) = theirs.maturity.as_mut() {
        m.baseline = 35.0;
        m.levels[1].requires = vec!["backups".into()];
    }
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.is_clean());
    let m = merged.roadmap.maturity.unwrap();
    assert_eq!((m.baseline, m.levels[1].name.as_str()), (35.0, "Automated"));
    assert_eq!(m.levels[1].requires, ["backups"]);
}

/// Ours renames `old` to `new` the way a person does in an editor: the
/// task's id and every reference to it, nothing else.
fn rename_task(r: &mut Roadmap, old: &str, new: &str) {
    for t in &mut r.tasks {
        if t.id == old {
            t.id = new.into();
        }
        for d in &mut t.depends_on {
            if d == old {
                *d = new.into();
            }
        }
    }
}

#[test]
fn a_check_off_of_a_task_the_other_side_renamed_is_carried_over() {
    let loaded = sample();
    let base = (*loaded.roadmap).clone();
    let mut ours = base.clone();
    rename_task(&mut ours, "health-checks", "health-endpoints");
    let ours_loaded = parse(&render(&loaded, &ours).unwrap(), "ours.toml").unwrap();
    let mut theirs = base.clone();
    check_off(&mut theirs, "health-checks", 4);

    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let r = &merged.roadmap;
    assert_eq!(
        r.task("health-checks"),
        None,
        "no task left under the old id"
    );
    let renamed = r.task("health-endpoints").unwrap();
    assert_eq!(renamed.status, Status::Done);
    assert_eq!(renamed.done_on, NaiveDate::from_ymd_opt(2025, 11, 4));
    assert_eq!(
        r.task("ci-pipeline").unwrap().depends_on,
        ["health-endpoints"]
    );
    assert_eq!(
        merged.notes[0].describe("HEAD", "side"),
        "task `health-checks` is `health-endpoints` in HEAD: side's changes to it were kept under `health-endpoints`"
    );
    assert_eq!(parse(&text, "merged.toml").unwrap().roadmap, *r);

    // The same from the other side: their rename, our check-off. Our text
    // takes the rename in place: the table keeps its comment and layout.
    let checked = parse(&render(&loaded, &theirs).unwrap(), "ours.toml").unwrap();
    let (text, merged) = merge_into(Some(&base), &checked, &ours).unwrap();
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(
        merged.roadmap.task("health-endpoints").unwrap().status,
        Status::Done
    );
    assert_eq!(merged.roadmap.tasks.len(), base.tasks.len());
    let expected = checked
        .document
        .text()
        .replace("\"health-checks\"", "\"health-endpoints\"");
    assert_eq!(text, expected);
}

#[test]
fn a_rename_in_a_layout_the_text_rename_does_not_know_is_still_merged() {
    let text = "version = 1\ntasks = [\n  { id = \"a\", phase = \"p\", title = \"A\" },\n]\n\n\
                [project]\nname = \"P\"\n\n[[phases]]\nid = \"p\"\nname = \"P\"\n";
    let loaded = parse(text, "inline.toml").unwrap();
    let base = (*loaded.roadmap).clone();
    let mut theirs = base.clone();
    theirs.tasks[0].id = "renamed".into();
    let mut ours = base.clone();
    check_off(&mut ours, "a", 9);
    let ours_loaded = parse(&render(&loaded, &ours).unwrap(), "ours.toml").unwrap();
    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let back = parse(&text, "merged.toml").unwrap();
    assert_eq!(*back.roadmap, merged.roadmap);
    assert_eq!(back.roadmap.task("renamed").unwrap().status, Status::Done);
}

#[test]
fn one_new_id_added_on_both_sides_with_different_titles_is_two_tasks() {
    let loaded = sample();
    let base = (*loaded.roadmap).clone();
    let mut ours = base.clone();
    ours.tasks
        .push(Task::new("new-task", "month-2", "Rotate the API keys"));
    let ours_loaded = parse(&render(&loaded, &ours).unwrap(), "ours.toml").unwrap();
    let mut theirs = base.clone();
    let mut load_test = Task::new("new-task", "month-2", "Load test the checkout");
    load_test.status = Status::Done;
    load_test.done_on = NaiveDate::from_ymd_opt(2025, 11, 6);
    theirs.tasks.push(load_test);

    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).unwrap();
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let r = &merged.roadmap;
    assert_eq!(r.task("new-task").unwrap().title, "Rotate the API keys");
    let theirs_task = r.task("new-task-2").unwrap();
    assert_eq!(theirs_task.title, "Load test the checkout");
    assert_eq!(theirs_task.status, Status::Done);
    assert_eq!(
        merged.notes[0].describe("HEAD", "side"),
        "both sides added task `new-task`, with different titles: kept both, side's as `new-task-2`"
    );
    assert_eq!(parse(&text, "merged.toml").unwrap().roadmap, *r);
}
