//! The Timeline's keys and its cached forecast: made once per change of
//! the roadmap, dropped by any change, made off the UI thread for big
//! roadmaps with a late answer thrown away.

use crate::model::schedule;
use crate::model::Status;
use crate::tui::effect::described;
use crate::tui::keymap::press;
use crate::tui::msg::Msg;
use crate::tui::state::State;
use crate::tui::timeline::{Grouping, Line, Scale};
use crate::tui::view::View;
use crate::tui::{fixture, update, Effect};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
}

fn state() -> State {
    let mut s = State::new(fixture::roadmap(), None, today());
    update(
        &mut s,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    s
}

fn keys(s: &mut State, k: &str) -> Vec<Effect> {
    press(s, k).expect("valid key notation")
}

fn selected_id(s: &State) -> String {
    let i = s.timeline.selected_task().expect("a task row");
    s.roadmap.tasks[i].id.clone()
}

fn select(s: &mut State, id: &str) {
    let i = s.roadmap.task_index(id).unwrap();
    s.timeline.cursor = s.timeline.model.row_of(i).expect("listed");
    s.timeline.selected = Some(id.to_string());
}

#[test]
fn the_forecast_is_made_when_the_timeline_shows_and_kept_until_a_change() {
    let mut s = state();
    assert!(s.timeline.forecast.is_none(), "not made for other views");
    keys(&mut s, "5");
    assert_eq!(s.view, View::Timeline);
    let f = s.timeline.forecast.clone().expect("made on showing");
    assert_eq!(*f, schedule::forecast(&s.roadmap, today()));
    // The first task (not a header) is selected.
    assert_eq!(selected_id(&s), "deploy-worker");
    // Moving around keeps the very same forecast.
    keys(&mut s, "jj<pgdn>g<lt>>t");
    assert!(std::sync::Arc::ptr_eq(
        &f,
        s.timeline.forecast.as_ref().unwrap()
    ));
    // A check-off from the Timeline: a new forecast, without the task.
    select(&mut s, "uptime");
    keys(&mut s, "<space>");
    assert_eq!(s.roadmap.task("uptime").unwrap().status, Status::Done);
    let g = s.timeline.forecast.clone().unwrap();
    assert!(!std::sync::Arc::ptr_eq(&f, &g));
    assert_eq!(*g, schedule::forecast(&s.roadmap, today()));
    assert!(g.task("uptime").is_none() && f.task("uptime").is_some());
    assert_eq!(selected_id(&s), "uptime", "still selected, shown as done");
    // Undo moves it back.
    keys(&mut s, "u");
    assert!(s
        .timeline
        .forecast
        .as_ref()
        .unwrap()
        .task("uptime")
        .is_some());
}

#[test]
fn a_change_in_another_view_is_caught_up_on_return() {
    let mut s = state();
    keys(&mut s, "5");
    let before = s.timeline.forecast.clone().unwrap();
    keys(&mut s, "1");
    let i = s.roadmap.task_index("sentry").unwrap();
    assert!(s.select(crate::tui::rows::Row::Task(i as u32)));
    keys(&mut s, "<space>");
    assert!(
        std::sync::Arc::ptr_eq(&before, s.timeline.forecast.as_ref().unwrap()),
        "no forecast is made for a view not showing"
    );
    keys(&mut s, "5");
    assert!(s
        .timeline
        .forecast
        .as_ref()
        .unwrap()
        .task("sentry")
        .is_none());
}

#[test]
fn keys_move_the_selection_the_window_the_scale_and_the_grouping() {
    let mut s = state();
    keys(&mut s, "5");
    let home = s.timeline.origin(today());
    keys(&mut s, "j");
    assert_eq!(selected_id(&s), "db-backups");
    keys(&mut s, ">");
    let later = s.timeline.origin(today());
    assert!(later > home);
    keys(&mut s, "hh");
    assert!(s.timeline.origin(today()) < home, "h goes back in time");
    keys(&mut s, "<right>");
    assert_eq!(s.timeline.origin(today()), home);
    keys(&mut s, ">>t");
    assert_eq!(s.timeline.origin(today()), home, "t goes back to today");
    keys(&mut s, "w");
    assert_eq!(s.timeline.scale, Scale::Months);
    keys(&mut s, "w");
    assert_eq!(s.timeline.scale, Scale::Weeks);
    // O regroups the Timeline, not the list, and keeps the task selected.
    keys(&mut s, "O");
    assert_eq!(s.view, View::Timeline);
    assert_eq!(s.timeline.grouping, Grouping::Owner);
    assert_eq!(s.group, crate::model::arrange::GroupBy::Phase);
    assert_eq!(selected_id(&s), "db-backups");
    keys(&mut s, "O");
    assert_eq!(s.timeline.grouping, Grouping::Phase);
    // G and g reach the ends; the list follows the selection.
    keys(&mut s, "G");
    assert_eq!(s.timeline.cursor, s.timeline.model.lines.len() - 1);
    let shown = crate::tui::timeline::rows_shown(s.size);
    assert!(s.timeline.offset + shown > s.timeline.cursor);
    keys(&mut s, "g");
    assert_eq!((s.timeline.cursor, s.timeline.offset), (0, 0));
    assert!(matches!(s.timeline.model.lines[0], Line::Group(_)));
    // On a header nothing is changed by space.
    let before = s.roadmap.clone();
    keys(&mut s, "<space>");
    assert_eq!(s.roadmap, before);
}

#[test]
fn only_check_offs_and_edits_work_from_the_timeline() {
    let mut s = state();
    keys(&mut s, "5");
    select(&mut s, "sentry");
    keys(&mut s, "e");
    assert!(matches!(s.mode, crate::tui::state::Mode::Edit(_)));
    keys(&mut s, "<esc>");
    let before = s.roadmap.clone();
    keys(&mut s, "D");
    assert_eq!(s.roadmap, before);
    assert!(s.message.as_ref().unwrap().text.contains("Roadmap view"));
}

#[test]
fn big_roadmaps_forecast_off_the_ui_thread_and_drop_late_answers() {
    let mut s = state();
    s.deferred.enabled = true;
    let fx = keys(&mut s, "5");
    let Some(Effect::Forecast {
        generation: g0,
        roadmap,
        today: day,
    }) = fx
        .into_iter()
        .find(|e| matches!(e, Effect::Forecast { .. }))
    else {
        panic!("a forecast asked for");
    };
    assert!(s.timeline.pending() && s.timeline.forecast.is_none());
    // Asked once, not at every key.
    assert_eq!(described(&keys(&mut s, "j")), ["redraw"]);
    let first = schedule::forecast(&roadmap, day);
    assert!(!update(
        &mut s,
        Msg::ForecastReady {
            generation: g0,
            forecast: Box::new(first.clone())
        }
    )
    .is_empty());
    assert!(s.timeline.current());
    // A check-off: asked again; the old forecast is drawn meanwhile.
    select(&mut s, "uptime");
    let fx = keys(&mut s, "<space>");
    let g1 = fx
        .iter()
        .find_map(|e| match e {
            Effect::Forecast { generation, .. } => Some(*generation),
            _ => None,
        })
        .expect("asked again");
    assert!(g1 > g0 && s.timeline.pending());
    let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
        &s,
        80,
        24,
        &crate::theme::Theme::fallback(),
    ));
    assert!(screen.contains("updating…"), "{screen}");
    // The answer to the older roadmap is dropped, the newer one kept.
    assert!(update(
        &mut s,
        Msg::ForecastReady {
            generation: g0,
            forecast: Box::new(first)
        }
    )
    .is_empty());
    assert!(s.timeline.pending());
    let now = schedule::forecast(&s.roadmap, today());
    update(
        &mut s,
        Msg::ForecastReady {
            generation: g1,
            forecast: Box::new(now.clone()),
        },
    );
    assert!(s.timeline.current());
    assert_eq!(**s.timeline.forecast.as_ref().unwrap(), now);
}

