//! Where a report estimates its plan, that is the plan: lists elsewhere that
//! estimate nothing, prioritise nothing and tick nothing elaborate it (the
//! "short-term" ideas under each analysis section of a report whose roadmap
//! gives hours per task), and are left out unless they name the same work.
//! A report that estimates nothing but has a plan section (a roadmap, a
//! priority matrix, phases) is read the same way against that section: the
//! steps of a procedure described elsewhere are not its tasks.

use super::super::similarity::action_words;
use super::candidate::{Candidate, Scope, Shape};
use super::sections::Sections;
use std::collections::{HashMap, HashSet};

/// Fewer estimated tasks than this do not make an estimated plan.
const LEAST: usize = 4;

/// Key words a task of the plan shares with a finding and its fix when it
/// names the same work or problem.
const RESTATED: usize = 2;

pub fn estimated(c: &Candidate) -> bool {
    c.attrs.effort.is_some() || c.attrs.cost_once.is_some() || c.attrs.cost_monthly.is_some()
}

/// Leaves out the kept candidates outside an estimated plan that carry
/// nothing of their own.
/// `sized` says which candidates carried an estimate of their own before
/// mentions of one action were merged.
pub fn focus(cands: &mut [Candidate], sections: &Sections, sized: &[bool]) {
    let kept: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].kept()).collect();
    // A row named by a label ("| Content Moderation | High | 6 hours |")
    // sizes work the report words elsewhere: an action whose only estimate
    // it lent does not say where the plan is.
    let mut own = vec![false; cands.len()];
    let mut lent = vec![false; cands.len()];
    for (j, c) in cands.iter().enumerate() {
        let a = c.same_as.unwrap_or(j);
        if sized.get(j) == Some(&true) {
            if c.label {
                lent[a] = true;
            } else {
                own[a] = true;
            }
        }
    }
    let only_lent = |a: usize| lent[a] && !own[a];
    let estimated = |j: usize| {
        let c = &cands[j];
        estimated(c) && !only_lent(c.same_as.unwrap_or(j))
    };
    if kept.iter().filter(|&&i| estimated(i)).count() < LEAST {
        plan_sections(cands, sections, &kept);
        return;
    }
    // A heading is an estimated section when most of the tasks directly
    // under it (labels aside) carry an estimate.
    let heading_of = |c: &Candidate| {
        sections
            .chain_ids(c.section)
            .find(|&s| sections.list[s].read.level < 7 && !sections.list[s].task)
    };
    // Each action counts under the heading of every mention of it, once,
    // estimated when a mention there is.
    let mut under: HashMap<(usize, usize), bool> = HashMap::new();
    for (j, c) in cands.iter().enumerate() {
        let action = if c.kept() { Some(j) } else { c.same_as };
        if let (Some(i), Some(h)) = (action, heading_of(c)) {
            *under.entry((i, h)).or_default() |= estimated(j);
        }
    }
    let mut counts: HashMap<usize, (usize, usize)> = Default::default();
    for ((_, h), est) in under {
        let e = counts.entry(h).or_default();
        e.0 += usize::from(est);
        e.1 += 1;
    }
    let plan: HashSet<usize> = counts
        .into_iter()
        .filter(|(_, (est, all))| est * 2 >= *all && *est > 0)
        .map(|(h, _)| h)
        .collect();
    leave_out_details(cands, sections, &kept, &plan, "estimated plan");
}

/// The plan of a report without estimates: its plan and phase sections,
/// when they hold enough tasks.
fn plan_sections(cands: &mut [Candidate], sections: &Sections, kept: &[usize]) {
    use super::super::vocab::Role;
    // A phased plan first: the stages of the plan that hold tasks. One
    // vote per action: it is staged when any of its mentions sits in a
    // stage, whichever mention dedupe chose to stand for it.
    // A stage names its window ("Weeks 1-2"), is numbered ("Phase 2"), or
    // is one of a sequence of time words ("Immediate", "Short-term",
    // "Long-term" under one heading): a lone "Short-term" list under an
    // analysis section, or "Immediate Next Steps" after "Phase 5", is not.
    let mut horizons: HashMap<Option<usize>, usize> = HashMap::new();
    for h in sections.list.iter().filter(|h| h.read.horizon.is_some()) {
        *horizons.entry(h.parent).or_default() += 1;
    }
    let stage_of = |c: &Candidate| {
        sections.phase(c.section).filter(|&p| {
            let h = &sections.list[p];
            h.read.window.is_some()
                || h.read.marker
                || (h.read.horizon.is_some() && horizons.get(&h.parent) >= Some(&2))
        })
    };
    let mut mentions: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, c) in cands.iter().enumerate() {
        if let Some(r) = c.same_as {
            mentions.entry(r).or_default().push(j);
        }
    }
    let mut stages: HashSet<usize> = HashSet::new();
    let mut staged = 0;
    for &i in kept {
        let joined = mentions.get(&i).map_or(&[][..], Vec::as_slice);
        let mut any = false;
        for &j in std::iter::once(&i).chain(joined) {
            if let Some(p) = stage_of(&cands[j]) {
                stages.insert(p);
                any = true;
            }
        }
        staged += usize::from(any);
    }
    if staged >= LEAST && staged * 2 >= kept.len() {
        leave_out_details(cands, sections, kept, &stages, "phased plan");
        return;
    }
    let mut plan: HashSet<usize> = HashSet::new();
    let mut inside = 0;
    for &i in kept {
        let c = &cands[i];
        let role = sections.role(c.section);
        let phase = sections.phase(c.section);
        let stage = match (role, phase) {
            (Some((Role::Plan, r)), _) => Some(r),
            (None, Some(p)) => Some(p),
            _ => None,
        };
        if let Some(s) = stage {
            plan.insert(s);
            inside += 1;
        }
    }
    if inside < LEAST {
        return;
    }
    leave_out_details(cands, sections, kept, &plan, "plan");
}

