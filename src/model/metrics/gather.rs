//! The one pass over the tasks behind [`Metrics::compute`](super::Metrics)
//! and `LiveMetrics::new`. At 100,000 tasks the tasks fill tens of MB, so
//! every walk over them costs a trip through memory: each task's numbers,
//! breakdown groups, level, findings and (if asked) id are taken in the same
//! walk rather than in one walk each.

use super::{capitalise, FastMap, Group, TaskFigures, NO_CATEGORY};
use crate::model::kinds::Priority;
use crate::model::roadmap::Roadmap;
use crate::model::scorecard::FindingIndex;

/// Where one task counts, by slot, for the incremental metrics.
#[derive(Debug, Clone, Copy)]
pub(super) struct Slots {
    pub phase: usize,
    /// In the sorted `by_category`.
    pub category: usize,
    /// Among the levels of `by_level`; `None` for the untagged group.
    pub level_group: Option<usize>,
}

/// What the pass gathers.
pub(super) struct Gathered<'r> {
    pub figures: Vec<TaskFigures>,
    pub overall: Group,
    pub by_phase: Vec<Group>,
    pub by_priority: Vec<Group>,
    /// Sorted by label.
    pub by_category: Vec<Group>,
    /// The levels' groups only; `untagged` apart.
    pub by_level: Vec<Group>,
    pub untagged: Group,
    /// Level number → positions of the tasks naming it, ascending.
    pub tagged: FastMap<u32, Vec<usize>>,
    pub findings: FindingIndex,
    /// Id → position (the last task wins where ids repeat), when asked for.
    pub ids: FastMap<&'r str, usize>,
    /// Per task, when asked for.
    pub slots: Vec<Slots>,
}

pub(super) fn gather(roadmap: &Roadmap, with_ids: bool, with_slots: bool) -> Gathered<'_> {
    let cal = roadmap.calendar();
    let n = roadmap.tasks.len();
    let mut overall = Group::new("all", "All tasks");
    let mut by_phase: Vec<Group> = roadmap
        .phases
        .iter()
        .map(|p| Group::new(p.id.clone(), p.name.clone()))
        .collect();
    let mut phase_slot: FastMap<&str, usize> = roadmap
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut by_priority: Vec<Group> = Priority::ALL
        .iter()
        .map(|p| Group::new(p.as_str(), capitalise(p.as_str())))
        .collect();
    let mut by_category: Vec<Group> = Vec::new();
    let mut category_slot: FastMap<&str, usize> = FastMap::default();
    let levels = roadmap
        .maturity
        .as_ref()
        .map(|m| &m.levels[..])
        .unwrap_or(&[]);
    let mut by_level: Vec<Group> = levels
        .iter()
        .map(|l| Group::new(l.level.to_string(), format!("Level {} {}", l.level, l.name)))
        .collect();
    let level_slot: FastMap<u32, usize> = levels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.level, i))
        .collect();
    let mut untagged = Group::new("untagged", "No level");
    let mut figures = Vec::with_capacity(n);
    let mut tagged: FastMap<u32, Vec<usize>> = FastMap::default();
    let mut findings = FindingIndex::start(roadmap);
    let mut ids: FastMap<&str, usize> = if with_ids {
        FastMap::with_capacity_and_hasher(n, Default::default())
    } else {
        FastMap::default()
    };
    let mut slots = Vec::with_capacity(if with_slots { n } else { 0 });

    // Tasks come grouped by phase and often run in one category or level:
    // reuse the previous task's slot when the key repeats instead of
    // hashing every task's strings.
    let mut last_phase: Option<(&str, usize)> = None;
    let mut last_category: Option<(&str, usize)> = None;
    let mut last_level: Option<(u32, Option<usize>)> = None;
    for (at, task) in roadmap.tasks.iter().enumerate() {
        let f = TaskFigures::of(task, &cal);
        overall.add(&f);
        let phase = match last_phase {
            Some((key, i)) if key == task.phase => i,
            _ => match phase_slot.get(task.phase.as_str()) {
                Some(&i) => i,
                None => {
                    by_phase.push(Group::new(task.phase.clone(), task.phase.clone()));
                    phase_slot.insert(&task.phase, by_phase.len() - 1);
                    by_phase.len() - 1
                }
            },
        };
        last_phase = Some((&task.phase, phase));
        by_phase[phase].add(&f);
        by_priority[task.priority as usize].add(&f);
        let category_key = task.category.as_deref().unwrap_or(NO_CATEGORY);
        let category = match last_category {
            Some((key, i)) if key == category_key => i,
            _ => *category_slot.entry(category_key).or_insert_with(|| {
                by_category.push(Group::new(category_key, category_key));
                by_category.len() - 1
            }),
        };
        last_category = Some((category_key, category));
        by_category[category].add(&f);
        let level_group = match (task.level, last_level) {
            (None, _) => None,
            (Some(l), Some((key, g))) if key == l => g,
            (Some(l), _) => {
                let g = level_slot.get(&l).copied();
                last_level = Some((l, g));
                g
            }
        };
        match level_group {
            Some(i) => by_level[i].add(&f),
            None => untagged.add(&f),
        }
        if let Some(l) = task.level {
            tagged.entry(l).or_default().push(at);
        }
        findings.add_task(at, task);
        if with_ids {
            ids.insert(task.id.as_str(), at);
        }
        if with_slots {
            slots.push(Slots {
                phase,
                category,
                level_group,
            });
        }
        figures.push(f);
    }
    // Sort the categories by label and point the slots at their new places.
    let mut order: Vec<usize> = (0..by_category.len()).collect();
    order.sort_by_key(|&i| by_category[i].label.to_lowercase());
    let mut new_place = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        new_place[from] = to;
    }
    let mut old: Vec<Option<Group>> = by_category.into_iter().map(Some).collect();
    let by_category: Vec<Group> = order.iter().filter_map(|&i| old[i].take()).collect();
    for s in &mut slots {
        s.category = new_place[s.category];
    }
    Gathered {
        figures,
        overall,
        by_phase,
        by_priority,
        by_category,
        by_level,
        untagged,
        tagged,
        findings,
        ids,
        slots,
    }
}
