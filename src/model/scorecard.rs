//! The category scorecard and unaddressed findings: each scored finding moves
//! from its score toward its target as the tasks that address it are done.

use super::kinds::Status;
use super::metrics::FastMap;
use super::metrics::TaskFigures;
use super::roadmap::Roadmap;

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreLine {
    /// Index into `roadmap.findings`.
    pub finding: usize,
    pub score: f64,
    /// The finding's target, or its score when it names none (see `has_target`).
    pub target: f64,
    /// Whether the finding names a target: views show none when it does not.
    pub has_target: bool,
    pub max: f64,
    /// The score now, given the addressing tasks done.
    pub current: f64,
    pub tasks_total: usize,
    pub tasks_done: usize,
}

/// The findings by id and the tasks naming each, gathered in one pass over
/// the tasks' finding ids (short strings, hashed once per mention): shared
/// by [`compute`] and the incremental metrics, which keep it.
#[derive(Debug, Clone, Default)]
pub(crate) struct FindingIndex {
    /// Distinct finding ids the plan lists → their key.
    pub key: FastMap<String, usize>,
    /// Finding index → its key.
    pub key_of: Vec<usize>,
    /// Key → the indices of `roadmap.findings` with that id.
    pub findings_of_key: Vec<Vec<usize>>,
    /// Key → positions of the tasks naming the finding (once per mention), ascending.
    pub addressing: Vec<Vec<usize>>,
    /// The keys each task names, task after task: task `t`'s are
    /// `task_keys[spans[t]..spans[t + 1]]` (one flat list, no allocation per task).
    pub task_keys: Vec<usize>,
    pub spans: Vec<usize>,
}

impl FindingIndex {
    /// The findings' keys, before any task is added.
    pub(crate) fn start(roadmap: &Roadmap) -> FindingIndex {
        let mut key: FastMap<String, usize> = FastMap::default();
        let mut findings_of_key: Vec<Vec<usize>> = Vec::new();
        let mut key_of = Vec::with_capacity(roadmap.findings.len());
        for (fi, f) in roadmap.findings.iter().enumerate() {
            let k = *key.entry(f.id.clone()).or_insert_with(|| {
                findings_of_key.push(Vec::new());
                findings_of_key.len() - 1
            });
            findings_of_key[k].push(fi);
            key_of.push(k);
        }
        let mut spans = Vec::with_capacity(roadmap.tasks.len() + 1);
        spans.push(0);
        FindingIndex {
            addressing: vec![Vec::new(); findings_of_key.len()],
            key,
            key_of,
            findings_of_key,
            task_keys: Vec::with_capacity(roadmap.tasks.len()),
            spans,
        }
    }

    /// Adds the task at `at`, the next one in order.
    pub(crate) fn add_task(&mut self, at: usize, task: &super::roadmap::Task) {
        if !self.key.is_empty() {
            for f in &task.findings {
                if let Some(&k) = self.key.get(f.as_str()) {
                    self.addressing[k].push(at);
                    self.task_keys.push(k);
                }
            }
        }
        self.spans.push(self.task_keys.len());
    }
}

/// The scorecard lines and the unaddressed findings.
pub(crate) fn compute(
    roadmap: &Roadmap,
    index: &FindingIndex,
    figures: &[TaskFigures],
) -> (Vec<ScoreLine>, Vec<usize>) {
    let mut scorecard = Vec::new();
    let mut unaddressed = Vec::new();
    for (fi, finding) in roadmap.findings.iter().enumerate() {
        let tasks = &index.addressing[index.key_of[fi]];
        let (line, open) = finding_line(fi, finding, tasks, figures);
        if open {
            unaddressed.push(fi);
        }
        scorecard.extend(line);
    }
    (scorecard, unaddressed)
}

/// One finding given the positions of the tasks that address it: its
/// scorecard line if it carries a score, and whether it is left unaddressed.
pub(crate) fn finding_line(
    fi: usize,
    finding: &super::roadmap::Finding,
    tasks: &[usize],
    figures: &[TaskFigures],
) -> (Option<ScoreLine>, bool) {
    // One walk, no list: the sums run in task order, as a walk over the
    // collected unskipped tasks would, so results are identical.
    let (mut live, mut done, mut total, mut done_hours) = (0usize, 0usize, 0.0, 0.0);
    for &i in tasks {
        let f = &figures[i];
        if f.status == Status::Skipped {
            continue;
        }
        live += 1;
        let h = f.hours.mid();
        total += h;
        if f.status == Status::Done {
            done += 1;
            done_hours += h;
        }
    }
    let unaddressed = finding.kind.needs_work() && live == 0;
    let Some(score) = finding.score else {
        return (None, unaddressed);
    };
    let max = finding.max.unwrap_or(100.0);
    let target = finding.target.unwrap_or(score);
    // Effort-weighted share done; by count when no task carries an estimate.
    let fraction = if live == 0 {
        0.0
    } else if total > 0.0 {
        done_hours / total
    } else {
        done as f64 / live as f64
    };
    let line = ScoreLine {
        finding: fi,
        score,
        target,
        has_target: finding.target.is_some(),
        max,
        current: score + (target - score) * fraction,
        tasks_total: live,
        tasks_done: done,
    };
    (Some(line), unaddressed)
}
