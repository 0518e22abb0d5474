//! Keep or leave out each candidate, with a reason and a confidence.
//!
//! A candidate's evidence is summed: the role of its section (a plan or a
//! phase counts for it; metrics, criteria, outcomes, staffing, costs, risks,
//! strengths, appendices and procedures count against it), what it carries
//! (its own estimate, cost or priority, a checkbox, an instruction verb), and
//! cues in its words (a metric, a breakdown, a reference…). Then structure
//! decides between a parent and its children: children that are the steps or
//! breakdown of a task go; a parent that only groups tasks goes.

use super::super::vocab::{self, Role};
use super::candidate::{Candidate, Scope, Shape, Verdict};
use super::cues;
use super::sections::Sections;

/// Evidence at or above this keeps a candidate.
const KEEP: f64 = 1.5;

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Plan => "the plan",
        Role::Findings => "the findings",
        Role::Metrics => "a list of metrics",
        Role::Criteria => "acceptance criteria",
        Role::Outcomes => "deliverables or outcomes",
        Role::Resources => "resources or staffing",
        Role::Costs => "costs",
        Role::Risks => "risks",
        Role::Record => "what already is",
        Role::Summary => "the summary",
        Role::Appendix => "an appendix",
        Role::Procedure => "a procedure",
    }
}

