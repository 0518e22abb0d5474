//! Everything computed from a roadmap: progress by count and by effort,
//! effort and cost totals with ranges, breakdowns by phase, priority,
//! category and level, maturity, the category scorecard, unaddressed
//! findings and blocked tasks. Recomputed from scratch in one linear pass plus a few
//! small ones; the TUI calls it after every change.

use super::kinds::{Priority, Status};
use super::maturity::{self, MaturityStatus};
use super::range::Range;
use super::roadmap::{Roadmap, Task};
use super::scorecard::{self, ScoreLine};
use std::collections::HashMap;

mod dependents;
mod gather;
mod live;
#[cfg(test)]
mod live_tests;
pub use live::LiveMetrics;

/// Hash maps keyed by the file's own ids. foldhash with a fixed seed: about
/// twice as fast as SipHash on short ids, no clock read for a random seed, and
/// collision resistance buys nothing against the user's own file.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Counts and effort of a set of tasks. Skipped tasks count in `tasks_total`
/// and `tasks_skipped` but leave every percentage and effort total.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub tasks_total: usize,
    pub tasks_done: usize,
    pub tasks_doing: usize,
    pub tasks_skipped: usize,
    /// Tasks that count (not skipped) and carry an effort estimate: the
    /// effort sums cover these only.
    pub tasks_estimated: usize,
    /// Open tasks (todo or doing) without an estimate: work the effort
    /// left does not include.
    pub open_unestimated: usize,
    /// Hours of the tasks that count (not skipped).
    pub effort_total: Range,
    pub effort_done: Range,
}

impl Progress {
    /// Tasks that count toward completion: all but the skipped ones.
    pub fn tasks_counted(&self) -> usize {
        self.tasks_total - self.tasks_skipped
    }

    pub fn tasks_open(&self) -> usize {
        self.tasks_counted() - self.tasks_done
    }

    pub fn percent_by_count(&self) -> f64 {
        percent(self.tasks_done as f64, self.tasks_counted() as f64)
    }

    /// Done effort over total effort, by the middle of each range.
    pub fn percent_by_effort(&self) -> f64 {
        percent(self.effort_done.mid(), self.effort_total.mid())
    }

    /// [`Progress::percent_by_effort`], or `None` when no counted task is
    /// estimated (or the estimates add up to nothing): there is no effort
    /// to take a share of, which is not the same as none of it done.
    pub fn percent_by_effort_known(&self) -> Option<f64> {
        (self.tasks_estimated > 0 && self.effort_total.mid() > 0.0)
            .then(|| self.percent_by_effort())
    }

    /// Counted tasks without an estimate.
    pub fn tasks_unestimated(&self) -> usize {
        self.tasks_counted() - self.tasks_estimated
    }

    #[inline]
    fn add(&mut self, t: &TaskFigures) {
        self.tasks_total += 1;
        match t.status {
            Status::Skipped => {
                self.tasks_skipped += 1;
                return;
            }
            Status::Done => {
                self.tasks_done += 1;
                self.effort_done += t.hours;
            }
            Status::Doing => self.tasks_doing += 1,
            Status::Todo => {}
        }
        if t.estimated {
            self.tasks_estimated += 1;
        } else if t.status != Status::Done {
            self.open_unestimated += 1;
        }
        self.effort_total += t.hours;
    }

    /// Takes back an [`Progress::add`]. Sums that lose their last task are
    /// set to exactly zero, so float residue never shows as a percentage.
    fn remove(&mut self, t: &TaskFigures) {
        self.tasks_total -= 1;
        match t.status {
            Status::Skipped => {
                self.tasks_skipped -= 1;
                return;
            }
            Status::Done => {
                self.tasks_done -= 1;
                self.effort_done = self.effort_done - t.hours;
            }
            Status::Doing => self.tasks_doing -= 1,
            Status::Todo => {}
        }
        if t.estimated {
            self.tasks_estimated -= 1;
        } else if t.status != Status::Done {
            self.open_unestimated -= 1;
        }
        self.effort_total = self.effort_total - t.hours;
        if self.tasks_done == 0 {
            self.effort_done = Range::ZERO;
        }
        if self.tasks_counted() == 0 {
            self.effort_total = Range::ZERO;
        }
    }
}

