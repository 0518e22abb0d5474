//! The session's feedback about its changes: the quit question counting
//! the unsaved changes, the log of changes (`L`).

mod tui_support;

use tui_support::{press, seed, state_at, text};

#[test]
fn the_quit_question_counts_unsaved_changes() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        s.mark_saved();
        press(&mut s, "<space>jdjx");
        press(&mut s, "q");
        insta::assert_snapshot!(format!("quit_counts_{w}x{h}"), text(&s));
    }
}

#[test]
fn the_log_names_each_task_and_field_changed() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "L");
        insta::assert_snapshot!(format!("log_empty_{w}x{h}"), text(&s));
        press(&mut s, "<esc><space>jdJuL");
        insta::assert_snapshot!(format!("log_{w}x{h}"), text(&s));
    }
}

/// A phase edited in the Phases view (`P`): the log says which field of
/// which phase changed, as it does for a task.
#[test]
fn the_log_names_each_phase_field_changed() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        // The first phase (the form opens on its name): name and window retyped.
        press(
            &mut s,
            "P<enter><C-u>Right now<tab><C-u>Days 1-3<enter><esc>L",
        );
        let shown = text(&s);
        assert!(shown.contains("phase this-week: name"), "{shown}");
        insta::assert_snapshot!(format!("log_head_{w}x{h}"), shown);
    }
}

#[test]
fn the_details_pane_scrolls_and_starts_over_on_another_row() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "}");
        assert_eq!(s.details_offset(), 3);
        insta::assert_snapshot!(format!("details_scrolled_{w}x{h}"), text(&s));
        press(&mut s, "{{{{");
        assert_eq!(s.details_offset(), 0, "stops at the top");
        press(&mut s, "}}}}}}}}}}}}}}}}}}}}");
        assert!(s.details_offset() <= 40, "stops near the end");
        press(&mut s, "j");
        assert_eq!(s.details_offset(), 0, "another row starts at the top");
    }
}
