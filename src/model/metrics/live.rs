//! Metrics kept up to date change by change instead of recomputed: what each
//! task contributed is remembered by position, so a change subtracts the old
//! contribution of the tasks it touched and adds the new one, then rechecks
//! only what depends on them (their findings' scorecard lines, the blocked
//! state of them and their dependents, the maturity ladder from the tagged
//! lists kept here). [`Metrics::compute`] stays the reference: the property
//! test in `metrics/live_tests.rs` holds the two equal after every step.
//!
//! Changes that add or remove tasks shift every position after them, a
//! rename changes which task other tasks' `depends_on` and the levels'
//! `requires` point at, and a few rare edits reshape the breakdowns (a task
//! moving to a phase the plan does not list, a category appearing or
//! emptying); those rebuild from scratch, as does a file that repeats a
//! task id.

use super::dependents::Dependents;
use super::{gather, FastMap, Group, Metrics, TaskFigures, NO_CATEGORY};
use crate::model::change::{Change, TaskIndex};
use crate::model::roadmap::{Roadmap, Task};
use crate::model::{maturity, scorecard};

/// What one task added to the figures, to take it back when it changes.
#[derive(Debug, Clone)]
struct Contribution {
    figures: TaskFigures,
    priority: usize,
    phase: usize,
    category: usize,
    /// Slot among `by_level`'s levels; `None` for the untagged group.
    level_group: Option<usize>,
    /// Key into `tagged` (any level number the task names).
    level: Option<u32>,
    /// Keys into `addressing`, one per finding id the task names that the
    /// plan lists: a span of `task_keys` (no allocation per task).
    findings: std::ops::Range<usize>,
}

/// The bookkeeping beside a [`Metrics`] that lets [`LiveMetrics::update`]
/// change it in place.
#[derive(Debug, Clone, Default)]
pub struct LiveMetrics {
    /// False when every change must rebuild (the file repeats a task id).
    pub(super) incremental: bool,
    by_task: Vec<Contribution>,
    figures: Vec<TaskFigures>,
    overall: Group,
    untagged: Group,
    levels: usize,
    phase_slot: FastMap<String, usize>,
    category_slot: FastMap<String, usize>,
    level_slot: FastMap<u32, usize>,
    /// Level number → positions of the tasks naming it, ascending.
    tagged: FastMap<u32, Vec<usize>>,
    /// Distinct finding ids the plan lists → their key.
    finding_key: FastMap<String, usize>,
    /// Key → positions of the tasks naming the finding (once per mention), ascending.
    addressing: Vec<Vec<usize>>,
    /// Key → the indices of `roadmap.findings` with that id.
    findings_of_key: Vec<Vec<usize>>,
    /// The finding keys of every task's [`Contribution::findings`]; a
    /// change that alters a task's findings appends its new keys.
    task_keys: Vec<usize>,
    /// Finding index → its line in `scorecard`, if it carries a score.
    score_slot: Vec<Option<usize>>,
    /// Task position → positions of tasks whose `depends_on` named it at
    /// some point; entries may be stale (rechecked on use), never missing.
    /// By position rather than id (no string per dependency); renames,
    /// which change what an id points to, rebuild.
    dependents: Dependents,
    /// Per level in ladder order, what settling the ladder needs.
    level_facts: Vec<maturity::LevelFacts>,
    /// Level number → the effort sums of the tasks tagged with it.
    level_sums: FastMap<u32, maturity::LevelSums>,
}

impl LiveMetrics {
    /// Computes the figures from scratch and the bookkeeping to update them,
    /// in one pass: every task's numbers, dependencies (resolved through
    /// `index`, one hash per id), findings and levels are gathered once and
    /// serve both.
    pub fn new(roadmap: &Roadmap, index: &TaskIndex) -> (LiveMetrics, Metrics) {
        if index.len() != roadmap.tasks.len() {
            // A repeated id: every change rebuilds, no bookkeeping to keep,
            // and the reference resolves the repeats its own way.
            return (LiveMetrics::default(), Metrics::compute(roadmap));
        }
        let g = gather::gather(roadmap, false, true);
        // (depended on, dependent) of every dependency that names a task.
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut blocked = Vec::new();
        for (at, task) in roadmap.tasks.iter().enumerate() {
            if task.depends_on.is_empty() {
                continue;
            }
            let open = !g.figures[at].status.is_closed();
            let mut waits = false;
            for d in &task.depends_on {
                if let Some(j) = index.get(d) {
                    pairs.push((j, at));
                    waits |= open && !g.figures[j].status.is_closed();
                }
            }
            if waits {
                blocked.push(at);
            }
        }
        let dependents = Dependents::build(roadmap.tasks.len(), &pairs);
        drop(pairs);
        let (metrics, level_facts) = Metrics::assemble(roadmap, &g, blocked, |id| index.get(id));
        let live = LiveMetrics::build(roadmap, &metrics, g, dependents, level_facts);
        (live, metrics)
    }

