//! The details pane of an imported task says where in the report it came
//! from ("from REPORT line N"), at 80×24 and 160×48.

mod tui_support;

use tui_support::{state_at, text};

fn imported() -> roadmap::model::Roadmap {
    let bytes = include_bytes!("seeds/003_7e6f2a4eaf64617c.txt");
    roadmap::import::import_report(bytes, "reports/jewelshot-audit.md").roadmap
}

#[test]
fn an_imported_task_names_its_report_line() {
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = text(&state_at(imported(), w, h));
        assert!(
            screen.contains("from jewelshot-audit.md line 20"),
            "{w}x{h}:\n{screen}"
        );
        insta::assert_snapshot!(format!("imported_roadmap_{w}x{h}"), screen);
    }
}

#[test]
fn a_task_typed_by_hand_names_no_report() {
    let screen = text(&state_at(tui_support::seed(), 160, 48));
    assert!(!screen.contains(" line "), "{screen}");
}
