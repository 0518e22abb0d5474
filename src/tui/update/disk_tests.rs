//! A change on disk meets the session: reload in place, or ask, and each
//! answer keeps what it says it keeps. No terminal, no files: the file's
//! text comes in as the executor would hand it over.

use crate::model::{Roadmap, Status};
use crate::store::{self, Loaded};
use crate::tui::effect::described;
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::msg::{Msg, SaveResult, Saved};
use crate::tui::rows::Row;
use crate::tui::state::{Confirm, Mode, State, Tone};
use crate::tui::update;
use crate::tui::{Effect, SaveRequest};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
}

fn loaded() -> Loaded {
    store::parse(&store::to_toml(&fixture::roadmap()), "plan.toml").unwrap()
}

fn state() -> State {
    let file = loaded();
    let mut s = State::new(file.roadmap.clone(), Some("plan.toml".into()), today());
    s.file = Some(file);
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 100,
            height: 30,
        },
    );
    s
}

/// The text of the file after another person changed it with `edit`.
fn theirs(edit: impl FnOnce(&mut Roadmap)) -> String {
    let file = loaded();
    let mut roadmap = (*file.roadmap).clone();
    edit(&mut roadmap);
    store::render(&file, &roadmap).unwrap()
}

fn check(roadmap: &mut Roadmap, id: &str) {
    let t = roadmap.task_mut(id).unwrap();
    t.status = Status::Done;
    t.done_on = Some(today());
}

fn select(s: &mut State, id: &str) {
    let i = s.roadmap.task_index(id).unwrap();
    assert!(s.select(Row::Task(i as u32)));
}

fn status(s: &State, id: &str) -> Status {
    s.roadmap.task(id).unwrap().status
}

fn keys(s: &mut State, k: &str) -> Vec<Effect> {
    press(s, k).unwrap()
}

/// The watcher saw the file change to `text`.
fn file_changed(s: &mut State, text: &str) -> Vec<Effect> {
    update(s, Msg::DiskChanged(text.to_string()))
}

/// The save asked for, the first of `fx`.
fn save_asked(fx: &[Effect]) -> &SaveRequest {
    match fx.first() {
        Some(Effect::Save(request)) => request,
        other => panic!("a save first: {other:?}"),
    }
}

#[test]
fn with_no_unsaved_edits_a_change_on_disk_reloads_in_place_keeping_the_view() {
    let mut s = state();
    select(&mut s, "sentry");
    s.collapsed.insert("month-2".into());
    s.rebuild_rows();
    let text = theirs(|r| {
        check(r, "uptime");
        // A task added before the selection shifts every index after it.
        let t = crate::model::Task::new("status-page", "week-1", "Status page");
        r.tasks.insert(0, t);
    });
    file_changed(&mut s, &text);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert!(s.roadmap.task("status-page").is_some());
    assert_eq!(s.selected_task().unwrap().id, "sentry", "selection by id");
    assert!(s.collapsed.contains("month-2"), "folded phases stay folded");
    assert!(!s.is_dirty());
    let m = s.message.clone().unwrap();
    assert_eq!(m.text, "reloaded: 2 tasks changed (u undoes)");
    assert_eq!(s.file.as_ref().unwrap().document.text(), text);
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn the_sessions_own_text_and_a_broken_file_change_nothing() {
    let mut s = state();
    let own = s.file.as_ref().unwrap().document.text().to_string();
    file_changed(&mut s, &own);
    assert_eq!(s.message, None, "our own save is no change");
    let before = s.roadmap.clone();
    let broken = theirs(|r| check(r, "uptime")).replacen("[[tasks]]", "<<<<<<< HEAD\n[[tasks]]", 1);
    file_changed(&mut s, &broken);
    assert_eq!(s.roadmap, before);
    assert_eq!(s.file.as_ref().unwrap().document.text(), own);
    let m = s.message.clone().unwrap();
    assert_eq!(m.tone, Tone::Warning);
    assert!(m.text.contains("does not load"), "{}", m.text);
    assert!(m.text.contains("plan.toml:"), "names where: {}", m.text);
    assert!(
        m.text.contains("git conflict markers"),
        "says why: {}",
        m.text
    );
}

#[test]
fn with_unsaved_edits_merge_combines_both_and_stays_unsaved() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    file_changed(&mut s, &theirs(|r| check(r, "uptime")));
    assert_eq!(s.mode, Mode::Changed { conflicts: vec![] });
    assert_eq!(
        status(&s, "uptime"),
        Status::Todo,
        "nothing taken before the answer"
    );
    keys(&mut s, "m");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(status(&s, "uptime"), Status::Done, "theirs");
    assert_eq!(status(&s, "sentry"), Status::Done, "mine");
    assert!(s.is_dirty(), "the merge is not saved yet");
    assert!(s.message.clone().unwrap().text.contains("task `uptime`"));
    // The next save patches the file as it is on disk now.
    let fx = keys(&mut s, "s");
    assert_eq!(described(&fx)[0], "save plan.toml");
    let save = save_asked(&fx);
    let text = store::render(save.file.as_ref().unwrap(), &save.roadmap).unwrap();
    let back = store::parse(&text, "plan.toml").unwrap().roadmap;
    assert_eq!(back.task("uptime").unwrap().status, Status::Done);
    assert_eq!(back.task("sentry").unwrap().status, Status::Done);
}

