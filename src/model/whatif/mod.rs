//! What-if (`roadmap plan`, the planner's scenario key): which open tasks to
//! do next. Three scenarios, side by side:
//! - the path to a level of least effort, and of least money: every open
//!   task the ladder up to the level needs (tagged with a level at or below
//!   it, or named by a `requires`), what those need (`depends_on`), and, if
//!   a `min_score` is not met by then, the cheapest tasks that raise the
//!   score enough;
//! - the most maturity for a budget: the tasks that raise the score most
//!   within the hours (a `by` date becomes the hours the people can work
//!   until then, checked against the forecast), one-time and monthly money.
//!
//! Effort is each estimate's high end; money the high end of `cost_once`
//! and `cost_monthly` (absent: nothing); "least money" is one-time plus
//! twelve months. A task with no estimate is never counted as free: it
//! enters the least-effort path or a budget with hours only when the level
//! itself needs it, and is named in `unestimated`. Answers are exact up to
//! a work budget (`search`), past which they carry `exact: false` and a gap.
//! Pure: "today" is passed in. The method is written up in docs/PLANNING.md.

mod mark;
mod problem;
mod search;

#[cfg(test)]
mod tests;

pub use mark::{mark_next, NEXT};
pub use problem::{Item, Prepared};
pub use search::{least_cost, most_gain, Cost, Found, Limits, ALWAYS_EXACT, WORK_BUDGET};

use super::roadmap::{Roadmap, Scale};
use super::schedule;
use super::Status;
use chrono::NaiveDate;

/// What the user asks: limits for the budget scenario, a level to reach.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ask {
    pub hours: Option<f64>,
    pub by: Option<NaiveDate>,
    pub once: Option<f64>,
    pub monthly: Option<f64>,
    /// The level to reach; the next one when not given.
    pub level: Option<u32>,
}

/// The three scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    LeastEffort,
    LeastMoney,
    MostMaturity,
}

impl Kind {
    /// The key in JSON and the column's name.
    pub fn key(self) -> &'static str {
        match self {
            Kind::LeastEffort => "least_effort",
            Kind::LeastMoney => "least_money",
            Kind::MostMaturity => "most_maturity",
        }
    }

    pub fn title(self, target: u32) -> String {
        match self {
            Kind::LeastEffort => format!("Level {target}, least effort"),
            Kind::LeastMoney => format!("Level {target}, least money"),
            Kind::MostMaturity => "Best for the budget".into(),
        }
    }
}

/// One scenario's set of tasks and what it comes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    /// Positions in `roadmap.tasks`, ascending.
    pub tasks: Vec<usize>,
    /// Hours at the estimates' high end; the `unestimated` tasks add to it.
    pub hours: f64,
    pub unestimated: Vec<usize>,
    pub once: f64,
    pub monthly: f64,
    /// Score and level with these tasks done, from `model::maturity`.
    pub score: f64,
    pub level: Option<(u32, String)>,
    /// When the forecast has them done (high end), with only these open;
    /// none when the set is empty.
    pub finish: Option<NaiveDate>,
    /// Proven best; otherwise `gap` says how far it may be from the best.
    pub exact: bool,
    pub gap: f64,
    /// What the reader should know: a budget exceeded, a deadline re-plan.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub kind: Kind,
    /// The set, or why the level cannot be reached.
    pub answer: Result<Pick, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    pub scale: Scale,
    /// The level aimed at: asked, else the next, else the top.
    pub target: u32,
    pub score_now: f64,
    pub level_now: Option<(u32, String)>,
    /// Hours the people can give until `by`, when asked.
    pub capacity: Option<f64>,
    /// The hours limit the budget scenario used: `--hours`, capped by the
    /// capacity until `--by`.
    pub hours_limit: Option<f64>,
    pub scenarios: Vec<Scenario>,
}

/// Why a question has no answer at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AskError {
    #[error("the file has no [maturity] levels: there is no level or score to plan for")]
    NoMaturity,
    #[error("there is no Level {asked}: the file's levels are {known}")]
    NoSuchLevel { asked: u32, known: String },
}

