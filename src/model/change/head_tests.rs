use super::super::apply;
use super::*;
use crate::model::fields::{FINDING_FIELDS, PHASE_FIELDS, PROJECT_FIELDS};
use crate::model::roadmap::{Conflict, Task};
use crate::model::validate::validate;
use crate::model::{FindingKind, Severity};
use chrono::NaiveDate;

fn phase(id: &str, name: &str) -> Phase {
    Phase {
        id: id.into(),
        name: name.into(),
        window: None,
        start: None,
        end: None,
        description: None,
    }
}

fn finding(id: &str) -> Finding {
    Finding {
        id: id.into(),
        category: "CI/CD".into(),
        kind: FindingKind::Gap,
        severity: Severity::High,
        title: format!("Gap {id}"),
        detail: None,
        score: None,
        target: None,
        max: None,
    }
}

/// Phases `now` (tasks a, b) and `next` (task c); findings `f1`
/// (addressed by a and c) and `f2`; a conflict about phase `now`.
fn roadmap() -> Roadmap {
    let mut r = Roadmap::new(Project::new("Shop"));
    r.phases = vec![phase("now", "Now"), phase("next", "Next")];
    r.findings = vec![finding("f1"), finding("f2")];
    let mut a = Task::new("a", "now", "A");
    a.findings = vec!["f1".into()];
    let mut c = Task::new("c", "next", "C");
    c.findings = vec!["f2".into(), "f1".into()];
    r.tasks = vec![a, Task::new("b", "now", "B"), c];
    r
}

/// Applies `change`, checks the result validates, undoes it and checks
/// the roadmap is back as it was; returns the roadmap after the change.
fn round_trip(before: &Roadmap, change: Change) -> Roadmap {
    let mut r = before.clone();
    let inverse = apply(&mut r, change).unwrap();
    let after = r.clone();
    let errors: Vec<_> = validate(&r).into_iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    apply(&mut r, inverse).unwrap();
    assert_eq!(r, *before, "the inverse brings everything back");
    after
}

#[test]
fn adding_a_phase_puts_it_in_place_and_undoes() {
    let r = roadmap();
    let mut later = phase("later", "Later");
    later.start = NaiveDate::from_ymd_opt(2026, 1, 5);
    let after = round_trip(&r, add_phase(&r, later.clone(), 1).unwrap());
    assert_eq!(after.phases[1], later);
    assert_eq!(after.phases.len(), 3);
    let at_end = round_trip(&r, add_phase(&r, phase("z", "Z"), 99).unwrap());
    assert_eq!(at_end.phases[2].id, "z", "a position past the end appends");
}

#[test]
fn a_bad_or_taken_phase_is_refused() {
    let r = roadmap();
    assert_eq!(
        add_phase(&r, phase("now", "Again"), 0),
        Err(HeadError::Duplicate {
            what: "phase",
            id: "now".into()
        })
    );
    assert_eq!(
        add_phase(&r, phase("Not Slug", "X"), 0),
        Err(HeadError::BadId("Not Slug".into()))
    );
    let e = add_phase(&r, phase("x", " "), 0).unwrap_err();
    assert!(e.to_string().contains("needs a name"), "{e}");
    let mut backwards = phase("x", "X");
    backwards.start = NaiveDate::from_ymd_opt(2026, 2, 1);
    backwards.end = NaiveDate::from_ymd_opt(2026, 1, 1);
    let e = add_phase(&r, backwards, 0).unwrap_err();
    assert!(e.to_string().contains("before it starts"), "{e}");
}

