//! The report's text: snapshots of each section for the bundled example
//! with today pinned, bar counts against the roadmap's own figures, and
//! escaping of every kind of string the file supplies.

use chrono::NaiveDate;
use roadmap::export::html::escape;
use roadmap::export::html::{burnup, render, sections, timeline, History};
use roadmap::model::burnup::Point;
use roadmap::model::metrics::Metrics;
use roadmap::model::pace::{self, CheckOff, Pace, PaceForecast};
use roadmap::model::schedule::forecast;
use roadmap::model::Roadmap;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn example() -> Roadmap {
    let text = include_str!("../roadmaps/example.toml");
    let loaded = roadmap::store::parse(text, "example.toml").unwrap();
    (*loaded.roadmap).clone()
}

/// Three commits: two on one day, then one a week later with more done.
fn history(roadmap: &Roadmap) -> History {
    let mut early = roadmap.clone();
    for t in &mut early.tasks {
        t.status = roadmap::model::Status::Todo;
    }
    History::Series(vec![
        Point::of("aaaaaaaaaaaa", day("2026-11-02"), &early),
        Point::of("bbbbbbbbbbbb", day("2026-11-02"), &early),
        Point::of("cccccccccccc", day("2026-11-09"), roadmap),
    ])
}

/// No pace: the page says why, as it does for a file outside git.
fn no_pace(roadmap: &Roadmap) -> PaceForecast {
    let today = day("2026-11-23");
    let why = "no pace: the file is not in a git repository, so there is no history to measure";
    pace::forecast(roadmap, Pace::unknown(6, today, why), today)
}

/// 12 hours checked off in each of the last three weeks of a six-week history.
fn steady_pace(roadmap: &Roadmap) -> PaceForecast {
    let today = day("2026-11-23");
    let done: Vec<CheckOff> = ["2026-11-03", "2026-11-10", "2026-11-17"]
        .iter()
        .map(|d| CheckOff {
            day: day(d),
            hours: Some(12.0),
        })
        .collect();
    let measured = pace::measure(&done, day("2026-09-01"), today, 6);
    pace::forecast(roadmap, measured, today)
}

fn page(roadmap: &Roadmap, history: &History) -> String {
    let m = Metrics::compute(roadmap);
    let f = forecast(roadmap, day("2026-11-23"));
    render(roadmap, &m, &f, &no_pace(roadmap), history)
}

/// How many `<rect class="bar…" data-chart="NAME"` (or burn-up points) the page has.
fn count(html: &str, chart: &str) -> usize {
    html.matches(&format!("data-chart=\"{chart}\" "))
        .count()
        .saturating_sub(
            html.matches(&format!("<svg class=\"chart\" data-chart=\"{chart}\" "))
                .count(),
        )
}

#[test]
fn sections_of_the_example() {
    let r = example();
    let m = Metrics::compute(&r);
    let f = forecast(&r, day("2026-11-23"));
    insta::assert_snapshot!("header", sections::header(&r, &m, &f, &steady_pace(&r)));
    insta::assert_snapshot!("progress", sections::progress(&m));
    insta::assert_snapshot!("maturity", sections::maturity(&r, &m, &f));
    insta::assert_snapshot!("burnup", burnup::section(&r, &history(&r)));
    insta::assert_snapshot!("timeline", timeline::section(&r, &f));
    insta::assert_snapshot!("costs", sections::costs(&r, &m));
    insta::assert_snapshot!("findings", sections::findings(&r, &m));
}

#[test]
fn page_is_one_document_with_no_script_and_nothing_fetched() {
    let html = page(&example(), &history(&example()));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.ends_with("</html>\n"));
    assert!(html.contains("@media print"));
    for banned in ["<script", "http://", "https://", "<link", "@import", "url("] {
        let found = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(!found.contains(banned), "page contains {banned}");
    }
    for id in [
        "summary", "progress", "maturity", "burnup", "timeline", "costs", "findings",
    ] {
        assert!(
            html.contains(&format!("<section class=\"header\" id=\"{id}\""))
                || html.contains(&format!("<section id=\"{id}\"")),
            "no section {id}"
        );
    }
}

#[test]
fn every_chart_has_one_bar_per_item_of_the_roadmap() {
    let r = example();
    let m = Metrics::compute(&r);
    let f = forecast(&r, day("2026-11-23"));
    let html = page(&r, &history(&r));
    let levels = m.maturity.as_ref().unwrap().levels.len();
    let priorities = m
        .by_priority
        .iter()
        .filter(|g| g.progress.tasks_total > 0)
        .count();
    let costly = |groups: &[roadmap::model::metrics::Group], monthly: bool| {
        groups
            .iter()
            .filter(|g| {
                if monthly {
                    g.cost_monthly.total.high > 0.0
                } else {
                    g.cost_once.total.high > 0.0
                }
            })
            .count()
    };
    assert_eq!(count(&html, "phases"), r.phases.len());
    assert_eq!(count(&html, "priorities"), priorities);
    assert_eq!(count(&html, "levels"), levels);
    let open = r.tasks.iter().filter(|t| !t.status.is_closed()).count();
    assert_eq!(count(&html, "timeline"), open);
    assert_eq!(f.tasks.len(), open);
    assert_eq!(count(&html, "cost-once-phases"), costly(&m.by_phase, false));
    assert_eq!(
        count(&html, "cost-monthly-phases"),
        costly(&m.by_phase, true)
    );
    assert_eq!(
        count(&html, "cost-once-categories"),
        costly(&m.by_category, false)
    );
    assert_eq!(
        count(&html, "cost-monthly-categories"),
        costly(&m.by_category, true)
    );
    // Three commits, each with a score and an effort point.
    assert_eq!(count(&html, "burnup"), 6);
    // The example's numbers, so a filter that dropped everything fails too.
    assert_eq!((r.phases.len(), levels, priorities), (3, 4, 4));
    assert!(open > 5);
}

