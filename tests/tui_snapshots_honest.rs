//! Screens that say what their figures cover (issue 14, "honest numbers"),
//! as insta snapshots at 80×24 and 160×48: a level reached through skipped
//! tasks, a level no task is tagged for, a finding without a target, and an
//! effort share over some of the tasks only.

mod tui_support;

use roadmap::model::{Effort, Roadmap, Status};
use roadmap::tui::View;
use tui_support::{seed, state_at, text};

/// Jewelshot with level 2 reached through two skipped tasks, nothing
/// tagged for level 3 (its tasks moved to level 4), four tasks estimated, and its first finding without a
/// score target.
fn honest_seed() -> Roadmap {
    let mut r = seed();
    let level_two: Vec<usize> = (0..r.tasks.len())
        .filter(|&i| r.tasks[i].level == Some(2))
        .collect();
    for (n, &i) in level_two.iter().enumerate() {
        let t = &mut r.tasks[i];
        if n < 2 {
            t.status = Status::Skipped;
        } else {
            t.status = Status::Done;
            t.done_on = chrono::NaiveDate::from_ymd_opt(2025, 10, 30);
        }
    }
    for t in r.tasks.iter_mut().filter(|t| t.level == Some(3)) {
        t.level = Some(4);
    }
    for t in r.tasks.iter_mut().filter(|t| t.level == Some(4)).take(4) {
        t.effort = Some(Effort::parse("2d").unwrap());
    }
    for f in r.findings.iter_mut().filter(|f| f.score.is_some()).take(1) {
        f.target = None;
    }
    r
}

#[test]
fn honest_figures_in_every_view_at_80x24_and_160x48() {
    for view in View::ALL {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut s = state_at(honest_seed(), w, h);
            tui_support::show(&mut s, view);
            insta::assert_snapshot!(format!("honest_{view}_{w}x{h}"), text(&s));
        }
    }
}

#[test]
fn the_screens_say_skipped_untagged_and_partly_estimated() {
    let mut s = state_at(honest_seed(), 160, 48);
    let roadmap = text(&s);
    assert!(
        roadmap.contains("effort 0 % of 4 estimated (26 not estimated)"),
        "{roadmap}"
    );
    s.view = View::Maturity;
    let maturity = text(&s);
    assert!(
        maturity.contains("Level 2 Basic Automation reached · 2 skipped"),
        "{maturity}"
    );
    assert!(maturity.contains("· 2 skipped"), "{maturity}");
    assert!(
        maturity.contains("next: no tasks tagged for Level 3\n"),
        "{maturity}"
    );
    assert!(!maturity.contains("0 open tasks"), "{maturity}");
    assert!(maturity.contains("Next L3: no tasks tagged"), "{maturity}");
}
