//! Maturity (docs/FORMAT.md, `[maturity]`): the current level is the highest level of an
//! unbroken ladder whose tasks are all done or skipped and whose gates hold;
//! the score moves from `baseline` toward each level's `score` in proportion to
//! the effort done within that level.

use super::metrics::FastMap;
use super::metrics::TaskFigures;
use super::range::Range;
use super::roadmap::{Level, Scale};

#[derive(Debug, Clone, PartialEq)]
pub struct MaturityStatus {
    pub scale: Scale,
    pub score: f64,
    /// The highest level reached: number and name.
    pub level: Option<(u32, String)>,
    pub next: Option<NextLevel>,
    pub levels: Vec<LevelStatus>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LevelStatus {
    pub level: u32,
    pub name: String,
    /// The score reached when the level is complete.
    pub score: f64,
    pub reached: bool,
    /// Indices of the tasks tagged with this level, then of `requires` gates not tagged with it.
    pub tasks: Vec<usize>,
    pub tasks_done: usize,
    /// Of `tasks`, those skipped: a reached level counts them as closed.
    pub tasks_skipped: usize,
    /// Share of the level's effort done, 0..=1.
    pub fraction: f64,
    /// Why the level is not reached although its tasks are closed, if so.
    pub unmet_gates: Vec<String>,
}

/// What it takes to reach the next level.
#[derive(Debug, Clone, PartialEq)]
pub struct NextLevel {
    pub level: u32,
    pub name: String,
    pub score: f64,
    /// Tasks tagged with the level or required by it, skipped ones included.
    pub tasks_tagged: usize,
    pub tasks_open: Vec<usize>,
    /// Of `tasks_open`, those without an effort estimate: `effort_left`
    /// leaves them out.
    pub open_unestimated: usize,
    pub tasks_total: usize,
    pub tasks_done: usize,
    pub effort_left: Range,
    pub cost_once_left: Range,
    pub cost_monthly_left: Range,
}

impl MaturityStatus {
    /// "Level 1 Manual 41 % → Level 2 Basic Automation at 60 % (3 of 7 tasks)".
    pub fn line(&self) -> String {
        let here = match &self.level {
            Some((n, name)) => format!("Level {n} {name} {}", self.scale.format(self.score)),
            None => format!("Level 0 {}", self.scale.format(self.score)),
        };
        let here = match self.skipped_to_reach() {
            0 => here,
            n => format!("{here} · {n} skipped"),
        };
        match &self.next {
            Some(next) => format!(
                "{here} → Level {} {} at {} ({} of {} tasks)",
                next.level,
                next.name,
                self.scale.format(next.score),
                next.tasks_done,
                next.tasks_total
            ),
            None if self.levels.is_empty() => format!("Score {}", self.scale.format(self.score)),
            None => format!("{here} (top level)"),
        }
    }
}

impl MaturityStatus {
    /// Skipped tasks of the levels reached: the level stands on them as if
    /// they were done ("Level 2 reached · 4 skipped").
    pub fn skipped_to_reach(&self) -> usize {
        self.levels
            .iter()
            .take_while(|l| l.reached)
            .map(|l| l.tasks_skipped)
            .sum()
    }

    /// The highest level reached without counting a skipped task as done
    /// (`status --require-level N --strict`): the ladder breaks at the
    /// first level with a skipped task.
    pub fn level_strict(&self) -> Option<(u32, &str)> {
        self.levels
            .iter()
            .take_while(|l| l.reached && l.tasks_skipped == 0)
            .last()
            .map(|l| (l.level, l.name.as_str()))
    }
}

impl NextLevel {
    /// What reaching the level still takes, in tasks: "3 open tasks",
    /// "1 open task", or "no tasks tagged for Level 4" when no task leads
    /// to it (rather than "0 open tasks" beside a level not reached).
    pub fn open_words(&self) -> String {
        match (self.tasks_tagged, self.tasks_open.len()) {
            (0, _) => format!("no tasks tagged for Level {}", self.level),
            (_, 1) => "1 open task".to_string(),
            (_, n) => format!("{n} open tasks"),
        }
    }
}

/// The status from each level's tagged task positions (ascending) and a way
/// to find a `requires` gate's position, with each level's facts (what the
/// incremental metrics keep between changes).
pub(crate) fn from_parts(
    maturity: &super::roadmap::Maturity,
    figures: &[TaskFigures],
    tagged: &FastMap<u32, Vec<usize>>,
    gate_at: impl Fn(&str) -> Option<usize>,
) -> (MaturityStatus, Vec<LevelFacts>) {
    let (mut levels, mut facts): (Vec<LevelStatus>, Vec<LevelFacts>) = sorted_levels(maturity)
        .into_iter()
        .map(|level| measure(level, maturity.baseline, figures, tagged, &gate_at))
        .unzip();
    let mut status = MaturityStatus {
        scale: maturity.scale,
        score: maturity.baseline,
        level: None,
        next: None,
        levels: Vec::new(),
    };
    settle(
        maturity,
        &mut status,
        &mut levels,
        &mut facts,
        figures,
        |_| true,
    );
    status.levels = levels;
    (status, facts)
}

/// The levels in ladder order (by number; the file's order among equals).
pub(crate) fn sorted_levels(maturity: &super::roadmap::Maturity) -> Vec<&Level> {
    let mut levels: Vec<&Level> = maturity.levels.iter().collect();
    levels.sort_by_key(|l| l.level);
    levels
}

/// What [`settle`] needs of a level beyond its [`LevelStatus`]: counted
/// once per change of its tasks, not once per change anywhere.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct LevelFacts {
    /// Its tasks neither done nor skipped.
    pub open: usize,
    /// Unmet gates that do not depend on the score.
    pub gates: Vec<String>,
    /// Its `min_score`.
    pub min_score: Option<f64>,
}

