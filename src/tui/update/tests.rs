//! Update tests: actions and key strings in, state and effects out, with no
//! terminal. Each asserts the figures the header shows after the change.

use super::*;
use crate::model::Status;
use crate::tui::effect::described;
use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::msg::{Msg, SaveFailure, SaveResult, Saved};
use crate::tui::rows::Row;
use crate::tui::state::Confirm;
use crate::tui::view::View;
use crate::tui::Effect;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
}

fn state() -> State {
    state_of(fixture::roadmap(), Some("jewelshot.toml".into()))
}

/// A session on `r` at 80×24.
fn state_of(r: crate::model::Roadmap, path: Option<std::path::PathBuf>) -> State {
    let mut s = State::new(r, path, today());
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    s
}

fn keys(s: &mut State, k: &str) -> Vec<Effect> {
    press(s, k).expect("valid key notation")
}

/// The executor's report of a save, with the file the save took.
fn saved(s: &mut State, result: SaveResult) -> Vec<Effect> {
    let file = s.file.take().map(Box::new);
    update(s, Msg::Saved(Saved { file, result }))
}

/// Hits scored elsewhere arrive; true if they answered the current query.
fn search_ready(s: &mut State, generation: u64, hits: crate::tui::search::Hits) -> bool {
    !update(s, Msg::SearchReady { generation, hits }).is_empty()
}

fn select(s: &mut State, id: &str) {
    let i = s.roadmap.task_index(id).expect("fixture task");
    assert!(s.select(Row::Task(i as u32)), "{id} is listed");
}

fn status(s: &State, id: &str) -> Status {
    s.roadmap.task(id).unwrap().status
}

fn score(s: &State) -> f64 {
    s.metrics.maturity.as_ref().unwrap().score
}

#[test]
fn space_checks_off_and_every_figure_moves() {
    let mut s = state();
    select(&mut s, "uptime");
    let (done, score_before) = (s.metrics.overall.tasks_done, score(&s));
    let effort_done = s.metrics.effort.done;
    let monthly_done = s.metrics.cost_monthly.done;
    let fx = keys(&mut s, "<space>");
    assert_eq!(described(&fx), ["redraw"]);
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert_eq!(s.roadmap.task("uptime").unwrap().done_on, Some(today()));
    assert_eq!(s.metrics.overall.tasks_done, done + 1);
    assert_eq!(
        s.metrics.effort.done.low,
        effort_done.low + 1.0,
        "1h more done"
    );
    assert_eq!(
        s.metrics.cost_monthly.done.low,
        monthly_done.low + 7.0,
        "$7/mo committed"
    );
    assert!(score(&s) > score_before, "maturity moved");
    assert!(s.is_dirty());
    let msg = s.message.clone().unwrap().text;
    assert!(
        msg.contains("Configure uptime monitoring") && msg.contains("maturity 34 % → 35 %"),
        "{msg}"
    );

    keys(&mut s, "<space>");
    assert_eq!(status(&s, "uptime"), Status::Todo, "space again reopens");
    assert_eq!(s.roadmap.task("uptime").unwrap().done_on, None);
    assert_eq!(s.metrics.overall.tasks_done, done);
}

#[test]
fn doing_and_skip_toggle_and_skipped_tasks_leave_the_totals() {
    let mut s = state();
    select(&mut s, "env-docs");
    let counted = s.metrics.overall.tasks_counted();
    keys(&mut s, "d");
    assert_eq!(status(&s, "env-docs"), Status::Doing);
    assert_eq!(s.metrics.overall.tasks_doing, 2);
    keys(&mut s, "d");
    assert_eq!(status(&s, "env-docs"), Status::Todo);
    keys(&mut s, "x");
    assert_eq!(status(&s, "env-docs"), Status::Skipped);
    assert_eq!(s.metrics.overall.tasks_counted(), counted - 1);
    keys(&mut s, "x");
    assert_eq!(s.metrics.overall.tasks_counted(), counted);
}

