//! Attributes by scope: what a kept task says of itself, then its table
//! column, then the candidates it is nested in, then the headings and banners
//! above it, then a guess from the time horizon of its phase. Estimates of
//! steps left out are summed into a task that has none.

use super::super::walk::horizon_priority;
use super::candidate::{Candidate, Scope, Shape};
use super::sections::Sections;
use crate::model::{Calendar, Effort, EffortUnit, Range};

/// Sums step efforts, in their common unit when they share one.
fn sum(efforts: &[Effort]) -> Effort {
    let unit = efforts[0].unit;
    if efforts.iter().all(|e| e.unit == unit) {
        return Effort {
            amount: efforts.iter().map(|e| e.amount).sum(),
            unit,
        };
    }
    let cal = Calendar::default();
    let total: Range = efforts.iter().map(|e| e.in_hours(&cal)).sum();
    Effort {
        amount: total,
        unit: EffortUnit::Hours,
    }
}

/// True for "**ETA:** 3 días", "Deadline: 2 weeks": when the work lands,
/// which is no part of how long it takes.
fn names_a_date(text: &str) -> bool {
    text.split_once([':', '：']).is_some_and(|(label, _)| {
        super::keys::key_of(label.trim().trim_matches('*').trim()) == Some(super::keys::Key::When)
    })
}

/// Fills each kept candidate's attributes from its scopes.
pub fn inherit(cands: &mut [Candidate], sections: &Sections) {
    let n = cands.len();
    // Efforts of the steps left out, by parent.
    let mut step_efforts: Vec<Vec<Effort>> = vec![Vec::new(); n];
    for c in cands.iter() {
        if let (Some(p), Some(e)) = (c.parent, c.attrs.effort) {
            if !c.kept()
                && c.same_as.is_none()
                && matches!(c.shape, Shape::Item { .. } | Shape::Row)
                && !names_a_date(&c.text)
            {
                step_efforts[p].push(e);
            }
        }
    }
    for i in 0..n {
        if !cands[i].kept() {
            continue;
        }
        if cands[i].attrs.effort.is_none() && !step_efforts[i].is_empty() {
            cands[i].attrs.effort = Some(sum(&step_efforts[i]));
        }
        // The candidates it is nested in: a group heading, a finding.
        let mut parent = cands[i].parent;
        while let Some(p) = parent {
            let above = cands[p].attrs.clone();
            let mine = &mut cands[i].attrs;
            if mine.priority.is_none() {
                mine.priority = above.priority.map(|(p, s)| (p, s.min(Scope::Banner)));
            }
            if mine.phase.is_none() {
                mine.phase.clone_from(&above.phase);
            }
            if mine.window.is_none() {
                mine.window.clone_from(&above.window);
            }
            if mine.done.is_none() {
                mine.done = above.done;
            }
            if mine.owner.is_none() {
                mine.owner.clone_from(&above.owner);
            }
            if mine.category.is_none() {
                mine.category.clone_from(&above.category);
            }
            parent = cands[p].parent;
        }
        let at = cands[i].section;
        let attrs = &mut cands[i].attrs;
        let banner = sections.priority(at);
        if attrs.priority.is_some_and(|(_, s)| s <= Scope::Severity) && banner.is_some() {
            attrs.priority = banner.map(|p| (p, Scope::Banner));
        }
        if attrs.priority.is_none() {
            if let Some(p) = banner {
                attrs.priority = Some((p, Scope::Banner));
            } else if let Some(h) = sections
                .phase(at)
                .and_then(|s| sections.list[s].read.horizon)
            {
                attrs.priority = Some((horizon_priority(h), Scope::Guess));
            }
        }
    }
}
