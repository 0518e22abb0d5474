//! Settling merge conflicts in the list: each pick sets the field through
//! the model's parsers and drops the entry, one undoable step; the saved
//! file then validates clean. No terminal.

use crate::model::validate::validate;
use crate::model::{Conflict, Effort, Roadmap};
use crate::store::{self, Loaded};
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::msg::Msg;
use crate::tui::state::{Mode, State};
use crate::tui::update;
use chrono::NaiveDate;
use std::sync::Arc;

fn loaded() -> Loaded {
    store::parse(&store::to_toml(&fixture::roadmap()), "plan.toml").unwrap()
}

fn keys(s: &mut State, keys: &str) {
    press(s, keys).unwrap();
}

/// A session whose unsaved edits (sentry 6h, uptime owned by ana) were
/// merged with a change on disk (sentry 9h, uptime owned by bo): two
/// conflicts, the list open.
fn merged() -> State {
    let file = loaded();
    let mut s = State::new(
        file.roadmap.clone(),
        Some("plan.toml".into()),
        NaiveDate::MIN,
    );
    s.file = Some(file.clone());
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 100,
            height: 30,
        },
    );
    let mine = Arc::make_mut(&mut s.roadmap);
    mine.task_mut("sentry").unwrap().effort = Effort::parse("6h").ok();
    mine.task_mut("uptime").unwrap().owner = Some("ana".into());
    s.mark_unsaved();
    let mut theirs: Roadmap = (*file.roadmap).clone();
    theirs.task_mut("sentry").unwrap().effort = Effort::parse("9h").ok();
    theirs.task_mut("uptime").unwrap().owner = Some("bo".into());
    let text = store::render(&file, &theirs).unwrap();
    update(&mut s, Msg::DiskChanged(text));
    keys(&mut s, "m");
    assert_eq!(s.mode, Mode::Conflicts { cursor: 0 });
    assert_eq!(s.roadmap.conflicts.len(), 2);
    s
}

fn position(s: &State, field: &str) -> usize {
    s.roadmap
        .conflicts
        .iter()
        .position(|c| c.field == field)
        .unwrap()
}

/// Moves the list's cursor onto the conflict over `field`.
fn pick(s: &mut State, field: &str) {
    keys(s, "kkkk");
    for _ in 0..position(s, field) {
        keys(s, "j");
    }
    assert_eq!(
        s.mode,
        Mode::Conflicts {
            cursor: position(s, field)
        }
    );
}

fn effort(s: &State) -> String {
    s.roadmap
        .task("sentry")
        .unwrap()
        .effort
        .unwrap()
        .to_string()
}

#[test]
fn taking_theirs_sets_the_field_and_drops_only_that_entry() {
    let mut s = merged();
    pick(&mut s, "effort");
    keys(&mut s, "t");
    assert_eq!(effort(&s), "9h");
    let left: Vec<&Conflict> = s.roadmap.conflicts.iter().collect();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].field, "owner");
    assert!(matches!(s.mode, Mode::Conflicts { cursor: 0 }));
    assert!(s.message.as_ref().unwrap().text.contains("1 left"));
}

#[test]
fn keeping_ours_keeps_the_value_and_the_last_pick_closes_the_list() {
    let mut s = merged();
    pick(&mut s, "owner");
    keys(&mut s, "o");
    assert_eq!(
        s.roadmap.task("uptime").unwrap().owner.as_deref(),
        Some("ana")
    );
    keys(&mut s, "t");
    assert_eq!(effort(&s), "9h");
    assert!(s.roadmap.conflicts.is_empty());
    assert_eq!(s.mode, Mode::Normal);
    assert!(s
        .message
        .as_ref()
        .unwrap()
        .text
        .contains("no conflicts left"));
}

#[test]
fn one_undo_brings_back_the_value_and_the_entry() {
    let mut s = merged();
    let before = (*s.roadmap).clone();
    pick(&mut s, "effort");
    keys(&mut s, "t<esc>");
    assert_eq!(s.mode, Mode::Normal);
    keys(&mut s, "u");
    assert_eq!(*s.roadmap, before);
    keys(&mut s, "<C-r>");
    assert_eq!(effort(&s), "9h");
    assert_eq!(s.roadmap.conflicts.len(), 1);
}

#[test]
fn the_saved_file_validates_without_the_settled_conflicts() {
    let mut s = merged();
    keys(&mut s, "tt");
    assert!(s.roadmap.conflicts.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let mut file = s.file.clone().unwrap();
    store::save(&mut file, &s.roadmap, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("conflict"), "{text}");
    let back = store::load(&path).unwrap().roadmap;
    assert_eq!(back.task("uptime").unwrap().owner.as_deref(), Some("bo"));
    assert_eq!(
        back.task("sentry").unwrap().effort.unwrap().to_string(),
        "9h"
    );
    let problems = validate(&back);
    assert!(
        problems.iter().all(|p| !p.message.contains("conflict")),
        "{problems:?}"
    );
}

#[test]
fn a_value_the_model_cannot_parse_is_refused_and_nothing_changes() {
    let mut s = merged();
    let at = position(&s, "effort");
    Arc::make_mut(&mut s.roadmap).conflicts[at].theirs = Some("lots".into());
    let before = (*s.roadmap).clone();
    pick(&mut s, "effort");
    keys(&mut s, "t");
    assert_eq!(*s.roadmap, before);
    let message = s.message.clone().unwrap().text;
    assert!(message.starts_with("Not resolved: `effort`"), "{message}");
    assert!(matches!(s.mode, Mode::Conflicts { .. }));
}

#[test]
fn taking_theirs_where_they_deleted_a_task_others_need_drops_the_references_too() {
    // Mine: ci-pipeline re-estimated and sentry made to wait for it;
    // theirs: ci-pipeline deleted. The merge keeps it, marked.
    let file = loaded();
    let mut s = State::new(
        file.roadmap.clone(),
        Some("plan.toml".into()),
        NaiveDate::MIN,
    );
    s.file = Some(file.clone());
    let mine = Arc::make_mut(&mut s.roadmap);
    mine.task_mut("ci-pipeline").unwrap().effort = Effort::parse("30h").ok();
    mine.task_mut("sentry").unwrap().depends_on = vec!["ci-pipeline".into()];
    s.mark_unsaved();
    let mut theirs: Roadmap = (*file.roadmap).clone();
    theirs.tasks.retain(|t| t.id != "ci-pipeline");
    theirs.task_mut("terraform").unwrap().depends_on.clear();
    let text = store::render(&file, &theirs).unwrap();
    update(&mut s, Msg::DiskChanged(text));
    keys(&mut s, "m");
    let at = s
        .roadmap
        .conflicts
        .iter()
        .position(|c| c.field == Conflict::WHOLE)
        .expect("the delete-versus-edit conflict");
    keys(&mut s, &"j".repeat(at));
    keys(&mut s, "t");
    assert!(s.roadmap.task("ci-pipeline").is_none());
    assert!(s.roadmap.task("sentry").unwrap().depends_on.is_empty());
    assert!(
        validate(&s.roadmap).iter().all(|p| !p.is_error()),
        "{:?}",
        validate(&s.roadmap)
    );
    let text = store::render(s.file.as_ref().unwrap(), &s.roadmap).expect("saves");
    assert!(!text.contains("ci-pipeline"), "{text}");
}