#[test]
fn undo_and_redo_walk_every_change_and_track_unsaved_state() {
    let mut s = state();
    let original = s.roadmap.clone();
    select(&mut s, "uptime");
    keys(&mut s, "<space>j<space>");
    assert_eq!(status(&s, "deploy-scripts"), Status::Done);
    let both = s.metrics.overall.tasks_done;
    keys(&mut s, "u");
    assert_eq!(status(&s, "deploy-scripts"), Status::Todo);
    assert_eq!(s.metrics.overall.tasks_done, both - 1);
    assert!(s
        .message
        .as_ref()
        .unwrap()
        .text
        .contains("Undid: check off deploy-scripts"));
    keys(&mut s, "u");
    assert_eq!(s.roadmap, original);
    assert!(!s.is_dirty(), "back where the file was");
    keys(&mut s, "u");
    assert_eq!(s.message.as_ref().unwrap().text, "Nothing to undo");
    keys(&mut s, "<C-r><C-r>");
    assert_eq!(s.metrics.overall.tasks_done, both);
    assert!(s.is_dirty());
    keys(&mut s, "<C-r>");
    assert_eq!(s.message.as_ref().unwrap().text, "Nothing to redo");
}

#[test]
fn saving_clears_the_unsaved_marker_until_the_next_change() {
    let mut s = state();
    select(&mut s, "uptime");
    keys(&mut s, "<space>");
    let fx = keys(&mut s, "s");
    assert_eq!(described(&fx), ["save jewelshot.toml", "redraw"]);
    assert!(s.is_dirty(), "not saved until the executor says so");
    saved(
        &mut s,
        SaveResult::Ok {
            path: "jewelshot.toml".into(),
        },
    );
    assert!(!s.is_dirty());
    keys(&mut s, "u");
    assert!(s.is_dirty(), "undoing past a save is a change");
    keys(&mut s, "<C-r>");
    assert!(!s.is_dirty(), "redo returns to the saved state");
    let full = SaveFailure::Refused("not saved: disk full".into());
    saved(&mut s, SaveResult::Failed(full));
    assert_eq!(s.message.as_ref().unwrap().tone, Tone::Error);
}

#[test]
fn the_editor_applies_parsed_fields_and_refuses_malformed_ones() {
    let mut s = state();
    select(&mut s, "uptime");
    let total = s.metrics.effort.total;
    keys(&mut s, "e");
    assert!(matches!(s.mode, Mode::Edit(_)));
    // Title, priority, status, then effort: replace 1h with 5h.
    keys(&mut s, "<down><down><down><C-u>5h");
    keys(&mut s, "<enter>");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(
        s.roadmap
            .task("uptime")
            .unwrap()
            .effort
            .unwrap()
            .to_string(),
        "5h"
    );
    assert_eq!(s.metrics.effort.total.low, total.low + 4.0);

    let before = s.roadmap.clone();
    keys(&mut s, "e<down><down><down><C-u>soon<down><C-u>$100<enter>");
    let Mode::Edit(editor) = &s.mode else {
        panic!("a malformed effort keeps the editor open");
    };
    let (field, msg) = editor.error.clone().unwrap();
    assert_eq!(field, "effort");
    assert!(msg.contains("`soon` is not an effort"), "{msg}");
    assert_eq!(s.roadmap, before, "nothing applied half-way");
    keys(&mut s, "<esc>");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.roadmap, before);
}

#[test]
fn the_editor_changes_priority_and_status_through_the_model() {
    let mut s = state();
    select(&mut s, "env-docs");
    keys(&mut s, "e<down>c<down>dd<enter>");
    let t = s.roadmap.task("env-docs").unwrap();
    assert_eq!(t.priority, crate::model::Priority::Critical);
    assert_eq!(t.status, Status::Done);
    assert_eq!(
        t.done_on,
        Some(today()),
        "done_on kept by the model's set_status"
    );
    assert_eq!(
        s.metrics
            .priority(crate::model::Priority::Critical)
            .progress
            .tasks_total,
        4
    );
    keys(&mut s, "u");
    assert_eq!(s.roadmap.task("env-docs").unwrap().status, Status::Todo);
}