#[test]
fn renaming_a_phase_moves_its_tasks_and_conflicts_in_one_change() {
    let mut r = roadmap();
    r.conflicts = vec![Conflict {
        part: Part::Phase("now".into()),
        field: "name".into(),
        ours: Some("Now".into()),
        theirs: Some("Today".into()),
        base: None,
    }];
    let mut renamed = phase("sprint-1", "Sprint 1");
    renamed.window = Some("Week 1-2".into());
    let change = edit_phase(&r, "now", renamed.clone()).unwrap();
    let mut after = r.clone();
    let inverse = apply(&mut after, change).unwrap();
    assert_eq!(after.phases[0], renamed);
    assert_eq!(after.task("a").unwrap().phase, "sprint-1");
    assert_eq!(after.task("b").unwrap().phase, "sprint-1");
    assert_eq!(after.task("c").unwrap().phase, "next", "other phases stay");
    assert_eq!(after.conflicts[0].part, Part::Phase("sprint-1".into()));
    apply(&mut after, inverse).unwrap();
    assert_eq!(after, r);
}

#[test]
fn editing_a_phase_keeping_its_id_touches_no_task() {
    let r = roadmap();
    let mut dated = phase("next", "Next up");
    dated.end = NaiveDate::from_ymd_opt(2026, 3, 31);
    let change = edit_phase(&r, "next", dated).unwrap();
    let Change::Batch(parts) = &change else {
        panic!("a batch")
    };
    assert_eq!(parts.len(), 1, "the head alone");
    let after = round_trip(&r, change);
    assert_eq!(after.phases[1].name, "Next up");
    assert_eq!(
        edit_phase(&r, "now", phase("next", "Clash")),
        Err(HeadError::Duplicate {
            what: "phase",
            id: "next".into()
        })
    );
    let e = edit_phase(&r, "nwo", phase("x", "X")).unwrap_err();
    assert_eq!(e.to_string(), "no phase has id `nwo`; did you mean `now`?");
    let e = edit_phase(&r, "nxet", phase("x", "X")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no phase has id `nxet`; did you mean `next`?"
    );
    let e = edit_phase(&r, "elsewhere", phase("x", "X")).unwrap_err();
    assert_eq!(e.to_string(), "no phase has id `elsewhere`");
}

#[test]
fn deleting_a_phase_with_tasks_needs_a_place_for_them() {
    let r = roadmap();
    let e = remove_phase(&r, "now", None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "phase `now` holds 2 tasks; choose a phase to move them to"
    );
    assert_eq!(
        remove_phase(&r, "now", Some("now")),
        Err(HeadError::MoveIntoItself("now".into()))
    );
    assert!(matches!(
        remove_phase(&r, "now", Some("nope")),
        Err(HeadError::NoSuch { what: "phase", .. })
    ));
    let after = round_trip(&r, remove_phase(&r, "now", Some("next")).unwrap());
    assert_eq!(after.phases, vec![phase("next", "Next")]);
    assert!(after.tasks.iter().all(|t| t.phase == "next"));
    assert_eq!(after.tasks.len(), 3, "no task lost");
    let mut empty = roadmap();
    empty.phases.push(phase("later", "Later"));
    let after = round_trip(&empty, remove_phase(&empty, "later", None).unwrap());
    assert_eq!(after.phases.len(), 2);
}

#[test]
fn phases_reorder_and_stop_at_the_ends() {
    let r = roadmap();
    let after = round_trip(&r, move_phase(&r, "now", 1).unwrap().unwrap());
    assert_eq!(after.phases[0].id, "next");
    assert_eq!(move_phase(&r, "now", -1), Ok(None));
    assert_eq!(move_phase(&r, "next", 1), Ok(None));
}

#[test]
fn findings_are_added_edited_and_renamed_with_their_references() {
    let r = roadmap();
    let mut new = finding("no-backups");
    new.severity = Severity::Critical;
    let after = round_trip(&r, add_finding(&r, new.clone(), usize::MAX).unwrap());
    assert_eq!(after.findings[2], new);
    assert!(matches!(
        add_finding(&r, finding("f1"), 0),
        Err(HeadError::Duplicate { .. })
    ));
    let mut renamed = finding("ci-gap");
    renamed.title = "No CI".into();
    let after = round_trip(&r, edit_finding(&r, "f1", renamed).unwrap());
    assert_eq!(after.findings[0].title, "No CI");
    assert_eq!(after.task("a").unwrap().findings, ["ci-gap"]);
    assert_eq!(
        after.task("c").unwrap().findings,
        ["f2", "ci-gap"],
        "in place"
    );
}