/// Evidence for one candidate on its own, and the reason it gives.
fn evidence(c: &Candidate, sections: &Sections, plan_exists: bool) -> (f64, String) {
    // ", 2.1, 3.1" (a column of task numbers) says nothing to do.
    if !c.title.chars().any(char::is_alphabetic) {
        return (-10.0, "no words, only numbers or marks".into());
    }
    let role = sections.role(c.section);
    let section_title = |i: usize| sections.list[i].read.title.clone();
    // A stage of the plan counts when no section inside it names another
    // role ("Phase 5 Results" › "Key Discoveries" is not a stage).
    let phase = sections.phase(c.section);
    let role_at = sections.role(c.section).map(|(_, i)| i);
    let in_phase = match (phase, role_at) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(p), Some(r)) => {
            sections.chain_ids(c.section).position(|i| i == p)
                <= sections.chain_ids(c.section).position(|i| i == r)
        }
    };
    let mut score = 0.0;
    let mut reason;
    match role {
        Some((Role::Plan, i)) => {
            score += 2.0;
            reason = format!("in the plan under *{}*", section_title(i));
        }
        Some((Role::Findings, i)) => {
            if plan_exists {
                reason = format!("under *{}*, the findings", section_title(i));
            } else {
                score += 1.5;
                reason = format!(
                    "an issue to fix under *{}* (the report has no separate plan)",
                    section_title(i)
                );
            }
        }
        Some((Role::Summary, i)) => {
            score += if plan_exists { -0.5 } else { 1.0 };
            reason = format!("in the summary *{}*", section_title(i));
        }
        // "✅ Security checklist" › "Short term (1 month)" › "- [ ] Rate
        // limiting": an open checkbox in a stage of the plan is not done,
        // whatever mark its section wears.
        Some((Role::Record, i)) if in_phase && c.checkbox() == Some(false) => {
            score += 0.5;
            reason = format!("an open checkbox under *{}*", section_title(i));
        }
        // "✅ Launch-Critical Items (P0) - COMPLETE" › "- [x] Typecheck
        // blocking": a bucket of the plan, ranked by its heading, that says
        // its work is done; its ticked items are that work, done. Not under
        // another role ("Success Criteria" › "Must Have (P0) ✅").
        Some((Role::Record, i))
            if sections.list[i].read.priority.is_some()
                && sections
                    .role(sections.list[i].parent)
                    .is_none_or(|(r, _)| r == Role::Plan)
                && c.checkbox() == Some(true) =>
        {
            score += 2.0;
            reason = format!("a done item of the ranked bucket *{}*", section_title(i));
        }
        Some((other, i)) => {
            score -= 4.0;
            reason = format!("{} under *{}*", role_name(other), section_title(i));
        }
        None => {
            score += 0.5;
            reason = "in a section that names no role".into();
        }
    }
    // Under "Level 3: Continuous Integration" the lines that name no action
    // ("PR checks automated", "Preview deployments") say what the level
    // means; the work to reach it is written as work.
    let describes_level = sections
        .chain(c.section)
        .find(|h| h.read.level < 7)
        .is_some_and(|h| h.read.maturity_level && !h.task)
        && !vocab::starts_with_action(&c.title)
        && !c.attrs.is_specific();
    if describes_level {
        score -= 4.0;
        reason = format!("describes a maturity level ({reason})");
    }
    if in_phase && !matches!(role, Some((Role::Plan, _))) && score > -2.0 {
        score += 2.0;
        reason = format!("in a stage of the plan: {reason}");
    }
    match c.shape {
        Shape::Item {
            checkbox: Some(false),
            ..
        } => score += 1.0,
        Shape::Item {
            checkbox: Some(true),
            ..
        } => score += 0.5,
        // "⏳ **Pen testing:** …": a pending mark is an open checkbox.
        Shape::Item { checkbox: None, .. } if super::facts::starts_pending(&c.text) => score += 1.0,
        Shape::Row => score += 1.0,
        // A heading the report numbers or names by an id is one of a run of
        // work items ("Issue 1.3:", "[BUG-F001]", "### 7."), not a section.
        Shape::Heading(_) if !c.ids.is_empty() || super::units::is_step_numbered(&c.text) => {
            score += 1.5
        }
        Shape::Heading(_) => score += 0.5,
        Shape::Lead => score += 0.5,
        Shape::Item { .. } => {}
    }
    if c.attrs.is_specific() {
        score += 1.5;
    }
    if vocab::starts_with_action(&c.title) {
        score += 1.0;
    }
    let words = c.title.split_whitespace().count();
    if words > 30 {
        score -= 1.5;
    } else if words > 18 {
        score -= 0.5;
    }
    let planned = matches!(role, Some((Role::Plan, _))) || in_phase;
    // Only list items and lead-ins state facts as `name: value`.
    let fact_shaped = matches!(c.shape, Shape::Item { .. } | Shape::Lead);
    // A status mark in an estimated row is that work's progress ("✅ DONE
    // | 30 min"), not a statement of what is in place.
    if !planned
        && cues::has_state_mark(&c.text)
        && (c.shape != Shape::Row || c.attrs.effort.is_none())
        && !matches!(
            c.shape,
            Shape::Item {
                checkbox: Some(_),
                ..
            }
        )
    {
        score -= 4.0;
        reason = format!("{} ({reason})", cues::Cue::Status.reason());
    } else if !fact_shaped {
        // "### C-02: Missing Rate Limiting on 79% of API Routes": a heading
        // the report names by an id is one of its run of units; a share in
        // its words sizes the problem or the work, it is no target to meet.
        let unit = matches!(c.shape, Shape::Heading(_)) && !c.ids.is_empty();
        if let Some(cue) = cues::cue(&c.text)
            .or_else(|| (c.title != c.text).then(|| cues::cue(&c.title)).flatten())
            .filter(|&cue| !(unit && cue == cues::Cue::Metric))
        {
            score -= cue.weight();
            reason = format!("{} ({reason})", cue.reason());
        }
    } else if (cues::file_path(&c.title) || c.only_code) && c.children == 0 {
        score -= 4.0;
        reason = format!("{} ({reason})", cues::Cue::Code.reason());
    } else if cues::duration_fact(&c.text) {
        score -= 4.0;
        reason = format!("{} ({reason})", cues::Cue::DurationFact.reason());
    } else if totals(&c.text) {
        // "**总计：** 约 15-20 天", "**Total:** ~20 hours" under the work it sums.
        score -= 4.0;
        reason = format!("{} ({reason})", cues::Cue::Breakdown.reason());
    } else if cues::key_value(&c.text)
        && !super::facts::starts_pending(&c.text)
        // "- Must" › "Versleuteling: SQLCipher …": a bucket's items are work.
        && !sections.in_bucket(c.section)
    {
        // A name and a value states a fact, in the plan or out of it.
        score -= 1.5;
        reason = format!("{} ({reason})", cues::Cue::KeyValue.reason());
    } else if let Some(cue) =
        cues::cue(&c.text).or_else(|| (c.title != c.text).then(|| cues::cue(&c.title)).flatten())
    {
        score -= cue.weight();
        reason = format!("{} ({reason})", cue.reason());
    }
    (score, reason)
}

