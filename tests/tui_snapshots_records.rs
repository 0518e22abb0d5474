//! The phases, findings and project dialogs as insta snapshots at 80×24
//! and 160×48: the phases list, a phase's form (and one refused), the
//! question deleting a phase with tasks asks, the findings list with the
//! form for a new finding, and the project's form.

mod tui_support;

use tui_support::{press, seed, state_at, text};

#[test]
fn the_phases_dialog_its_form_and_its_delete_question() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "P");
        insta::assert_snapshot!(format!("records_phases_{w}x{h}"), text(&s));
        press(&mut s, "<enter>");
        insta::assert_snapshot!(format!("records_phase_form_{w}x{h}"), text(&s));
        press(&mut s, "<tab><tab>soon<enter>");
        let screen = text(&s);
        assert!(screen.contains("not a date"), "{screen}");
        insta::assert_snapshot!(format!("records_phase_refused_{w}x{h}"), screen);
        press(&mut s, "<esc>D");
        insta::assert_snapshot!(format!("records_phase_delete_{w}x{h}"), text(&s));
    }
}

#[test]
fn the_findings_dialog_with_a_new_finding_form() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "A");
        insta::assert_snapshot!(format!("records_finding_new_{w}x{h}"), text(&s));
        press(&mut s, "<esc>");
        insta::assert_snapshot!(format!("records_findings_{w}x{h}"), text(&s));
    }
}

#[test]
fn the_project_form() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "C");
        insta::assert_snapshot!(format!("records_project_{w}x{h}"), text(&s));
    }
}
