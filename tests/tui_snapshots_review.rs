//! The import review (`roadmap import REPORT --review`) on a seed report,
//! at 80×24 (the source pane under the list) and 160×48 (beside it): as it
//! opens, after a section and a candidate are left out, with a field's
//! prompt, the merge picker and the quit question.

mod tui_support;

use roadmap::tui::review::{self, Msg, Review, Source};
use tui_support::review::{imported, press, screen};

const REPORT: &[u8] = include_bytes!("seeds/003_7e6f2a4eaf64617c.txt");

fn review_at(width: u16, height: u16) -> Review {
    let name = "reports/jewelshot-audit.md";
    let (outcome, text) = imported(REPORT, name);
    let mut state = Review::new(Source::new(name, &text, &outcome), "jewelshot.toml");
    review::update(&mut state, Msg::Resize { width, height });
    state
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

#[test]
fn the_review_opens_on_the_first_section_with_the_report_beside() {
    for (w, h) in SIZES {
        let state = review_at(w, h);
        let s = screen(&state);
        assert!(s.contains("Review of reports/jewelshot-audit.md"), "{s}");
        assert!(s.contains("undecided 455"), "{s}");
        assert!(s.contains("§ EXECUTIVE SUMMARY"), "{s}");
        assert!(s.contains("11 **Critical Blockers:**"), "the report: {s}");
        insta::assert_snapshot!(format!("review_open_{w}x{h}"), s);
    }
}

#[test]
fn leaving_out_a_section_and_a_candidate_shows_in_the_counts() {
    for (w, h) in SIZES {
        let mut state = review_at(w, h);
        press(&mut state, "]D]d");
        let s = screen(&state);
        assert!(s.contains("dropped 7"), "{s}");
        assert!(s.contains("§ Code Quality Pipeline  (0/1 kept)"), "{s}");
        assert!(s.contains("▸✘  64% Code Quality Pipeline"), "{s}");
        insta::assert_snapshot!(format!("review_dropped_{w}x{h}"), s);
    }
}

#[test]
fn a_prompt_the_merge_picker_and_the_quit_question() {
    for (w, h) in SIZES {
        let mut state = review_at(w, h);
        press(&mut state, "]jjP");
        let s = screen(&state);
        assert!(s.contains(" phase: "), "{s}");
        insta::assert_snapshot!(format!("review_phase_prompt_{w}x{h}"), s);
        press(&mut state, "<esc>m");
        let s = screen(&state);
        assert!(s.contains("Merge line 20 into"), "{s}");
        insta::assert_snapshot!(format!("review_merge_{w}x{h}"), s);
        press(&mut state, "<esc>q");
        let s = screen(&state);
        assert!(s.contains("Nothing has been written"), "{s}");
        insta::assert_snapshot!(format!("review_quit_{w}x{h}"), s);
    }
}