/// "**Total:** 20 hours", "- Итого: 5 дней", "**总计：** 约 15 天": a line
/// whose name is a total sums the work above it.
fn totals(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['-', '*', '+', ' ']);
    t.split_once([':', '：']).is_some_and(|(key, value)| {
        let key = key.trim().trim_matches(['*', '_', ' ']);
        !value.trim().trim_matches('*').trim().is_empty()
            && key.split_whitespace().count() <= 3
            && super::rows::is_total_row(key)
    })
}

fn confidence(score: f64) -> f64 {
    let margin = (score - KEEP).abs();
    (0.5 + 0.5 * (1.0 - (-margin / 1.5).exp())).min(0.99)
}

/// True when a parent's children are tasks of their own rather than its
/// steps: they are checkboxes or rows, or carry their own estimate or
/// priority, while the parent carries none.
fn groups(parent: &Candidate, children: &[&Candidate]) -> bool {
    if children.is_empty() {
        return false;
    }
    let own = |c: &Candidate| {
        matches!(
            c.shape,
            Shape::Row
                | Shape::Item {
                    checkbox: Some(_),
                    ..
                }
        ) || c.attrs.priority.is_some()
            || (c.attrs.effort.is_some() && !is_breakdown_line(c))
    };
    let owned = children.iter().filter(|c| own(c)).count();
    let label = parent.title.ends_with(':') || parent.text.trim_end().ends_with(':');
    // "**P0: Race conditions**" over plain checkboxes: the report ranks
    // the named work, and the boxes are how it gets done.
    let ranked_work = matches!(parent.shape, Shape::Lead | Shape::Item { .. })
        && parent.attrs.priority.is_some_and(|(_, s)| s == Scope::Own)
        && children
            .iter()
            .all(|c| c.attrs.priority.is_none() && c.attrs.effort.is_none());
    let parent_specific = parent.attrs.effort.is_some()
        || parent.attrs.cost_once.is_some()
        || parent.attrs.cost_monthly.is_some()
        || ranked_work;
    // A checkbox with checkboxes under it is a task with its subtasks.
    let parent_ticks = matches!(
        parent.shape,
        Shape::Item {
            checkbox: Some(_),
            ..
        }
    );
    (owned * 2 >= children.len() && !parent_specific && !parent_ticks)
        || (label && children.len() >= 2)
}

/// "Dockerfile: 4 hours": a line that only prices a part of its parent.
fn is_breakdown_line(c: &Candidate) -> bool {
    c.text.contains(':') && c.attrs.effort.is_some() && c.title.split_whitespace().count() <= 6
}

