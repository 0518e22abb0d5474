//! From the two runs to what people read: each task's dates, the phases'
//! and levels' spans, the end, the critical path and what is at risk.

use super::plan::{IdMap, Plan, Run, NOBODY};
use super::{Dates, Forecast, LevelForecast, PhaseForecast, TaskForecast};
use crate::model::maturity::sorted_levels;
use crate::model::roadmap::Roadmap;
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// The day holding instant `t` (days from `today`).
fn day(today: NaiveDate, t: f64) -> NaiveDate {
    today
        .checked_add_days(Days::new(t.max(0.0) as u64))
        .unwrap_or(NaiveDate::MAX)
}

/// The last day worked on a task running from `start` to `finish`: the day
/// before a finish on a day's first instant, unless it took no time.
fn last_day(today: NaiveDate, start: f64, finish: f64) -> NaiveDate {
    if finish > start && finish.fract() == 0.0 {
        day(today, finish - 1.0)
    } else {
        day(today, finish)
    }
}

pub(super) fn summarise(
    r: &Roadmap,
    today: NaiveDate,
    plan: &Plan<'_>,
    low: &Run,
    high: &Run,
) -> Forecast {
    let mut tasks = Vec::new();
    let mut unestimated = Vec::new();
    let mut unscheduled = Vec::new();
    let mut at: Vec<Option<usize>> = vec![None; r.tasks.len()];
    for (i, t) in r.tasks.iter().enumerate() {
        if !plan.open[i] {
            continue;
        }
        if t.effort.is_none() {
            unestimated.push(t.id.clone());
        }
        if low.who[i] == NOBODY || high.who[i] == NOBODY {
            unscheduled.push(t.id.clone());
            continue;
        }
        let finish = Dates {
            low: last_day(today, low.start[i], low.finish[i]),
            high: last_day(today, high.start[i], high.finish[i]),
        };
        at[i] = Some(tasks.len());
        tasks.push(TaskForecast {
            id: t.id.clone(),
            index: i,
            person: low.who[i],
            start: Dates {
                low: day(today, low.start[i]),
                high: day(today, high.start[i]),
            },
            finish,
            critical: false,
            at_risk: t.due.is_some_and(|due| finish.high > due),
            estimated: t.effort.is_some(),
        });
    }

    // The critical path: back from the task finishing last in the high run.
    let last = tasks
        .iter()
        .map(|f| f.index)
        .fold(None, |best: Option<usize>, i| match best {
            Some(b) if high.finish[b] >= high.finish[i] => Some(b),
            _ => Some(i),
        });
    let mut critical_path = Vec::new();
    let mut next = last;
    while let Some(i) = next {
        let Some(k) = at[i] else { break };
        if tasks[k].critical {
            break; // a loop in `held_by` cannot happen; never spin if it did
        }
        tasks[k].critical = true;
        critical_path.push(tasks[k].id.clone());
        next = high.held_by[i];
    }
    critical_path.reverse();

    let end = span(tasks.iter().map(|t| (t.start, t.finish))).map(|(_, f)| f);
    let phases = phases(r, &tasks);
    let levels = levels(r, plan, &tasks, &at);
    let mut at_risk: Vec<String> = tasks
        .iter()
        .filter(|t| t.at_risk)
        .map(|t| t.id.clone())
        .collect();
    at_risk.extend(phases.iter().filter(|p| p.at_risk).map(|p| p.id.clone()));
    Forecast {
        today,
        assumed_team: plan.assumed_team,
        people: plan
            .workers
            .iter()
            .map(|w| {
                (
                    w.name.clone(),
                    w.daily * w.weekdays.iter().filter(|d| **d).count() as f64,
                )
            })
            .collect(),
        tasks,
        phases,
        levels,
        end,
        critical_path,
        at_risk,
        unestimated,
        unscheduled,
    }
}

/// The earliest starts and latest finishes of some tasks, low and high.
fn span(items: impl Iterator<Item = (Dates, Dates)>) -> Option<(Dates, Dates)> {
    items.fold(None, |acc, (s, f)| {
        Some(match acc {
            None => (s, f),
            Some((a, b)) => (
                Dates {
                    low: a.low.min(s.low),
                    high: a.high.min(s.high),
                },
                Dates {
                    low: b.low.max(f.low),
                    high: b.high.max(f.high),
                },
            ),
        })
    })
}

fn phases(r: &Roadmap, tasks: &[TaskForecast]) -> Vec<PhaseForecast> {
    let mut of_phase: IdMap<'_, Vec<&TaskForecast>> = IdMap::default();
    for t in tasks {
        of_phase
            .entry(r.tasks[t.index].phase.as_str())
            .or_default()
            .push(t);
    }
    r.phases
        .iter()
        .map(|p| {
            let own = of_phase
                .get(p.id.as_str())
                .map_or(&[][..], |v| v.as_slice());
            let spanned = span(own.iter().map(|t| (t.start, t.finish)));
            let finish = spanned.map(|(_, f)| f);
            PhaseForecast {
                id: p.id.clone(),
                name: p.name.clone(),
                open: own.len(),
                start: spanned.map(|(s, _)| s),
                finish,
                end: p.end,
                at_risk: matches!((finish, p.end), (Some(f), Some(end)) if f.high > end),
            }
        })
        .collect()
}

fn levels(
    r: &Roadmap,
    plan: &Plan<'_>,
    tasks: &[TaskForecast],
    at: &[Option<usize>],
) -> Vec<LevelForecast> {
    let Some(maturity) = &r.maturity else {
        return Vec::new();
    };
    let position = &plan.position;
    let mut tagged: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, t) in r.tasks.iter().enumerate() {
        if let Some(level) = t.level {
            tagged.entry(level).or_default().push(i);
        }
    }
    // Climbed in order: a level's date is the latest of its own and the
    // levels below it.
    let (mut open, mut finish): (usize, Option<Dates>) = (0, None);
    let mut counted = vec![false; r.tasks.len()];
    let mut out = Vec::new();
    for level in sorted_levels(maturity) {
        let gates = level
            .requires
            .iter()
            .filter_map(|id| position.get(id.as_str()));
        let own = tagged.get(&level.level).into_iter().flatten().chain(gates);
        for &i in own {
            let Some(k) = at[i] else { continue };
            if std::mem::replace(&mut counted[i], true) {
                continue;
            }
            open += 1;
            let f = tasks[k].finish;
            finish = Some(match finish {
                None => f,
                Some(g) => Dates {
                    low: g.low.max(f.low),
                    high: g.high.max(f.high),
                },
            });
        }
        out.push(LevelForecast {
            level: level.level,
            name: level.name.clone(),
            open,
            finish,
        });
    }
    out
}
