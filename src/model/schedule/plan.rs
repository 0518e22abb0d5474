//! The scheduling itself: which tasks are open, in which order they are
//! taken, and one run booking them on the people's calendars.

use super::worker::Worker;
use crate::model::roadmap::Roadmap;
use crate::model::Status;
use chrono::NaiveDate;
use foldhash::fast::FixedState;
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap};

/// Maps keyed by the file's ids: foldhash with a fixed seed, as the
/// validator's index (fast on short keys, no clock in the model).
pub(crate) type IdMap<'a, V> = HashMap<&'a str, V, FixedState>;

/// Not placed: closed, or stuck in a dependency loop.
pub(crate) const NOBODY: usize = usize::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    Low,
    High,
}

/// What both runs share: the open tasks, their order keys, hours and
/// dependencies, and the people's calendars before anything is booked.
pub(crate) struct Plan<'a> {
    /// Each task's position by id (the first of repeated ids).
    pub position: IdMap<'a, usize>,
    pub workers: Vec<Worker>,
    pub assumed_team: bool,
    /// Per task: open (todo or doing).
    pub open: Vec<bool>,
    /// Per task: (phase rank, priority rank, position), the order taken.
    key: Vec<(u32, u8, u32)>,
    /// Per task: the hours of the low and the high end; 0 unestimated.
    hours: Vec<(f64, f64)>,
    /// Per task: the worker its owner names, if any.
    owner: Vec<Option<usize>>,
    /// Open dependencies of task `i`: `deps[dep_at[i]..dep_at[i + 1]]`.
    deps: Vec<usize>,
    dep_at: Vec<usize>,
    /// The tasks that depend on task `i`, laid out the same way.
    dependents: Vec<usize>,
    dependent_at: Vec<usize>,
}

/// One run's result, per task (indexed as `roadmap.tasks`).
pub(crate) struct Run {
    /// Days from the first day, with fractions.
    pub start: Vec<f64>,
    pub finish: Vec<f64>,
    /// The worker booked, [`NOBODY`] when not placed.
    pub who: Vec<usize>,
    /// The task whose finish held this one's start.
    pub held_by: Vec<Option<usize>>,
}