#[test]
fn take_theirs_drops_the_local_edit_and_keep_mine_asks_before_overwriting() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    file_changed(&mut s, &theirs(|r| check(r, "uptime")));
    keys(&mut s, "t");
    assert_eq!(status(&s, "sentry"), Status::Todo);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert!(!s.is_dirty());

    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    file_changed(&mut s, &theirs(|r| check(r, "uptime")));
    keys(&mut s, "k");
    assert_eq!(status(&s, "sentry"), Status::Done);
    assert_eq!(status(&s, "uptime"), Status::Todo);
    assert!(s.is_dirty());
    let fx = keys(&mut s, "s");
    assert_eq!(described(&fx), ["redraw"], "no save before saying yes");
    assert_eq!(
        s.mode,
        Mode::Confirm(Confirm::Overwrite { then_quit: false })
    );
    keys(&mut s, "n");
    assert_eq!(s.mode, Mode::Normal);
    keys(&mut s, "s");
    let fx = keys(&mut s, "y");
    assert_eq!(described(&fx)[0], "save plan.toml");
    assert!(!s.confirm_overwrite);
}

#[test]
fn conflicting_changes_are_listed_and_merge_keeps_both_values() {
    let mut s = state();
    select(&mut s, "sentry");
    // Mine: 6h (as the editor would leave it, unsaved).
    std::sync::Arc::make_mut(&mut s.roadmap)
        .task_mut("sentry")
        .unwrap()
        .effort = crate::model::Effort::parse("6h").ok();
    s.mark_unsaved();
    file_changed(
        &mut s,
        &theirs(|r| r.task_mut("sentry").unwrap().effort = crate::model::Effort::parse("9h").ok()),
    );
    let Mode::Changed { conflicts } = s.mode.clone() else {
        panic!("the prompt is open: {:?}", s.mode);
    };
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].field, "effort");
    assert_eq!(conflicts[0].ours.as_deref(), Some("6h"));
    assert_eq!(conflicts[0].theirs.as_deref(), Some("9h"));
    keys(&mut s, "m");
    assert_eq!(s.mode, Mode::Conflicts { cursor: 0 });
    assert_eq!(s.roadmap.conflicts, conflicts, "both values kept, marked");
    assert_eq!(
        s.roadmap
            .task("sentry")
            .unwrap()
            .effort
            .as_ref()
            .unwrap()
            .to_string(),
        "6h",
        "the field holds ours"
    );
    assert!(s.is_dirty());
    keys(&mut s, "<esc>");
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn a_change_while_typing_waits_for_the_prompt_until_the_user_is_done() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    keys(&mut s, "/");
    file_changed(&mut s, &theirs(|r| check(r, "uptime")));
    assert!(
        matches!(s.mode, Mode::Search { .. }),
        "typing is not interrupted"
    );
    keys(&mut s, "<esc>");
    assert_eq!(s.mode, Mode::Changed { conflicts: vec![] });
}

/// The session saved as the executor would have: the file is now its roadmap.
fn saved(s: &mut State) {
    let fx = keys(s, "s");
    let save = save_asked(&fx);
    let text = store::render(save.file.as_ref().unwrap(), &save.roadmap).unwrap();
    let file = Some(Box::new(store::parse(&text, "plan.toml").unwrap()));
    let result = SaveResult::Ok {
        path: "plan.toml".into(),
    };
    update(s, Msg::Saved(Saved { file, result }));
    assert!(!s.is_dirty());
}

