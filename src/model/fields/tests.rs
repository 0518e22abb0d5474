use super::*;
use crate::model::{Finding, Level, Phase, Project, Task};

/// A task with every member set, each to something other than a new
/// task's default.
fn full_task() -> Task {
    let mut t = Task::new("deploy", "week-1", "Deploy the worker");
    t.priority = Priority::Critical;
    t.status = Status::Done;
    t.effort = Effort::parse("2-3d").ok();
    t.cost_once = Money::parse("400-850").ok();
    t.cost_monthly = Money::parse("50").ok();
    t.category = Some("Worker".into());
    t.level = Some(2);
    t.findings = vec!["f-1".into(), "f-2".into()];
    t.depends_on = vec!["backups".into()];
    t.owner = Some("ana".into());
    t.due = NaiveDate::from_ymd_opt(2025, 12, 1);
    t.done_on = NaiveDate::from_ymd_opt(2025, 11, 3);
    t.notes = Some("line one\nline two".into());
    t.source_line = Some(42);
    t.reported = Some("priority=high; title=Deploy".into());
    t
}

#[test]
fn copying_every_task_field_copies_the_whole_task() {
    // A member of `Task` missing from the table would stay at its default.
    let full = full_task();
    let mut copy = Task::new("", "", "");
    for f in TASK_FIELDS {
        (f.set)(&mut copy, (f.get)(&full));
    }
    assert_eq!(copy, full);
    // And unsetting each optional field empties it.
    for f in TASK_FIELDS
        .iter()
        .filter(|f| f.presence == Presence::Optional)
    {
        (f.set)(&mut copy, None);
        assert!(
            (f.get)(&copy).is_none_or(|v| v == Value::Ids(Cow::Borrowed(&[]))),
            "{}",
            f.key
        );
    }
}

#[test]
fn copying_every_phase_field_copies_the_whole_phase() {
    let full = Phase {
        id: "week-1".into(),
        name: "This week".into(),
        window: Some("Week 1".into()),
        start: NaiveDate::from_ymd_opt(2025, 11, 3),
        end: NaiveDate::from_ymd_opt(2025, 11, 9),
        description: Some("Stop the bleeding".into()),
    };
    let mut copy = Phase {
        id: String::new(),
        name: String::new(),
        window: None,
        start: None,
        end: None,
        description: None,
    };
    for f in PHASE_FIELDS {
        (f.set)(&mut copy, (f.get)(&full));
    }
    assert_eq!(copy, full);
}

/// Copies every field of `full` into `blank` through `fields`.
fn copied<R>(fields: &'static [Field<R>], full: &R, mut blank: R) -> R {
    for f in fields {
        (f.set)(&mut blank, (f.get)(full));
    }
    blank
}

#[test]
fn copying_every_field_of_the_other_records_copies_them_whole() {
    let finding = Finding {
        id: "f-1".into(),
        category: "Security".into(),
        kind: FindingKind::Risk,
        severity: Severity::Critical,
        title: "No backups".into(),
        detail: Some("None at all".into()),
        score: Some(2.0),
        target: Some(8.0),
        max: Some(10.0),
    };
    let blank = Finding {
        id: String::new(),
        category: String::new(),
        kind: FindingKind::Gap,
        severity: Severity::Medium,
        title: String::new(),
        detail: None,
        score: None,
        target: None,
        max: None,
    };
    assert_eq!(copied(FINDING_FIELDS, &finding, blank), finding);

    let level = Level {
        level: 3,
        name: "Automated".into(),
        score: 75.0,
        description: Some("CI everywhere".into()),
        requires: vec!["pen-test".into()],
        min_score: Some(70.0),
    };
    let blank = Level {
        level: 0,
        name: String::new(),
        score: 0.0,
        description: None,
        requires: Vec::new(),
        min_score: None,
    };
    assert_eq!(copied(LEVEL_FIELDS, &level, blank), level);

    let mut project = Project::new("Jewelshot");
    project.summary = Some("An audit".into());
    project.source = Some("report.md".into());
    project.audit_date = NaiveDate::from_ymd_opt(2025, 10, 17);
    project.currency = "EUR".into();
    project.hours_per_day = 6.0;
    project.days_per_week = 4.5;
    assert_eq!(copied(PROJECT_FIELDS, &project, Project::new("")), project);
}

/// Each table's keys, with the kind of its first field.
fn tables() -> Vec<(Vec<&'static str>, Kind)> {
    fn keys<R>(fields: &'static [Field<R>]) -> (Vec<&'static str>, Kind) {
        (fields.iter().map(|f| f.key).collect(), fields[0].kind)
    }
    vec![
        keys(TASK_FIELDS),
        keys(PHASE_FIELDS),
        keys(FINDING_FIELDS),
        keys(LEVEL_FIELDS),
        keys(PROJECT_FIELDS),
    ]
}

#[test]
fn keys_are_unique_and_an_id_comes_first() {
    for (keys, first) in tables() {
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
        assert!(
            first == Kind::Id || keys[0] != "id",
            "an `id` is the record's identity: {keys:?}"
        );
    }
    assert_eq!(TASK_FIELDS[0].kind, Kind::Id);
    const KEYS: [&str; 7] = keys_then_conflict::<Phase, 7>(PHASE_FIELDS);
    assert_eq!(
        KEYS,
        [
            "id",
            "name",
            "window",
            "start",
            "end",
            "description",
            "conflict"
        ]
    );
}

#[test]
fn every_typed_value_reads_back_as_written() {
    let full = full_task();
    for f in TASK_FIELDS.iter().filter(|f| f.kind != Kind::Ids) {
        let value = (f.get)(&full).expect("set");
        let typed = value.to_text(", ");
        assert_eq!(f.parse(&typed), Ok(value), "{}: {typed}", f.key);
    }
    let level = field(TASK_FIELDS, "level").unwrap();
    assert_eq!(
        level.parse("two"),
        Err("`two` is not a level number (write e.g. `2`)".into())
    );
    let due = field(TASK_FIELDS, "due").unwrap();
    assert!(due.parse("soon").unwrap_err().contains("is not a date"));
    assert!(field(TASK_FIELDS, "findings").unwrap().parse("a").is_err());
    assert!(field(TASK_FIELDS, "colour").is_none());
}
