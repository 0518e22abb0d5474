//! The scenario dialog's round trip through the worker on a big roadmap:
//! asked for once per reading of the form, the last table kept under
//! "computing…", an answer for an older form or roadmap dropped, and enter
//! refused until the answer to the form shown has come.

use crate::model::whatif::{plan, Ask, NEXT};
use crate::tui::effect::described;
use crate::tui::keymap::press;
use crate::tui::msg::Msg;
use crate::tui::scenario::Answer;
use crate::tui::state::{Mode, State};
use crate::tui::{fixture, update, Effect};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
}

/// A session on the fixture that defers its work, as one on a big roadmap does.
fn deferring() -> State {
    let mut s = State::new(fixture::roadmap(), None, today());
    s.deferred.enabled = true;
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

/// The last what-if asked for among `fx`: its generation, and its answer
/// as the worker would make it.
fn asked(fx: &[Effect]) -> Option<(u64, Answer)> {
    fx.iter().rev().find_map(|e| match e {
        Effect::WhatIf {
            generation,
            ask,
            roadmap,
            today,
        } => Some((
            *generation,
            plan(roadmap, ask, *today).map_err(|e| e.to_string()),
        )),
        _ => None,
    })
}

fn ready(s: &mut State, (generation, answer): (u64, Answer)) -> Vec<Effect> {
    update(
        s,
        Msg::WhatIfReady {
            generation,
            answer: Box::new(answer),
        },
    )
}

fn dialog(s: &State) -> &crate::tui::scenario::Scenarios {
    match &s.mode {
        Mode::Scenario(d) => d,
        other => panic!("not in the dialog: {other:?}"),
    }
}

fn screen(s: &State) -> String {
    crate::tui::buffer_text(&crate::tui::render_buffer(
        s,
        80,
        24,
        &crate::theme::Theme::fallback(),
    ))
}

#[test]
fn a_small_roadmap_answers_at_once_and_asks_the_worker_nothing() {
    let mut s = State::new(fixture::roadmap(), None, today());
    let fx = keys(&mut s, "W40");
    assert_eq!(asked(&fx).map(|a| a.0), None, "{:?}", described(&fx));
    let d = dialog(&s);
    assert!(d.current() && !d.deferred);
    let want = plan(
        &s.roadmap,
        &Ask {
            hours: Some(40.0),
            ..Ask::default()
        },
        today(),
    );
    assert_eq!(d.answer, Some(want.map_err(|e| e.to_string())));
}

#[test]
fn the_worker_answers_and_an_answer_to_an_older_form_is_dropped() {
    let mut s = deferring();
    let first = asked(&keys(&mut s, "W")).expect("the opening form asked for");
    assert!(dialog(&s).pending() && dialog(&s).answer.is_none());
    assert!(screen(&s).contains("computing…"), "{}", screen(&s));
    // The answer comes: the table shows, nothing is pending.
    assert!(!ready(&mut s, first.clone()).is_empty());
    assert!(dialog(&s).current());
    assert!(!screen(&s).contains("computing…"));
    // Each key that changes the reading asks again, once.
    let four = asked(&keys(&mut s, "4")).expect("asked for 4 hours");
    let forty = asked(&keys(&mut s, "0")).expect("asked for 40 hours");
    assert!(forty.0 > four.0 && four.0 > first.0);
    assert_eq!(
        described(&keys(&mut s, "<down>")),
        ["redraw"],
        "not asked again"
    );
    // The last table stays meanwhile, under "computing…".
    let shown = screen(&s);
    assert!(shown.contains("computing…"), "{shown}");
    assert_eq!(dialog(&s).answer, Some(first.1.clone()));
    // The answer for "4" comes late: dropped, not even a redraw.
    assert!(ready(&mut s, four).is_empty());
    assert!(dialog(&s).pending());
    assert_eq!(dialog(&s).answer, Some(first.1));
    // The answer for "40" is kept.
    let want = forty.1.clone();
    ready(&mut s, forty);
    assert!(dialog(&s).current());
    assert_eq!(dialog(&s).answer, Some(want));
}

#[test]
fn enter_is_refused_while_the_answer_shown_is_for_other_inputs() {
    let mut s = deferring();
    let first = asked(&keys(&mut s, "W")).unwrap();
    ready(&mut s, first);
    let forty = asked(&keys(&mut s, "40<down><down>")).unwrap();
    let before = s.roadmap.clone();
    keys(&mut s, "<enter>");
    assert_eq!(s.roadmap, before, "nothing applied from the older table");
    assert!(matches!(s.mode, Mode::Scenario(_)), "the dialog stays");
    let said = &s.message.as_ref().expect("a word why").text;
    assert!(said.contains("Still computing"), "{said}");
    // The answer to "40" comes; enter now moves its budget scenario's tasks.
    ready(&mut s, forty.clone());
    assert!(dialog(&s).current());
    let chosen: Vec<String> = dialog(&s)
        .chosen_tasks()
        .expect("the budget scenario's tasks")
        .iter()
        .map(|&i| s.roadmap.tasks[i].id.clone())
        .collect();
    let Ok(w) = &forty.1 else { panic!("an answer") };
    assert_eq!(
        chosen.len(),
        w.scenarios[2].answer.as_ref().unwrap().tasks.len()
    );
    keys(&mut s, "<enter>");
    assert_eq!(s.mode, Mode::Normal);
    for id in &chosen {
        assert_eq!(s.roadmap.task(id).unwrap().phase, NEXT, "{id}");
    }
}

#[test]
fn enter_is_refused_while_a_field_does_not_read() {
    // At any size: the table is the last reading's, not the form's.
    let mut s = State::new(fixture::roadmap(), None, today());
    keys(&mut s, "W40<tab>soon");
    let before = s.roadmap.clone();
    keys(&mut s, "<enter>");
    assert_eq!(s.roadmap, before);
    let said = &s.message.as_ref().expect("a word why").text;
    assert!(said.contains("by: `soon` is not a date"), "{said}");
    assert!(said.contains("nothing applied"), "{said}");
}

#[test]
fn an_answer_for_the_roadmap_before_a_reload_is_dropped() {
    let mut s = deferring();
    let old = asked(&keys(&mut s, "W")).unwrap();
    // The file is reloaded under the dialog (a `git pull`): one task fewer.
    let mut pulled = (*s.roadmap).clone();
    pulled.tasks.remove(0);
    s.adopt(pulled);
    let fx = update(
        &mut s,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    let new = asked(&fx).expect("asked again for the new roadmap");
    assert!(new.0 > old.0);
    assert!(
        ready(&mut s, old).is_empty(),
        "its positions name other tasks"
    );
    assert!(dialog(&s).answer.is_none());
    ready(&mut s, new);
    assert!(dialog(&s).current());
}

#[test]
fn an_answer_after_the_dialog_closed_is_dropped() {
    let mut s = deferring();
    let first = asked(&keys(&mut s, "W")).unwrap();
    keys(&mut s, "<esc>");
    assert!(ready(&mut s, first).is_empty());
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn the_worker_answers_from_the_threshold_of_open_tasks() {
    use crate::model::Status;
    use crate::tui::scenario::{Scenarios, DEFER_WHATIF_FROM};
    let mut r = crate::model::synthetic::generate(DEFER_WHATIF_FROM, 42);
    for t in &mut r.tasks {
        t.status = Status::Todo;
    }
    assert!(Scenarios::defers(&r, false));
    // One closed task: below the threshold, answered at once.
    r.tasks[0].status = Status::Done;
    assert!(!Scenarios::defers(&r, false));
    // Wherever the session defers its search, the dialog does too.
    assert!(Scenarios::defers(&r, true));
}