/// For each heading candidate: whether at least two other headings of its
/// level under the same section carry their own estimate.
fn estimated_runs(cands: &[Candidate], sections: &Sections) -> Vec<bool> {
    let key = |c: &Candidate| match c.shape {
        Shape::Heading(level) => c.section.map(|s| (level, sections.list[s].parent)),
        _ => None,
    };
    let mut estimated: std::collections::HashMap<(u8, Option<usize>), usize> =
        std::collections::HashMap::new();
    for c in cands {
        if let Some(k) = key(c).filter(|_| c.attrs.effort.is_some()) {
            *estimated.entry(k).or_default() += 1;
        }
    }
    // "#### 5.2 Pre-Launch Checklist" under "### PHASE 5", where most
    // "#### x.y" items of the other phases carry "(2 days)": the report plans
    // at that level throughout, not only among one section's headings.
    let cousin_key = |c: &Candidate| {
        key(c).map(|(level, parent)| (level, parent.and_then(|p| sections.list[p].parent)))
    };
    let mut cousins: std::collections::HashMap<(u8, Option<usize>), (usize, usize)> =
        std::collections::HashMap::new();
    for c in cands {
        if let Some(k) = cousin_key(c) {
            let e = cousins.entry(k).or_default();
            e.0 += 1;
            e.1 += usize::from(c.attrs.effort.is_some());
        }
    }
    cands
        .iter()
        .map(|c| {
            let siblings = key(c).is_some_and(|k| {
                let n = estimated.get(&k).copied().unwrap_or(0);
                n - usize::from(c.attrs.effort.is_some() && n > 0) >= 2
            });
            let cousins = cousin_key(c)
                .and_then(|k| cousins.get(&k))
                .is_some_and(|&(all, est)| {
                    est - usize::from(c.attrs.effort.is_some()) >= 3 && est * 2 >= all
                });
            siblings || cousins
        })
        .collect()
}