/// One level from its tasks alone; `reached` and the score gate are left to
/// [`settle`], which needs every level.
pub(crate) fn measure(
    level: &Level,
    baseline: f64,
    figures: &[TaskFigures],
    tagged: &FastMap<u32, Vec<usize>>,
    gate_at: &impl Fn(&str) -> Option<usize>,
) -> (LevelStatus, LevelFacts) {
    let mut tasks: Vec<usize> = tagged.get(&level.level).cloned().unwrap_or_default();
    let fraction = effort_fraction(&tasks, figures, level.score <= baseline);
    let mut gates = Vec::new();
    // The tagged positions are ascending: search them, scan only the gates added.
    let tagged_len = tasks.len();
    let listed = |tasks: &[usize], i: usize| {
        tasks[..tagged_len].binary_search(&i).is_ok() || tasks[tagged_len..].contains(&i)
    };
    for gate in &level.requires {
        match gate_at(gate) {
            Some(i) if !listed(&tasks, i) => tasks.push(i),
            Some(_) => {}
            None => gates.push(format!("required task `{gate}` does not exist")),
        }
    }
    let (mut open, mut tasks_done, mut tasks_skipped) = (0, 0, 0);
    for &i in &tasks {
        match figures[i].status {
            super::kinds::Status::Done => tasks_done += 1,
            super::kinds::Status::Skipped => tasks_skipped += 1,
            _ => open += 1,
        }
    }
    if tasks.is_empty() && level.score > baseline {
        gates.push("no task leads to this level".into());
    }
    let status = LevelStatus {
        level: level.level,
        name: level.name.clone(),
        score: level.score,
        reached: false,
        tasks,
        tasks_done,
        tasks_skipped,
        fraction,
        unmet_gates: Vec::new(),
    };
    let facts = LevelFacts {
        open,
        gates,
        min_score: level.min_score,
    };
    (status, facts)
}

/// The score from each level's share of effort done, then which levels are
/// reached as an unbroken ladder, the current level and the next: linear in
/// the number of levels plus the next level's tasks. `levels` and `facts`
/// are in ladder order ([`sorted_levels`]).
pub(crate) fn settle(
    maturity: &super::roadmap::Maturity,
    status: &mut MaturityStatus,
    levels: &mut [LevelStatus],
    facts: &mut [LevelFacts],
    figures: &[TaskFigures],
    remeasured: impl Fn(u32) -> bool,
) {
    let baseline = maturity.baseline;
    let mut score = baseline;
    let mut floor = baseline;
    for level in levels.iter() {
        if level.score > floor {
            score += (level.score - floor) * level.fraction;
            floor = level.score;
        }
    }
    let score = score.clamp(0.0, maturity.scale.max());

    let mut ladder_intact = true;
    for (level, facts) in levels.iter_mut().zip(facts.iter()) {
        let mut unmet_gates = facts.gates.clone();
        if let Some(min) = facts.min_score {
            if score + 1e-9 < min {
                unmet_gates.push(format!("score below {}", maturity.scale.format(min)));
            }
        }
        level.reached = ladder_intact && facts.open == 0 && unmet_gates.is_empty();
        level.unmet_gates = unmet_gates;
        ladder_intact = level.reached;
    }
    status.score = score;
    status.level = levels
        .iter()
        .take_while(|s| s.reached)
        .last()
        .map(|s| (s.level, s.name.clone()));
    // The next level's open list walks its tasks: keep it when that level
    // stays next and none of its tasks changed.
    let next = levels.iter().find(|s| !s.reached);
    let kept = status
        .next
        .as_ref()
        .zip(next)
        .is_some_and(|(old, new)| old.level == new.level && !remeasured(new.level));
    if !kept {
        status.next = next.map(|s| next_level(s, figures));
    }
}

