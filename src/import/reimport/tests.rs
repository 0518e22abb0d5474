//! The three-way rules on small roadmaps.

use super::*;
use crate::model::reported::Reported;
use crate::model::{Effort, Finding, FindingKind, Phase, Priority, Project, Severity, Task};

fn phase(id: &str) -> Phase {
    Phase {
        id: id.into(),
        name: id.into(),
        window: None,
        start: None,
        end: None,
        description: None,
    }
}

fn task(id: &str, phase: &str, title: &str, line: u32) -> Task {
    let mut t = Task::new(id, phase, title);
    t.source_line = Some(line);
    t.effort = Effort::parse("4h").ok();
    t.reported = Some(Reported::of(&t).to_string());
    t
}

fn roadmap(tasks: Vec<Task>) -> Roadmap {
    let mut r = Roadmap::new(Project::new("p"));
    r.phases.push(phase("now"));
    r.tasks = tasks;
    r
}

fn base() -> Roadmap {
    roadmap(vec![
        task("backups", "now", "Automate backups", 10),
        task("health", "now", "Add health checks", 20),
        task("runbooks", "now", "Write runbooks", 30),
    ])
}

#[test]
fn a_report_change_the_team_did_not_touch_is_taken() {
    let mut report = base();
    report.tasks[1].priority = Priority::Critical;
    let plan = reimport(&base(), &report, Options::default());
    assert_eq!(plan.changed.len(), 1);
    assert_eq!(plan.changed[0].changes[0].field, "priority");
    assert_eq!(plan.roadmap.tasks[1].priority, Priority::Critical);
    let rec = Reported::parse(plan.roadmap.tasks[1].reported.as_deref().unwrap()).unwrap();
    assert_eq!(rec.get("priority"), Some("critical"));
    assert_eq!(plan.kept, vec!["backups", "runbooks"]);
    assert!(plan.conflicts.is_empty());
}

#[test]
fn the_team_edit_stays_when_the_report_did_not_change_the_field() {
    let mut ours = base();
    ours.tasks[0].effort = Effort::parse("2d").ok();
    ours.tasks[0].status = Status::Done;
    let plan = reimport(&ours, &base(), Options::default());
    assert_eq!(plan.roadmap.tasks[0].effort, Effort::parse("2d").ok());
    assert_eq!(plan.roadmap.tasks[0].status, Status::Done);
    assert!(plan.changed.is_empty() && plan.conflicts.is_empty());
    assert_eq!(plan.roadmap, ours);
}

#[test]
fn both_changed_is_a_conflict_settled_by_the_choice() {
    let mut ours = base();
    ours.tasks[0].effort = Effort::parse("2d").ok();
    let mut report = base();
    report.tasks[0].effort = Effort::parse("8h").ok();
    let unsettled = reimport(&ours, &report, Options::default());
    assert_eq!(unsettled.conflicts.len(), 1);
    let c = &unsettled.conflicts[0];
    assert_eq!(
        (
            c.was.as_deref(),
            c.team.as_deref(),
            c.report.as_deref(),
            c.kept
        ),
        (Some("4h"), Some("2d"), Some("8h"), "team")
    );
    assert_eq!(unsettled.roadmap.tasks[0].effort, Effort::parse("2d").ok());
    // Unsettled: the record still says 4h, so the next run finds it again.
    assert_eq!(
        reimport(&unsettled.roadmap, &report, Options::default())
            .conflicts
            .len(),
        1
    );
    let ours_kept = reimport(
        &ours,
        &report,
        Options {
            resolve: Resolve::Ours,
            ..Options::default()
        },
    );
    assert_eq!(ours_kept.roadmap.tasks[0].effort, Effort::parse("2d").ok());
    assert!(reimport(&ours_kept.roadmap, &report, Options::default())
        .conflicts
        .is_empty());
    let theirs = reimport(
        &ours,
        &report,
        Options {
            resolve: Resolve::Theirs,
            ..Options::default()
        },
    );
    assert_eq!(theirs.roadmap.tasks[0].effort, Effort::parse("8h").ok());
    assert_eq!(theirs.conflicts[0].kept, "report");
    assert_eq!(theirs.unsettled(), 0);
    assert_eq!(unsettled.unsettled(), 1);
}

