//! Links the importer draws between what it read: tasks to the findings
//! they address, and tasks to the maturity level whose checklist names them.
//! Both match titles by shared words, with bounded work.

use super::similarity::{dice, key_words};
use crate::model::Roadmap;
use std::collections::HashSet;

/// Share of words a level's checklist line and a task title must have in
/// common for the task to be tagged with the level.
const LEVEL_MATCH: f64 = 0.6;
/// Share of words a task title must share with a finding to address it.
const FINDING_MATCH: f64 = 0.6;

/// Links each task to the findings it addresses: the scored or open
/// findings whose title or category shares most of the task's words
/// ("Enhanced Monitoring" addresses "Monitoring"). At most two per task,
/// best first; bounded work however many there are.
pub fn link_findings(roadmap: &mut Roadmap) {
    const MAX_TASKS: usize = 2_000;
    const MAX_FINDINGS: usize = 500;
    const PER_TASK: usize = 2;
    let findings: Vec<(String, HashSet<String>, HashSet<String>)> = roadmap
        .findings
        .iter()
        .filter(|f| f.kind.needs_work() || f.score.is_some())
        .take(MAX_FINDINGS)
        .map(|f| {
            // A category names many findings; it counts only for a
            // scorecard row, where it is the finding's own name.
            let category = if f.title == f.category {
                key_words(&f.category)
            } else {
                HashSet::new()
            };
            (f.id.clone(), key_words(&f.title), category)
        })
        .collect();
    if findings.is_empty() {
        return;
    }
    for task in roadmap.tasks.iter_mut().take(MAX_TASKS) {
        let words = key_words(&task.title);
        let mut scored: Vec<(f64, &String)> = findings
            .iter()
            .map(|(id, title, category)| (dice(&words, title).max(dice(&words, category)), id))
            .filter(|(s, _)| *s >= FINDING_MATCH)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        task.findings = scored
            .into_iter()
            .take(PER_TASK)
            .map(|(_, id)| id.clone())
            .collect();
    }
}

/// Tags tasks named by a level's checklist with that level.
pub fn tag_levels(roadmap: &mut Roadmap, checklists: &[(u32, Vec<String>)]) {
    let Some(maturity) = &roadmap.maturity else {
        return;
    };
    // Levels already reached list what is, not work to do.
    let known: HashSet<u32> = maturity
        .levels
        .iter()
        .filter(|l| l.score > maturity.baseline)
        .map(|l| l.level)
        .collect();
    // Bounded work however long the report: a checklist line is compared
    // with at most MAX_TASKS tasks, and at most MAX_ITEMS lines per level.
    const MAX_ITEMS: usize = 64;
    const MAX_TASKS: usize = 2_000;
    let titles: Vec<HashSet<String>> = roadmap
        .tasks
        .iter()
        .take(MAX_TASKS)
        .map(|t| key_words(&t.title))
        .collect();
    for (level, items) in checklists {
        if !known.contains(level) {
            continue;
        }
        for item in items.iter().take(MAX_ITEMS) {
            let item = key_words(item);
            let best = titles
                .iter()
                .enumerate()
                .filter(|(i, _)| roadmap.tasks[*i].level.is_none())
                .map(|(i, t)| (i, dice(&item, t)))
                .filter(|(_, s)| *s >= LEVEL_MATCH)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, _)) = best {
                roadmap.tasks[i].level = Some(*level);
            }
        }
    }
}