/// The sums behind [`effort_fraction`] for one level's tagged tasks, kept by
/// the incremental metrics so a check-off costs O(1) instead of a walk over
/// the level. Adding and removing in another order than the walk's may move
/// the last bits of the fraction; counts are exact.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct LevelSums {
    tasks: usize,
    counted: usize,
    known: usize,
    known_hours: f64,
    done_known_hours: f64,
    done_unknown: usize,
}

impl LevelSums {
    pub(crate) fn add(&mut self, f: &TaskFigures) {
        self.change(f, 1);
    }

    pub(crate) fn remove(&mut self, f: &TaskFigures) {
        self.change(f, -1);
    }

    fn change(&mut self, f: &TaskFigures, sign: isize) {
        use super::kinds::Status;
        let step = |n: &mut usize| *n = n.wrapping_add_signed(sign);
        step(&mut self.tasks);
        if f.status == Status::Skipped {
            return;
        }
        step(&mut self.counted);
        let h = f.hours.mid();
        let done = f.status == Status::Done;
        if h > 0.0 {
            step(&mut self.known);
            self.known_hours += h * sign as f64;
            if done {
                self.done_known_hours += h * sign as f64;
            }
        } else if done {
            step(&mut self.done_unknown);
        }
        if self.known == 0 {
            (self.known_hours, self.done_known_hours) = (0.0, 0.0);
        }
    }

    /// What [`effort_fraction`] gives for the same tasks.
    pub(crate) fn fraction(&self, at_or_below_baseline: bool) -> f64 {
        if self.counted == 0 {
            let all_skipped = self.tasks > 0;
            return if all_skipped || at_or_below_baseline {
                1.0
            } else {
                0.0
            };
        }
        let fallback = if self.known == 0 {
            1.0
        } else {
            self.known_hours / self.known as f64
        };
        let total = self.known_hours + fallback * (self.counted - self.known) as f64;
        let done = self.done_known_hours + fallback * self.done_unknown as f64;
        if total > 0.0 {
            (done / total).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// Share of a level's effort that is done. Tasks without an estimate weigh as
/// much as the level's average estimate, so they still move the score; a level
/// with nothing left to count is complete if it lies at or below the baseline.
pub(crate) fn effort_fraction(
    tasks: &[usize],
    figures: &[TaskFigures],
    at_or_below_baseline: bool,
) -> f64 {
    use super::kinds::Status;
    // Two passes without collecting: the incremental metrics call this for
    // a level of tens of thousands of tasks on every check-off. The sums run
    // in task order, as a collected version would, so results are identical.
    let counted = || {
        tasks
            .iter()
            .map(|&i| &figures[i])
            .filter(|f| f.status != Status::Skipped)
    };
    let (mut known_sum, mut known_count, mut counted_count) = (0.0, 0usize, 0usize);
    for f in counted() {
        counted_count += 1;
        let h = f.hours.mid();
        if h > 0.0 {
            known_sum += h;
            known_count += 1;
        }
    }
    if counted_count == 0 {
        let all_skipped = !tasks.is_empty();
        return if all_skipped || at_or_below_baseline {
            1.0
        } else {
            0.0
        };
    }
    let fallback = if known_count == 0 {
        1.0
    } else {
        known_sum / known_count as f64
    };
    let weight = |f: &TaskFigures| {
        let h = f.hours.mid();
        if h > 0.0 {
            h
        } else {
            fallback
        }
    };
    let total: f64 = counted().map(weight).sum();
    let done: f64 = counted()
        .filter(|f| f.status == Status::Done)
        .map(weight)
        .sum();
    if total > 0.0 {
        done / total
    } else {
        0.0
    }
}

fn next_level(status: &LevelStatus, figures: &[TaskFigures]) -> NextLevel {
    use super::kinds::Status;
    let counted: Vec<usize> = status
        .tasks
        .iter()
        .copied()
        .filter(|&i| figures[i].status != Status::Skipped)
        .collect();
    let tasks_open: Vec<usize> = counted
        .iter()
        .copied()
        .filter(|&i| figures[i].status != Status::Done)
        .collect();
    let sum = |pick: fn(&TaskFigures) -> Range| tasks_open.iter().map(|&i| pick(&figures[i])).sum();
    NextLevel {
        level: status.level,
        name: status.name.clone(),
        score: status.score,
        tasks_tagged: status.tasks.len(),
        open_unestimated: tasks_open
            .iter()
            .filter(|&&i| !figures[i].estimated)
            .count(),
        tasks_total: counted.len(),
        tasks_done: counted.len() - tasks_open.len(),
        effort_left: sum(|f| f.hours),
        cost_once_left: sum(|f| f.once),
        cost_monthly_left: sum(|f| f.monthly),
        tasks_open,
    }
}