/// Decides every candidate.
pub fn decide(cands: &mut [Candidate], sections: &Sections) {
    let plan_exists = cands.iter().any(|c| {
        matches!(sections.role(c.section), Some((Role::Plan, _)))
            || sections.phase(c.section).is_some()
    });
    // Each candidate's evidence is its own: a large report weighs them on
    // two threads.
    let weigh = |part: &[Candidate]| -> Vec<(f64, String)> {
        part.iter()
            .map(|c| evidence(c, sections, plan_exists))
            .collect()
    };
    let mut scores: Vec<(f64, String)> = if cands.len() > 2_000 {
        let (a, b) = cands.split_at(cands.len() / 2);
        std::thread::scope(|s| {
            let second = s.spawn(|| weigh(b));
            let mut first = weigh(a);
            first.extend(
                second
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
            first
        })
    } else {
        weigh(cands)
    };
    let estimated_run = estimated_runs(cands, sections);
    // Parents and children, innermost first: a child's own verdict is known
    // before its parent's structure is judged.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); cands.len()];
    for (i, c) in cands.iter().enumerate() {
        if let Some(p) = c.parent {
            children[p].push(i);
        }
    }
    for p in (0..cands.len()).rev() {
        if children[p].is_empty() {
            continue;
        }
        let kept_children: Vec<usize> = children[p]
            .iter()
            .copied()
            .filter(|&i| scores[i].0 >= KEEP)
            .collect();
        let refs: Vec<&Candidate> = kept_children.iter().map(|&i| &cands[i]).collect();
        // Items under a label inside a heading's body ("**Actions:**",
        // "**Действия:**") are that heading's breakdown, checkboxes or not.
        let labelled = matches!(cands[p].shape, Shape::Heading(_))
            && !refs.is_empty()
            && refs.iter().all(|c| {
                c.section != cands[p].section
                    && c.section.is_some_and(|s| sections.list[s].read.level == 7)
            });
        // A finding whose "**Recommendation:**" lists short steps with
        // nothing of their own: one fix, named by the finding, in steps.
        let one_fix = labelled
            && scores[p].0 < KEEP
            && refs.len() >= 2
            && refs.iter().all(|c| {
                c.attrs.priority.is_none()
                    && c.attrs.effort.is_none()
                    && c.section
                        .is_some_and(|s| super::title::is_steps_label(&sections.list[s].read.title))
            });
        if one_fix {
            scores[p].0 = KEEP;
            scores[p].1 = format!("a finding whose {} steps fix it", refs.len());
        }
        // In a run of sibling headings that carry their own estimates
        // ("2.1 Auth (5 days)", "2.2 API (3 days)"), the heading is the unit
        // the report plans; its plain checklist is its breakdown.
        let planned_unit = estimated_run[p] && refs.iter().all(|c| !c.attrs.is_specific());
        if !labelled && !planned_unit && groups(&cands[p], &refs) {
            scores[p].0 = scores[p].0.min(KEEP - 1.0);
            scores[p].1 = format!("a heading over {} tasks", kept_children.len());
        } else if scores[p].0 >= KEEP {
            let title = cands[p].title.clone();
            // A parent that already names work ("Fix the node build ⏰ 5
            // min") keeps its "Fix:" as a note; a finding gives way to it.
            let names_work = vocab::starts_with_action(&cands[p].title)
                || cands[p].attrs.effort.is_some()
                || super::units::is_step_numbered(&cands[p].text);
            // Its steps, and the items under a part of it left out, for its
            // own reason or as a group ("**Batch 1: 6 methods**" › "- [ ]
            // Move getAos"): the breakdown of one task, however deep.
            let mut below: Vec<usize> = children[p].clone();
            while let Some(i) = below.pop() {
                if scores[i].0 >= KEEP {
                    if !cands[i].fix || names_work {
                        scores[i].0 = KEEP - 1.0;
                        scores[i].1 = format!("a step of *{title}*");
                    }
                } else {
                    below.extend(children[i].iter().copied());
                }
            }
            // A finding's "Fix:" is the task; the finding titled it.
            if !names_work
                && children[p]
                    .iter()
                    .any(|&i| cands[i].fix && scores[i].0 >= KEEP)
            {
                scores[p].0 = KEEP - 1.0;
                scores[p].1 = "the finding its fix below addresses".into();
            }
        }
    }
    described(cands, &mut scores, sections);
    for (c, (score, reason)) in cands.iter_mut().zip(scores) {
        c.verdict = Some(Verdict {
            keep: score >= KEEP,
            reason,
            confidence: confidence(score),
        });
    }
}

/// "### PHASE 3" › "□ JWT tokens", "□ MFA" and "**Real Auth Flow:**" › "1.
/// User registration", "2. Identity check": where a heading's body already
/// states its work as tasks, a plain list under a label beside them, naming
/// nothing to do and carrying nothing of its own, describes that work (a
/// flow, a model, examples); it is not more work. A label that names steps,
/// a bucket, a role, a window or a priority still introduces work.
fn described(cands: &[Candidate], scores: &mut [(f64, String)], sections: &Sections) {
    let kept = |i: usize, scores: &[(f64, String)]| scores[i].0 >= KEEP;
    let mut direct = vec![false; sections.list.len()];
    for (i, c) in cands.iter().enumerate() {
        if let Some(s) = c.section.filter(|&s| sections.list[s].read.level < 7) {
            direct[s] |= kept(i, scores);
        }
    }
    for (i, c) in cands.iter().enumerate() {
        let plain = matches!(c.shape, Shape::Item { checkbox: None, .. })
            && !super::facts::starts_pending(&c.text)
            && !c.attrs.is_specific()
            && !vocab::starts_with_action(&c.title);
        if !plain || !kept(i, scores) {
            continue;
        }
        let Some(s) = c.section else { continue };
        let label = &sections.list[s];
        let describes = label.read.level == 7
            && !label.bucket
            && label.role.is_none()
            && label.read.window.is_none()
            && label.read.priority.is_none()
            && !super::title::is_steps_label(&label.read.title)
            && label
                .parent
                .is_some_and(|h| sections.list[h].read.level < 7 && direct[h]);
        if describes {
            scores[i].0 = KEEP - 1.0;
            scores[i].1 = format!(
                "describes the work listed beside it (a plain list under *{}*)",
                label.read.title
            );
        }
    }
}