impl<'a> Plan<'a> {
    pub fn new(r: &'a Roadmap, today: NaiveDate) -> Plan<'a> {
        let cal = r.calendar();
        let assumed_team = r.people.is_empty();
        let workers: Vec<Worker> = if assumed_team {
            vec![Worker::new(
                "team",
                cal.hours_per_week(),
                cal.days_per_week,
                &[],
                today,
            )]
        } else {
            r.people
                .iter()
                .map(|p| {
                    let off = p.days_off();
                    Worker::new(&p.name, p.weekly_hours(), cal.days_per_week, &off, today)
                })
                .collect()
        };
        let by_name: IdMap<'_, usize> = if assumed_team {
            IdMap::default()
        } else {
            // The first of two people of one name (an error the file's
            // validation reports) takes their tasks.
            let mut map = IdMap::with_capacity_and_hasher(r.people.len(), FixedState::default());
            for (i, p) in r.people.iter().enumerate() {
                map.entry(p.name.as_str()).or_insert(i);
            }
            map
        };
        let phase_rank: IdMap<'_, u32> = r
            .phases
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i as u32))
            .collect();
        let n = r.tasks.len();
        let mut position = IdMap::with_capacity_and_hasher(n, FixedState::default());
        for (i, t) in r.tasks.iter().enumerate() {
            position.entry(t.id.as_str()).or_insert(i);
        }
        let open: Vec<bool> = r
            .tasks
            .iter()
            .map(|t| matches!(t.status, Status::Todo | Status::Doing))
            .collect();
        let mut plan = Plan {
            position: IdMap::default(),
            workers,
            assumed_team,
            key: Vec::with_capacity(n),
            hours: Vec::with_capacity(n),
            owner: Vec::with_capacity(n),
            deps: Vec::new(),
            dep_at: Vec::with_capacity(n + 1),
            dependents: Vec::new(),
            dependent_at: Vec::new(),
            open,
        };
        plan.dep_at.push(0);
        let mut count_dependents = vec![0usize; n];
        for (i, t) in r.tasks.iter().enumerate() {
            let phase = phase_rank.get(t.phase.as_str()).copied();
            plan.key
                .push((phase.unwrap_or(u32::MAX), t.priority as u8, i as u32));
            let range = t.effort.map(|e| e.in_hours(&cal));
            plan.hours
                .push(range.map_or((0.0, 0.0), |h| (h.low.max(0.0), h.high.max(0.0))));
            plan.owner
                .push(t.owner.as_deref().and_then(|o| by_name.get(o).copied()));
            if plan.open[i] {
                for d in &t.depends_on {
                    // Closed or unknown dependencies hold nothing back.
                    if let Some(&j) = position.get(d.as_str()) {
                        if plan.open[j] && j != i && !plan.deps[plan.dep_at[i]..].contains(&j) {
                            plan.deps.push(j);
                            count_dependents[j] += 1;
                        }
                    }
                }
            }
            plan.dep_at.push(plan.deps.len());
        }
        plan.position = position;
        plan.dependent_at = Vec::with_capacity(n + 1);
        plan.dependent_at.push(0);
        for c in &count_dependents {
            let last = *plan.dependent_at.last().unwrap_or(&0);
            plan.dependent_at.push(last + c);
        }
        let mut fill = plan.dependent_at.clone();
        plan.dependents = vec![0; plan.deps.len()];
        for i in 0..n {
            for &j in &plan.deps[plan.dep_at[i]..plan.dep_at[i + 1]] {
                plan.dependents[fill[j]] = i;
                fill[j] += 1;
            }
        }
        plan
    }

    pub fn deps(&self, i: usize) -> &[usize] {
        &self.deps[self.dep_at[i]..self.dep_at[i + 1]]
    }

    pub fn hours(&self, i: usize, end: End) -> f64 {
        match end {
            End::Low => self.hours[i].0,
            End::High => self.hours[i].1,
        }
    }

    /// Books every open task it can; `assigned` (a previous run's `who`)
    /// fixes who does each instead of choosing again.
    pub fn run(&self, end: End, assigned: Option<&[usize]>) -> Run {
        let n = self.open.len();
        let mut workers = self.workers.clone();
        let mut pool = Pool::new(&workers);
        let mut run = Run {
            start: vec![0.0; n],
            finish: vec![0.0; n],
            who: vec![NOBODY; n],
            held_by: vec![None; n],
        };
        let mut waiting: Vec<usize> = (0..n).map(|i| self.deps(i).len()).collect();
        let mut ready: BinaryHeap<Reverse<(u32, u8, u32)>> = (0..n)
            .filter(|&i| self.open[i] && waiting[i] == 0)
            .map(|i| Reverse(self.key[i]))
            .collect();
        while let Some(Reverse(key)) = ready.pop() {
            let i = key.2 as usize;
            // The latest dependency finish, the first of equals holding it.
            let mut after = 0.0;
            let mut dep_held = None;
            for &d in self.deps(i) {
                if run.finish[d] > after || dep_held.is_none() && run.finish[d] == after {
                    after = run.finish[d];
                    dep_held = Some(d);
                }
            }
            let hours = self.hours(i, end);
            let w = match (assigned, self.owner[i]) {
                (Some(who), _) if who[i] != NOBODY => who[i],
                (_, Some(owner)) => owner,
                _ => pool.earliest(&workers, after, hours),
            };
            let worker = &mut workers[w];
            let (start, finish) = worker.fit(after, hours);
            run.held_by[i] = if worker.at > after {
                worker.last
            } else if after > 0.0 {
                dep_held
            } else {
                None
            };
            run.start[i] = start;
            run.finish[i] = finish;
            run.who[i] = w;
            // A task of no time (unestimated) takes no turn.
            if hours > 0.0 {
                pool.moved(w, worker.at, finish);
                worker.at = finish;
                worker.last = Some(i);
            }
            for &next in &self.dependents[self.dependent_at[i]..self.dependent_at[i + 1]] {
                waiting[next] -= 1;
                if waiting[next] == 0 {
                    ready.push(Reverse(self.key[next]));
                }
            }
        }
        run
    }
}