#[test]
fn new_tasks_go_after_their_predecessor_and_gone_ones_are_listed() {
    let mut ours = base();
    ours.tasks[1].status = Status::Done;
    let mut report = base();
    report.tasks.remove(1);
    report.tasks.remove(1);
    report
        .tasks
        .insert(1, task("restore-drill", "now", "Restore a backup", 15));
    report.phases.push(phase("later"));
    report
        .tasks
        .push(task("pen-test", "later", "External penetration test", 90));
    let plan = reimport(
        &ours,
        &report,
        Options {
            drop_removed: true,
            ..Options::default()
        },
    );
    let ids: Vec<&str> = plan.roadmap.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["backups", "restore-drill", "health", "pen-test"]);
    assert_eq!(plan.phases_added, ["later"]);
    assert_eq!(plan.added.len(), 2);
    let gone: Vec<(&str, bool)> = plan
        .left_out
        .iter()
        .map(|l| (l.id.as_str(), l.dropped))
        .collect();
    // The done task is never dropped; the open one is, when asked.
    assert_eq!(gone, [("health", false), ("runbooks", true)]);
}

#[test]
fn a_task_without_a_record_conflicts_instead_of_being_overwritten() {
    let mut ours = base();
    ours.tasks[0].reported = None;
    ours.tasks[0].title = "Automate the backups".into();
    let plan = reimport(&ours, &base(), Options::default());
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.roadmap.tasks[0].title, "Automate the backups");
    assert_eq!(plan.roadmap.tasks[0].reported, None);
}

#[test]
fn findings_are_added_and_updated() {
    let finding = |id: &str, severity| Finding {
        id: id.into(),
        category: "Ops".into(),
        kind: FindingKind::Gap,
        severity,
        title: format!("No {id}"),
        detail: None,
        score: None,
        target: None,
        max: None,
    };
    let mut ours = base();
    ours.findings.push(finding("backups", Severity::High));
    let mut report = base();
    report.findings.push(finding("backups", Severity::Critical));
    report.findings.push(finding("alerts", Severity::Medium));
    let plan = reimport(&ours, &report, Options::default());
    assert_eq!(plan.findings_added, ["alerts"]);
    assert_eq!(plan.findings_changed[0].changes[0].field, "severity");
    assert_eq!(plan.roadmap.findings[0].severity, Severity::Critical);
}

#[test]
fn the_lead_settles_each_conflict_and_removed_task_over_the_flags() {
    // Both sides changed two fields of backups: the lead takes the
    // report's effort and keeps the team's priority.
    let mut ours = base();
    ours.tasks[0].effort = Effort::parse("2d").ok();
    ours.tasks[0].priority = Priority::Low;
    ours.tasks[2].status = Status::Doing;
    let mut report = base();
    report.tasks[0].effort = Effort::parse("1d").ok();
    report.tasks[0].priority = Priority::Critical;
    report.tasks.truncate(1);
    let mut choices = Choices::default();
    choices
        .resolve
        .insert(("backups".into(), "effort".into()), Resolve::Theirs);
    choices
        .resolve
        .insert(("backups".into(), "priority".into()), Resolve::Ours);
    // Asked to delete both removed tasks: only the open one goes.
    choices.drop.insert("health".into(), true);
    choices.drop.insert("runbooks".into(), true);
    let plan = reimport_with(&ours, &report, Options::default(), &choices);
    assert_eq!(plan.conflicts.len(), 2);
    assert_eq!(plan.unsettled(), 0);
    let backups = &plan.roadmap.tasks[0];
    assert_eq!(backups.effort, Effort::parse("1d").ok());
    assert_eq!(backups.priority, Priority::Low);
    let ids: Vec<&str> = plan.roadmap.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["backups", "runbooks"]);
    let dropped: Vec<(&str, bool)> = plan
        .left_out
        .iter()
        .map(|l| (l.id.as_str(), l.dropped))
        .collect();
    assert_eq!(dropped, [("health", true), ("runbooks", false)]);

    // A choice left unsettled in the review stays so even under --theirs.
    let mut unsettled = Choices::default();
    unsettled
        .resolve
        .insert(("backups".into(), "effort".into()), Resolve::Unsettled);
    let theirs = Options {
        resolve: Resolve::Theirs,
        drop_removed: false,
    };
    let plan = reimport_with(&ours, &report, theirs, &unsettled);
    assert_eq!(plan.unsettled(), 1, "{:?}", plan.conflicts);
    assert_eq!(plan.roadmap.tasks[0].effort, Effort::parse("2d").ok());
    assert_eq!(plan.roadmap.tasks[0].priority, Priority::Critical);
}