#[test]
fn a_finding_tasks_address_is_deleted_only_with_its_references() {
    let r = roadmap();
    let e = remove_finding(&r, "f1", false).unwrap_err();
    assert_eq!(
        e.to_string(),
        "finding `f1` is addressed by `a`, `c`; drop those references with it, or remove them first"
    );
    let after = round_trip(&r, remove_finding(&r, "f1", true).unwrap());
    assert_eq!(after.findings.len(), 1);
    assert!(after.task("a").unwrap().findings.is_empty());
    assert_eq!(after.task("c").unwrap().findings, ["f2"]);
    let mut lone = roadmap();
    lone.findings.push(finding("f3"));
    let after = round_trip(&lone, remove_finding(&lone, "f3", false).unwrap());
    assert_eq!(after.findings.len(), 2);
}

#[test]
fn the_project_is_set_in_one_change_and_checked() {
    let r = roadmap();
    let project = assign_fields(
        &r.project,
        PROJECT_FIELDS,
        "project",
        &[
            ("name", "Shop v2"),
            ("currency", "EUR"),
            ("hours_per_day", "7.5"),
        ],
    )
    .unwrap();
    let after = round_trip(&r, set_project(&r, project).unwrap());
    assert_eq!(after.project.name, "Shop v2");
    assert_eq!(after.project.currency, "EUR");
    assert_eq!(after.project.hours_per_day, 7.5);
    let mut bad = r.project.clone();
    bad.hours_per_day = 25.0;
    let e = set_project(&r, bad).unwrap_err();
    assert!(e.to_string().starts_with("field `hours_per_day`"), "{e}");
}

#[test]
fn fields_are_read_by_the_tables_parsers() {
    let p = phase("now", "Now");
    let dated = assign_fields(
        &p,
        PHASE_FIELDS,
        "phase",
        &[("start", "2026-01-05"), ("window", "Week 1-2")],
    )
    .unwrap();
    assert_eq!(dated.start, NaiveDate::from_ymd_opt(2026, 1, 5));
    let unset = assign_fields(&dated, PHASE_FIELDS, "phase", &[("window", "")]).unwrap();
    assert_eq!(unset.window, None);
    let e = assign_fields(&p, PHASE_FIELDS, "phase", &[("start", "soon")]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "field `start`: `soon` is not a date (write e.g. `2025-12-01`); or `start=` to unset it"
    );
    let e = assign_fields(&p, PHASE_FIELDS, "phase", &[("strat", "2026-01-01")]).unwrap_err();
    assert!(e.to_string().starts_with("unknown field `strat`"), "{e}");
    for typo in ["nam", "nmae", "naem"] {
        let e = assign_fields(&p, PHASE_FIELDS, "phase", &[(typo, "x")]).unwrap_err();
        assert!(e.to_string().contains("did you mean `name`?"), "{e}");
    }
    let e = assign_fields(&p, PHASE_FIELDS, "phase", &[("name", "")]).unwrap_err();
    assert!(e.to_string().contains("a phase needs a name"), "{e}");
    let f = assign_fields(
        &finding("f"),
        FINDING_FIELDS,
        "finding",
        &[("severity", "low"), ("kind", "risk")],
    )
    .unwrap();
    assert_eq!((f.severity, f.kind), (Severity::Low, FindingKind::Risk));
    assert!(assign_fields(&f, FINDING_FIELDS, "finding", &[("severity", "huge")]).is_err());
}

#[test]
fn scores_outside_the_scale_are_refused() {
    let mut f = finding("f");
    f.max = Some(10.0);
    f.score = Some(11.0);
    let e = check_finding(&f).unwrap_err();
    assert!(e.to_string().starts_with("field `score`"), "{e}");
}

#[test]
fn blanks_take_a_free_id() {
    let mut r = roadmap();
    assert_eq!(blank_phase(&r).id, "phase-3");
    r.phases.push(phase("phase-3", "P"));
    assert_eq!(blank_phase(&r).id, "phase-4");
    assert_eq!(blank_finding(&r).id, "finding-3");
}
