//! The hand-curated roadmaps in `roadmaps/`: every one loads with no error and
//! no warning, and each holds what its seed report states. The expected
//! numbers below are read from the reports in `seeds/` (quoted beside them),
//! never from the files under test, so a curation slip fails here.

#[path = "support/diff.rs"]
mod diff;

use diff::changed_lines;
use roadmap::model::metrics::Metrics;
use roadmap::model::roadmap::slugify;
use roadmap::model::validate::validate;
use roadmap::model::{Finding, Priority, Range, Roadmap, Scale, Status};
use std::path::{Path, PathBuf};

fn roadmaps_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps")
}

/// Loads `roadmaps/<name>` and insists on a clean load: no error, no warning.
fn load(name: &str) -> Roadmap {
    let path = roadmaps_dir().join(name);
    match roadmap::store::load(&path) {
        Ok(loaded) => {
            let warnings: Vec<String> = loaded.warnings.iter().map(|w| w.to_string()).collect();
            assert!(
                warnings.is_empty(),
                "{name} loads with warnings:\n{}",
                warnings.join("\n")
            );
            std::sync::Arc::unwrap_or_clone(loaded.roadmap)
        }
        Err(e) => panic!("{name} does not load:\n{e}"),
    }
}

fn count(r: &Roadmap, priority: Priority) -> usize {
    r.tasks.iter().filter(|t| t.priority == priority).count()
}

fn task<'a>(r: &'a Roadmap, id: &str) -> &'a roadmap::model::Task {
    r.task(id).unwrap_or_else(|| panic!("no task `{id}`"))
}

fn finding<'a>(r: &'a Roadmap, id: &str) -> &'a Finding {
    r.finding(id).unwrap_or_else(|| panic!("no finding `{id}`"))
}

fn hours(r: &Roadmap, id: &str) -> Range {
    let effort = task(r, id)
        .effort
        .unwrap_or_else(|| panic!("`{id}` has no effort"));
    effort.in_hours(&r.calendar())
}

fn monthly(r: &Roadmap, id: &str) -> Range {
    task(r, id)
        .cost_monthly
        .unwrap_or_else(|| panic!("`{id}` has no monthly cost"))
        .0
}

/// (score, target, max) of a finding.
fn scored(r: &Roadmap, id: &str) -> (Option<f64>, Option<f64>, Option<f64>) {
    let f = finding(r, id);
    (f.score, f.target, f.max)
}

fn windows(r: &Roadmap) -> Vec<&str> {
    r.phases
        .iter()
        .map(|p| p.window.as_deref().unwrap_or(""))
        .collect()
}

fn level_scores(r: &Roadmap) -> Vec<(u32, String, f64)> {
    let m = r.maturity.as_ref().expect("a maturity model");
    m.levels
        .iter()
        .map(|l| (l.level, l.name.clone(), l.score))
        .collect()
}

fn mark_done(r: &mut Roadmap, pick: impl Fn(&roadmap::model::Task) -> bool) {
    for t in r.tasks.iter_mut().filter(|t| pick(t)) {
        t.status = Status::Done;
    }
}

#[test]
fn every_roadmap_loads_without_errors_or_warnings() {
    let mut names: Vec<String> = std::fs::read_dir(roadmaps_dir())
        .expect("the roadmaps/ directory")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    for expected in [
        "americano.toml",
        "editaliza.toml",
        "example.toml",
        "fixia.toml",
        "jewelshot.toml",
        "phase5-node-app.toml",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "roadmaps/{expected} is missing"
        );
    }
    for name in &names {
        let r = load(name);
        let problems: Vec<String> = validate(&r).iter().map(|p| p.to_string()).collect();
        assert!(problems.is_empty(), "{name}: {}", problems.join("\n"));
        assert!(!r.tasks.is_empty(), "{name} has no tasks");
        // Metrics must run on every file; a task per phase keeps groups non-empty.
        let m = Metrics::compute(&r);
        assert_eq!(m.overall.tasks_total, r.tasks.len(), "{name}");
        for p in &r.phases {
            assert!(
                r.tasks.iter().any(|t| t.phase == p.id),
                "{name}: phase `{}` is empty",
                p.id
            );
        }
    }
}

