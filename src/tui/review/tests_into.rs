//! The review with `--into`: conflicts settled on their row (or in the
//! chooser when a row has several), removed tasks kept or deleted, every
//! decision one undoable step, and the write honouring each.

use super::outcome::{choices, reviewed};
use super::source::Status;
use super::state::{Mode, Side};
use super::{press, Review, Source};
use crate::import::import_report;
use crate::import::reimport::{reimport, reimport_with, Options};
use crate::model::{Effort, Priority, Roadmap, Status as TaskStatus};

const V1: &str = "# Audit\n\n## Quick wins\n\n- [ ] **[High]** Enable backups (4h)\n- [ ] Rotate the keys (2h)\n- [ ] Turn on MFA (1h)\n\n## Later\n\n- [ ] Write the runbook (1d)\n- [ ] Add health checks (6h)\n";
/// Backups re-estimated and made critical, MFA and the runbook gone, a
/// new task.
const V2: &str = "# Audit\n\n## Quick wins\n\n- [ ] **[Critical]** Enable backups (1d)\n- [ ] Rotate the keys (2h)\n- [ ] Encrypt the disks (3h)\n\n## Later\n\n- [ ] Add health checks (6h)\n";

fn id_of(roadmap: &Roadmap, word: &str) -> String {
    roadmap
        .tasks
        .iter()
        .find(|t| t.title.contains(word))
        .unwrap_or_else(|| panic!("no task with {word}"))
        .id
        .clone()
}

/// The team's roadmap: backups re-estimated and re-prioritised (both
/// fields the report changes too), the runbook done.
fn team() -> Roadmap {
    let mut r = import_report(V1.as_bytes(), "audit.md").roadmap;
    let backups = id_of(&r, "backups");
    let runbook = id_of(&r, "runbook");
    for t in &mut r.tasks {
        if t.id == backups {
            t.effort = Effort::parse("2d").ok();
            t.priority = Priority::Low;
        }
        if t.id == runbook {
            t.status = TaskStatus::Done;
        }
    }
    r
}

fn review(options: Options) -> (Review, Roadmap) {
    let ours = team();
    let outcome = import_report(V2.as_bytes(), "audit-v2.md");
    let plan = reimport(&ours, &outcome.roadmap, options);
    let source = Source::new("audit-v2.md", V2, &outcome).with_plan(&ours, &plan);
    (Review::new(source, "plan.toml (into)"), ours)
}

fn keys(state: &mut Review, keys: &str) {
    press(state, keys).expect("valid notation");
}

fn row_titled(state: &Review, word: &str) -> usize {
    state
        .source
        .rows
        .iter()
        .position(|r| r.title.contains(word))
        .unwrap_or_else(|| panic!("no row with {word}"))
}

/// What the write makes of the review, over the team's roadmap.
fn written(state: &Review, ours: &Roadmap) -> Roadmap {
    let report = reviewed(state, V2.as_bytes()).roadmap;
    reimport_with(ours, &report, Options::default(), &choices(state)).roadmap
}

#[test]
fn each_row_says_what_it_does_to_the_roadmap() {
    let (r, _) = review(Options::default());
    let status = |word: &str| r.source.rows[row_titled(&r, word)].status;
    assert_eq!(status("backups"), Some(Status::Conflict));
    assert_eq!(status("Rotate"), Some(Status::Matched));
    assert_eq!(status("Encrypt"), Some(Status::New));
    let fields: Vec<&str> = r.source.conflicts.iter().map(|c| c.field).collect();
    assert_eq!(fields, ["priority", "effort"]);
    assert_eq!(r.sides, [None, None], "unsettled until the lead says");
    let removed: Vec<(&str, bool)> = r
        .source
        .removed
        .iter()
        .map(|x| (x.title.as_str(), x.open))
        .collect();
    assert_eq!(
        removed,
        [("Turn on MFA", true), ("Write the runbook", false)]
    );
}