#[test]
fn rows_of_moved_tasks_are_not_drawn_nor_acted_on_until_the_new_forecast() {
    let mut s = state();
    s.deferred.enabled = true;
    keys(&mut s, "5");
    let f = schedule::forecast(&s.roadmap, today());
    update(
        &mut s,
        Msg::ForecastReady {
            generation: 0,
            forecast: Box::new(f),
        },
    );
    assert!(s.timeline.current());
    select(&mut s, "sentry");
    // In the list, delete a task before sentry: every later position moves.
    keys(&mut s, "1");
    let i = s.roadmap.task_index("uptime").unwrap();
    assert!(s.select(crate::tui::rows::Row::Task(i as u32)));
    keys(&mut s, "Dy");
    assert!(s.roadmap.task("uptime").is_none());
    let fx = keys(&mut s, "5");
    let generation = fx
        .iter()
        .find_map(|e| match e {
            Effect::Forecast { generation, .. } => Some(*generation),
            _ => None,
        })
        .expect("a new forecast asked for");
    assert!(s.timeline.shifted());
    assert_eq!(s.selected_task_index(), None, "no task to act on");
    let before = s.roadmap.clone();
    keys(&mut s, "<space>");
    assert_eq!(s.roadmap, before, "nothing checked off by an old position");
    let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
        &s,
        80,
        24,
        &crate::theme::Theme::fallback(),
    ));
    assert!(screen.contains("updating…"), "{screen}");
    assert!(!screen.contains(" sentry "), "{screen}");
    let now = schedule::forecast(&s.roadmap, today());
    update(
        &mut s,
        Msg::ForecastReady {
            generation,
            forecast: Box::new(now),
        },
    );
    assert!(!s.timeline.shifted());
    assert_eq!(selected_id(&s), "sentry", "the same task, at its new row");
}