fn percent(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        (part / whole * 100.0).clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// Total, done and remaining of one quantity (hours, one-time or monthly money).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub total: Range,
    pub done: Range,
    pub remaining: Range,
}

impl Figures {
    #[inline]
    fn add(&mut self, status: Status, amount: Range) {
        if status == Status::Skipped {
            return;
        }
        self.total += amount;
        if status == Status::Done {
            self.done += amount;
        } else {
            self.remaining += amount;
        }
    }

    /// Takes back an [`Figures::add`]; `done` and `open` are the tasks left
    /// on each side, to zero the sums that lost their last task.
    fn remove(&mut self, status: Status, amount: Range, done: usize, open: usize) {
        if status == Status::Skipped {
            return;
        }
        self.total = self.total - amount;
        if status == Status::Done {
            self.done = self.done - amount;
        } else {
            self.remaining = self.remaining - amount;
        }
        if done == 0 {
            self.done = Range::ZERO;
        }
        if open == 0 {
            self.remaining = Range::ZERO;
        }
        if done + open == 0 {
            self.total = Range::ZERO;
        }
    }
}

/// One row of a breakdown: a phase, a priority, a category or a level.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    pub key: String,
    pub label: String,
    pub progress: Progress,
    pub effort: Figures,
    pub cost_once: Figures,
    pub cost_monthly: Figures,
}

impl Group {
    pub(crate) fn new(key: impl Into<String>, label: impl Into<String>) -> Group {
        Group {
            key: key.into(),
            label: label.into(),
            ..Group::default()
        }
    }

    // Five calls per task in the pass over 100,000 tasks: inlined, they
    // stop showing in the profile as a call of their own.
    #[inline]
    pub(crate) fn add(&mut self, t: &TaskFigures) {
        self.progress.add(t);
        self.effort.add(t.status, t.hours);
        self.cost_once.add(t.status, t.once);
        self.cost_monthly.add(t.status, t.monthly);
    }

    /// Takes back an [`Group::add`] of the same figures.
    pub(crate) fn remove(&mut self, t: &TaskFigures) {
        self.progress.remove(t);
        let (done, open) = (self.progress.tasks_done, self.progress.tasks_open());
        self.effort.remove(t.status, t.hours, done, open);
        self.cost_once.remove(t.status, t.once, done, open);
        self.cost_monthly.remove(t.status, t.monthly, done, open);
    }
}

/// A task's numbers, converted once per computation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TaskFigures {
    pub status: Status,
    pub hours: Range,
    /// Whether the task carries an effort estimate (`hours` is zero if not).
    pub estimated: bool,
    pub once: Range,
    pub monthly: Range,
}

impl TaskFigures {
    pub(crate) fn of(task: &Task, cal: &super::effort::Calendar) -> TaskFigures {
        TaskFigures {
            status: task.status,
            hours: task.effort.map(|e| e.in_hours(cal)).unwrap_or_default(),
            estimated: task.effort.is_some(),
            once: task.cost_once.map(|m| m.0).unwrap_or_default(),
            monthly: task.cost_monthly.map(|m| m.0).unwrap_or_default(),
        }
    }
}

/// The label of tasks that name no category.
pub const NO_CATEGORY: &str = "uncategorised";

#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    pub overall: Progress,
    /// Hours.
    pub effort: Figures,
    pub cost_once: Figures,
    pub cost_monthly: Figures,
    /// In plan order; tasks naming an unknown phase get a group of their own at the end.
    pub by_phase: Vec<Group>,
    /// Always four groups, critical to low.
    pub by_priority: Vec<Group>,
    /// Sorted by label; tasks without a category under [`NO_CATEGORY`].
    pub by_category: Vec<Group>,
    /// One group per maturity level, then `untagged` if some tasks name no level.
    pub by_level: Vec<Group>,
    pub maturity: Option<MaturityStatus>,
    pub scorecard: Vec<ScoreLine>,
    /// Indices of gap and risk findings that no task addresses, or whose tasks are all skipped.
    pub unaddressed: Vec<usize>,
    /// Indices of open tasks with a dependency that is not done or skipped.
    pub blocked: Vec<usize>,
}