#[test]
fn each_seed_roadmap_names_its_report() {
    for (name, seed) in [
        ("fixia.toml", "seeds/000_30afc8abca608966.txt"),
        ("phase5-node-app.toml", "seeds/001_a6021d9321ee46a4.txt"),
        ("americano.toml", "seeds/002_612dad5df449939a.txt"),
        ("jewelshot.toml", "seeds/003_7e6f2a4eaf64617c.txt"),
        ("editaliza.toml", "seeds/004_08f6a8f1c0b15120.txt"),
    ] {
        assert_eq!(load(name).project.source.as_deref(), Some(seed), "{name}");
    }
}

#[test]
fn curated_text_carries_no_mojibake() {
    // UTF-8 read as Windows-1252 or Mac Roman leaves these behind.
    let marks = ["â", "œ", "Ã", "‚", "ú", "ü", "Ô", "Ï"];
    for name in ["phase5-node-app.toml", "jewelshot.toml", "editaliza.toml"] {
        let r = load(name);
        let texts = r
            .tasks
            .iter()
            .flat_map(|t| [Some(&t.title), t.notes.as_ref()]);
        let texts = texts.chain(
            r.findings
                .iter()
                .flat_map(|f| [Some(&f.title), f.detail.as_ref()]),
        );
        for text in texts.flatten() {
            if let Some(m) = marks.iter().find(|m| text.contains(*m)) {
                panic!("{name}: `{m}` in {text:?}");
            }
        }
    }
}

#[test]
fn fixia_has_the_scorecard_and_four_recommendations() {
    let r = load("fixia.toml");
    // "IMMEDIATE ENHANCEMENTS (Week 1-2)", "MEDIUM-TERM IMPROVEMENTS (Month 2-3)"
    assert_eq!(windows(&r), ["Week 1-2", "Month 2-3"]);
    assert_eq!(r.tasks.len(), 4);
    assert_eq!(
        (count(&r, Priority::High), count(&r, Priority::Medium)),
        (2, 2)
    );
    // Effort: 3 days, 2 days, 2 weeks, 1 week; cost: $50, none, $200, $100 a month.
    let expected = [
        ("enhanced-monitoring", "immediate", 24.0, 50.0),
        ("database-optimization", "immediate", 16.0, 0.0),
        ("multi-region-deployment", "medium-term", 80.0, 200.0),
        ("advanced-security", "medium-term", 40.0, 100.0),
    ];
    for (id, phase, h, cost) in expected {
        assert_eq!(task(&r, id).phase, phase);
        assert_eq!(hours(&r, id), Range::point(h), "{id}");
        assert_eq!(monthly(&r, id), Range::point(cost), "{id}");
    }
    // The readiness matrix: eight categories scored /100, averaging 88.
    let scores = [95.0, 90.0, 85.0, 92.0, 88.0, 90.0, 85.0, 80.0];
    let scored: Vec<&Finding> = r.findings.iter().filter(|f| f.score.is_some()).collect();
    assert_eq!(scored.len(), 8);
    for (f, s) in scored.iter().zip(scores) {
        assert_eq!((f.score, f.max), (Some(s), Some(100.0)), "{}", f.id);
    }
    assert_eq!(scores.iter().sum::<f64>() / 8.0, 88.125);
    let m = r.maturity.as_ref().expect("maturity");
    assert_eq!(
        (m.baseline, m.scale, m.levels.len()),
        (8.8, Scale::OutOf(10.0), 0)
    );
}