#[test]
fn a_row_with_several_conflicts_settles_each_in_the_chooser() {
    let (mut r, ours) = review(Options::default());
    r.cursor = row_titled(&r, "backups");
    keys(&mut r, "t");
    assert_eq!(
        r.mode,
        Mode::Conflicts { selected: 0 },
        "two fields: asks which"
    );
    assert!(r.undo.is_empty(), "opening the chooser decides nothing");
    // Priority: the team's; effort: the report's.
    keys(&mut r, "ojt");
    assert_eq!(r.sides, [Some(Side::Team), Some(Side::Report)]);
    assert_eq!(r.undo.len(), 2);
    keys(&mut r, "<esc>");
    assert_eq!(r.mode, Mode::List);
    let result = written(&r, &ours);
    let backups = &result.tasks[0];
    assert_eq!(backups.priority, Priority::Low);
    assert_eq!(backups.effort, Effort::parse("1d").ok());
    // Undo in the list walks the settlements back one at a time.
    keys(&mut r, "u");
    assert_eq!(r.sides, [Some(Side::Team), None]);
    assert_eq!(
        r.message.as_deref(),
        Some("undone: effort of enable-backups: the report's 1d")
    );
    keys(&mut r, "u");
    assert_eq!(r.sides, [None, None]);
    let result = written(&r, &ours);
    assert_eq!(
        result.tasks[0].effort,
        Effort::parse("2d").ok(),
        "unsettled keeps the team's value"
    );
    keys(&mut r, "U");
    assert_eq!(r.sides, [Some(Side::Team), None]);
}

#[test]
fn a_row_with_one_conflict_settles_in_one_key() {
    let mut ours = team();
    ours.tasks[0].priority = Priority::Critical; // agrees with the report now
    let outcome = import_report(V2.as_bytes(), "audit-v2.md");
    let plan = reimport(&ours, &outcome.roadmap, Options::default());
    let source = Source::new("audit-v2.md", V2, &outcome).with_plan(&ours, &plan);
    let mut r = Review::new(source, "plan.toml");
    assert_eq!(r.source.conflicts.len(), 1);
    keys(&mut r, "t");
    assert_eq!(r.mode, Mode::List);
    assert_eq!(r.sides, [Some(Side::Report)]);
    keys(&mut r, "t");
    assert_eq!(
        r.message.as_deref(),
        Some("effort of enable-backups: the report's 1d (already so)")
    );
    assert_eq!(r.undo.len(), 1);
    keys(&mut r, "o");
    assert_eq!(r.sides, [Some(Side::Team)]);
    keys(&mut r, "j");
    keys(&mut r, "t");
    assert!(
        r.message
            .as_deref()
            .unwrap_or("")
            .contains("has no conflict"),
        "{:?}",
        r.message
    );
}

#[test]
fn the_flags_preset_the_sides_the_lead_can_change() {
    let theirs = Options {
        resolve: crate::import::reimport::Resolve::Theirs,
        drop_removed: true,
    };
    let (r, _) = review(theirs);
    assert_eq!(r.sides, [Some(Side::Report), Some(Side::Report)]);
    // --drop-removed deletes the open one; the done one is kept anyway.
    assert_eq!(r.drops, [true, false]);
}

#[test]
fn removed_tasks_are_listed_kept_unless_open_and_deleted_by_the_lead() {
    let (mut r, ours) = review(Options::default());
    keys(&mut r, "r");
    assert_eq!(r.mode, Mode::Removed { selected: 0 });
    assert_eq!(super::settle::fate(&r, 0), "kept (d deletes it)");
    assert_eq!(super::settle::fate(&r, 1), "kept (done: never deleted)");
    keys(&mut r, "d");
    assert_eq!(r.drops, [true, false]);
    assert_eq!(super::settle::fate(&r, 0), "deleted on write");
    // The done one is never deleted.
    keys(&mut r, "jd");
    assert_eq!(r.drops, [true, false]);
    assert!(
        r.message.as_deref().unwrap_or("").contains("never deleted"),
        "{:?}",
        r.message
    );
    assert_eq!(r.undo.len(), 1);
    let result = written(&r, &ours);
    assert!(result.tasks.iter().all(|t| !t.title.contains("MFA")));
    assert!(result.tasks.iter().any(|t| t.title.contains("runbook")));
    // Undone in the list; the list comes back on the task undone.
    keys(&mut r, "u");
    assert_eq!(r.drops, [false, false]);
    assert_eq!(r.mode, Mode::Removed { selected: 0 });
    keys(&mut r, "<esc>");
    assert_eq!(r.mode, Mode::List);
    let result = written(&r, &ours);
    assert!(
        result.tasks.iter().any(|t| t.title.contains("MFA")),
        "never deleted silently"
    );
    keys(&mut r, "U");
    assert_eq!(r.drops, [true, false], "redone from the list");
}

#[test]
fn without_into_there_is_nothing_to_settle() {
    let outcome = import_report(V1.as_bytes(), "audit.md");
    let mut r = Review::new(Source::new("audit.md", V1, &outcome), "out.toml");
    keys(&mut r, "t");
    assert_eq!(r.mode, Mode::List);
    assert!(r.message.as_deref().unwrap_or("").contains("--into"));
    keys(&mut r, "r");
    assert_eq!(r.mode, Mode::List);
    assert!(r.undo.is_empty());
}
