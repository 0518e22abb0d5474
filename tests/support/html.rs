//! What the HTML report tests share: how many bars each chart of a
//! roadmap's report should have, worked out from the roadmap through the
//! library (its metrics and forecast), never copied from the page; and a
//! count of the bars a page (or a browser's DOM dump of it) holds.

#![allow(dead_code)]

use roadmap::model::metrics::{Group, Metrics};
use roadmap::model::schedule::forecast;
use std::path::Path;

/// `(chart, bars)` for every bar chart of the report of the roadmap at
/// `path` forecast from `today` (the burn-up, which depends on git, aside).
pub fn expected_bars(path: &Path, today: &str) -> Vec<(String, usize)> {
    let loaded = roadmap::store::load(path).expect("the roadmap loads");
    let r = &loaded.roadmap;
    let m = Metrics::compute(r);
    let f = forecast(r, today.parse().expect("a date"));
    let costly = |groups: &[Group], monthly: bool| {
        groups
            .iter()
            .filter(|g| {
                let figures = if monthly {
                    &g.cost_monthly
                } else {
                    &g.cost_once
                };
                figures.total.high > 0.0
            })
            .count()
    };
    let open = r.tasks.iter().filter(|t| !t.status.is_closed()).count();
    assert_eq!(
        f.tasks.len() + f.unscheduled.len(),
        open,
        "every open task is forecast"
    );
    vec![
        ("phases".into(), m.by_phase.len()),
        (
            "priorities".into(),
            m.by_priority
                .iter()
                .filter(|g| g.progress.tasks_total > 0)
                .count(),
        ),
        (
            "levels".into(),
            m.maturity.as_ref().map_or(0, |s| s.levels.len()),
        ),
        ("timeline".into(), f.tasks.len()),
        ("cost-once-phases".into(), costly(&m.by_phase, false)),
        ("cost-monthly-phases".into(), costly(&m.by_phase, true)),
        ("cost-once-categories".into(), costly(&m.by_category, false)),
        (
            "cost-monthly-categories".into(),
            costly(&m.by_category, true),
        ),
    ]
}

/// The `<rect class="bar…" data-chart="NAME"` elements in `html`, whether
/// the page as written or as a browser serialises its DOM (attributes in
/// any order).
pub fn bars_in(html: &str, chart: &str) -> usize {
    let needle = format!("data-chart=\"{chart}\"");
    html.split('<')
        .filter(|tag| tag.starts_with("rect ") && tag.contains(&needle))
        .filter(|tag| {
            tag.split("class=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .is_some_and(|class| class.split(' ').any(|c| c == "bar"))
        })
        .count()
}

/// The burn-up's points in `html`.
pub fn points_in(html: &str) -> usize {
    html.split('<')
        .filter(|tag| tag.starts_with("circle ") && tag.contains("data-chart=\"burnup\""))
        .count()
}
