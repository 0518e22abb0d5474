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