/// The people ordered by how far they are booked, so the team pool's
/// choice looks at the few who could finish first instead of everyone: a
/// plan of 100,000 tasks and 256 people would otherwise try every person
/// for every task.
struct Pool {
    /// (booked-until as bits, worker): non-negative floats order as their bits.
    by_free: BTreeSet<(u64, usize)>,
    /// The most hours any person works in a day: no one can finish `h`
    /// hours sooner than `h / fastest` days after they start.
    fastest: f64,
}

impl Pool {
    fn new(workers: &[Worker]) -> Pool {
        Pool {
            by_free: workers
                .iter()
                .enumerate()
                .map(|(w, worker)| (worker.at.to_bits(), w))
                .collect(),
            fastest: workers.iter().map(|w| w.daily).fold(0.0, f64::max),
        }
    }

    fn moved(&mut self, w: usize, from: f64, to: f64) {
        self.by_free.remove(&(from.to_bits(), w));
        self.by_free.insert((to.to_bits(), w));
    }

    /// The worker who would finish `hours` of work ready at `after` first;
    /// among equals the one free soonest, then the first listed. People
    /// are tried in that order, and the search stops at the first whose
    /// earliest possible finish cannot beat the best found.
    fn earliest(&self, workers: &[Worker], after: f64, hours: f64) -> usize {
        let mut best: Option<(f64, usize)> = None;
        for &(bits, w) in &self.by_free {
            let start = f64::from_bits(bits).max(after);
            if let Some((finish, _)) = best {
                if self.fastest > 0.0 && start + hours / self.fastest >= finish {
                    break;
                }
            }
            let (_, finish) = workers[w].fit(after, hours);
            if best.is_none_or(|(b, _)| finish < b) {
                best = Some((finish, w));
            }
        }
        best.map_or(0, |(_, w)| w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::people::DayRange;
    use proptest::prelude::*;

    proptest! {
        /// The pool's pruned search finds the earliest finish trying every
        /// person would, and among equals the one free soonest.
        #[test]
        fn the_pool_finds_the_earliest_finish(
            people in prop::collection::vec((1u32..60, 0u32..40, prop::option::of((0i64..30, 0i64..10))), 1..12),
            after in 0u32..40,
            hours in 0u32..100,
        ) {
            let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
            let workers: Vec<Worker> = people
                .iter()
                .enumerate()
                .map(|(i, &(weekly, at, off))| {
                    let off: Vec<DayRange> = off
                        .map(|(a, len)| DayRange {
                            first: today + chrono::Days::new(a as u64),
                            last: today + chrono::Days::new((a + len) as u64),
                        })
                        .into_iter()
                        .collect();
                    let mut w = Worker::new(&format!("p{i}"), f64::from(weekly), 5.0, &off, today);
                    w.at = f64::from(at) / 2.0;
                    w
                })
                .collect();
            let pool = Pool::new(&workers);
            let (after, hours) = (f64::from(after) / 4.0, f64::from(hours) / 2.0);
            let chosen = pool.earliest(&workers, after, hours);
            let finish = |w: usize| workers[w].fit(after, hours).1;
            let best = (0..workers.len())
                .min_by(|&a, &b| {
                    finish(a)
                        .total_cmp(&finish(b))
                        .then(workers[a].at.total_cmp(&workers[b].at))
                        .then(a.cmp(&b))
                })
                .unwrap();
            prop_assert_eq!(chosen, best);
        }
    }
}
