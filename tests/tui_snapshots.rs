//! Whole screens as insta snapshots (TestBackend), at 80×24 and 160×48, plus
//! the overlays; colours are checked on cells since text drops them.

mod tui_support;

use roadmap::model::{Priority, Status};
use roadmap::tui::{self, View};
use tui_support::{press, seed, state_at, state_named, text, theme};

fn snapshot_view(name: &str, view: View, w: u16, h: u16) -> String {
    let mut s = state_named(name, w, h);
    tui_support::show(&mut s, view);
    text(&s)
}

#[test]
fn every_view_at_80x24_and_160x48() {
    for view in View::ALL {
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("{view}_{w}x{h}"),
                snapshot_view("jewelshot", view, w, h)
            );
        }
    }
}

#[test]
fn a_seed_with_estimates_and_a_scorecard_at_160x48() {
    for view in View::ALL {
        insta::assert_snapshot!(
            format!("americano_{view}_160x48"),
            snapshot_view("americano", view, 160, 48)
        );
    }
}

#[test]
fn help_overlay() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "?");
    insta::assert_snapshot!("help_80x24", text(&s));
}

#[test]
fn search_results_while_typing() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "/deploy");
    insta::assert_snapshot!("search_deploy_80x24", text(&s));
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(s.rows.shown_total));
}

#[test]
fn editor_with_a_refused_field() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "/sentry<enter>e");
    insta::assert_snapshot!("editor_80x24", text(&s));
    press(&mut s, "<down><down><down><C-u>soon<enter>");
    insta::assert_snapshot!("editor_refused_80x24", text(&s));
}

#[test]
fn editor_refusing_a_level_the_roadmap_does_not_have() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "/sentry<enter>e");
    press(&mut s, &format!("{}<C-u>7<enter>", "<down>".repeat(7)));
    let screen = text(&s);
    assert!(
        screen.contains("level 7 is not a maturity level"),
        "{screen}"
    );
    insta::assert_snapshot!("editor_refused_level_80x24", screen);
}

#[test]
fn delete_confirmation_and_quit_question() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "jjD");
    insta::assert_snapshot!("confirm_delete_80x24", text(&s));
    press(&mut s, "n<space>q");
    insta::assert_snapshot!("confirm_quit_80x24", text(&s));
}

#[test]
fn delete_confirmation_naming_what_needs_the_task() {
    let mut roadmap = tui_support::fixture::roadmap();
    roadmap.maturity.as_mut().unwrap().levels[2].requires = vec!["ci-pipeline".into()];
    roadmap.task_mut("sentry").unwrap().depends_on = vec!["ci-pipeline".into()];
    let mut s = state_at(roadmap, 80, 24);
    let at = s.roadmap.task_index("ci-pipeline").unwrap();
    assert!(s.select(tui::rows::Row::Task(at as u32)));
    press(&mut s, "D");
    insta::assert_snapshot!("confirm_delete_needed_80x24", text(&s));
}

#[test]
fn filter_menu() {
    let mut s = state_at(seed(), 80, 24);
    press(&mut s, "f<space>jjjjj<space>");
    insta::assert_snapshot!("filter_menu_80x24", text(&s));
}

#[test]
fn priority_badges_carry_colour_and_letter() {
    let theme = theme();
    let s = state_at(seed(), 160, 48);
    let buf = tui::render_buffer(&s, 160, 48, &theme);
    let lines: Vec<String> = tui::buffer_text(&buf).lines().map(str::to_string).collect();
    let mut checked = 0;
    for (p, title) in [
        (Priority::Critical, "Deploy Worker"),
        (Priority::High, "CI/CD Pipeline (GitHub Actions)"),
        (Priority::Medium, "Feature Flags"),
    ] {
        let y = lines
            .iter()
            .position(|l| l.contains(title))
            .expect("row drawn") as u16;
        // The badge is " C " after the marker, indent and status: columns 7..10.
        let letter = &buf[(8u16, y)];
        assert_eq!(letter.symbol(), p.letter().to_string(), "{title}");
        let want = theme.priority(p);
        for x in 7u16..10 {
            let cell = &buf[(x, y)];
            assert_eq!(Some(cell.bg), want.bg, "{title} badge background at x={x}");
            assert_eq!(Some(cell.fg), want.fg, "{title} badge foreground at x={x}");
        }
        checked += 1;
    }
    assert_eq!(checked, 3);
    // Status symbols are coloured too, and never colour alone.
    let mut s = s;
    press(&mut s, "<space>");
    let buf = tui::render_buffer(&s, 160, 48, &theme);
    let text = tui::buffer_text(&buf);
    let y = text
        .lines()
        .position(|l| l.contains("Deploy Worker"))
        .unwrap() as u16;
    assert_eq!(buf[(4u16, y)].symbol(), "x");
    assert_eq!(Some(buf[(4u16, y)].fg), theme.status(Status::Done).fg);
}

#[test]
fn the_selected_row_is_marked_by_a_symbol_as_well_as_a_colour() {
    let theme = theme();
    let s = state_at(seed(), 80, 24);
    let buf = tui::render_buffer(&s, 80, 24, &theme);
    let text = tui::buffer_text(&buf);
    let y = text
        .lines()
        .position(|l| l.starts_with('›'))
        .expect("a marked row") as u16;
    assert!(text
        .lines()
        .nth(y as usize)
        .unwrap()
        .contains("Deploy Worker"));
    assert_eq!(
        Some(buf[(30u16, y)].bg),
        theme.style(roadmap::theme::Meaning::Selected).bg
    );
}
