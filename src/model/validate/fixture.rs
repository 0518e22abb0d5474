//! A small roadmap with no problems, which each test breaks in one way.

use crate::model::kinds::{FindingKind, Severity as FindingSeverity, Status};
use crate::model::roadmap::{Finding, Level, Maturity, Phase, Project, Roadmap, Scale, Task};
use chrono::NaiveDate;

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test dates are real dates")
}

fn level(level: u32, name: &str, score: f64) -> Level {
    Level {
        level,
        name: name.into(),
        score,
        description: None,
        requires: Vec::new(),
        min_score: None,
    }
}

fn finding(id: &str, title: &str) -> Finding {
    Finding {
        id: id.into(),
        category: "CI/CD".into(),
        kind: FindingKind::Gap,
        severity: FindingSeverity::High,
        title: title.into(),
        detail: None,
        score: Some(1.0),
        target: Some(9.0),
        max: Some(10.0),
    }
}

fn phase(id: &str, name: &str) -> Phase {
    Phase {
        id: id.into(),
        name: name.into(),
        window: None,
        start: None,
        end: None,
        description: None,
    }
}

/// Three levels, two findings, two phases, three tasks in a dependency chain.
pub(super) fn sample() -> Roadmap {
    let mut r = Roadmap::new(Project::new("Jewelshot"));
    let mut gated = level(2, "Basic Automation", 60.0);
    gated.requires = vec!["health-checks".into()];
    let mut top = level(3, "Observable", 85.0);
    top.min_score = Some(60.0);
    r.maturity = Some(Maturity {
        baseline: 30.0,
        scale: Scale::Percent,
        levels: vec![level(1, "Manual", 41.0), gated, top],
    });
    r.findings = vec![
        finding("ci-cd", "No CI pipeline"),
        finding("monitoring", "No monitoring"),
    ];
    let mut week = phase("week-1", "Critical fixes");
    week.start = Some(date(2025, 10, 20));
    week.end = Some(date(2025, 10, 24));
    r.phases = vec![week, phase("month-2", "Automation")];

    let mut health = Task::new("health-checks", "week-1", "Add health checks");
    health.level = Some(1);
    health.findings = vec!["monitoring".into()];
    let mut ci = Task::new("ci-pipeline", "week-1", "CI pipeline");
    ci.level = Some(2);
    ci.findings = vec!["ci-cd".into()];
    ci.depends_on = vec!["health-checks".into()];
    let mut deploy = Task::new("deploy-worker", "month-2", "Deploy worker");
    deploy.level = Some(2);
    deploy.depends_on = vec!["ci-pipeline".into()];
    deploy.status = Status::Done;
    deploy.done_on = Some(date(2025, 10, 22));
    r.tasks = vec![health, ci, deploy];
    r
}

/// A table case: break the sample with `edit`, expect exactly one problem.
pub(super) struct Case {
    pub name: &'static str,
    pub edit: fn(&mut Roadmap),
    pub gravity: super::Gravity,
    pub locus: super::Locus,
    pub field: &'static str,
    /// Fragments the message must contain (the offending value, mostly).
    pub message: &'static [&'static str],
    /// A fragment the help must contain (what to do).
    pub help: &'static str,
}

pub(super) fn run(cases: &[Case]) {
    for case in cases {
        let mut r = sample();
        (case.edit)(&mut r);
        let problems = super::validate(&r);
        assert_eq!(
            problems.len(),
            1,
            "{}: expected one problem, got {problems:#?}",
            case.name
        );
        let p = &problems[0];
        assert_eq!(p.gravity, case.gravity, "{}: {p:?}", case.name);
        assert_eq!(p.locus, case.locus, "{}: {p:?}", case.name);
        assert_eq!(p.field, Some(case.field), "{}: {p:?}", case.name);
        for fragment in case.message {
            assert!(
                p.message.contains(fragment),
                "{}: message {:?} lacks {fragment:?}",
                case.name,
                p.message
            );
        }
        let help = p.help.as_deref().unwrap_or_default();
        assert!(
            help.contains(case.help),
            "{}: help {help:?} lacks {:?}",
            case.name,
            case.help
        );
    }
}