#[test]
fn phase5_keeps_the_priority_matrix_and_the_cmmi_ladder() {
    let r = load("phase5-node-app.toml");
    assert_eq!(
        r.project.audit_date.map(|d| d.to_string()).as_deref(),
        Some("2025-08-27")
    );
    // HIGH (Week 1), MEDIUM (Weeks 2-4), LOW (Month 2+): four checkboxes each.
    assert_eq!(windows(&r), ["Week 1", "Weeks 2-4", "Month 2+"]);
    assert_eq!(r.tasks.len(), 12);
    for (priority, phase) in [
        (Priority::High, "immediate"),
        (Priority::Medium, "short-term"),
        (Priority::Low, "medium-term"),
    ] {
        let ids: Vec<&str> = r
            .tasks
            .iter()
            .filter(|t| t.priority == priority)
            .map(|t| t.phase.as_str())
            .collect();
        assert_eq!(ids, [phase; 4], "{priority:?}");
    }
    // Five categories /100, "Overall Infrastructure Score: 72/100".
    let categories = [
        ("deployment", 80.0),
        ("ci-cd-pipeline", 85.0),
        ("monitoring", 45.0),
        ("security", 60.0),
        ("database-ops", 90.0),
    ];
    for (id, score) in categories {
        assert_eq!(scored(&r, id), (Some(score), None, Some(100.0)), "{id}");
    }
    assert_eq!(categories.iter().map(|c| c.1).sum::<f64>() / 5.0, 72.0);
    assert_eq!(
        scored(&r, "technology-stack"),
        (Some(8.5), None, Some(10.0))
    );
    // "Infrastructure Maturity Level: 3/5 (Defined)", five named levels.
    let names: Vec<String> = level_scores(&r).into_iter().map(|l| l.1).collect();
    assert_eq!(
        names,
        [
            "Initial",
            "Managed",
            "Defined",
            "Quantitatively Managed",
            "Optimizing"
        ]
    );
    let m = r.maturity.as_ref().expect("maturity");
    assert_eq!((m.baseline, m.scale), (3.0, Scale::OutOf(5.0)));
    let status = Metrics::compute(&r).maturity.expect("maturity status");
    assert_eq!(status.level, Some((3, "Defined".to_string())));
    assert!(
        r.tasks
            .iter()
            .all(|t| t.effort.is_none() && t.cost_monthly.is_none()),
        "the report states no effort or cost"
    );
}

/// Section 10 of the Americano report: hours per task, by band.
const AMERICANO_HOURS: [(&str, Priority, f64); 16] = [
    ("ci-cd-pipeline", Priority::Critical, 16.0),
    ("sentry-error-tracking", Priority::Critical, 8.0),
    ("health-check-endpoints", Priority::Critical, 4.0),
    ("structured-logging", Priority::Critical, 12.0),
    ("basic-monitoring", Priority::Critical, 12.0),
    ("docker-deployment", Priority::High, 20.0),
    ("rate-limiting", Priority::High, 8.0),
    ("database-backups", Priority::High, 12.0),
    ("log-aggregation", Priority::High, 16.0),
    ("alerting-system", Priority::High, 12.0),
    ("distributed-tracing", Priority::Medium, 24.0),
    ("custom-dashboards", Priority::Medium, 16.0),
    ("auto-scaling", Priority::Medium, 20.0),
    ("canary-deployments", Priority::Medium, 20.0),
    ("chaos-engineering", Priority::Medium, 20.0),
    ("read-replicas", Priority::Medium, 16.0),
];

#[test]
fn americano_effort_per_priority_matches_section_10() {
    let r = load("americano.toml");
    for (id, priority, h) in AMERICANO_HOURS {
        assert_eq!(task(&r, id).priority, priority, "{id}");
        assert_eq!(hours(&r, id), Range::point(h), "{id}");
    }
    // Only section 10 gives hours; the checklist-only items carry none.
    assert_eq!(r.tasks.iter().filter(|t| t.effort.is_some()).count(), 16);
    let m = Metrics::compute(&r);
    // "CRITICAL ... 40-60 hours", "HIGH ... 60-80 hours", "MEDIUM ... 100-120 hours".
    for (priority, sum, (low, high)) in [
        (Priority::Critical, 52.0, (40.0, 60.0)),
        (Priority::High, 68.0, (60.0, 80.0)),
        (Priority::Medium, 116.0, (100.0, 120.0)),
    ] {
        let total = m.priority(priority).effort.total;
        assert_eq!(total, Range::point(sum), "{priority:?}");
        assert!(
            (low..=high).contains(&total.low),
            "{priority:?}: {sum}h outside {low}-{high}"
        );
    }
    assert_eq!(m.effort.total, Range::point(236.0));
}

