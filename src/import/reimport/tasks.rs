//! The tasks: matched ones take the report's changes field by field, new
//! ones are added in their phase, gone ones are listed (and the open ones
//! dropped when asked).

use super::matching::match_tasks;
use super::{
    worked_on, Added, Choices, Conflict, FieldChange, LeftOut, Matched, Options, Reimport, Resolve,
};
use crate::model::change::{apply, remove_task_and_references};
use crate::model::reported::{assign, value, Reported, REPORT_FIELDS};
use crate::model::{Roadmap, Task};
use std::collections::{HashMap, HashSet};

/// Lays the report's tasks over the plan's roadmap; returns report task id
/// → roadmap task id.
pub fn tasks(
    plan: &mut Reimport,
    report: &Roadmap,
    findings: &HashMap<String, String>,
    options: Options,
    choices: &Choices,
) -> HashMap<String, String> {
    let found = match_tasks(&plan.roadmap.tasks, &report.tasks);
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut matched_old: HashSet<usize> = HashSet::new();
    for (n, hit) in found.iter().enumerate() {
        if let Some((i, _)) = hit {
            ids.insert(
                report.tasks[n].id.clone(),
                plan.roadmap.tasks[*i].id.clone(),
            );
            matched_old.insert(*i);
        }
    }
    let gone: Vec<String> = plan
        .roadmap
        .tasks
        .iter()
        .enumerate()
        .filter(|(i, t)| !matched_old.contains(i) && t.source_line.is_some())
        .map(|(_, t)| t.id.clone())
        .collect();

    for (n, hit) in found.iter().enumerate() {
        if let Some((i, by)) = *hit {
            let new = &report.tasks[n];
            let task = &mut plan.roadmap.tasks[i];
            let id = task.id.clone();
            let resolve = |key: &str| choices.resolve(options, &id, key);
            let (changes, conflicts) = merge_task(task, new, resolve);
            plan.conflicts.extend(conflicts);
            if changes.is_empty() {
                plan.kept.push(task.id.clone());
            } else {
                plan.changed.push(Matched {
                    id: task.id.clone(),
                    by,
                    changes,
                });
            }
        }
    }

    // New tasks, in report order, each after the task before it in its phase.
    let mut taken: HashSet<String> = plan.roadmap.tasks.iter().map(|t| t.id.clone()).collect();
    let mut last_in_phase: HashMap<String, String> = HashMap::new();
    for (n, hit) in found.iter().enumerate() {
        let new = &report.tasks[n];
        if hit.is_some() {
            if let Some(id) = ids.get(&new.id) {
                last_in_phase.insert(new.phase.clone(), id.clone());
            }
            continue;
        }
        let mut task = new.clone();
        task.id = crate::model::roadmap::unique_id(&new.id, |id| taken.contains(id));
        taken.insert(task.id.clone());
        ids.insert(new.id.clone(), task.id.clone());
        plan.added.push(Added {
            id: task.id.clone(),
            phase: task.phase.clone(),
            title: task.title.clone(),
            line: task.source_line,
        });
        let id = task.id.clone();
        insert(&mut plan.roadmap, task, &last_in_phase);
        last_in_phase.insert(new.phase.clone(), id);
    }
    // References of the added tasks, in the roadmap's ids.
    let added: HashSet<&str> = plan.added.iter().map(|a| a.id.as_str()).collect();
    for task in plan
        .roadmap
        .tasks
        .iter_mut()
        .filter(|t| added.contains(t.id.as_str()))
    {
        task.depends_on = task
            .depends_on
            .iter()
            .filter_map(|d| ids.get(d).cloned())
            .collect();
        task.findings = task
            .findings
            .iter()
            .filter_map(|f| findings.get(f).cloned())
            .collect();
    }

    for id in gone {
        let Some(task) = plan.roadmap.tasks.iter().find(|t| t.id == id) else {
            continue;
        };
        let drop = choices.drop(options, &id) && !worked_on(task.status);
        plan.left_out.push(LeftOut {
            id: task.id.clone(),
            title: task.title.clone(),
            status: task.status.to_string(),
            dropped: drop,
        });
        if drop {
            if let Ok(change) = remove_task_and_references(&plan.roadmap, &id) {
                // A change built from this very roadmap applies.
                let _ = apply(&mut plan.roadmap, change);
            }
        }
    }
    ids
}

/// Puts `task` after the task `last_in_phase` names for its phase (the one
/// before it in the report), else after the phase's last task, else last.
fn insert(roadmap: &mut Roadmap, task: Task, last_in_phase: &HashMap<String, String>) {
    let tasks = &roadmap.tasks;
    let after_previous = last_in_phase
        .get(&task.phase)
        .and_then(|id| tasks.iter().position(|t| t.id == *id));
    let after_phase = || tasks.iter().rposition(|t| t.phase == task.phase);
    let index = after_previous
        .or_else(after_phase)
        .map_or(tasks.len(), |i| i + 1);
    roadmap.tasks.insert(index, task);
}

/// Takes the report's changes into `task` (three-way against its record);
/// returns the fields taken and the conflicts.
fn merge_task(
    task: &mut Task,
    new: &Task,
    resolve: impl Fn(&str) -> Resolve,
) -> (Vec<FieldChange>, Vec<Conflict>) {
    let was = task.reported.as_deref().and_then(Reported::parse);
    let mut record = was.clone().unwrap_or_else(|| Reported::of(new));
    let mut changes = Vec::new();
    let mut conflicts = Vec::new();
    let mut unsettled_without_record = false;
    for key in REPORT_FIELDS {
        let team = value(task, key);
        let report = value(new, key);
        let base = was.as_ref().map(|w| w.get(key).map(str::to_string));
        if team == report {
            record.set(key, report);
            continue;
        }
        match base {
            // The report did not change it: the team's value stays.
            Some(base) if base == report => {}
            // Only the report changed it.
            Some(base) if base == team => {
                if assign(task, key, report.as_deref()) {
                    changes.push(FieldChange {
                        field: key,
                        from: team,
                        to: report.clone(),
                    });
                    record.set(key, report);
                }
            }
            // Both changed it, or there is no record of what the report said.
            base => {
                let resolve = resolve(key);
                let take = resolve == Resolve::Theirs && assign(task, key, report.as_deref());
                if take {
                    changes.push(FieldChange {
                        field: key,
                        from: team.clone(),
                        to: report.clone(),
                    });
                }
                match resolve {
                    Resolve::Unsettled => unsettled_without_record |= base.is_none(),
                    _ => record.set(key, report.clone()),
                }
                conflicts.push(Conflict {
                    id: task.id.clone(),
                    field: key,
                    was: base.flatten(),
                    team,
                    report,
                    kept: if take { "report" } else { "team" },
                    settled: resolve != Resolve::Unsettled,
                });
            }
        }
    }
    task.source_line = new.source_line.or(task.source_line);
    if !unsettled_without_record {
        task.reported = Some(record.to_string());
    }
    (changes, conflicts)
}
