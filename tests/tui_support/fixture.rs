//! A small Jewelshot-like roadmap built with the model types: four maturity
//! levels, scored findings, three phases, a dependency, costs and ranges.
//! Shared by the TUI's unit tests and integration tests.

use super::model::{
    Effort, Finding, FindingKind, Level, Maturity, Money, Phase, Priority, Project, Roadmap, Scale,
    Severity, Status, Task,
};

fn finding(
    id: &str,
    category: &str,
    kind: FindingKind,
    severity: Severity,
    title: &str,
    score: Option<(f64, f64, f64)>,
) -> Finding {
    Finding {
        id: id.into(),
        category: category.into(),
        kind,
        severity,
        title: title.into(),
        detail: None,
        score: score.map(|s| s.0),
        target: score.map(|s| s.1),
        max: score.map(|s| s.2),
    }
}

fn phase(id: &str, name: &str, window: &str) -> Phase {
    Phase {
        id: id.into(),
        name: name.into(),
        window: Some(window.into()),
        start: None,
        end: None,
        description: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn task(
    id: &str,
    phase: &str,
    title: &str,
    p: Priority,
    s: Status,
    effort: &str,
    level: u32,
    findings: &[&str],
) -> Task {
    let mut t = Task::new(id, phase, title);
    t.priority = p;
    t.status = s;
    t.effort = Effort::parse(effort).ok();
    t.level = Some(level);
    t.findings = findings.iter().map(|f| f.to_string()).collect();
    t
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

pub fn roadmap() -> Roadmap {
    use Priority::*;
    use Status::*;
    let mut project = Project::new("Jewelshot DevOps");
    project.source = Some("seeds/003_7e6f2a4eaf64617c.txt".into());
    let mut r = Roadmap::new(project);
    r.maturity = Some(Maturity {
        baseline: 30.0,
        scale: Scale::Percent,
        levels: vec![
            level(1, "Manual", 30.0),
            level(2, "Basic Automation", 60.0),
            level(3, "Advanced Automation", 85.0),
            level(4, "Self-Healing", 98.0),
        ],
    });
    r.findings = vec![
        finding(
            "no-ci",
            "CI/CD",
            FindingKind::Gap,
            Severity::Critical,
            "No CI/CD: manual deployments",
            Some((1.0, 9.0, 10.0)),
        ),
        finding(
            "no-monitoring",
            "Monitoring",
            FindingKind::Gap,
            Severity::High,
            "Blind to production issues",
            Some((2.0, 8.0, 10.0)),
        ),
        finding(
            "no-backups",
            "Database",
            FindingKind::Risk,
            Severity::Critical,
            "No automated backups",
            None,
        ),
        finding(
            "no-iac",
            "Infrastructure",
            FindingKind::Gap,
            Severity::Medium,
            "Infrastructure configured by hand",
            None,
        ),
        finding(
            "vercel",
            "Hosting",
            FindingKind::Strength,
            Severity::Info,
            "Basic Vercel setup works",
            None,
        ),
    ];
    r.phases = vec![
        phase("week-1", "Immediate actions", "This week"),
        phase("month-1", "Foundation", "Weeks 2-4"),
        phase("month-2", "Automation", "Month 2"),
    ];
    let mut tasks = vec![
        task(
            "deploy-worker",
            "week-1",
            "Deploy worker to Railway/Render",
            Critical,
            Done,
            "4h",
            2,
            &[],
        ),
        task(
            "db-backups",
            "week-1",
            "Setup automated database backups",
            Critical,
            Doing,
            "2h",
            2,
            &["no-backups"],
        ),
        task(
            "uptime",
            "week-1",
            "Configure uptime monitoring",
            High,
            Todo,
            "1h",
            2,
            &["no-monitoring"],
        ),
        task(
            "deploy-scripts",
            "week-1",
            "Add deployment scripts",
            High,
            Todo,
            "3h",
            2,
            &["no-ci"],
        ),
        task(
            "env-docs",
            "week-1",
            "Environment variable documentation",
            Medium,
            Todo,
            "2h",
            2,
            &[],
        ),
        task(
            "ci-pipeline",
            "month-1",
            "CI pipeline: lint, types, tests on every PR",
            Critical,
            Todo,
            "16-24h",
            2,
            &["no-ci"],
        ),
        task(
            "sentry",
            "month-1",
            "Error tracking with Sentry",
            High,
            Todo,
            "1d",
            3,
            &["no-monitoring"],
        ),
        task(
            "staging",
            "month-1",
            "Staging environment",
            Medium,
            Skipped,
            "2d",
            3,
            &[],
        ),
        task(
            "terraform",
            "month-2",
            "Infrastructure as code (Terraform)",
            Medium,
            Todo,
            "1-2w",
            3,
            &["no-iac"],
        ),
        task(
            "autoscale",
            "month-2",
            "Self-healing workers and autoscaling",
            Low,
            Todo,
            "2w",
            4,
            &[],
        ),
    ];
    tasks[0].done_on = chrono::NaiveDate::from_ymd_opt(2025, 10, 20);
    tasks[0].cost_monthly = Some(Money::point(5.0));
    tasks[1].cost_monthly = Some(Money::range(0.0, 25.0));
    tasks[2].cost_monthly = Some(Money::point(7.0));
    tasks[5].depends_on = vec!["deploy-scripts".into()];
    tasks[5].category = Some("CI/CD".into());
    tasks[5].notes = Some("GitHub Actions.\nCache node_modules between runs.".into());
    tasks[6].cost_monthly = Some(Money::point(26.0));
    tasks[8].cost_once = Some(Money::range(400.0, 850.0));
    tasks[8].depends_on = vec!["ci-pipeline".into()];
    tasks[9].cost_monthly = Some(Money::range(50.0, 120.0));
    r.tasks = tasks;
    r
}