#[test]
fn adding_puts_a_task_in_the_current_phase_and_undo_removes_it() {
    let mut s = state();
    select(&mut s, "sentry");
    let total = s.metrics.overall.tasks_total;
    let monthly = s.metrics.cost_monthly.total;
    keys(&mut s, "a");
    keys(
        &mut s,
        "Write the runbook<down><down><down>3h<down><down>12<enter>",
    );
    assert_eq!(s.mode, Mode::Normal, "{:?}", s.message);
    let t = s
        .roadmap
        .task("write-the-runbook")
        .expect("id from the title");
    assert_eq!(t.phase, "month-1");
    assert_eq!(t.effort.unwrap().to_string(), "3h");
    assert_eq!(s.metrics.overall.tasks_total, total + 1);
    assert_eq!(s.metrics.cost_monthly.total.low, monthly.low + 12.0);
    assert_eq!(s.selected_task().unwrap().id, "write-the-runbook");
    let phase_group = &s.metrics.by_phase[1];
    assert_eq!(phase_group.progress.tasks_total, 4);
    keys(&mut s, "u");
    assert!(s.roadmap.task("write-the-runbook").is_none());
    assert_eq!(s.metrics.overall.tasks_total, total);

    keys(&mut s, "a<enter>");
    let Mode::Edit(editor) = &s.mode else {
        panic!("an empty title is refused")
    };
    assert!(editor.error.as_ref().unwrap().1.contains("title"));
}

#[test]
fn deleting_asks_first_and_undo_restores_the_task_in_place() {
    let mut s = state();
    select(&mut s, "staging");
    let original = s.roadmap.clone();
    keys(&mut s, "D");
    assert!(matches!(s.mode, Mode::Confirm(Confirm::Delete { ref id, .. }) if id == "staging"));
    keys(&mut s, "n");
    assert_eq!(s.roadmap, original);
    keys(&mut s, "Dy");
    assert!(s.roadmap.task("staging").is_none());
    assert_eq!(s.metrics.overall.tasks_skipped, 0);
    assert_eq!(s.metrics.overall.tasks_total, 9);
    keys(&mut s, "u");
    assert_eq!(s.roadmap, original);
    assert_eq!(s.metrics.overall.tasks_total, 10);
}

#[test]
fn filters_narrow_the_list_and_show_in_the_header() {
    let mut s = state();
    keys(&mut s, "f<space>");
    assert!(s.filters.priorities[0], "critical ticked");
    let tasks: Vec<&str> = s
        .rows
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Task(t) => Some(s.roadmap.tasks[*t as usize].id.as_str()),
            Row::Phase(_) => None,
        })
        .collect();
    assert_eq!(tasks, ["deploy-worker", "db-backups", "ci-pipeline"]);
    // Statuses start after the four priorities: tick "doing" (6th item).
    keys(&mut s, "jjjjj<space><esc>");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.rows.shown_total, 1);
    assert_eq!(
        crate::tui::draw::tabs::narrowing(&s),
        "priority critical · status doing · 1 of 10 shown"
    );
    // The figures stay those of the whole plan.
    assert_eq!(s.metrics.overall.tasks_total, 10);
    keys(&mut s, "0");
    assert!(!s.filters.is_active());
    assert_eq!(s.rows.shown_total, 10);
}

#[test]
fn a_phase_filter_shows_one_phase() {
    let mut s = state();
    // The phases come last, after the other filters' items.
    let at = filter_items(&s)
        .iter()
        .position(|i| *i == FilterItem::Phase(1));
    keys(&mut s, &format!("f{}<space><esc>", "j".repeat(at.unwrap())));
    assert_eq!(s.filters.phase.as_deref(), Some("month-1"));
    assert_eq!(s.rows.rows.first(), Some(&Row::Phase(1)));
    assert_eq!(s.rows.shown_total, 3);
}

#[test]
fn search_narrows_as_you_type_and_combines_with_filters() {
    let mut s = state();
    keys(&mut s, "/");
    assert!(matches!(s.mode, Mode::Search { .. }));
    keys(&mut s, "sentry");
    assert_eq!(s.selected_task().unwrap().id, "sentry");
    assert_eq!(s.hits.as_ref().unwrap().count, 1);
    keys(&mut s, "<enter>");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.query, "sentry");
    assert!(crate::tui::draw::tabs::narrowing(&s).starts_with("/sentry"));
    // Search over notes and categories too.
    keys(&mut s, "/<C-u>node_modules<enter>");
    assert_eq!(s.selected_task().unwrap().id, "ci-pipeline");
    // Filter by a priority that excludes it: nothing left.
    keys(&mut s, "fjj<space><esc>");
    assert_eq!(s.rows.shown_total, 0);
    keys(&mut s, "<esc>");
    assert!(s.query.is_empty() && !s.filters.is_active());
    assert_eq!(s.rows.shown_total, 10);
}