    fn build(
        roadmap: &Roadmap,
        metrics: &Metrics,
        g: gather::Gathered,
        dependents: Dependents,
        level_facts: Vec<maturity::LevelFacts>,
    ) -> LiveMetrics {
        let phase_slot: FastMap<String, usize> = metrics
            .by_phase
            .iter()
            .enumerate()
            .map(|(i, g)| (g.key.clone(), i))
            .collect();
        let category_slot: FastMap<String, usize> = metrics
            .by_category
            .iter()
            .enumerate()
            .map(|(i, g)| (g.key.clone(), i))
            .collect();
        let levels = roadmap
            .maturity
            .as_ref()
            .map(|m| &m.levels[..])
            .unwrap_or(&[]);
        let level_slot: FastMap<u32, usize> = levels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.level, i))
            .collect();
        let mut score_slot = vec![None; roadmap.findings.len()];
        for (i, line) in metrics.scorecard.iter().enumerate() {
            score_slot[line.finding] = Some(i);
        }
        let gather::Gathered {
            figures,
            overall,
            untagged,
            tagged,
            findings,
            slots,
            ..
        } = g;
        let scorecard::FindingIndex {
            key: finding_key,
            findings_of_key,
            addressing,
            task_keys,
            spans,
            ..
        } = findings;
        let mut level_sums: FastMap<u32, maturity::LevelSums> = FastMap::default();
        let by_task = roadmap
            .tasks
            .iter()
            .zip(&figures)
            .zip(&slots)
            .enumerate()
            .map(|(at, ((task, f), s))| {
                if let Some(l) = task.level {
                    level_sums.entry(l).or_default().add(f);
                }
                Contribution {
                    figures: *f,
                    priority: task.priority as usize,
                    phase: s.phase,
                    category: s.category,
                    level_group: s.level_group,
                    level: task.level,
                    findings: spans[at]..spans[at + 1],
                }
            })
            .collect();
        LiveMetrics {
            incremental: true,
            by_task,
            figures,
            overall,
            untagged,
            levels: levels.len(),
            phase_slot,
            category_slot,
            level_slot,
            tagged,
            addressing,
            finding_key,
            findings_of_key,
            task_keys,
            score_slot,
            dependents,
            level_facts,
            level_sums,
        }
    }

    /// The slot of `task`'s phase group. It must have one (the caller
    /// checks with [`LiveMetrics::fits`] or builds them first).
    fn phase_of(&self, task: &Task) -> usize {
        self.phase_slot
            .get(task.phase.as_str())
            .copied()
            .unwrap_or(0)
    }

    fn category_of(&self, task: &Task) -> usize {
        let category = task.category.as_deref().unwrap_or(NO_CATEGORY);
        self.category_slot.get(category).copied().unwrap_or(0)
    }

    /// Where `task` counts, given its phase and category slots and the
    /// span of `task_keys` holding its finding keys.
    fn contribution(
        &self,
        task: &Task,
        cal: &crate::model::Calendar,
        phase: usize,
        category: usize,
        findings: std::ops::Range<usize>,
    ) -> Contribution {
        Contribution {
            figures: TaskFigures::of(task, cal),
            priority: task.priority as usize,
            phase,
            category,
            level_group: task.level.and_then(|l| self.level_slot.get(&l).copied()),
            level: task.level,
            findings,
        }
    }

    /// The span of `task_keys` with `task`'s finding keys: `old` when they
    /// did not change (a check-off adds nothing), else new ones appended.
    fn finding_keys(&mut self, task: &Task, old: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let keys: Vec<usize> = task
            .findings
            .iter()
            .filter_map(|f| self.finding_key.get(f.as_str()).copied())
            .collect();
        if keys[..] == self.task_keys[old.clone()] {
            return old;
        }
        let start = self.task_keys.len();
        self.task_keys.extend(keys);
        start..self.task_keys.len()
    }

    /// `task` lands in groups that exist and whose order cannot change.
    fn fits(&self, roadmap: &Roadmap, task: &Task) -> bool {
        let category = task.category.as_deref().unwrap_or(NO_CATEGORY);
        let phase_listed = roadmap.phases.iter().any(|p| p.id == task.phase);
        phase_listed && self.category_slot.contains_key(category)
    }

    /// Brings `metrics` up to date with `roadmap` after `change` (or its
    /// inverse: both touch the same ids) was applied through `index`.
    pub fn update(
        &mut self,
        metrics: &mut Metrics,
        roadmap: &Roadmap,
        index: &TaskIndex,
        change: &Change,
    ) {
        if !self.update_in_place(metrics, roadmap, index, change) {
            let (live, fresh) = LiveMetrics::new(roadmap, index);
            *self = live;
            *metrics = fresh;
        }
    }

    /// The incremental path; false (with `metrics` possibly half updated)
    /// when the change needs a rebuild.
    pub(super) fn update_in_place(
        &mut self,
        metrics: &mut Metrics,
        roadmap: &Roadmap,
        index: &TaskIndex,
        change: &Change,
    ) -> bool {
        if !self.incremental
            || !replaces_only(change)
            || renames(change)
            || self.by_task.len() != roadmap.tasks.len()
        {
            return false;
        }
        let touched = change.touched_ids();
        // Positions do not move in a change that only replaces: every task
        // it changed now carries one of the touched ids.
        let mut positions: Vec<usize> = touched.iter().filter_map(|id| index.get(id)).collect();
        positions.sort_unstable();
        positions.dedup();
        let phases = roadmap.phases.len();
        for &at in &positions {
            let fits = self.by_task[at].phase < phases && self.fits(roadmap, &roadmap.tasks[at]);
            if !fits {
                return false;
            }
        }
        let cal = roadmap.calendar();
        let mut findings: Vec<usize> = Vec::new();
        let mut levels: Vec<u32> = Vec::new();
        // (level, closed before, closed after, done before, done after) of
        // each changed task that kept its level, for the levels' counts.
        let mut moves: Vec<(u32, bool, bool, bool, bool)> = Vec::new();
        let mut retagged = false;
        for &at in &positions {
            let task = &roadmap.tasks[at];
            let keys = self.finding_keys(task, self.by_task[at].findings.clone());
            let new = self.contribution(
                task,
                &cal,
                self.phase_of(task),
                self.category_of(task),
                keys,
            );
            let old = std::mem::replace(&mut self.by_task[at], new.clone());
            self.take_back(metrics, &old);
            self.count(metrics, &new);
            self.figures[at] = new.figures;
            levels.extend(old.level.iter().chain(&new.level));
            if let Some(l) = old.level {
                self.level_sums.entry(l).or_default().remove(&old.figures);
            }
            if let Some(l) = new.level {
                self.level_sums.entry(l).or_default().add(&new.figures);
            }
            if let (Some(l), true) = (new.level, old.level == new.level) {
                let (was, is) = (old.figures.status, new.figures.status);
                moves.push((
                    l,
                    was.is_closed(),
                    is.is_closed(),
                    was == crate::model::Status::Done,
                    is == crate::model::Status::Done,
                ));
            }
            if old.level != new.level {
                retagged = true;
                if let Some(list) = old.level.and_then(|l| self.tagged.get_mut(&l)) {
                    remove_sorted(list, at);
                }
                if let Some(l) = new.level {
                    insert_sorted(self.tagged.entry(l).or_default(), at);
                }
            }
            let (was, is) = (old.findings.clone(), new.findings.clone());
            if was != is {
                for i in was.clone() {
                    remove_sorted(&mut self.addressing[self.task_keys[i]], at);
                }
                for i in is.clone() {
                    insert_sorted(&mut self.addressing[self.task_keys[i]], at);
                }
            }
            findings.extend(was.chain(is).map(|i| self.task_keys[i]));
            for d in &roadmap.tasks[at].depends_on {
                if let Some(j) = index.get(d) {
                    self.dependents.add(j, at);
                }
            }
        }
        if metrics
            .by_category
            .iter()
            .any(|g| g.progress.tasks_total == 0)
        {
            // A category lost its last task: recompute drops its group.
            return false;
        }
        self.publish_groups(metrics);
        self.recheck_findings(metrics, roadmap, findings);
        self.recheck_blocked(metrics, roadmap, index, &positions);
        let levels = LevelChanges {
            tags: levels,
            moves,
            retagged,
        };
        self.recheck_maturity(metrics, roadmap, index, &touched, &levels);
        true
    }

    /// Re-measures the levels a touched task is tagged with or gates, then
    /// settles the ladder (score, reached, next) from every level's facts.
    fn recheck_maturity(
        &mut self,
        metrics: &mut Metrics,
        roadmap: &Roadmap,
        index: &TaskIndex,
        touched: &[&str],
        changes: &LevelChanges,
    ) {
        let LevelChanges {
            tags,
            moves,
            retagged,
        } = changes;
        let (tags, retagged) = (&tags[..], *retagged);
        let (Some(m), Some(status)) = (roadmap.maturity.as_ref(), metrics.maturity.as_mut()) else {
            return;
        };
        let gate_at = |g: &str| index.get(g);
        let mut levels = std::mem::take(&mut status.levels);
        let gates_touched = m
            .levels
            .iter()
            .any(|l| l.requires.iter().any(|g| touched.contains(&g.as_str())));
        for (k, level) in maturity::sorted_levels(m).into_iter().enumerate() {
            let affected = tags.contains(&level.level)
                || level.requires.iter().any(|g| touched.contains(&g.as_str()));
            if affected && !retagged && !gates_touched {
                // Only statuses and estimates of tasks that stay in the
                // level changed: adjust its counts, take the fraction from
                // the kept sums, leave its task list alone.
                let (st, facts) = (&mut levels[k], &mut self.level_facts[k]);
                for &(l, was_closed, is_closed, was_done, is_done) in moves {
                    if l == level.level {
                        facts.open =
                            facts.open + usize::from(!is_closed) - usize::from(!was_closed);
                        st.tasks_done =
                            st.tasks_done + usize::from(is_done) - usize::from(was_done);
                        let (was_skipped, is_skipped) =
                            (was_closed && !was_done, is_closed && !is_done);
                        st.tasks_skipped =
                            st.tasks_skipped + usize::from(is_skipped) - usize::from(was_skipped);
                    }
                }
                let sums = self
                    .level_sums
                    .get(&level.level)
                    .cloned()
                    .unwrap_or_default();
                st.fraction = sums.fraction(level.score <= m.baseline);
            } else if affected {
                let (st, facts) =
                    maturity::measure(level, m.baseline, &self.figures, &self.tagged, &gate_at);
                levels[k] = st;
                self.level_facts[k] = facts;
            }
        }
        maturity::settle(
            m,
            status,
            &mut levels,
            &mut self.level_facts,
            &self.figures,
            |level| {
                tags.contains(&level)
                    || m.levels
                        .iter()
                        .filter(|l| l.level == level)
                        .any(|l| l.requires.iter().any(|g| touched.contains(&g.as_str())))
            },
        );
        status.levels = levels;
    }

    fn take_back(&mut self, metrics: &mut Metrics, c: &Contribution) {
        let f = &c.figures;
        self.overall.remove(f);
        metrics.by_phase[c.phase].remove(f);
        metrics.by_priority[c.priority].remove(f);
        metrics.by_category[c.category].remove(f);
        match c.level_group {
            Some(i) => metrics.by_level[i].remove(f),
            None => self.untagged.remove(f),
        }
    }

    fn count(&mut self, metrics: &mut Metrics, c: &Contribution) {
        let f = &c.figures;
        self.overall.add(f);
        metrics.by_phase[c.phase].add(f);
        metrics.by_priority[c.priority].add(f);
        metrics.by_category[c.category].add(f);
        match c.level_group {
            Some(i) => metrics.by_level[i].add(f),
            None => self.untagged.add(f),
        }
    }

    /// Copies the totals kept here into `metrics`, with the untagged group
    /// listed after the levels only when it has tasks, as `compute` does.
    fn publish_groups(&self, metrics: &mut Metrics) {
        metrics.overall = self.overall.progress.clone();
        metrics.effort = self.overall.effort;
        metrics.cost_once = self.overall.cost_once;
        metrics.cost_monthly = self.overall.cost_monthly;
        metrics.by_level.truncate(self.levels);
        if self.untagged.progress.tasks_total > 0 && self.levels > 0 {
            let mut untagged = self.untagged.clone();
            untagged.key = "untagged".into();
            untagged.label = "No level".into();
            metrics.by_level.push(untagged);
        }
    }

    /// Recomputes the scorecard line and the unaddressed mark of each finding
    /// whose addressing tasks changed.
    fn recheck_findings(&self, metrics: &mut Metrics, roadmap: &Roadmap, mut keys: Vec<usize>) {
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            for &fi in &self.findings_of_key[key] {
                let finding = &roadmap.findings[fi];
                let (line, open) =
                    scorecard::finding_line(fi, finding, &self.addressing[key], &self.figures);
                if let (Some(line), Some(slot)) = (line, self.score_slot[fi]) {
                    metrics.scorecard[slot] = line;
                }
                set_member(&mut metrics.unaddressed, fi, open);
            }
        }
    }

    /// Rechecks the blocked mark of the changed tasks and of every task that
    /// depends on a touched id.
    fn recheck_blocked(
        &self,
        metrics: &mut Metrics,
        roadmap: &Roadmap,
        index: &TaskIndex,
        positions: &[usize],
    ) {
        let mut candidates: Vec<usize> = positions.to_vec();
        for &at in positions {
            candidates.extend(self.dependents.of(at));
        }
        for at in candidates {
            let Some(task) = roadmap.tasks.get(at) else {
                continue;
            };
            let blocked = !task.status.is_closed()
                && task.depends_on.iter().any(|d| {
                    index
                        .get(d)
                        .is_some_and(|j| !roadmap.tasks[j].status.is_closed())
                });
            set_member(&mut metrics.blocked, at, blocked);
        }
    }
}

