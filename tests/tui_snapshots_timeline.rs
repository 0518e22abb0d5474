//! The Timeline view (issue 15, item 4) on every seed roadmap at 80×24 and
//! 160×48, today pinned to 2025-11-03 (`tui_support::today`); by person
//! and by month; and the bars moving when a task is re-estimated or
//! checked off from the Timeline itself.

mod tui_support;

use roadmap::model::{schedule, Effort, Status};
use roadmap::tui::View;
use tui_support::{press, seed_named, show, state_named, text, today};

const SEEDS: &[&str] = &[
    "americano",
    "editaliza",
    "example",
    "fixia",
    "jewelshot",
    "phase5-node-app",
];

#[test]
fn every_seed_roadmap_has_a_timeline_at_80x24_and_160x48() {
    // The list is every file in roadmaps/, so a new seed is not missed.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("roadmaps/")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect();
    on_disk.sort();
    assert_eq!(on_disk, SEEDS);
    for name in SEEDS {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut s = state_named(name, w, h);
            press(&mut s, "5");
            let screen = text(&s);
            assert!(screen.contains(" 5 Timeline"), "{screen}");
            assert!(screen.contains("levels"), "{screen}");
            insta::assert_snapshot!(format!("timeline_{name}_{w}x{h}"), screen);
        }
    }
}

#[test]
fn every_open_task_of_a_seed_is_marked_as_the_forecast_says() {
    // At 160×48 the example's rows all fit: each open task's row carries
    // the symbols of its forecast, so the chart reads without colour.
    let r = seed_named("example");
    let f = schedule::forecast(&r, today());
    let mut s = state_named("example", 160, 48);
    press(&mut s, "5");
    let screen = text(&s);
    for tf in &f.tasks {
        let row = screen
            .lines()
            .find(|l| l.contains(&format!(" {} ", tf.id)))
            .unwrap_or_else(|| panic!("{} has a row:\n{screen}", tf.id));
        let flags: String = row.chars().skip(1).take(3).collect();
        assert_eq!(flags.starts_with('◆'), tf.critical, "{row}");
        assert_eq!(flags.contains('!'), tf.at_risk, "{row}");
        assert_eq!(flags.contains('?'), !tf.estimated, "{row}");
    }
    for t in r.tasks.iter().filter(|t| t.status == Status::Done) {
        let row = screen.lines().find(|l| l.contains(&format!(" {} ", t.id)));
        assert!(
            row.is_some_and(|l| l.contains('✓')),
            "{} done:\n{screen}",
            t.id
        );
    }
}

#[test]
fn by_owner_and_by_month() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_named("americano", w, h);
        press(&mut s, "5O");
        let screen = text(&s);
        assert!(screen.contains("by owner · weeks"), "{screen}");
        insta::assert_snapshot!(format!("timeline_by_owner_{w}x{h}"), screen);
        press(&mut s, "w");
        let screen = text(&s);
        assert!(screen.contains("by owner · months"), "{screen}");
        insta::assert_snapshot!(format!("timeline_by_owner_months_{w}x{h}"), screen);
    }
}

#[test]
fn scrolling_in_time_and_back_to_today() {
    let mut s = state_named("example", 80, 24);
    press(&mut s, "5");
    let home = text(&s);
    press(&mut s, ">>");
    let later = text(&s);
    assert_ne!(home, later);
    insta::assert_snapshot!("timeline_example_later_80x24", later);
    press(&mut s, "t");
    assert_eq!(text(&s), home);
}

/// The row of task `id` in the chart: the cells right of the id column.
fn bar(screen: &str, id: &str) -> String {
    let row = screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_else(|| panic!("{id} has a row:\n{screen}"));
    row.chars().skip(26).collect()
}

#[test]
fn re_estimating_a_task_moves_its_bar_and_those_after_it() {
    let mut s = state_named("example", 80, 24);
    show(&mut s, View::Timeline);
    let before = text(&s);
    // ci-pipeline is 2-3d; make it two to three weeks, through the editor
    // opened from the Timeline, as the user would.
    let i = s.roadmap.task_index("ci-pipeline").unwrap();
    let row = s.timeline.model.row_of(i).unwrap();
    let from = s.timeline.cursor;
    let keys = if row >= from {
        "j".repeat(row - from)
    } else {
        "k".repeat(from - row)
    };
    press(&mut s, &keys);
    assert_eq!(s.timeline.selected_task(), Some(i));
    press(&mut s, "e");
    let at = |field| roadmap::tui::editor::position(field).expect("a field");
    // The form opens on the title.
    press(&mut s, &"<tab>".repeat(at("effort") - at("title")));
    press(&mut s, "<C-u>2-3w<enter>");
    assert_eq!(
        s.roadmap.tasks[i].effort,
        Some(Effort::parse("2-3w").unwrap()),
        "{}",
        text(&s)
    );
    let after = text(&s);
    assert_ne!(bar(&before, "ci-pipeline"), bar(&after, "ci-pipeline"));
    assert!(
        bar(&after, "ci-pipeline").matches('░').count()
            > bar(&before, "ci-pipeline").matches('░').count(),
        "a wider spread:\n{before}\n{after}"
    );
    insta::assert_snapshot!("timeline_example_re_estimated_80x24", after);
}

#[test]
fn checking_off_from_the_timeline_turns_the_bar_into_a_tick() {
    let mut s = state_named("example", 160, 48);
    press(&mut s, "5");
    let i = s.roadmap.task_index("ci-pipeline").unwrap();
    let row = s.timeline.model.row_of(i).unwrap();
    let down = "j".repeat(row - s.timeline.cursor);
    press(&mut s, &down);
    let before = text(&s);
    assert!(bar(&before, "ci-pipeline").contains('█'), "{before}");
    press(&mut s, "<space>");
    let after = text(&s);
    assert_eq!(s.roadmap.tasks[i].status, Status::Done);
    assert!(!bar(&after, "ci-pipeline").contains('█'), "{after}");
    assert!(bar(&after, "ci-pipeline").contains('✓'), "{after}");
    assert!(after.contains("✓ done 2025-11-03"), "{after}");
}