#[test]
fn esc_in_the_search_box_restores_the_previous_query() {
    let mut s = state();
    keys(&mut s, "/deploy<enter>");
    let shown = s.rows.shown_total;
    keys(&mut s, "/zzz");
    assert_eq!(s.rows.shown_total, 0);
    keys(&mut s, "<esc>");
    assert_eq!(s.query, "deploy");
    assert_eq!(s.rows.shown_total, shown);
}

#[test]
fn quitting_asks_only_when_there_are_unsaved_changes() {
    let mut s = state();
    assert_eq!(described(&keys(&mut s, "q")), ["quit", "redraw"]);
    select(&mut s, "uptime");
    keys(&mut s, "<space>");
    assert_eq!(described(&keys(&mut s, "q")), ["redraw"]);
    assert_eq!(s.mode, Mode::Confirm(Confirm::Quit));
    keys(&mut s, "<esc>");
    assert_eq!(s.mode, Mode::Normal);
    // Save and quit: the quit waits for the save to succeed.
    assert_eq!(
        described(&keys(&mut s, "qs")),
        ["redraw", "save jewelshot.toml", "redraw"]
    );
    let fx = saved(
        &mut s,
        SaveResult::Ok {
            path: "jewelshot.toml".into(),
        },
    );
    assert_eq!(described(&fx), ["quit", "redraw"]);
    keys(&mut s, "<space>");
    assert_eq!(described(&keys(&mut s, "qq")), ["redraw", "quit", "redraw"]);
}

#[test]
fn the_bundled_example_asks_where_to_save() {
    let mut s = State::new(fixture::roadmap(), None, today());
    keys(&mut s, "s");
    assert!(matches!(s.mode, Mode::SaveAs { .. }));
    let fx = keys(&mut s, "<C-u>plan.toml<enter>");
    assert_eq!(described(&fx).last().map(String::as_str), Some("redraw"));
    assert!(described(&fx).contains(&"save new plan.toml".to_string()));
    let fx = saved(
        &mut s,
        SaveResult::Ok {
            path: "plan.toml".into(),
        },
    );
    assert_eq!(s.path.as_deref(), Some(std::path::Path::new("plan.toml")));
    assert_eq!(
        described(&fx),
        ["watch plan.toml", "redraw"],
        "watched from now on"
    );
}

#[test]
fn folding_a_phase_hides_its_tasks_and_keeps_the_cursor_on_it() {
    let mut s = state();
    select(&mut s, "db-backups");
    let rows = s.rows.len();
    keys(&mut s, "h");
    assert_eq!(s.rows.len(), rows - 5);
    assert_eq!(s.selected_row(), Some(Row::Phase(0)));
    // Space on the header checks off the whole phase (issue 14), in one undo.
    keys(&mut s, "<space>");
    assert!(s.message.as_ref().unwrap().text.contains("status=done"));
    assert_eq!(s.metrics.by_phase[0].progress.tasks_open(), 0);
    keys(&mut s, "u");
    assert!(!s.is_dirty());
    keys(&mut s, "l");
    assert_eq!(s.rows.len(), rows);
    keys(&mut s, "-");
    assert_eq!(s.rows.len(), 3);
    keys(&mut s, "+");
    assert_eq!(s.rows.len(), rows);
    keys(&mut s, "<enter>");
    assert_eq!(s.rows.len(), rows - 5, "enter on a phase folds it");
}

#[test]
fn moving_stays_in_bounds_and_keeps_the_selection_visible() {
    let mut s = state();
    keys(&mut s, "G");
    assert_eq!(s.cursor, s.rows.len() - 1);
    assert!(s.offset + s.list_height() > s.cursor);
    keys(&mut s, "jjj");
    assert_eq!(s.cursor, s.rows.len() - 1);
    keys(&mut s, "g");
    assert_eq!((s.cursor, s.offset), (0, 0));
    keys(&mut s, "<pgdn>");
    assert!(s.cursor > 0);
}