#[test]
fn americano_holds_the_checklist_scores_and_compliance() {
    let r = load("americano.toml");
    assert_eq!(
        r.project.audit_date.map(|d| d.to_string()).as_deref(),
        Some("2025-10-17")
    );
    // Section 8: 24 checklist items, 16 of them the section 10 tasks.
    assert_eq!(r.tasks.len(), 24);
    assert_eq!(windows(&r), ["1-2 weeks", "2-4 weeks", "1-3 months"]);
    assert_eq!(task(&r, "secrets-management").priority, Priority::Critical);
    for id in [
        "cdn-configuration",
        "load-testing",
        "security-scanning",
        "performance-budget",
        "disaster-recovery",
    ] {
        assert_eq!(task(&r, id).priority, Priority::High, "{id}");
    }
    for id in ["a-b-testing", "api-gateway"] {
        assert_eq!(task(&r, id).priority, Priority::Medium, "{id}");
    }
    // "DevOps Score 3/10", "Infrastructure Score 4/10", per-area scores /10.
    assert_eq!(scored(&r, "devops-score"), (Some(3.0), None, Some(10.0)));
    assert_eq!(
        scored(&r, "infrastructure-score"),
        (Some(4.0), None, Some(10.0))
    );
    for (id, score) in [
        ("no-ci-cd-pipeline", 1.0),
        ("environment-secrets", 5.0),
        ("no-monitoring-stack", 2.0),
        ("database-migrations", 9.0),
        ("no-error-tracking", 3.0),
        ("scalability", 5.0),
        ("no-deployment-automation", 1.0),
    ] {
        assert_eq!(scored(&r, id), (Some(score), None, Some(10.0)), "{id}");
    }
    // Section 9: current % against the world-class targets.
    for (id, current, target) in [
        ("world-class-compliance", 35.0, 90.0),
        ("compliance-ci-cd", 10.0, 95.0),
        ("compliance-monitoring", 20.0, 95.0),
        ("compliance-error-tracking", 10.0, 95.0),
        ("compliance-deployment", 0.0, 90.0),
        ("compliance-observability", 15.0, 100.0),
        ("compliance-alerting", 0.0, 95.0),
        ("compliance-security", 50.0, 100.0),
        ("compliance-documentation", 60.0, 100.0),
    ] {
        assert_eq!(
            scored(&r, id),
            (Some(current), Some(target), Some(100.0)),
            "{id}"
        );
    }
    let m = r.maturity.as_ref().expect("maturity");
    assert_eq!((m.baseline, m.scale), (35.0, Scale::Percent));
    assert_eq!(level_scores(&r).last().map(|l| l.2), Some(90.0));
}