/// Only `ReplaceTask`s (and conflict lists): no position moves.
fn replaces_only(change: &Change) -> bool {
    match change {
        Change::ReplaceTask { .. } | Change::ReplaceConflicts(_) => true,
        Change::InsertTask { .. }
        | Change::RemoveTask { .. }
        | Change::ReplaceHead(_)
        | Change::SpliceTasks { .. } => false,
        Change::Batch(changes) => changes.iter().all(replaces_only),
    }
}

/// What a change did to the tasks of maturity levels.
struct LevelChanges {
    /// Level numbers the changed tasks had or have.
    tags: Vec<u32>,
    /// (level, closed before, closed after, done before, done after) of each
    /// changed task that kept its level.
    moves: Vec<(u32, bool, bool, bool, bool)>,
    /// Some changed task moved between levels.
    retagged: bool,
}

/// Some `ReplaceTask` gives its task a new id.
fn renames(change: &Change) -> bool {
    match change {
        Change::ReplaceTask { id, task } => *id != task.id,
        Change::Batch(changes) => changes.iter().any(renames),
        _ => false,
    }
}

/// Puts `at` in (or takes it out of) an ascending list of distinct positions.
fn set_member(list: &mut Vec<usize>, at: usize, member: bool) {
    match (list.binary_search(&at), member) {
        (Err(i), true) => list.insert(i, at),
        (Ok(i), false) => {
            list.remove(i);
        }
        _ => {}
    }
}

/// Adds one occurrence of `at` to an ascending list.
fn insert_sorted(list: &mut Vec<usize>, at: usize) {
    let i = list.partition_point(|&x| x < at);
    list.insert(i, at);
}

/// Removes one occurrence of `at` from an ascending list.
fn remove_sorted(list: &mut Vec<usize>, at: usize) {
    if let Ok(i) = list.binary_search(&at) {
        list.remove(i);
    }
}
