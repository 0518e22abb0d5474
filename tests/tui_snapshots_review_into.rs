//! The import review over an existing roadmap (`roadmap import REPORT
//! --review --into FILE`), at 80×24 and 160×48: the Jewelshot seed
//! imported, three tasks checked off and "Monitor error rates"
//! re-estimated by the team; version 2 of the report (`fixtures/reimport/
//! jewelshot-v2-estimate.md`) re-estimates that task too, adds two tasks,
//! drops one and re-prioritises one. The conflict row before and after it
//! is settled, and the list of the tasks the report no longer has.

mod tui_support;

use roadmap::import::reimport::{reimport, Options};
use roadmap::model::{Effort, Roadmap, Status};
use roadmap::tui::review::{self, Msg, Review, Source};
use tui_support::review::{imported, press, screen};

const V1: &[u8] = include_bytes!("seeds/003_7e6f2a4eaf64617c.txt");
const V2: &[u8] = include_bytes!("fixtures/reimport/jewelshot-v2-estimate.md");
const CHECKED: [&str; 3] = [
    "deploy-worker-to-railway-render",
    "setup-automated-backups-database",
    "add-health-check-endpoints",
];
const ESTIMATED: &str = "monitor-error-rates";

fn team() -> Roadmap {
    let mut r = roadmap::import::import_report(V1, "audit-v1.md").roadmap;
    for t in &mut r.tasks {
        if CHECKED.contains(&t.id.as_str()) {
            t.status = Status::Done;
        }
        if t.id == ESTIMATED {
            t.effort = Effort::parse("1h").ok();
        }
    }
    r
}

fn review_at(width: u16, height: u16) -> Review {
    let ours = team();
    let (outcome, text) = imported(V2, "audit-v2.md");
    let plan = reimport(&ours, &outcome.roadmap, Options::default());
    let source = Source::new("audit-v2.md", &text, &outcome).with_plan(&ours, &plan);
    let mut state = Review::new(source, "plan.toml (into)");
    review::update(&mut state, Msg::Resize { width, height });
    state
}

/// Selects the row of the conflicting task.
fn to_conflict(state: &mut Review) {
    let row = state.source.conflicts[0].row;
    state.cursor = row;
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

#[test]
fn the_conflict_is_on_its_row_and_settled_there() {
    for (w, h) in SIZES {
        let mut state = review_at(w, h);
        to_conflict(&mut state);
        let s = screen(&state);
        assert!(
            s.contains("effort: team 1h · report 30min → ?"),
            "the conflict on its row: {s}"
        );
        assert!(
            s.contains("1 conflict (1 open)"),
            "the header counts it: {s}"
        );
        assert!(s.contains("1 removed"), "{s}");
        assert!(s.contains("o/t ours/theirs r removed"), "the keys: {s}");
        insta::assert_snapshot!(format!("review_into_conflict_{w}x{h}"), s);
        press(&mut state, "t");
        let s = screen(&state);
        assert!(s.contains("effort: team 1h · report 30min → report"), "{s}");
        assert!(s.contains("1 conflict (0 open)"), "{s}");
        assert!(
            s.contains("effort of monitor-error-rates: the report's 30min"),
            "the step said in the footer: {s}"
        );
        insta::assert_snapshot!(format!("review_into_settled_{w}x{h}"), s);
    }
}

#[test]
fn the_tasks_no_longer_in_the_report_are_listed_with_their_fate() {
    for (w, h) in SIZES {
        let mut state = review_at(w, h);
        press(&mut state, "r");
        let s = screen(&state);
        assert!(s.contains("No longer in the report (1)"), "{s}");
        assert!(
            s.contains("service-mesh (todo): Service Mesh · kept (d deletes it)"),
            "{s}"
        );
        insta::assert_snapshot!(format!("review_into_removed_{w}x{h}"), s);
        press(&mut state, "d");
        let s = screen(&state);
        assert!(s.contains("deleted on write"), "{s}");
        assert!(s.contains("1 removed, 1 deleted"), "{s}");
    }
}
