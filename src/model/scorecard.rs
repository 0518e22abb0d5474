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
    pub target: f64,
    pub max: f64,
    /// The score now, given the addressing tasks done.
    pub current: f64,
    pub tasks_total: usize,
    pub tasks_done: usize,
}

pub(crate) fn compute(roadmap: &Roadmap, figures: &[TaskFigures]) -> (Vec<ScoreLine>, Vec<usize>) {
    let mut addressing: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, task) in roadmap.tasks.iter().enumerate() {
        for f in &task.findings {
            addressing.entry(f.as_str()).or_default().push(i);
        }
    }
    let mut scorecard = Vec::new();
    let mut unaddressed = Vec::new();
    for (fi, finding) in roadmap.findings.iter().enumerate() {
        let tasks = addressing
            .get(finding.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
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
    let live: Vec<usize> = tasks
        .iter()
        .copied()
        .filter(|&i| figures[i].status != Status::Skipped)
        .collect();
    let unaddressed = finding.kind.needs_work() && live.is_empty();
    let Some(score) = finding.score else {
        return (None, unaddressed);
    };
    let max = finding.max.unwrap_or(100.0);
    let target = finding.target.unwrap_or(score);
    let done = live
        .iter()
        .filter(|&&i| figures[i].status == Status::Done)
        .count();
    let fraction = done_fraction(&live, figures);
    let line = ScoreLine {
        finding: fi,
        score,
        target,
        max,
        current: score + (target - score) * fraction,
        tasks_total: live.len(),
        tasks_done: done,
    };
    (Some(line), unaddressed)
}

/// Effort-weighted share done; by count when no task carries an estimate.
fn done_fraction(tasks: &[usize], figures: &[TaskFigures]) -> f64 {
    if tasks.is_empty() {
        return 0.0;
    }
    let total: f64 = tasks.iter().map(|&i| figures[i].hours.mid()).sum();
    let is_done = |i: &&usize| figures[**i].status == Status::Done;
    if total > 0.0 {
        tasks
            .iter()
            .filter(is_done)
            .map(|&i| figures[i].hours.mid())
            .sum::<f64>()
            / total
    } else {
        tasks.iter().filter(is_done).count() as f64 / tasks.len() as f64
    }
}