/// The text of the file as the session last saved or loaded it, after
/// another person changed it with `edit`.
fn theirs_now(s: &State, edit: impl FnOnce(&mut Roadmap)) -> String {
    let file = s.file.as_ref().unwrap();
    let mut roadmap = (*file.roadmap).clone();
    edit(&mut roadmap);
    store::render(file, &roadmap).unwrap()
}

#[test]
fn a_quiet_reload_is_one_undoable_step_and_the_steps_before_it_stay() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    saved(&mut s);
    let text = theirs_now(&s, |r| check(r, "uptime"));
    file_changed(&mut s, &text);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert!(!s.is_dirty());
    let said = s.message.clone().unwrap().text;
    assert_eq!(said, "reloaded: 1 task changed (u undoes)");

    keys(&mut s, "u");
    assert_eq!(status(&s, "uptime"), Status::Todo, "the reload undone");
    assert_eq!(status(&s, "sentry"), Status::Done);
    assert!(s.is_dirty(), "the roadmap differs from the file now");
    keys(&mut s, "u");
    assert_eq!(status(&s, "sentry"), Status::Todo, "and the step before it");
    assert_eq!(*s.roadmap, fixture::roadmap());
    keys(&mut s, "<C-r><C-r>");
    assert_eq!(status(&s, "sentry"), Status::Done);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert!(!s.is_dirty(), "redone back to what is on disk");
}

#[test]
fn take_theirs_is_one_undoable_step() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    let mine = s.roadmap.clone();
    file_changed(&mut s, &theirs(|r| check(r, "uptime")));
    keys(&mut s, "t");
    assert_eq!(status(&s, "sentry"), Status::Todo);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert!(!s.is_dirty());
    let said = s.message.clone().unwrap().text;
    assert!(said.contains("u undoes"), "{said}");

    keys(&mut s, "u");
    assert_eq!(s.roadmap, mine, "the unsaved work is back");
    assert!(s.is_dirty());
    keys(&mut s, "u");
    assert_eq!(*s.roadmap, fixture::roadmap(), "and the history before it");
    keys(&mut s, "<C-r><C-r>");
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert_eq!(status(&s, "sentry"), Status::Todo);
    assert!(!s.is_dirty());
}

#[test]
fn undo_after_a_merge_takes_back_the_merge_not_their_change_to_my_task() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "e<C-u>Error tracking<enter>");
    let mine = s.roadmap.clone();
    file_changed(
        &mut s,
        &theirs(|r| r.task_mut("sentry").unwrap().owner = Some("bo".into())),
    );
    keys(&mut s, "m");
    let sentry = s.roadmap.task("sentry").unwrap();
    assert_eq!(
        (sentry.title.as_str(), sentry.owner.as_deref()),
        ("Error tracking", Some("bo")),
        "both changes, merged"
    );
    keys(&mut s, "u");
    assert_eq!(s.roadmap, mine, "the merge undone, my edit kept");
    assert!(s.is_dirty());
    keys(&mut s, "<C-r>");
    assert_eq!(
        s.roadmap.task("sentry").unwrap().owner.as_deref(),
        Some("bo")
    );
}

#[test]
fn merging_a_rename_on_disk_keeps_my_check_off_under_the_new_id_and_says_so() {
    let mut s = state();
    select(&mut s, "sentry");
    keys(&mut s, "<space>");
    // Someone renamed the task's id on disk, and nothing else.
    file_changed(
        &mut s,
        &theirs(|r| {
            for t in &mut r.tasks {
                if t.id == "sentry" {
                    t.id = "error-tracking".into();
                }
                for d in &mut t.depends_on {
                    if d == "sentry" {
                        *d = "error-tracking".into();
                    }
                }
            }
        }),
    );
    keys(&mut s, "m");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.roadmap.task("sentry"), None);
    assert_eq!(status(&s, "error-tracking"), Status::Done, "mine, kept");
    let m = s.message.clone().unwrap();
    assert!(
        m.text.contains(
            "task `sentry` is `error-tracking` in the file on disk: your version's changes to it were kept under `error-tracking`"
        ),
        "{}",
        m.text
    );
}