/// The scenarios for `roadmap` from `today`.
pub fn plan(roadmap: &Roadmap, ask: &Ask, today: NaiveDate) -> Result<WhatIf, AskError> {
    let p = Prepared::new(roadmap);
    let (Some(m), Some(now)) = (p.maturity, p.now.as_ref()) else {
        return Err(AskError::NoMaturity);
    };
    if m.levels.is_empty() {
        return Err(AskError::NoMaturity);
    }
    let target = match ask.level {
        Some(n) if m.levels.iter().any(|l| l.level == n) => n,
        Some(n) => {
            let mut known: Vec<u32> = m.levels.iter().map(|l| l.level).collect();
            known.sort_unstable();
            known.dedup();
            let known: Vec<String> = known.iter().map(u32::to_string).collect();
            return Err(AskError::NoSuchLevel {
                asked: n,
                known: known.join(", "),
            });
        }
        None => now
            .levels
            .iter()
            .find(|l| !l.reached)
            .or(now.levels.last())
            .map_or(0, |l| l.level),
    };
    let capacity = ask.by.map(|by| schedule::hours_until(roadmap, today, by));
    let hours_limit = match (ask.hours, capacity) {
        (Some(h), Some(c)) => Some(h.min(c)),
        (h, c) => h.or(c),
    };
    let mut scenarios = vec![
        path(&p, target, Cost::Hours, ask, today),
        path(&p, target, Cost::Money, ask, today),
    ];
    scenarios.push(Scenario {
        kind: Kind::MostMaturity,
        answer: Ok(budget(&p, ask, hours_limit, today)),
    });
    Ok(WhatIf {
        scale: m.scale,
        target,
        score_now: now.score,
        level_now: now.level.clone(),
        capacity,
        hours_limit,
        scenarios,
    })
}

/// Whether the status has reached `target`.
fn reached(status: &super::maturity::MaturityStatus, target: u32) -> bool {
    status.levels.iter().any(|l| l.level == target && l.reached)
}

/// The path to `target` of least `cost`.
fn path(p: &Prepared, target: u32, cost: Cost, ask: &Ask, today: NaiveDate) -> Scenario {
    let kind = match cost {
        Cost::Hours => Kind::LeastEffort,
        Cost::Money => Kind::LeastMoney,
    };
    let all: Vec<usize> = (0..p.items.len()).collect();
    let everything = p.evaluate(&all).expect("a file with levels has a status");
    if !reached(&everything, target) {
        // Even with every open task done: a gate that no task can open.
        let why = everything
            .levels
            .iter()
            .find(|l| l.level <= target && !l.reached && !l.unmet_gates.is_empty())
            .map(|l| format!("Level {} {}: {}", l.level, l.name, l.unmet_gates.join("; ")))
            .unwrap_or_else(|| "a level below it cannot be reached".into());
        return Scenario {
            kind,
            answer: Err(format!(
                "Level {target} cannot be reached even with every open task done ({why})"
            )),
        };
    }
    let m = p.maturity.expect("checked by plan");
    let ladder: Vec<_> = m.levels.iter().filter(|l| l.level <= target).collect();
    let needed: Vec<usize> = ladder.iter().flat_map(|l| p.level_items(l.level)).collect();
    let given = p.closure(&needed);
    let min_score = ladder
        .iter()
        .filter_map(|l| l.min_score)
        .fold(f64::NEG_INFINITY, f64::max);
    let now = p.now.as_ref().expect("checked by plan").score;
    let need = min_score - now;
    // Least effort cannot weigh a task with no estimate: only the ladder's
    // own tasks may be unestimated.
    let eligible: Vec<bool> = p
        .items
        .iter()
        .map(|it| cost == Cost::Money || it.estimated)
        .collect();
    let found = least_cost(&p.items, &eligible, &given, need, cost);
    let answer = match found {
        Some(found) => Ok(pick(p, found, today, ask, target)),
        None => Err(format!(
            "Level {target} needs a score of {} and the tasks that can be weighed {} reach only {}",
            m.scale.format(min_score),
            if cost == Cost::Hours {
                "(estimated ones)"
            } else {
                "(all open ones)"
            },
            m.scale.format(
                now + p
                    .items
                    .iter()
                    .zip(&eligible)
                    .filter(|(_, &e)| e)
                    .map(|(i, _)| i.gain)
                    .sum::<f64>()
            )
        )),
    };
    Scenario { kind, answer }
}

