//! The what-if scenario dialog (`W`) as insta snapshots at 80×24 and
//! 160×48: opened on the bundled example (aiming at the next level, no budget), with
//! an hours budget typed and the budget scenario chosen, and a field that
//! does not read. Then applying the chosen scenario moves its tasks into
//! the phase `next` as one change, which one `u` undoes. On a big roadmap
//! (the worker answers) the last table stays under "computing…" meanwhile.

mod tui_support;

use roadmap::model::whatif::NEXT;
use tui_support::{press, seed_named, state_at, text};

#[test]
fn the_scenario_dialog_its_budget_and_a_refused_field() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed_named("example"), w, h);
        press(&mut s, "W");
        insta::assert_snapshot!(format!("whatif_open_{w}x{h}"), text(&s));
        press(&mut s, "40<down><down>");
        let screen = text(&s);
        assert!(screen.contains("▶ Best for the budget"), "{screen}");
        insta::assert_snapshot!(format!("whatif_budget_{w}x{h}"), screen);
        press(&mut s, "<tab>soon");
        let screen = text(&s);
        assert!(
            screen.contains("by: `soon` is not a date (YYYY-MM-DD)"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("whatif_refused_{w}x{h}"), screen);
    }
}

#[test]
fn applying_a_scenario_is_one_change_that_one_undo_takes_back() {
    let mut s = state_at(seed_named("example"), 160, 48);
    let before = (*s.roadmap).clone();
    press(&mut s, "W40<down><down>");
    let tui_support_chosen: Vec<String> = match &s.mode {
        roadmap::tui::state::Mode::Scenario(d) => d
            .chosen_tasks()
            .unwrap()
            .iter()
            .map(|&i| before.tasks[i].id.clone())
            .collect(),
        other => panic!("not in the dialog: {other:?}"),
    };
    assert!(!tui_support_chosen.is_empty());
    press(&mut s, "<enter>");
    let screen = text(&s);
    assert!(
        screen.contains(&format!(
            "Moved {} tasks to phase `next` (u undoes)",
            tui_support_chosen.len()
        )),
        "{screen}"
    );
    assert_eq!(s.roadmap.phases[0].id, NEXT);
    for t in &s.roadmap.tasks {
        assert_eq!(
            t.phase == NEXT,
            tui_support_chosen.contains(&t.id),
            "{}",
            t.id
        );
    }
    assert_eq!(
        s.history.undo_label(),
        Some(format!("move {} scenario tasks to next", tui_support_chosen.len()).as_str())
    );
    press(&mut s, "u");
    assert_eq!(*s.roadmap, before);
}

#[test]
fn esc_closes_without_a_change() {
    let mut s = state_at(seed_named("example"), 80, 24);
    let before = (*s.roadmap).clone();
    press(&mut s, "W40<esc>");
    assert_eq!(s.mode, roadmap::tui::state::Mode::Normal);
    assert_eq!(*s.roadmap, before);
    assert!(!s.is_dirty());
}

/// The answers asked of the worker by `keys`, made as the worker makes them.
fn answered_by_the_worker(s: &mut roadmap::tui::State, keys: &str) {
    use roadmap::tui::effect::Effect;
    let fx = roadmap::tui::keymap::press(s, keys).expect("valid key notation");
    for e in fx {
        if let Effect::WhatIf {
            generation,
            ask,
            roadmap,
            today,
        } = e
        {
            let answer = roadmap::model::whatif::plan(&roadmap, &ask, today);
            roadmap::tui::update(
                s,
                roadmap::tui::Msg::WhatIfReady {
                    generation,
                    answer: Box::new(answer.map_err(|e| e.to_string())),
                },
            );
        }
    }
}

#[test]
fn on_a_big_roadmap_the_last_table_stays_under_computing_until_the_worker_answers() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed_named("example"), w, h);
        // As a session on a big roadmap: the scenarios are made on the worker.
        s.deferred.enabled = true;
        answered_by_the_worker(&mut s, "W");
        let opened = text(&s);
        assert!(!opened.contains("computing…"), "{opened}");
        // "40" typed; its answer not back yet.
        press(&mut s, "40");
        let screen = text(&s);
        assert!(screen.contains("computing…"), "{screen}");
        assert!(screen.contains("[40"), "{screen}");
        insta::assert_snapshot!(format!("whatif_computing_{w}x{h}"), screen);
    }
}
