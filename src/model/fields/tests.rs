use super::*;
use crate::model::{Phase, Task};

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

#[test]
fn keys_are_unique_and_the_id_comes_first() {
    for fields in [
        TASK_FIELDS
            .iter()
            .map(|f| (f.key, f.kind))
            .collect::<Vec<_>>(),
        PHASE_FIELDS.iter().map(|f| (f.key, f.kind)).collect(),
    ] {
        assert_eq!(fields[0], ("id", Kind::Id));
        let mut keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), fields.len());
    }
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
