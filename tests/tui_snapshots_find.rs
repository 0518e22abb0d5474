//! Finding what needs doing and writing it down (issue 14 items 5 and 8),
//! as drawn at 80×24 and 160×48: the editor's notes over several wrapped,
//! scrolled rows; the filter menu with level, category and blocked chosen;
//! the search prompt in title-only mode.

mod tui_support;

use roadmap::tui::search::Fields;
use roadmap::tui::state::Mode;
use tui_support::{press, seed, state_at, text};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

#[test]
fn the_notes_field_wraps_scrolls_and_shows_the_cursors_row() {
    for (w, h) in SIZES {
        let mut s = state_at(seed(), w, h);
        // The first task's notes run long: open the form, tab to the
        // notes, add a line at their end.
        press(&mut s, "e");
        for _ in 0..20 {
            match &s.mode {
                Mode::Edit(editor) if editor.on_notes() => break,
                Mode::Edit(_) => press(&mut s, "<tab>"),
                other => panic!("the form is open: {other:?}"),
            }
        }
        press(&mut s, "<A-enter>Agreed in the meeting.");
        assert!(matches!(&s.mode, Mode::Edit(e) if e.on_notes()));
        let screen = text(&s);
        assert!(screen.contains("Agreed in the meeting."), "{screen}");
        assert!(screen.contains("above"), "scrolled to the cursor: {screen}");
        insta::assert_snapshot!(format!("notes_editor_end_{w}x{h}"), screen);
        // Up past the scroll: the top rows come into view.
        press(&mut s, "<up><up><up><up><up><up><up><up><up><up>");
        let screen = text(&s);
        assert!(screen.contains("more"), "{screen}");
        insta::assert_snapshot!(format!("notes_editor_top_{w}x{h}"), screen);
    }
}

#[test]
fn the_filter_menu_with_level_category_and_blocked_chosen() {
    for (w, h) in SIZES {
        // Two tasks wait on the first, which is open: one is blocked and
        // shown, the other is of another category.
        let mut r = seed();
        let first = r.tasks[0].id.clone();
        r.tasks[9].depends_on = vec![first.clone()];
        r.tasks[10].depends_on = vec![first];
        let (level, category) = (r.tasks[9].level, r.tasks[9].category.clone());
        assert_ne!(r.tasks[10].category, category, "{:?}", r.tasks[10]);
        let mut s = state_at(r, w, h);
        s.filters.blocked = true;
        s.filters.level = Some(level);
        s.filters.category = category;
        s.rebuild_rows();
        assert_eq!(s.rows.shown_total, 1);
        // Down to the blocked item.
        press(&mut s, "fjjjjjjjjjj");
        let screen = text(&s);
        assert!(screen.contains("[x] deps     ⊘ blocked"), "{screen}");
        assert!(screen.contains("1 of 32 tasks shown"), "{screen}");
        insta::assert_snapshot!(format!("filter_new_{w}x{h}"), screen);
    }
}

#[test]
fn the_search_prompt_in_title_only_mode() {
    for (w, h) in SIZES {
        let mut s = state_at(seed(), w, h);
        press(&mut s, "/backup<C-t>");
        assert_eq!(s.search_fields, Fields::Titles);
        let screen = text(&s);
        let last = screen.lines().last().unwrap_or_default().to_string();
        assert!(last.starts_with(" titles/ backup"), "{last}");
        assert!(last.contains("ctrl-t all fields"), "{last}");
        insta::assert_snapshot!(format!("search_titles_{w}x{h}"), screen);
    }
}
