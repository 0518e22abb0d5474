//! The plan of a report: candidates from every structure ([`gather`]), a
//! decision per candidate ([`decide`]), one task per action ([`dedupe`]),
//! attributes inherited by scope ([`scope`]), then drafts for assembly.

mod candidate;
mod cite;
mod cues;
mod decide;
mod dedupe;
mod done;
mod facts;
mod fences;
mod fixes;
mod focus;
pub mod gather;
mod keys;
mod overrule;
mod restate;
mod rows;
mod said;
mod scope;
mod sections;
mod title;
pub mod units;

pub use candidate::{Candidate, Scope};

use super::draft::{Drafts, PhaseDraft, PrioritySource, TaskDraft};
use super::outline::Block;
use super::priority::Legend;
use super::text::{calm_case, clean_title};
use super::window::{find_horizon, find_window};
use super::WarningKind;
use sections::Sections;

/// What the report's plan gave: every candidate, decided.
pub fn read(
    blocks: &[Block],
    legend: &Legend,
    decisions: &super::Decisions,
    out: &mut Drafts,
) -> Vec<Candidate> {
    let gather::Gathered {
        mut candidates,
        sections,
        unread,
    } = gather::gather(blocks, legend);
    decide::decide(&mut candidates, &sections);
    let mut sized: Vec<bool> = candidates.iter().map(focus::estimated).collect();
    dedupe::dedupe(&mut candidates, &sections);
    // An effort a heading takes from its own field block is its own.
    for p in lend_field_effort(&mut candidates) {
        sized[p] = true;
    }
    focus::focus(&mut candidates, &sections, &sized);
    overrule::overrule(&mut candidates, decisions);
    done::from_steps(&mut candidates);
    scope::inherit(&mut candidates, &sections);
    // A task whose only estimate is the time it is given takes that.
    for c in candidates.iter_mut().filter(|c| c.kept()) {
        c.attrs.effort = c.attrs.effort.or(c.attrs.span);
    }
    let steps = steps_of(&candidates);
    for (i, c) in candidates.iter().enumerate() {
        if !c.kept() {
            continue;
        }
        let mut task = draft(c, &sections, out);
        task.notes.extend(steps[i].iter().cloned());
        out.tasks.push(task);
    }
    for (line, message) in unread {
        out.warn(Some(line), WarningKind::UnparsedValue, message);
    }
    warn_skipped(&candidates, &sections, out);
    candidates
}

/// A heading's field block ("**Action:** …", "**Effort:** 15 mins") read
/// as a lead-in that took the block's `Effort:` line: when that lead is left
/// out (a step of the heading, a fact), the estimate is the heading's, the
/// block describes it. Only one such lead under the heading, whose own
/// words state no estimate (a step's "(4h)" sizes the step), and only for a
/// heading that states none.
fn lend_field_effort(cands: &mut [Candidate]) -> Vec<usize> {
    let mut lent: Vec<Option<crate::model::Effort>> = vec![None; cands.len()];
    let mut many = vec![false; cands.len()];
    for c in cands.iter() {
        let Some(p) = c.parent else { continue };
        if c.kept() || c.same_as.is_some() || c.shape != candidate::Shape::Lead {
            continue;
        }
        let Some(e) = c.attrs.effort else { continue };
        if super::effort::in_title(&c.text).is_some() {
            continue;
        }
        let h = &cands[p];
        if !h.kept() || !matches!(h.shape, candidate::Shape::Heading(_)) || h.attrs.effort.is_some()
        {
            continue;
        }
        many[p] |= lent[p].is_some();
        lent[p] = Some(e);
    }
    let mut sized = Vec::new();
    for (p, l) in lent.into_iter().enumerate() {
        if let (Some(e), false) = (l, many[p]) {
            cands[p].attrs.effort = Some(e);
            sized.push(p);
        }
    }
    sized
}

/// The steps left out under each candidate, as note lines, nested ones indented.
fn steps_of(cands: &[Candidate]) -> Vec<Vec<String>> {
    let mut steps: Vec<Vec<String>> = vec![Vec::new(); cands.len()];
    for (i, c) in cands.iter().enumerate() {
        if c.kept() || c.same_as.is_some() {
            continue;
        }
        // The nearest kept ancestor holds the step; depth indents it.
        let mut depth = 0;
        let mut at = c.parent;
        while let Some(p) = at {
            if cands[p].kept() {
                let mark = match c.attrs.done {
                    Some(true) => "[x] ",
                    _ => "",
                };
                steps[p].push(format!("{}- {mark}{}", "  ".repeat(depth), cands[i].title));
                break;
            }
            depth += 1;
            at = cands[p].parent;
        }
    }
    steps
}