impl Metrics {
    pub fn compute(roadmap: &Roadmap) -> Metrics {
        // Dependencies and `requires` gates name tasks by id: one map of
        // every id to its position serves both (the last task wins where a
        // broken file repeats an id), and none is built when nothing names one.
        let gates = roadmap
            .maturity
            .as_ref()
            .is_some_and(|m| m.levels.iter().any(|l| !l.requires.is_empty()));
        let deps = roadmap.tasks.iter().any(|t| !t.depends_on.is_empty());
        let g = gather::gather(roadmap, gates || deps, false);
        let at = |id: &str| g.ids.get(id).copied();
        let blocked = if deps {
            blocked_tasks(roadmap, &g.figures, at)
        } else {
            Vec::new()
        };
        Metrics::assemble(roadmap, &g, blocked, at).0
    }

    /// The figures from what the pass over the tasks gathered, the blocked
    /// tasks and a way to find a task by id. Also gives each maturity
    /// level's facts, which the incremental metrics keep.
    fn assemble(
        roadmap: &Roadmap,
        g: &gather::Gathered,
        blocked: Vec<usize>,
        at: impl Fn(&str) -> Option<usize>,
    ) -> (Metrics, Vec<maturity::LevelFacts>) {
        let figures = &g.figures[..];
        let mut by_level = g.by_level.clone();
        if g.untagged.progress.tasks_total > 0 && !by_level.is_empty() {
            by_level.push(g.untagged.clone());
        }
        let (maturity, facts) = match roadmap.maturity.as_ref() {
            Some(m) => {
                let (status, facts) = maturity::from_parts(m, figures, &g.tagged, at);
                (Some(status), facts)
            }
            None => (None, Vec::new()),
        };
        let (scorecard, unaddressed) = scorecard::compute(roadmap, &g.findings, figures);

        let metrics = Metrics {
            overall: g.overall.progress.clone(),
            effort: g.overall.effort,
            cost_once: g.overall.cost_once,
            cost_monthly: g.overall.cost_monthly,
            by_phase: g.by_phase.clone(),
            by_priority: g.by_priority.clone(),
            by_category: g.by_category.clone(),
            by_level,
            maturity,
            scorecard,
            unaddressed,
            blocked,
        };
        (metrics, facts)
    }

    /// Annualised run-rate of the whole plan: monthly × 12 + one-time.
    pub fn run_rate_total(&self) -> Range {
        self.cost_monthly.total * 12.0 + self.cost_once.total
    }

    /// Annualised run-rate of what is committed (done tasks).
    pub fn run_rate_committed(&self) -> Range {
        self.cost_monthly.done * 12.0 + self.cost_once.done
    }

    pub fn is_blocked(&self, task_index: usize) -> bool {
        self.blocked.binary_search(&task_index).is_ok()
    }

    /// "Level 1 Manual 41 % → Level 2 Basic Automation at 60 % (3 of 7 tasks)".
    pub fn maturity_line(&self) -> Option<String> {
        self.maturity.as_ref().map(MaturityStatus::line)
    }

    pub fn priority(&self, priority: Priority) -> &Group {
        &self.by_priority[priority as usize]
    }
}

/// Open tasks with at least one dependency that is neither done nor skipped.
/// Dependencies on missing tasks are validation's business, not a block.
fn blocked_tasks(
    roadmap: &Roadmap,
    figures: &[TaskFigures],
    at: impl Fn(&str) -> Option<usize>,
) -> Vec<usize> {
    roadmap
        .tasks
        .iter()
        .enumerate()
        .filter(|&(i, t)| !figures[i].status.is_closed() && !t.depends_on.is_empty())
        .filter(|(_, t)| {
            t.depends_on
                .iter()
                .any(|d| at(d).is_some_and(|j| !figures[j].status.is_closed()))
        })
        .map(|(i, _)| i)
        .collect()
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
