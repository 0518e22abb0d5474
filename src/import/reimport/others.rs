//! Phases, findings and the maturity model of the new report. They carry no
//! record of what the report said, so the report's values win: a finding
//! (matched by id, then by title) or a level (by number) takes each value
//! the report gives that differs; what the report leaves empty stays.
//! New ones are added; none is ever removed.

use super::matching::SAME_TITLE;
use super::{FieldChange, ItemChange, Reimport};
use crate::import::similarity::overlap;
use crate::model::fields::{Field, FINDING_FIELDS, LEVEL_FIELDS};
use crate::model::{Level, Roadmap};
use std::collections::HashMap;

/// Adds the phases the roadmap lacks, each after the phase before it in
/// the report.
pub fn phases(plan: &mut Reimport, report: &Roadmap) {
    let mut after: Option<usize> = None;
    for phase in &report.phases {
        match plan.roadmap.phases.iter().position(|p| p.id == phase.id) {
            Some(i) => after = Some(i),
            None => {
                let i = after.map_or(plan.roadmap.phases.len(), |a| a + 1);
                plan.roadmap.phases.insert(i, phase.clone());
                plan.phases_added.push(phase.id.clone());
                after = Some(i);
            }
        }
    }
}

/// Updates and adds findings; returns report finding id → roadmap finding id.
pub fn findings(plan: &mut Reimport, report: &Roadmap) -> HashMap<String, String> {
    let mut ids = HashMap::new();
    let mut taken = vec![false; plan.roadmap.findings.len()];
    for new in &report.findings {
        let found = plan
            .roadmap
            .findings
            .iter()
            .position(|f| f.id == new.id)
            .filter(|&i| !taken[i])
            .or_else(|| {
                plan.roadmap.findings.iter().enumerate().position(|(i, f)| {
                    i < taken.len() && !taken[i] && overlap(&f.title, &new.title) >= SAME_TITLE
                })
            });
        match found {
            Some(i) => {
                taken[i] = true;
                let finding = &mut plan.roadmap.findings[i];
                ids.insert(new.id.clone(), finding.id.clone());
                let changes = take_given(FINDING_FIELDS, finding, new);
                if !changes.is_empty() {
                    plan.findings_changed.push(ItemChange {
                        id: finding.id.clone(),
                        changes,
                    });
                }
            }
            None => {
                let mut finding = new.clone();
                let existing = &plan.roadmap.findings;
                finding.id = crate::model::roadmap::unique_id(&new.id, |id| {
                    existing.iter().any(|f| f.id == id)
                });
                ids.insert(new.id.clone(), finding.id.clone());
                plan.findings_added.push(finding.id.clone());
                plan.roadmap.findings.push(finding);
            }
        }
    }
    ids
}

/// The maturity model: a roadmap without one takes the report's; else
/// baseline and levels are updated, new levels added. `requires` and
/// `min_score` are the team's and stay.
pub fn maturity(plan: &mut Reimport, report: &Roadmap, tasks: &HashMap<String, String>) {
    let Some(new) = &report.maturity else {
        return;
    };
    let remap = |level: &Level| {
        let mut level = level.clone();
        level.requires = level
            .requires
            .iter()
            .filter_map(|t| tasks.get(t).cloned())
            .collect();
        level
    };
    let Some(ours) = plan.roadmap.maturity.as_mut() else {
        let mut m = new.clone();
        m.levels = m.levels.iter().map(remap).collect();
        plan.levels_added = m.levels.iter().map(|l| l.level).collect();
        plan.roadmap.maturity = Some(m);
        return;
    };
    if ours.baseline != new.baseline {
        plan.levels_changed.push(ItemChange {
            id: "baseline".into(),
            changes: vec![FieldChange {
                field: "baseline",
                from: Some(crate::model::range::format_number(ours.baseline)),
                to: Some(crate::model::range::format_number(new.baseline)),
            }],
        });
        ours.baseline = new.baseline;
    }
    for level in &new.levels {
        match ours.levels.iter_mut().find(|l| l.level == level.level) {
            Some(l) => {
                let changes = take_given(LEVEL_FIELDS, l, level);
                if !changes.is_empty() {
                    plan.levels_changed.push(ItemChange {
                        id: level.level.to_string(),
                        changes,
                    });
                }
            }
            None => {
                let i = ours.levels.partition_point(|l| l.level < level.level);
                ours.levels.insert(i, remap(level));
                plan.levels_added.push(level.level);
            }
        }
    }
}

/// Sets each field `new` has and `item` holds differently (not the id, not
/// lists); returns what changed.
fn take_given<R>(fields: &'static [Field<R>], item: &mut R, new: &R) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    for f in fields {
        if matches!(f.key, "id" | "level" | "requires" | "min_score") {
            continue;
        }
        let Some(to) = (f.get)(new) else {
            continue;
        };
        let to_text = to.to_text(", ");
        let from = (f.get)(item).map(|v| v.to_text(", "));
        if from.as_deref() != Some(to_text.as_str()) {
            (f.set)(item, Some(to));
            changes.push(FieldChange {
                field: f.key,
                from,
                to: Some(to_text),
            });
        }
    }
    changes
}
