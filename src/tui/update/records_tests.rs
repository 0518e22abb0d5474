//! The phases (`P`), findings (`A`) and project (`C`) dialogs driven by
//! keys through `update`: each edit is one step of the history that `u`
//! takes back, a refused form says why and changes nothing, and a delete
//! never loses a task.

use crate::tui::fixture;
use crate::tui::keymap::press;
use crate::tui::records::{Deleting, Kind};
use crate::tui::state::{Mode, State};
use crate::tui::view::View;
use chrono::NaiveDate;

fn state() -> State {
    let mut s = State::new(
        fixture::roadmap(),
        Some("jewelshot.toml".into()),
        NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(),
    );
    crate::tui::update(
        &mut s,
        crate::tui::Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    s
}

fn records(s: &State) -> &crate::tui::records::Records {
    match &s.mode {
        Mode::Records(r) => r,
        other => panic!("not in a dialog: {other:?}"),
    }
}

fn said(s: &State) -> String {
    s.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn a_phase_is_added_after_the_cursor_and_undone_in_one_step() {
    let mut s = state();
    press(&mut s, "P").unwrap();
    assert_eq!(records(&s).list, Some((Kind::Phases, 0)));
    press(&mut s, "a").unwrap();
    let form = records(&s).form.as_ref().unwrap();
    assert_eq!(form.keys[form.focus], "name", "typing starts on the name");
    // Clear the suggested name, type one, set the id and a start date.
    press(
        &mut s,
        "<C-u>Hardening<S-tab><C-u>hardening<tab><tab><tab>2025-12-01<enter>",
    )
    .unwrap();
    assert!(records(&s).form.is_none(), "{:?}", records(&s).form);
    let ids: Vec<&str> = s.roadmap.phases.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["week-1", "hardening", "month-1", "month-2"]);
    let p = s.roadmap.phase("hardening").unwrap();
    assert_eq!(p.name, "Hardening");
    assert_eq!(p.start, NaiveDate::from_ymd_opt(2025, 12, 1));
    assert_eq!(records(&s).list, Some((Kind::Phases, 1)), "cursor on it");
    assert!(said(&s).contains("Add phase hardening"), "{}", said(&s));
    press(&mut s, "u").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap(), "one undo takes it back");
}

#[test]
fn renaming_a_phase_carries_its_tasks() {
    let mut s = state();
    let before: usize = s
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.phase == "week-1")
        .count();
    press(&mut s, "P<enter>").unwrap();
    // Focus is on the name; the id is the line above.
    press(&mut s, "<C-u>Now<S-tab><C-u>now<enter>").unwrap();
    assert!(s.roadmap.phase("week-1").is_none());
    assert_eq!(s.roadmap.phase("now").unwrap().name, "Now");
    let after = s.roadmap.tasks.iter().filter(|t| t.phase == "now").count();
    assert_eq!(after, before, "every task of the phase follows its id");
    press(&mut s, "<esc>").unwrap();
    assert_eq!(s.mode, Mode::Normal);
    press(&mut s, "u").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());
}

#[test]
fn a_bad_date_is_refused_in_the_form_and_changes_nothing() {
    let mut s = state();
    press(&mut s, "P<enter><tab><tab>soon<enter>").unwrap();
    let form = records(&s).form.as_ref().unwrap();
    let error = form.error.clone().unwrap();
    assert!(
        error.contains("`start`") && error.contains("not a date"),
        "{error}"
    );
    assert_eq!(*s.roadmap, fixture::roadmap());
    press(&mut s, "<esc>").unwrap();
    assert!(
        records(&s).form.is_none(),
        "esc closes the form, the list stays"
    );
}

#[test]
fn deleting_a_phase_with_tasks_moves_them_where_the_user_chose() {
    let mut s = state();
    let held = s
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.phase == "week-1")
        .count();
    press(&mut s, "PD").unwrap();
    assert_eq!(
        records(&s).deleting,
        Some(Deleting::Phase {
            id: "week-1".into(),
            tasks: held,
            to: 1
        })
    );
    press(&mut s, "<right>").unwrap();
    press(&mut s, "<enter>").unwrap();
    assert!(s.roadmap.phase("week-1").is_none());
    assert_eq!(
        s.roadmap.tasks.len(),
        fixture::roadmap().tasks.len(),
        "no task lost"
    );
    let moved = s
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.phase == "month-2")
        .count();
    assert!(moved >= held, "the chosen phase took them");
    press(&mut s, "u").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());
    press(&mut s, "D<esc>").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap(), "esc keeps it");
    assert_eq!(said(&s), "Nothing deleted");
}