#[test]
fn views_switch_and_scroll_within_their_length() {
    let mut s = state();
    keys(&mut s, "<tab>");
    assert_eq!(s.view, View::Findings);
    keys(&mut s, "<S-tab><S-tab>");
    assert_eq!(s.view, View::Timeline);
    keys(&mut s, "<S-tab>");
    assert_eq!(s.view, View::Costs);
    keys(&mut s, "3");
    assert_eq!(s.view, View::Maturity);
    keys(
        &mut s,
        "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj",
    );
    let max = crate::tui::draw::document_max_scroll(&s);
    assert!(max > 0, "the maturity view is longer than 24 rows");
    assert_eq!(s.scroll[View::Maturity.index()], max);
    keys(&mut s, "<space>");
    assert!(s.message.as_ref().unwrap().text.contains("Roadmap view"));
    keys(&mut s, "1");
    assert_eq!(s.view, View::Roadmap);
}

#[test]
fn clicks_select_rows_and_tabs_and_the_wheel_scrolls() {
    let mut s = state();
    let areas = crate::tui::layout::areas(80, 24, View::Roadmap);
    update(
        &mut s,
        Msg::Action(Action::Click {
            column: 10,
            row: areas.list.y + 3,
        }),
    );
    assert_eq!(s.cursor, 3);
    // Clicking the selected phase header folds it.
    update(
        &mut s,
        Msg::Action(Action::Click {
            column: 10,
            row: areas.list.y,
        }),
    );
    update(
        &mut s,
        Msg::Action(Action::Click {
            column: 10,
            row: areas.list.y,
        }),
    );
    assert!(s.collapsed.contains("week-1"));
    let x = crate::tui::draw::tabs::label(View::Roadmap).chars().count() as u16 + 3;
    update(
        &mut s,
        Msg::Action(Action::Click {
            column: x,
            row: areas.tabs.y,
        }),
    );
    assert_eq!(s.view, View::Findings);
    update(&mut s, Msg::Action(Action::Scroll(3)));
    assert_eq!(s.scroll[View::Findings.index()], 3);
    update(&mut s, Msg::Action(Action::Scroll(-30)));
    assert_eq!(s.scroll[View::Findings.index()], 0);
}

#[test]
fn the_wheel_moves_the_list_and_drags_the_selection_along() {
    let mut r = fixture::roadmap();
    for i in 0..60 {
        r.tasks.push(crate::model::Task::new(
            format!("t{i}"),
            "month-2",
            format!("Task {i}"),
        ));
    }
    let mut s = state_of(r, None);
    keys(&mut s, "g");
    update(&mut s, Msg::Action(Action::Scroll(9)));
    assert_eq!(s.offset, 9);
    assert_eq!(s.cursor, 9, "the selection stays on screen");
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut s = state();
    keys(&mut s, "?");
    assert_eq!(s.mode, Mode::Help { scroll: 0 });
    keys(&mut s, "jj");
    assert_eq!(s.mode, Mode::Help { scroll: 2 });
    keys(&mut s, "<esc>");
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn figures_follow_each_change_in_place_even_for_big_roadmaps() {
    let mut s = state();
    // Big roadmaps defer only search scoring; the figures never wait.
    s.deferred.enabled = true;
    select(&mut s, "uptime");
    let done = s.metrics.overall.tasks_done;
    let fx = keys(&mut s, "<space>");
    assert_eq!(described(&fx), ["redraw"], "no work handed elsewhere");
    assert_eq!(status(&s, "uptime"), Status::Done);
    assert_eq!(s.metrics.overall.tasks_done, done + 1);
    assert_eq!(
        s.metrics,
        crate::model::metrics::Metrics::compute(&s.roadmap)
    );
    let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
        &s,
        80,
        24,
        &crate::theme::Theme::fallback(),
    ));
    assert!(!screen.contains("updating figures"), "{screen}");
    // Undo and redo go through the same path.
    keys(&mut s, "u");
    assert_eq!(s.metrics.overall.tasks_done, done);
    keys(&mut s, "U");
    assert_eq!(s.metrics.overall.tasks_done, done + 1);
    assert_eq!(
        s.metrics,
        crate::model::metrics::Metrics::compute(&s.roadmap)
    );
}

