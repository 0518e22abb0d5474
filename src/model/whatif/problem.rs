//! The what-if problem prepared once per roadmap: each open task's maturity
//! gain, hours and money, and the open tasks it depends on. The maturity
//! figures come from `model::maturity` itself ([`Prepared::evaluate`] calls
//! `maturity::from_parts`), so the level rule and the score rule live in one
//! place and every answer is checked by the code that reports the level.

use crate::model::maturity::{self, MaturityStatus};
use crate::model::metrics::{FastMap, TaskFigures};
use crate::model::roadmap::{Maturity, Roadmap};
use crate::model::Status;

/// One open task as the search sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Its position in `roadmap.tasks`.
    pub index: usize,
    /// What the maturity score gains when this task alone is done.
    pub gain: f64,
    /// Hours at the high end of its estimate; 0 when unestimated.
    pub hours: f64,
    pub estimated: bool,
    /// One-time and monthly money at the high end; 0 when absent (a task
    /// with no cost field costs nothing, as in every other figure).
    pub once: f64,
    pub monthly: f64,
    /// Open tasks it depends on directly, as item positions.
    pub deps: Vec<usize>,
}

/// A roadmap ready for questions.
pub struct Prepared<'a> {
    pub roadmap: &'a Roadmap,
    pub maturity: Option<&'a Maturity>,
    figures: Vec<TaskFigures>,
    tagged: FastMap<u32, Vec<usize>>,
    ids: FastMap<&'a str, usize>,
    /// The open tasks (todo, doing), in roadmap order.
    pub items: Vec<Item>,
    /// Item position of each task, if open.
    pub item_of: Vec<Option<usize>>,
    /// The status with nothing more done.
    pub now: Option<MaturityStatus>,
}

impl<'a> Prepared<'a> {
    pub fn new(roadmap: &'a Roadmap) -> Prepared<'a> {
        let cal = roadmap.calendar();
        let figures: Vec<TaskFigures> = roadmap
            .tasks
            .iter()
            .map(|t| TaskFigures::of(t, &cal))
            .collect();
        let mut tagged: FastMap<u32, Vec<usize>> = FastMap::default();
        let mut ids: FastMap<&str, usize> = FastMap::default();
        for (i, t) in roadmap.tasks.iter().enumerate() {
            if let Some(l) = t.level {
                tagged.entry(l).or_default().push(i);
            }
            // The last task wins where a broken file repeats an id, as in
            // the metrics.
            ids.insert(t.id.as_str(), i);
        }
        let mut item_of = vec![None; roadmap.tasks.len()];
        let mut items = Vec::new();
        for (i, t) in roadmap.tasks.iter().enumerate() {
            if !t.status.is_closed() {
                item_of[i] = Some(items.len());
                let f = &figures[i];
                items.push(Item {
                    index: i,
                    gain: 0.0,
                    hours: f.hours.high,
                    estimated: f.estimated,
                    once: f.once.high,
                    monthly: f.monthly.high,
                    deps: Vec::new(),
                });
            }
        }
        for item in &mut items {
            let mut deps: Vec<usize> = roadmap.tasks[item.index]
                .depends_on
                .iter()
                // A dependency on a missing task is validation's business;
                // one on a closed task holds nothing back.
                .filter_map(|d| ids.get(d.as_str()).and_then(|&t| item_of[t]))
                .collect();
            deps.sort_unstable();
            deps.dedup();
            item.deps = deps;
        }
        let mut p = Prepared {
            roadmap,
            maturity: roadmap.maturity.as_ref(),
            figures,
            tagged,
            ids,
            items,
            item_of,
            now: None,
        };
        p.now = p.evaluate(&[]);
        p.measure_gains();
        p
    }

    /// The maturity status with the tasks at `done` (item positions) done,
    /// from the same code as every other report of the level.
    pub fn evaluate(&self, done: &[usize]) -> Option<MaturityStatus> {
        let m = self.maturity?;
        let mut figures = self.figures.clone();
        for &it in done {
            figures[self.items[it].index].status = Status::Done;
        }
        Some(self.status_of(m, &figures))
    }

    fn status_of(&self, m: &Maturity, figures: &[TaskFigures]) -> MaturityStatus {
        let at = |id: &str| self.ids.get(id).copied();
        maturity::from_parts(m, figures, &self.tagged, at).0
    }

    /// Each item's gain: the score with it alone done less the score now.
    /// The score is a sum over levels of a share of effort done, linear in
    /// the tasks done, so gains add up (up to the clamp at the scale's top,
    /// which only a file with a level above the scale reaches; answers are
    /// re-measured with [`Prepared::evaluate`] in any case).
    fn measure_gains(&mut self) {
        let (Some(m), Some(now)) = (self.maturity, self.now.as_ref()) else {
            return;
        };
        let base = now.score;
        let mut figures = self.figures.clone();
        for it in 0..self.items.len() {
            let i = self.items[it].index;
            // Only a task tagged with a level moves the score.
            if self.roadmap.tasks[i].level.is_none() {
                continue;
            }
            let before = figures[i].status;
            figures[i].status = Status::Done;
            let gain = self.status_of(m, &figures).score - base;
            figures[i].status = before;
            self.items[it].gain = gain.max(0.0);
        }
    }

    /// The item and every open task it needs first, item positions,
    /// ascending.
    pub fn closure(&self, start: &[usize]) -> Vec<usize> {
        let mut seen = vec![false; self.items.len()];
        let mut stack: Vec<usize> = start.to_vec();
        let mut out = Vec::new();
        while let Some(it) = stack.pop() {
            if std::mem::replace(&mut seen[it], true) {
                continue;
            }
            out.push(it);
            stack.extend(self.items[it].deps.iter().copied());
        }
        out.sort_unstable();
        out
    }

    /// The open tasks a level needs, item positions: tagged with it or
    /// named by its `requires`.
    pub fn level_items(&self, level: u32) -> Vec<usize> {
        let Some(m) = self.maturity else {
            return Vec::new();
        };
        let mut out: Vec<usize> = self
            .tagged
            .get(&level)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.item_of[i])
            .collect();
        for l in m.levels.iter().filter(|l| l.level == level) {
            out.extend(
                l.requires
                    .iter()
                    .filter_map(|id| self.ids.get(id.as_str()).and_then(|&i| self.item_of[i])),
            );
        }
        out
    }
}