#[test]
fn jewelshot_has_the_32_matrix_tasks_and_four_levels() {
    let r = load("jewelshot.toml");
    assert_eq!(r.tasks.len(), 32);
    let counts = [
        Priority::Critical,
        Priority::High,
        Priority::Medium,
        Priority::Low,
    ]
    .map(|p| count(&r, p));
    assert_eq!(counts, [7, 8, 9, 8]);
    assert_eq!(
        windows(&r),
        ["This Week", "Next 2 Weeks", "Month 2", "Month 3+"]
    );
    for t in &r.tasks {
        assert_eq!(t.id, slugify(&t.title), "ids are the slugs of the titles");
    }
    // The matrix in its own order: items 1, 8, 16 and 25 open their bands.
    for (i, title) in [
        (0, "Deploy Worker to Railway/Render"),
        (7, "CI/CD Pipeline (GitHub Actions)"),
        (15, "Feature Flags (LaunchDarkly)"),
        (24, "Multi-Region Deployment"),
    ] {
        assert_eq!(r.tasks[i].title, title);
    }
    let expected = [
        (1, "Manual", 30.0),
        (2, "Basic Automation", 60.0),
        (3, "Production-Grade", 85.0),
        (4, "Enterprise-Grade", 98.0),
    ];
    let levels = level_scores(&r);
    assert_eq!(levels.len(), 4);
    for ((n, name, score), (en, ename, escore)) in levels.iter().zip(expected) {
        assert_eq!((*n, name.as_str(), *score), (en, ename, escore));
    }
    assert_eq!(r.maturity.as_ref().map(|m| m.baseline), Some(30.0));
    // "First 7 tasks (this week) will get you to Level 2 (60%)".
    let level2: Vec<&str> = r
        .tasks
        .iter()
        .filter(|t| t.level == Some(2))
        .map(|t| t.id.as_str())
        .collect();
    let critical: Vec<&str> = r
        .tasks
        .iter()
        .filter(|t| t.priority == Priority::Critical)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(level2, critical);
    assert!(r.tasks.iter().all(|t| matches!(t.level, Some(2..=4))));
    // Service inventory: Railway worker $50, Sentry $50, Pingdom $15 a month.
    assert_eq!(
        monthly(&r, "deploy-worker-to-railway-render"),
        Range::point(50.0)
    );
    assert_eq!(
        monthly(&r, "setup-error-tracking-sentry"),
        Range::point(50.0)
    );
    assert_eq!(
        monthly(&r, "configure-uptime-monitoring-pingdom-uptimerobot"),
        Range::point(15.0)
    );
}

#[test]
fn jewelshot_reaches_level_2_at_60_percent_when_the_first_seven_are_done() {
    let mut r = load("jewelshot.toml");
    let before = Metrics::compute(&r).maturity.expect("maturity");
    assert_eq!(
        (before.level.clone(), before.score),
        (Some((1, "Manual".into())), 30.0)
    );
    mark_done(&mut r, |t| t.priority == Priority::Critical);
    let after = Metrics::compute(&r).maturity.expect("maturity");
    assert_eq!(after.level, Some((2, "Basic Automation".into())));
    assert!((after.score - 60.0).abs() < 1e-9, "score {}", after.score);
    mark_done(&mut r, |_| true);
    let done = Metrics::compute(&r).maturity.expect("maturity");
    assert_eq!(done.level.map(|l| l.0), Some(4));
    assert!((done.score - 98.0).abs() < 1e-9);
}

#[test]
fn editaliza_has_four_phases_of_checkboxes_from_7_to_9() {
    let r = load("editaliza.toml");
    // Phase 1-4: weeks 1-4, 5-8, 9-12, 13-16; Critical, High, Medium, Low.
    assert_eq!(
        windows(&r),
        ["Weeks 1-4", "Weeks 5-8", "Weeks 9-12", "Weeks 13-16"]
    );
    let bands = [
        Priority::Critical,
        Priority::High,
        Priority::Medium,
        Priority::Low,
    ];
    assert_eq!(bands.map(|p| count(&r, p)), [15, 15, 15, 10]);
    for t in &r.tasks {
        let phase = r
            .phases
            .iter()
            .position(|p| p.id == t.phase)
            .expect("a phase");
        assert_eq!(
            t.priority, bands[phase],
            "`{}` has its phase's priority",
            t.id
        );
    }
    assert_eq!(
        task(&r, "migrate-from-sqlite-to-postgresql").title,
        "Migrate from SQLite to PostgreSQL"
    );
    // "Current State: 7/10", "Target State: 9/10".
    let m = r.maturity.as_ref().expect("maturity");
    assert_eq!((m.baseline, m.scale), (7.0, Scale::OutOf(10.0)));
    assert_eq!(level_scores(&r).last().map(|l| l.2), Some(9.0));
    // "Current Observability Maturity: 3/10"; "Coverage: 62% (target: 80%+)".
    assert_eq!(
        scored(&r, "observability-maturity"),
        (Some(3.0), None, Some(10.0))
    );
    assert_eq!(
        scored(&r, "test-coverage"),
        (Some(62.0), Some(80.0), Some(100.0))
    );
    // "Database (PostgreSQL): $100-200", inside the "$400-850/month" total.
    let db = monthly(&r, "migrate-from-sqlite-to-postgresql");
    assert_eq!(db, Range::new(100.0, 200.0));
    let all = Metrics::compute(&r).cost_monthly.total;
    assert!(
        all.low <= 400.0 && all.high <= 850.0,
        "monthly {all:?} exceeds the budget"
    );
}