#[test]
fn a_change_that_leaves_a_filter_drops_the_task_from_the_list() {
    let mut s = state();
    keys(&mut s, "fjjjjj<space><esc>");
    assert_eq!(s.rows.shown_total, 1, "only the doing task");
    assert_eq!(s.selected_task().unwrap().id, "db-backups");
    keys(&mut s, "d");
    assert_eq!(status(&s, "db-backups"), Status::Todo);
    assert_eq!(s.rows.shown_total, 0);
    keys(&mut s, "u");
    assert_eq!(s.rows.shown_total, 1);
}

#[test]
fn big_roadmaps_score_searches_off_the_ui_thread_and_drop_late_answers() {
    let mut s = state();
    s.deferred.enabled = true;
    let fx = keys(&mut s, "/s");
    let Some(Effect::Search {
        generation: g1,
        query,
        roadmap,
        among,
        ..
    }) = fx
        .iter()
        .find(|e| matches!(e, Effect::Search { .. }))
        .cloned()
    else {
        panic!("a search is asked for: {fx:?}");
    };
    assert_eq!(query, "s");
    assert!(among.is_none(), "the first letter scores every task");
    assert!(s.deferred.search_pending);
    assert!(
        s.hits.is_none(),
        "the list is unchanged until the hits arrive"
    );
    let first = crate::tui::search::hits_among(&roadmap, &query, Default::default(), None);

    // The next letter narrows among hits that have not arrived yet: no basis.
    let fx = keys(&mut s, "e");
    let Some(Effect::Search { generation: g2, .. }) = fx
        .iter()
        .find(|e| matches!(e, Effect::Search { .. }))
        .cloned()
    else {
        panic!("asked again: {fx:?}");
    };
    assert!(
        !search_ready(&mut s, g1, first.clone()),
        "a late answer is dropped"
    );
    assert!(s.deferred.search_pending);

    // Answer the current query; the list narrows and the best hit is selected.
    let hits = crate::tui::search::hits(&s.roadmap, "se");
    assert!(search_ready(&mut s, g2, hits.clone()));
    assert_eq!(s.rows.shown_total, hits.count);
    assert_eq!(s.selected_task_index(), hits.best);
    assert_eq!(s.hits_query, "se");

    // Now a longer query may narrow among those hits.
    let fx = keys(&mut s, "n");
    let Some(Effect::Search {
        among: Some(basis),
        query,
        ..
    }) = fx
        .iter()
        .find(|e| matches!(e, Effect::Search { .. }))
        .cloned()
    else {
        panic!("narrowing search: {fx:?}");
    };
    assert_eq!(query, "sen");
    assert_eq!(*basis, hits);
    // Esc clears at once and makes the pending answer stale.
    keys(&mut s, "<esc>");
    assert!(s.query.is_empty() && s.hits.is_none() && !s.deferred.search_pending);
    assert_eq!(s.rows.shown_total, 10);
}

#[test]
fn erasing_a_search_restores_the_list_and_searches_after_changes_list_every_task() {
    let mut s = state();
    let before = s.rows.rows.clone();
    let cursor = s.cursor;
    keys(&mut s, "/d");
    assert!(s.rows.len() < before.len(), "the search narrows");
    keys(&mut s, "<backspace>");
    assert_eq!(s.rows.rows, before, "erasing the query restores every row");
    assert_eq!(s.rows.shown_total, 10);
    keys(&mut s, "<esc>");
    // A change in between: the next search reads the tasks again and lists
    // what a from-scratch build lists.
    s.cursor = cursor;
    keys(&mut s, "<space>");
    keys(&mut s, "/se");
    let fresh = crate::tui::rows::RowIndex::build(
        &s.roadmap,
        &s.metrics.by_phase,
        &crate::tui::rows::Narrowing {
            filters: &s.filters,
            hits: s.hits.as_ref(),
            blocked: &s.metrics.blocked,
            collapsed: &s.collapsed,
            sort: s.sort,
            group: s.group,
        },
    );
    assert_eq!(s.rows.rows, fresh.rows);
    assert_eq!(s.rows.shown, fresh.shown);
}

/// The filters and the estimating pass of the planning meeting.
#[path = "meeting_tests.rs"]
mod meeting;

/// Search ranking, title-only and `n` / `N`; notes in the user's editor.
#[path = "find_tests.rs"]
mod find;