fn source(scope: Scope) -> PrioritySource {
    match scope {
        Scope::Own | Scope::Column => PrioritySource::Own,
        Scope::Banner | Scope::Severity => PrioritySource::Section,
        Scope::Guess => PrioritySource::Horizon,
    }
}

/// "TBD", "?", "unassigned": a place for an owner, not one.
fn names_someone(owner: &str) -> bool {
    let o = owner.trim().to_lowercase();
    !o.is_empty()
        && o.chars().count() <= 60
        && !matches!(
            o.as_str(),
            "tbd" | "tba" | "?" | "none" | "unassigned" | "nobody" | "todo" | "n/a" | "-"
        )
}

fn draft(c: &Candidate, sections: &Sections, out: &mut Drafts) -> TaskDraft {
    let mut t = TaskDraft::new(c.title.clone(), c.line);
    t.notes = c.notes.clone();
    t.priority = c.attrs.priority.map(|(p, s)| (p, source(s)));
    t.effort = c.attrs.effort;
    t.cost_once = c.attrs.cost_once;
    t.cost_monthly = c.attrs.cost_monthly;
    t.done = c.attrs.done.unwrap_or(false);
    t.owner = c.attrs.owner.clone().filter(|o| names_someone(o));
    out.currencies.extend(c.attrs.currencies.iter().copied());
    t.phase = phase(c, sections, out);
    t.category = c.attrs.category.clone().or_else(|| category(c, sections));
    t
}

/// The phase a candidate belongs to: its column's, the stage of the plan it
/// sits in, or its own window.
fn phase(c: &Candidate, sections: &Sections, out: &mut Drafts) -> Option<usize> {
    let named = |text: &str, line: usize| PhaseDraft {
        name: calm_case(&clean_title(text)),
        window: find_window(text)
            .map(|w| w.text)
            .or_else(|| Some(text.to_string())),
        horizon: find_horizon(text),
        priority: None,
        line,
        mentions: Vec::new(),
    };
    if let Some(p) = &c.attrs.phase {
        return Some(out.phase_index(named(p, c.line)));
    }
    if let Some(s) = sections.phase(c.section) {
        let h = &sections.list[s].read;
        if let Some(&i) = out.phase_at_line.get(&h.line) {
            return Some(i);
        }
        return Some(out.phase_index(PhaseDraft {
            name: h.phase_name(),
            window: h.window.clone(),
            horizon: h.horizon,
            priority: h.priority,
            line: h.line,
            mentions: Vec::new(),
        }));
    }
    c.attrs
        .window
        .as_deref()
        .filter(|w| find_window(w).is_some())
        .map(|w| out.phase_index(named(w, c.line)))
}

/// The heading just inside the phase that names an area of work ("####
/// Monitoring" under "### Phase 1").
fn category(c: &Candidate, sections: &Sections) -> Option<String> {
    let chain: Vec<usize> = sections.chain_ids(c.section).collect();
    let phase_at = chain
        .iter()
        .position(|&i| sections.list[i].read.is_phase())?;
    chain[..phase_at]
        .iter()
        .rev()
        .map(|&i| &sections.list[i])
        .find(|h| h.read.level < 7 && !h.task && h.read.priority.is_none() && h.role.is_none())
        .map(|h| calm_case(&h.read.title))
}

/// Plan sections that hold content but gave no task: the reader should look.
fn warn_skipped(cands: &[Candidate], sections: &Sections, out: &mut Drafts) {
    use super::vocab::Role;
    // Which sections hold candidates, and kept ones, anywhere inside them.
    let mut found = vec![false; sections.list.len()];
    let mut kept = vec![false; sections.list.len()];
    for c in cands {
        let k = c.kept() || c.same_as.is_some();
        for s in sections.chain_ids(c.section) {
            if found[s] && (kept[s] || !k) {
                break;
            }
            found[s] = true;
            kept[s] |= k;
        }
    }
    for (i, h) in sections.list.iter().enumerate() {
        if h.role != Some(Role::Plan) || h.read.is_title {
            continue;
        }
        if found[i] && !kept[i] {
            out.warn(
                Some(h.read.line),
                WarningKind::SectionSkipped,
                format!(
                    "section `{}` reads like part of the plan, but nothing in it was kept as a task (--report lists why)",
                    h.read.title
                ),
            );
        }
    }
}