#[test]
fn the_example_shows_every_status_a_gate_and_a_blocked_task() {
    let r = load("example.toml");
    assert!((12..=16).contains(&r.tasks.len()));
    assert_eq!(r.phases.len(), 3);
    for status in [Status::Todo, Status::Doing, Status::Done, Status::Skipped] {
        assert!(
            r.tasks.iter().any(|t| t.status == status),
            "no {status:?} task"
        );
    }
    for t in r.tasks.iter().filter(|t| t.status == Status::Done) {
        assert!(t.done_on.is_some(), "`{}` is done without done_on", t.id);
    }
    let levels = &r.maturity.as_ref().expect("maturity").levels;
    assert!((3..=4).contains(&levels.len()));
    assert_eq!(levels.iter().filter(|l| !l.requires.is_empty()).count(), 1);
    assert!(r
        .tasks
        .iter()
        .any(|t| t.effort.is_some_and(|e| e.amount.low < e.amount.high)));
    assert!(r
        .tasks
        .iter()
        .any(|t| t.cost_monthly.is_some_and(|c| c.0.low < c.0.high)));
    assert!(r
        .findings
        .iter()
        .any(|f| f.score.is_some() && f.target.is_some() && f.max.is_some()));
    let m = Metrics::compute(&r);
    assert!(!m.blocked.is_empty(), "a dependency should block something");
    let status = m.maturity.expect("maturity");
    // The header line quoted in docs/FORMAT.md's annotated example.
    assert_eq!(
        status.line(),
        "Level 1 Ad hoc 39 % → Level 2 Safe at 50 % (3 of 5 tasks)"
    );
    assert_eq!(
        status.level.map(|l| l.0),
        Some(1),
        "level 2 is under way, not reached"
    );
    assert!(
        status.score > 25.0 && status.score < 50.0,
        "score {}",
        status.score
    );
}

#[test]
fn checking_off_a_task_changes_its_status_line_and_adds_done_on() {
    // Saving after one check-off changes one line (plus done_on), for every seed.
    for name in [
        "example.toml",
        "fixia.toml",
        "phase5-node-app.toml",
        "americano.toml",
        "jewelshot.toml",
        "editaliza.toml",
    ] {
        let path = roadmaps_dir().join(name);
        let loaded = roadmap::store::load(&path).expect("loads");
        let mut r = (*loaded.roadmap).clone();
        let i = r
            .tasks
            .iter()
            .position(|t| t.status == Status::Todo)
            .expect("an open task");
        r.tasks[i].status = Status::Done;
        r.tasks[i].done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 2);
        let after = roadmap::store::render(&loaded, &r).expect("renders");
        let before = std::fs::read_to_string(&path).expect("reads");
        let (removed, added) = changed_lines(&before, &after);
        assert_eq!(removed, ["status = \"todo\""], "{name}");
        assert_eq!(
            added,
            ["status = \"done\"", "done_on = 2025-11-02"],
            "{name}"
        );
    }
}
