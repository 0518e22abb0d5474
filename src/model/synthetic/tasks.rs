//! The tasks of a generated roadmap: titles from the vocabulary, skewed
//! priorities, progress concentrated in early phases, mixed effort units,
//! occasional costs, and dependencies that only point backwards.

use super::rng::Rng;
use super::words;
use crate::model::{
    roadmap::{slugify, unique_id},
    Effort, EffortUnit, Finding, Money, Phase, Priority, Status, Task,
};
use chrono::Days;
use std::collections::HashSet;

pub fn generate(rng: &mut Rng, count: usize, phases: &[Phase], findings: &[Finding]) -> Vec<Task> {
    let mut taken: HashSet<String> = HashSet::with_capacity(count);
    let mut tasks: Vec<Task> = Vec::with_capacity(count);
    for i in 0..count {
        let phase_index = i * phases.len() / count.max(1);
        let phase = &phases[phase_index];
        let title = title(rng);
        let id = unique_id(&slugify(&title), |id| taken.contains(id));
        taken.insert(id.clone());
        let mut t = Task::new(id, phase.id.clone(), title);
        t.priority = priority(rng);
        // Early phases are further along: ~32 % done in the first, ~7 % in
        // the last, about a fifth overall.
        let progress = 32 - 25 * phase_index / phases.len().max(1);
        t.status = if rng.percent(progress) {
            Status::Done
        } else if rng.percent(8) {
            Status::Doing
        } else if rng.percent(4) {
            Status::Skipped
        } else {
            Status::Todo
        };
        if t.status == Status::Done {
            t.done_on = phase
                .start
                .and_then(|d| d.checked_add_days(Days::new(rng.below(14) as u64)));
        }
        t.effort = rng.percent(90).then(|| effort(rng));
        t.cost_once = rng.percent(15).then(|| money(rng, 50, 5_000));
        t.cost_monthly = rng.percent(10).then(|| money(rng, 5, 400));
        let finding = rng.percent(75).then(|| rng.pick(findings));
        t.category = match finding {
            Some(f) if rng.percent(85) => Some(f.category.clone()),
            _ => rng
                .percent(60)
                .then(|| (*rng.pick(words::CATEGORIES)).to_string()),
        };
        t.level = rng.percent(70).then(|| rng.between(1, 4) as u32);
        t.findings = finding.map(|f| f.id.clone()).into_iter().collect();
        if rng.percent(15) {
            let other = rng.pick(findings).id.clone();
            if !t.findings.contains(&other) {
                t.findings.push(other);
            }
        }
        t.depends_on = dependencies(rng, &tasks);
        t.owner = rng
            .percent(30)
            .then(|| (*rng.pick(words::OWNERS)).to_string());
        t.due = if rng.percent(10) { phase.end } else { None };
        t.notes = rng.percent(10).then(|| {
            let first = rng.pick(words::NOTES);
            if rng.percent(30) {
                format!("{first}\n{}", rng.pick(words::NOTES))
            } else {
                (*first).to_string()
            }
        });
        tasks.push(t);
    }
    tasks
}

fn title(rng: &mut Rng) -> String {
    let parts = [
        *rng.pick(words::VERBS),
        *rng.pick(words::ADJECTIVES),
        *rng.pick(words::OBJECTS),
        *rng.pick(words::QUALIFIERS),
    ];
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// P0 10 %, P1 30 %, P2 40 %, P3 20 %: audits flag few true emergencies.
fn priority(rng: &mut Rng) -> Priority {
    let roll = rng.below(100);
    let index = match roll {
        0..=9 => 0,
        10..=39 => 1,
        40..=79 => 2,
        _ => 3,
    };
    Priority::ALL[index.min(Priority::ALL.len() - 1)]
}

/// Mostly hours and days, some weeks, a few minutes and months; a third are ranges.
fn effort(rng: &mut Rng) -> Effort {
    let (unit, low) = match rng.below(100) {
        0..=4 => (EffortUnit::Minutes, 15 * rng.between(1, 4)),
        5..=46 => (EffortUnit::Hours, rng.between(1, 40)),
        47..=81 => (EffortUnit::Days, rng.between(1, 10)),
        82..=97 => (EffortUnit::Weeks, rng.between(1, 4)),
        _ => (EffortUnit::Months, rng.between(1, 3)),
    };
    let low = low as f64;
    let high = if rng.percent(33) {
        low + (low * 0.5).ceil()
    } else {
        low
    };
    // Half days read naturally in reports: `1.5d`.
    let half = unit == EffortUnit::Days && rng.percent(10);
    let shift = if half { 0.5 } else { 0.0 };
    Effort::new(low + shift, high + shift, unit)
}

/// Round amounts, a quarter of them ranges.
fn money(rng: &mut Rng, min: usize, max: usize) -> Money {
    let low = (rng.between(min, max) / 5 * 5).max(min) as f64;
    if rng.percent(25) {
        Money::range(low, low * 2.0)
    } else {
        Money::point(low)
    }
}

/// Up to three earlier tasks, mostly recent ones, never twice the same.
fn dependencies(rng: &mut Rng, earlier: &[Task]) -> Vec<String> {
    if earlier.is_empty() {
        return Vec::new();
    }
    let count = match rng.below(100) {
        0..=54 => 0,
        55..=84 => 1,
        85..=95 => 2,
        _ => 3,
    };
    let mut deps: Vec<String> = Vec::with_capacity(count);
    for _ in 0..count {
        let back = 1 + rng.below(earlier.len().min(200));
        let id = &earlier[earlier.len() - back].id;
        if !deps.contains(id) {
            deps.push(id.clone());
        }
    }
    deps
}
