//! Drafts → roadmap: the same task mentioned twice becomes one, every task
//! gets a phase, stable unique ids, a priority (or a warning), and the
//! maturity levels' checklists tag the tasks they name.

use super::draft::{Drafts, PhaseDraft, PrioritySource, TaskDraft};
use super::links;
use super::maturity;
use super::similarity::key_words;
use super::text::words;
use super::WarningKind;
use crate::model::roadmap::{slugify, unique_id};
use crate::model::{Phase, Priority, Project, Roadmap, Status, Task};
use std::collections::{HashMap, HashSet};

pub fn assemble(
    mut drafts: Drafts,
    read: maturity::Read,
    source_name: &str,
) -> (Roadmap, Vec<super::ImportWarning>) {
    let mut tasks = std::mem::take(&mut drafts.tasks);
    // Every recogniser refuses blank titles; this keeps the promise for all.
    tasks.retain(|t| !t.title.trim().is_empty());
    let tasks = merge_duplicates(tasks);
    let mut roadmap = Roadmap::new(project(&drafts, source_name));
    roadmap.maturity = read.maturity;

    let (phase_of_task, phases) = phases(&tasks, &drafts.phases);
    let mut phase_ids: Vec<String> = Vec::new();
    let mut taken_phase_ids: HashSet<String> = HashSet::new();
    let mut next_phase_suffix: HashMap<String, usize> = HashMap::new();
    for p in &phases {
        let name = match (p.name.trim(), &p.window) {
            ("", Some(w)) => w.clone(),
            ("", None) => format!("Phase {}", phase_ids.len() + 1),
            (n, _) => n.to_string(),
        };
        let base = slugify(&name);
        let id = fresh_id(base, &mut taken_phase_ids, &mut next_phase_suffix);
        phase_ids.push(id.clone());
        roadmap.phases.push(Phase {
            id,
            name,
            window: p.window.clone(),
            start: None,
            end: None,
            description: None,
        });
    }

    let mut taken: HashSet<String> = HashSet::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for (draft, phase) in tasks.into_iter().zip(phase_of_task) {
        let id = fresh_id(slugify(&draft.title), &mut taken, &mut next_suffix);
        let mut task = Task::new(id, phase_ids[phase].clone(), draft.title.clone());
        match draft.priority {
            Some((p, _)) => task.priority = p,
            None => drafts.warn(
                Some(draft.line),
                WarningKind::NoPriority,
                format!(
                    "task `{}` has no priority in the report; set to medium",
                    draft.title
                ),
            ),
        }
        if draft.effort.is_none() {
            drafts.warn(
                Some(draft.line),
                WarningKind::NoEffort,
                format!(
                    "task `{}` has no effort estimate in the report",
                    draft.title
                ),
            );
        }
        task.effort = draft.effort;
        task.cost_once = draft.cost_once;
        task.cost_monthly = draft.cost_monthly;
        task.category = draft.category;
        task.owner = draft.owner;
        task.status = if draft.done {
            Status::Done
        } else {
            Status::Todo
        };
        task.notes = (!draft.notes.is_empty()).then(|| draft.notes.join("\n"));
        task.source_line = u32::try_from(draft.line).ok();
        roadmap.tasks.push(task);
    }
    links::tag_levels(&mut roadmap, &read.checklists);

    let mut finding_ids: HashSet<String> = HashSet::new();
    let mut next_finding_suffix: HashMap<String, usize> = HashMap::new();
    for mut f in std::mem::take(&mut drafts.findings) {
        if f.title.trim().is_empty() {
            continue;
        }
        if f.category.trim().is_empty() {
            f.category = "General".into();
        }
        f.id = fresh_id(
            slugify(&f.title),
            &mut finding_ids,
            &mut next_finding_suffix,
        );
        roadmap.findings.push(f);
    }
    links::link_findings(&mut roadmap);

    if roadmap.tasks.is_empty() && roadmap.findings.is_empty() && roadmap.maturity.is_none() {
        drafts.warn(
            None,
            WarningKind::NothingFound,
            "nothing in the report was recognised as a task, finding or maturity model: the roadmap is empty. \
             Tasks are read from checkbox lists, lists under headings such as `Recommendations`, `Next Steps` or \
             `Phase 1 (Week 1-2)`, task tables and `Priority:`/`Effort:` blocks",
        );
    }
    (roadmap, drafts.warnings)
}