#[test]
fn strings_from_the_file_are_escaped_everywhere() {
    let evil = "<script>alert('x')</script> & \"q\"";
    let mut r = example();
    r.project.name = evil.into();
    r.project.summary = Some(evil.into());
    r.phases[0].name = evil.into();
    r.tasks[0].title = evil.into();
    r.tasks[3].title = evil.into();
    r.findings[0].title = evil.into();
    r.findings[0].category = evil.into();
    if let Some(model) = r.maturity.as_mut() {
        model.levels[0].name = evil.into();
    }
    let html = page(&r, &History::Unavailable(evil.into()));
    assert!(!html.contains("<script"), "raw markup reached the page");
    assert!(!html.contains("alert('x')"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
}

#[test]
fn escape_makes_markup_and_controls_inert() {
    assert_eq!(
        escape("<b>\"Tom\" & 'Jerry'</b>\u{7}\n"),
        "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;\u{FFFD}\n"
    );
}

#[test]
fn without_history_the_burn_up_says_why_instead_of_an_empty_chart() {
    let r = example();
    let none = burnup::section(
        &r,
        &History::Unavailable("not inside a git repository".into()),
    );
    assert!(
        none.contains("could not be read (not inside a git repository)"),
        "{none}"
    );
    assert!(!none.contains("<svg"));
    let one = burnup::section(
        &r,
        &History::Series(vec![Point::of("a", day("2026-11-02"), &r)]),
    );
    assert!(
        one.contains("the file has 1 commit in git; the chart needs two"),
        "{one}"
    );
    assert!(!one.contains("<svg"));
}

#[test]
fn with_nothing_open_the_timeline_says_so() {
    let mut r = example();
    for t in &mut r.tasks {
        t.status = roadmap::model::Status::Done;
    }
    let f = forecast(&r, day("2026-11-23"));
    let html = timeline::section(&r, &f);
    assert!(html.contains("No open task: nothing to forecast."));
    assert_eq!(count(&html, "timeline"), 0);
}

#[test]
fn a_roadmap_without_maturity_or_findings_still_renders_every_section() {
    let mut r = example();
    r.maturity = None;
    r.findings.clear();
    for t in &mut r.tasks {
        t.findings.clear();
        t.level = None;
        t.cost_once = None;
        t.cost_monthly = None;
    }
    let html = page(&r, &History::Series(Vec::new()));
    assert!(html.contains("The file has no maturity model"));
    assert!(html.contains("The file lists no findings."));
    assert!(html.contains("No one-time costs."));
    assert!(html.contains("the file has 0 commits in git"));
    assert_eq!(count(&html, "levels"), 0);
}

#[test]
fn a_range_of_dates_prints_once_when_both_ends_agree() {
    let d = day("2026-11-23");
    let same = roadmap::model::schedule::Dates { low: d, high: d };
    assert_eq!(sections::dates(same), "2026-11-23");
    let spread = roadmap::model::schedule::Dates {
        low: d,
        high: day("2026-11-25"),
    };
    assert_eq!(sections::dates(spread), "2026-11-23..2026-11-25");
}

#[test]
fn the_forecast_says_when_unestimated_work_makes_it_too_early() {
    let mut r = example();
    let open = r.tasks.iter().position(|t| !t.status.is_closed()).unwrap();
    r.tasks[open].effort = None;
    let m = Metrics::compute(&r);
    let f = forecast(&r, day("2026-11-23"));
    let header = sections::header(&r, &m, &f, &no_pace(&r));
    assert!(
        header.contains("<dt>At pace</dt><dd>no pace: the file is not in a git repository"),
        "{header}"
    );
    assert!(
        header.contains("(1 open task unestimated: given no time, so the dates are too early)"),
        "{header}"
    );
    let timeline = timeline::section(&r, &f);
    assert!(timeline.contains(&format!(
        "Unestimated (given no time, so the dates are too early): {}",
        r.tasks[open].id
    )));
}

#[test]
fn a_long_timeline_labels_about_a_dozen_months_at_most() {
    // One person, a few thousand hours: years of work.
    let mut r = example();
    for t in &mut r.tasks {
        if !t.status.is_closed() {
            t.effort = Some(roadmap::model::Effort::hours(400.0));
        }
    }
    let f = forecast(&r, day("2026-11-23"));
    let span = (f.end.unwrap().high - f.today).num_days();
    assert!(span > 2 * 365, "the span is long: {span} days");
    let html = timeline::section(&r, &f);
    let labels = html.matches("<line class=\"grid\"").count();
    assert!((6..=14).contains(&labels), "{labels} month labels");
}