fn leave_out_details(
    cands: &mut [Candidate],
    sections: &Sections,
    kept: &[usize],
    plan: &HashSet<usize>,
    what: &str,
) {
    let plan_line = plan
        .iter()
        .map(|&h| sections.list[h].read.line)
        .min()
        .unwrap_or(0);
    // A task stays when any mention of it is in the plan or carries
    // something of its own.
    let holds = |c: &Candidate| {
        sections.chain_ids(c.section).any(|s| plan.contains(&s))
            || estimated(c)
            || c.attrs.priority.is_some_and(|(_, s)| s >= Scope::Column)
            || sections.priority(c.section).is_some()
            || c.shape == Shape::Row
            || matches!(
                c.shape,
                Shape::Item {
                    checkbox: Some(_),
                    ..
                }
            )
            // "⏳ **Pen testing:** …": a pending mark ticks like a checkbox.
            || (matches!(c.shape, Shape::Item { .. }) && super::facts::starts_pending(&c.text))
    };
    let mut held: HashSet<usize> = HashSet::new();
    // "#### 5.2 Pre-Launch Checklist" › "- [ ] SSL certificate": a task
    // whose steps tick is held as its checkboxes would be.
    for c in cands.iter() {
        let ticks = matches!(
            c.shape,
            Shape::Item {
                checkbox: Some(_),
                ..
            }
        );
        if let Some(p) = c.parent.filter(|&p| ticks && !c.kept() && cands[p].kept()) {
            held.insert(p);
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if holds(c) && (c.kept() || c.same_as.is_some()) {
            held.insert(c.same_as.unwrap_or(i));
        }
    }
    // The fix the report gives for a finding ("**Fix:** Replace with proper
    // types" under "### 16. TypeScript `any` Types") is a task of its own
    // unless the plan names the same work or the same problem: then it is
    // that task's detail.
    let planned: Vec<HashSet<String>> = cands
        .iter()
        .filter(|c| {
            (c.kept() || c.same_as.is_some())
                && sections.chain_ids(c.section).any(|s| plan.contains(&s))
        })
        .map(|c| action_words(&c.title))
        .collect();
    let mut moved = Vec::new();
    for &i in kept {
        let c = &cands[i];
        if !c.fix || held.contains(&i) {
            continue;
        }
        let mut about = action_words(&c.title);
        if let Some(p) = c.parent {
            about.extend(action_words(&cands[p].title));
        }
        if let Some(t) = &c.section_title {
            about.extend(action_words(t));
        }
        if !planned
            .iter()
            .any(|p| p.iter().filter(|w| about.contains(*w)).count() >= RESTATED)
        {
            held.insert(i);
            moved.push(i);
        }
    }
    // The task stands where its finding is stated, the heading it fixes.
    for i in moved {
        if let Some(p) = cands[i].parent.filter(|&p| {
            !cands[p].kept()
                && cands[p].same_as.is_none()
                && matches!(cands[p].shape, Shape::Heading(_))
        }) {
            cands[i].line = cands[p].line;
        }
    }
    // The plan may name work by its identifier only ("P2: F007, F008, …").
    let named: HashSet<String> = cands
        .iter()
        .filter(|c| sections.chain_ids(c.section).any(|s| plan.contains(&s)))
        .flat_map(|c| super::title::all_ids(&c.text))
        .collect();
    for &i in kept {
        if held.contains(&i) || cands[i].ids.iter().any(|id| named.contains(id)) {
            continue;
        }
        if let Some(v) = cands[i].verdict.as_mut() {
            v.keep = false;
            v.confidence = 0.6;
            v.reason =
                format!("a detail outside the {what} at line {plan_line}, which does not list it");
        }
    }
}