#[test]
fn a_click_on_a_row_selects_it_and_the_wheel_moves_the_selection() {
    let mut s = state();
    keys(&mut s, "5");
    let body = crate::tui::layout::areas(80, 24, View::Timeline).body;
    let axis = crate::tui::timeline::AXIS as u16;
    let row = s
        .timeline
        .model
        .row_of(s.roadmap.task_index("sentry").unwrap());
    let click = |s: &mut State, y: u16| {
        update(
            s,
            Msg::Action(crate::tui::Action::Click {
                column: 30,
                row: body.y + y,
            }),
        );
    };
    click(&mut s, axis + row.unwrap() as u16);
    assert_eq!(selected_id(&s), "sentry");
    // The axis and the lines below the rows select nothing.
    click(&mut s, 0);
    click(&mut s, body.height - 1);
    assert_eq!(selected_id(&s), "sentry");
    let at = s.timeline.cursor;
    update(&mut s, Msg::Action(crate::tui::Action::Scroll(-1)));
    assert_eq!(s.timeline.cursor, at - 1);
    assert_eq!(selected_id(&s), "ci-pipeline");
}

#[test]
fn c_leaves_the_done_tasks_out_and_brings_them_back() {
    let mut s = state();
    keys(&mut s, "5");
    let all = s.timeline.model.lines.len();
    select(&mut s, "sentry");
    keys(&mut s, "c");
    assert!(s.timeline.hide_done);
    assert!(s.timeline.model.slot(0).is_none(), "deploy-worker is done");
    assert_eq!(s.timeline.model.row_of(0), None);
    assert!(s.timeline.model.lines.len() < all);
    assert_eq!(selected_id(&s), "sentry", "the selection stays");
    // A check-off from the Timeline then takes the task off it.
    keys(&mut s, "<space>");
    let i = s.roadmap.task_index("sentry").unwrap();
    assert_eq!(s.timeline.model.row_of(i), None);
    keys(&mut s, "c");
    assert_eq!(s.timeline.model.lines.len(), all);
    assert!(s.timeline.model.row_of(i).is_some());
}