#[test]
fn phases_reorder_with_j_and_k() {
    let mut s = state();
    press(&mut s, "PJ").unwrap();
    assert_eq!(s.roadmap.phases[1].id, "week-1");
    assert_eq!(
        records(&s).list,
        Some((Kind::Phases, 1)),
        "the cursor follows"
    );
    press(&mut s, "K").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());
}

#[test]
fn a_finding_is_added_with_a_and_deleted_with_its_references() {
    let mut s = state();
    press(&mut s, "A").unwrap();
    let form = records(&s).form.as_ref().unwrap();
    assert_eq!(form.keys[form.focus], "title");
    press(&mut s, "No alerting<enter>").unwrap();
    let error = records(&s).form.as_ref().unwrap().error.clone().unwrap();
    assert!(error.contains("needs a category"), "{error}");
    press(&mut s, "<S-tab><S-tab><S-tab>Monitoring<enter>").unwrap();
    let f = s.roadmap.findings.last().unwrap();
    assert_eq!(
        (f.title.as_str(), f.category.as_str()),
        ("No alerting", "Monitoring")
    );
    press(&mut s, "u<esc>").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());

    // no-ci is addressed: D says so, enter drops the references with it.
    let addressed = crate::model::change::addressing(&s.roadmap, "no-ci");
    assert!(!addressed.is_empty());
    press(&mut s, "2D").unwrap();
    assert_eq!(records(&s).list, Some((Kind::Findings, 0)));
    press(&mut s, "D").unwrap();
    assert!(matches!(
        &records(&s).deleting,
        Some(Deleting::Finding { id, tasks }) if id == "no-ci" && *tasks == addressed
    ));
    press(&mut s, "<enter>").unwrap();
    assert!(s.roadmap.finding("no-ci").is_none());
    assert!(s
        .roadmap
        .tasks
        .iter()
        .all(|t| !t.findings.contains(&"no-ci".to_string())));
    press(&mut s, "u").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());
}

#[test]
fn in_the_findings_view_e_opens_the_findings_and_a_adds_one() {
    let mut s = state();
    press(&mut s, "2").unwrap();
    assert_eq!(s.view, View::Findings);
    press(&mut s, "e").unwrap();
    assert_eq!(records(&s).list, Some((Kind::Findings, 0)));
    assert!(records(&s).form.is_none());
    press(&mut s, "<enter>").unwrap();
    let form = records(&s).form.as_ref().unwrap();
    assert_eq!(
        form.inputs[0].text, "no-ci",
        "enter edits the one under the cursor"
    );
    press(&mut s, "<esc><esc>a").unwrap();
    assert!(records(&s).form.is_some());
}

#[test]
fn the_project_form_sets_the_name_and_refuses_a_bad_setting() {
    let mut s = state();
    press(&mut s, "C").unwrap();
    assert!(records(&s).list.is_none());
    press(&mut s, "<C-u>Jewelshot 2<enter>").unwrap();
    assert_eq!(s.mode, Mode::Normal, "the form alone closes");
    assert_eq!(s.roadmap.project.name, "Jewelshot 2");
    assert!(said(&s).contains("Edit the project"), "{}", said(&s));
    press(&mut s, "C").unwrap();
    let at = records(&s)
        .form
        .as_ref()
        .unwrap()
        .keys
        .iter()
        .position(|k| *k == "hours_per_day")
        .unwrap();
    let to = "<tab>".repeat(at);
    press(&mut s, &format!("{to}<C-u>30<enter>")).unwrap();
    let error = records(&s).form.as_ref().unwrap().error.clone().unwrap();
    assert!(error.contains("hours_per_day"), "{error}");
    assert_eq!(
        s.roadmap.project.hours_per_day,
        fixture::roadmap().project.hours_per_day
    );
    press(&mut s, "<esc>u").unwrap();
    assert_eq!(*s.roadmap, fixture::roadmap());
}