/// `unique_id` with memory: thousands of titles sharing a slug get
/// `slug-2`, `slug-3`… without rescanning the suffixes already handed out.
fn fresh_id(
    base: String,
    taken: &mut HashSet<String>,
    next: &mut HashMap<String, usize>,
) -> String {
    let start = next.get(&base).copied().unwrap_or(1);
    let id = if start == 1 {
        unique_id(&base, |id| taken.contains(id))
    } else {
        (start..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_else(|| unique_id(&base, |id| taken.contains(id)))
    };
    let used = id
        .strip_prefix(&base)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1);
    next.insert(base, used.max(start) + 1);
    taken.insert(id.clone());
    id
}

fn project(drafts: &Drafts, source_name: &str) -> Project {
    let stem = std::path::Path::new(source_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("Imported report");
    let mut project = Project::new(
        drafts
            .project_name
            .clone()
            .unwrap_or_else(|| stem.to_string()),
    );
    project.source = Some(source_name.to_string());
    project.audit_date = drafts.audit_date;
    project.summary = drafts.summary.clone();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in &drafts.currencies {
        *counts.entry(c).or_default() += 1;
    }
    if let Some((c, _)) = counts
        .into_iter()
        .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
    {
        project.currency = c.to_string();
    }
    project
}

/// One task per title: later mentions fill what earlier ones lack. The most
/// specific mention (one with an estimate, then one stating its priority
/// most directly) sets the priority and the phase: a plan section with hours
/// beats a checklist, and a roadmap section beats a passing "long-term" list.
fn merge_duplicates(tasks: Vec<TaskDraft>) -> Vec<TaskDraft> {
    fn weight(t: &TaskDraft) -> (bool, Option<PrioritySource>) {
        (
            t.effort.is_some() || t.cost_once.is_some() || t.cost_monthly.is_some(),
            t.priority.map(|(_, s)| s),
        )
    }
    let mut out: Vec<(TaskDraft, (bool, Option<PrioritySource>))> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for t in tasks {
        // The title's meaningful words, whole and in any order: "Add
        // deployment scripts" and "Create Deployment Scripts" are one task.
        // (Slugs are cut at 48 characters, so they would merge different
        // tasks that start alike.)
        let key = merge_key(&t.title);
        let w = weight(&t);
        let Some(&i) = by_key.get(&key) else {
            by_key.insert(key, out.len());
            out.push((t, w));
            continue;
        };
        let (kept, kept_weight) = &mut out[i];
        if w > *kept_weight {
            *kept_weight = w;
            // The more specific mention's wording names the task.
            let earlier = std::mem::replace(&mut kept.title, t.title.clone());
            if !earlier.eq_ignore_ascii_case(&kept.title) {
                kept.notes.push(format!("Also: {earlier}"));
            }
            if t.priority.is_some() {
                kept.priority = t.priority;
            }
            if t.phase.is_some() {
                kept.phase = t.phase;
            }
        }
        if kept.priority.is_none() {
            kept.priority = t.priority;
        }
        if kept.phase.is_none() {
            kept.phase = t.phase;
        }
        kept.effort = kept.effort.or(t.effort);
        kept.cost_once = kept.cost_once.or(t.cost_once);
        kept.cost_monthly = kept.cost_monthly.or(t.cost_monthly);
        kept.category = kept.category.take().or(t.category);
        kept.owner = kept.owner.take().or(t.owner);
        kept.done |= t.done;
        for note in t.notes {
            if !kept.notes.contains(&note) {
                kept.notes.push(note);
            }
        }
    }
    out.into_iter().map(|(t, _)| t).collect()
}

/// What makes two titles the same task: their meaningful word stems,
/// sorted; the plain words when a title has none ("Setup").
fn merge_key(title: &str) -> String {
    let mut stems: Vec<String> = key_words(title).into_iter().collect();
    if stems.is_empty() {
        return words(title).join(" ");
    }
    stems.sort_unstable();
    stems.join(" ")
}

/// The phases that hold tasks, in plan order, and each task's phase index.
/// A task the report placed in no phase goes to the phase of its priority
/// when the plan's phases are keyed by priority, else to "Backlog"; a report
/// with no phases at all gets one phase per priority.
fn phases(tasks: &[TaskDraft], drafts: &[PhaseDraft]) -> (Vec<usize>, Vec<PhaseDraft>) {
    let mut all: Vec<PhaseDraft> = drafts.to_vec();
    let mut assigned: Vec<usize> = Vec::with_capacity(tasks.len());
    let mut extra: HashMap<String, usize> = HashMap::new();
    for t in tasks {
        let index = t.phase.or_else(|| {
            // The phase keyed by the task's priority that the report
            // mentions nearest to the task.
            let p = t.priority.map(|(p, _)| p)?;
            all.iter()
                .enumerate()
                .filter(|(_, ph)| ph.priority == Some(p))
                .min_by_key(|(_, ph)| {
                    ph.mentions
                        .iter()
                        .map(|m| m.abs_diff(t.line))
                        .min()
                        .unwrap_or(usize::MAX)
                })
                .map(|(i, _)| i)
        });
        let index = index.unwrap_or_else(|| {
            let name = if drafts.is_empty() {
                match t.priority.map(|(p, _)| p) {
                    Some(Priority::Critical) => "Critical",
                    Some(Priority::High) => "High priority",
                    Some(Priority::Medium) | None => "Medium priority",
                    Some(Priority::Low) => "Low priority",
                }
            } else {
                "Backlog"
            };
            *extra.entry(name.to_string()).or_insert_with(|| {
                all.push(PhaseDraft {
                    name: name.to_string(),
                    window: None,
                    horizon: None,
                    priority: None,
                    line: usize::MAX,
                    mentions: Vec::new(),
                });
                all.len() - 1
            })
        });
        assigned.push(index);
    }
    // Keep used phases only, in first-mention order, with priority phases
    // made up here sorted most urgent first.
    let mut used: Vec<usize> = assigned.clone();
    used.sort_by_key(|i| (all[*i].line, priority_rank(&all[*i].name), *i));
    used.dedup();
    let remap: HashMap<usize, usize> = used
        .iter()
        .enumerate()
        .map(|(new, old)| (*old, new))
        .collect();
    let phases = used.iter().map(|i| all[*i].clone()).collect();
    (assigned.iter().map(|i| remap[i]).collect(), phases)
}

fn priority_rank(name: &str) -> usize {
    [
        "Critical",
        "High priority",
        "Medium priority",
        "Low priority",
        "Backlog",
    ]
    .iter()
    .position(|n| *n == name)
    .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use crate::import::import_report;

    const REPORT: &str = "# Audit - Acme\n\n| Category | Score | Status |\n|---|---|---|\n| Monitoring | 45/100 | ⚠️ Limited |\n| Security | 90/100 | ✅ Good |\n\n## Next Steps\n\n### HIGH PRIORITY (Week 1)\n- [ ] Enhanced monitoring (4h)\n- [ ] Enhanced monitoring dashboards\n- [ ] Write docs\n\n### LOW PRIORITY (Month 2)\n- [ ] Enhanced monitoring (1 day)\n";

    #[test]
    fn tasks_address_the_findings_they_name() {
        let r = import_report(REPORT.as_bytes(), "acme.md").roadmap;
        let task = |id: &str| {
            r.task(id)
                .unwrap_or_else(|| panic!("{id} in {:?}", r.tasks))
        };
        assert_eq!(task("enhanced-monitoring").findings, vec!["monitoring"]);
        assert!(task("write-docs").findings.is_empty());
    }

    #[test]
    fn a_task_mentioned_twice_is_one_task_placed_by_its_estimate() {
        let r = import_report(REPORT.as_bytes(), "acme.md").roadmap;
        let ids: Vec<&str> = r.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "enhanced-monitoring",
                "enhanced-monitoring-dashboards",
                "write-docs"
            ]
        );
        // Both mentions carry an estimate, so the first stays; its own is kept.
        let t = &r.tasks[0];
        assert_eq!(t.effort.map(|e| e.to_string()).as_deref(), Some("4h"));
        assert_eq!(t.phase, r.phases[0].id);
        assert_eq!(t.source_line, Some(11));
        assert_eq!(r.project.name, "Acme");
    }
}
