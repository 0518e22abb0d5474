//! The relations dialogs as insta snapshots at 80×24 and 160×48: the
//! dependencies picker (narrowed, and refusing a loop), the findings
//! picker, the phase field of the editor.

mod tui_support;

use tui_support::{press, seed, state_at, text};

#[test]
fn the_dependencies_picker_narrowed_and_refusing_a_loop() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        // The first task depends on the second; then the second is asked
        // to depend on the first.
        press(&mut s, "b");
        insta::assert_snapshot!(format!("picker_dependencies_{w}x{h}"), text(&s));
        press(&mut s, "backups");
        insta::assert_snapshot!(format!("picker_dependencies_narrowed_{w}x{h}"), text(&s));
        let first = s.roadmap.tasks[0].id.clone();
        let roadmap::tui::state::Mode::Pick(p) = &s.mode else {
            panic!("the picker is open")
        };
        let second = p.current(&s.roadmap).unwrap().to_string();
        press(&mut s, "<space><enter>j");
        assert_eq!(s.roadmap.tasks[0].depends_on, [second.as_str()]);
        press(&mut s, &format!("b{first}<space>"));
        let screen = text(&s);
        assert!(screen.contains("dependency cycle:"), "{screen}");
        insta::assert_snapshot!(format!("picker_refused_cycle_{w}x{h}"), screen);
    }
}

#[test]
fn the_findings_picker() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "F");
        insta::assert_snapshot!(format!("picker_findings_{w}x{h}"), text(&s));
    }
}

#[test]
fn the_phase_field_of_the_editor() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "e<up><right>");
        insta::assert_snapshot!(format!("editor_phase_{w}x{h}"), text(&s));
    }
}

#[test]
fn the_rename_prompt_and_its_question() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        let second = s.roadmap.tasks[1].id.clone();
        press(&mut s, &format!("b{second}<space><enter>jR"));
        insta::assert_snapshot!(format!("rename_prompt_{w}x{h}"), text(&s));
        press(&mut s, "<C-u>backups<enter>");
        insta::assert_snapshot!(format!("rename_question_{w}x{h}"), text(&s));
    }
}