/// The most maturity within the budget; with a date, re-planned on a
/// smaller hours limit until the forecast finishes by then.
fn budget(p: &Prepared, ask: &Ask, hours: Option<f64>, today: NaiveDate) -> Pick {
    let mut limits = Limits {
        hours,
        once: ask.once,
        monthly: ask.monthly,
    };
    // With an hours limit a task with no estimate cannot be shown to fit.
    let eligible: Vec<bool> = p
        .items
        .iter()
        .map(|it| limits.hours.is_none() || it.estimated)
        .collect();
    let mut replans = 0;
    loop {
        let found = most_gain(&p.items, &eligible, &limits);
        let mut result = pick(p, found, today, ask, 0);
        let late = ask.by.zip(result.finish).is_some_and(|(by, f)| f > by);
        if !late || replans >= 16 || result.tasks.is_empty() {
            if replans > 0 {
                result.exact = false;
                result.notes.push(format!(
                    "re-planned {replans} time(s) on fewer hours so the forecast finishes by the date (dependencies and one task at a time make the calendar slower than the hours alone)"
                ));
            }
            if late {
                result
                    .notes
                    .push("the forecast still finishes after the date".into());
            }
            return result;
        }
        replans += 1;
        // A tenth fewer hours a round: gentle enough to keep tasks that run
        // side by side, and 16 rounds reach a fifth of the first answer.
        let smaller = result.hours * 0.9;
        limits.hours = Some(smaller.max(0.0));
    }
}

/// A search's set measured: sums, the status from `model::maturity`, the
/// forecast finish, and notes on the budget it passes (`target` > 0: a
/// path scenario, whose budget is only reported).
fn pick(p: &Prepared, found: Found, today: NaiveDate, ask: &Ask, target: u32) -> Pick {
    let status = p
        .evaluate(&found.set)
        .expect("a file with levels has a status");
    let items: Vec<&Item> = found.set.iter().map(|&it| &p.items[it]).collect();
    let mut notes = Vec::new();
    let hours: f64 = items.iter().map(|i| i.hours).sum();
    let once: f64 = items.iter().map(|i| i.once).sum();
    let monthly: f64 = items.iter().map(|i| i.monthly).sum();
    if target > 0 {
        for (what, used, limit) in [
            ("hours", hours, ask.hours),
            ("one-time money", once, ask.once),
            ("monthly money", monthly, ask.monthly),
        ] {
            if limit.is_some_and(|l| used > l + search::EPS) {
                notes.push(format!("over the {what} budget"));
            }
        }
    }
    let tasks: Vec<usize> = items.iter().map(|i| i.index).collect();
    let finish = finish(p.roadmap, &tasks, today);
    if let (Some(by), Some(f)) = (ask.by, finish) {
        if target > 0 && f > by {
            notes.push("finishes after the date".into());
        }
    }
    Pick {
        unestimated: items
            .iter()
            .filter(|i| !i.estimated)
            .map(|i| i.index)
            .collect(),
        tasks,
        hours,
        once,
        monthly,
        score: status.score,
        level: status.level.clone(),
        finish,
        exact: found.exact,
        gap: found.gap,
        notes,
    }
}

/// The forecast's high finish with only `tasks` open: the others are set
/// aside as skipped so they neither take time nor hold anything back.
pub fn finish(roadmap: &Roadmap, tasks: &[usize], today: NaiveDate) -> Option<NaiveDate> {
    if tasks.is_empty() {
        return None;
    }
    let mut r = roadmap.clone();
    let mut keep = vec![false; r.tasks.len()];
    tasks.iter().for_each(|&i| keep[i] = true);
    for (t, keep) in r.tasks.iter_mut().zip(keep) {
        if !keep && !t.status.is_closed() {
            t.status = Status::Skipped;
        }
    }
    schedule::forecast(&r, today).end.map(|d| d.high)
}
