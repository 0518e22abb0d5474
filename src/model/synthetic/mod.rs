//! Synthetic roadmaps of any size, for scale tests, benchmarks and demos
//! (`roadmap gen`). The same `(tasks, seed)` always gives the same roadmap,
//! and so the same bytes through `store::to_toml`: figures in
//! docs/PERFORMANCE.md can be reproduced exactly.
//!
//! A generated roadmap is shaped like a real one merged from many audits:
//! about one phase per 500 tasks (at least 3), one finding per 50 tasks,
//! a 4-level maturity ladder whose upper levels require named tasks, about a
//! fifth of the tasks done (more in early phases), efforts in every unit,
//! costs with ranges, and dependencies only on earlier tasks, so there is
//! never a cycle. It validates without errors or warnings.

mod rng;
mod tasks;
mod words;

use crate::model::{
    Finding, FindingKind, Level, Maturity, Phase, Project, Roadmap, Scale, Severity,
};
use chrono::{Days, NaiveDate};
use rng::Rng;

/// The seed `roadmap gen` uses when none is given.
pub const DEFAULT_SEED: u64 = 42;

/// A roadmap of exactly `tasks` tasks generated from `seed`.
pub fn generate(tasks: usize, seed: u64) -> Roadmap {
    let mut rng = Rng::new(seed);
    let mut roadmap = Roadmap::new(project(tasks, seed));
    roadmap.findings = findings(&mut rng, (tasks / 50).clamp(8, 2_000));
    roadmap.phases = phases((tasks / 500).max(3), audit_date());
    roadmap.tasks = tasks::generate(&mut rng, tasks, &roadmap.phases, &roadmap.findings);
    roadmap.maturity = Some(maturity(&mut rng, &roadmap.tasks));
    roadmap
}

/// The fixed day every generated plan starts from: no clock in the model.
fn audit_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default()
}

fn project(tasks: usize, seed: u64) -> Project {
    let mut p = Project::new(format!("Generated roadmap ({tasks} tasks)"));
    p.summary = Some(format!(
        "A synthetic plan made by `roadmap gen --tasks {tasks} --seed {seed}` for tests and benchmarks."
    ));
    p.source = Some("roadmap gen".into());
    p.audit_date = Some(audit_date());
    p
}

fn findings(rng: &mut Rng, count: usize) -> Vec<Finding> {
    (0..count)
        .map(|i| {
            let topic = rng.pick(words::FINDING_TOPICS);
            let score = rng.below(7) as f64;
            Finding {
                id: format!("f-{:04}", i + 1),
                category: (*rng.pick(words::CATEGORIES)).to_string(),
                kind: *rng.pick(FindingKind::ALL),
                severity: *rng.pick(Severity::ALL),
                title: format!("{topic} ({})", i + 1),
                detail: rng
                    .percent(40)
                    .then(|| format!("Seen during the audit: {}.", topic.to_lowercase())),
                score: Some(score),
                target: Some((score + rng.between(1, 4) as f64).min(10.0)),
                max: Some(10.0),
            }
        })
        .collect()
}

/// Two-week phases, back to back from `start`.
fn phases(count: usize, start: NaiveDate) -> Vec<Phase> {
    (0..count)
        .map(|i| {
            let first = start.checked_add_days(Days::new(14 * i as u64));
            Phase {
                id: format!("phase-{:03}", i + 1),
                name: format!(
                    "{} {}",
                    words::PHASE_THEMES[i % words::PHASE_THEMES.len()],
                    i / words::PHASE_THEMES.len() + 1
                ),
                window: Some(format!("Weeks {}-{}", 2 * i + 1, 2 * i + 2)),
                start: first,
                end: first.and_then(|d| d.checked_add_days(Days::new(13))),
                description: (i % 3 == 0).then(|| "Milestone review at the end.".to_string()),
            }
        })
        .collect()
}

/// Four levels, each gated on a few tasks tagged with that level (any task
/// when none is).
fn maturity(rng: &mut Rng, tasks: &[crate::model::Task]) -> Maturity {
    let levels = words::LEVELS
        .iter()
        .enumerate()
        .map(|(i, (name, description))| {
            let level = i as u32 + 1;
            let tagged: Vec<&str> = tasks
                .iter()
                .filter(|t| t.level == Some(level))
                .map(|t| t.id.as_str())
                .collect();
            let mut requires: Vec<String> = Vec::new();
            for _ in 0..i.min(tagged.len()) {
                let id = rng.pick(&tagged).to_string();
                if !requires.contains(&id) {
                    requires.push(id);
                }
            }
            Level {
                level,
                name: (*name).to_string(),
                score: 25.0 + 20.0 * i as f64,
                description: Some((*description).to_string()),
                requires,
                min_score: None,
            }
        })
        .collect();
    Maturity {
        baseline: 20.0,
        scale: Scale::Percent,
        levels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::validate;

    #[test]
    fn small_sizes_still_have_three_phases_and_a_ladder() {
        for n in [0, 1, 5] {
            let r = generate(n, 1);
            assert_eq!(r.tasks.len(), n);
            assert_eq!(r.phases.len(), 3);
            assert_eq!(r.maturity.as_ref().map(|m| m.levels.len()), Some(4));
            assert!(validate(&r).is_empty(), "{n} tasks: {:?}", validate(&r));
        }
    }

    #[test]
    fn phases_scale_with_the_task_count() {
        assert_eq!(generate(10_000, 1).phases.len(), 20);
    }
}
