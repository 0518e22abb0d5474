//! Tasks from list items: checkbox items anywhere, numbered and bulleted items
//! under plan-like headings. The title is the item's bold lead when a
//! description follows it (`**CI/CD Pipeline** - Implement GitHub Actions`),
//! otherwise the item's text; an effort or cost in the title is cut out of it
//! and kept; nested items become notes, and their hours are summed into the
//! task when only they carry effort.

use super::context::Context;
use super::cost;
use super::draft::{Drafts, PrioritySource, TaskDraft};
use super::effort;
use super::outline::{Block, Item, Line};
use super::priority::{self, Legend};
use super::text::{clean_title, cut, tokenize};
use super::window::find_window;
use super::WarningKind;
use crate::model::{Calendar, Effort, EffortUnit, Range};

/// Titles longer than this are shortened; the full text goes to the notes.
const MAX_TITLE: usize = 120;

/// Reads the items of one list as tasks, with everything the context says.
pub fn from_list(items: &[Item], ctx: &Context, legend: &Legend, out: &mut Drafts) {
    for item in items {
        if let Some(mut task) = from_item(item, legend, out) {
            super::walk::place(&mut task, ctx, out);
            out.tasks.push(task);
        }
    }
}

/// "Phase 1", "Week 3", "Step 2": a bold lead that labels rather than names.
fn is_generic(lead: &str) -> bool {
    let toks = tokenize(lead);
    find_window(lead).is_some()
        || (toks.len() == 2
            && toks[1].num().is_some()
            && toks[0].word().is_some_and(|w| {
                matches!(w, "phase" | "step" | "stage" | "sprint" | "item" | "task")
            }))
}

/// Splits an item's first line into a title and a description.
fn split_title(line: &Line) -> (String, Option<String>) {
    let text = line.text.as_str();
    if let Some(lead) = &line.strong_lead {
        if let Some(pos) = text.find(lead.as_str()) {
            let after = text[pos + lead.len()..].trim_start();
            let lead_ends_label = lead.trim_end().ends_with(':');
            let sep = ["- ", "– ", "— ", ": ", ":"]
                .iter()
                .find(|s| after.starts_with(**s))
                .map(|s| s.len());
            if lead_ends_label || sep.is_some() || after.is_empty() {
                let rest = after[sep.unwrap_or(0)..].trim();
                let lead_clean = clean_title(lead);
                if is_generic(&lead_clean) && !rest.is_empty() {
                    return (clean_title(rest), None);
                }
                if after.is_empty() || lead_clean.is_empty() {
                    return (clean_title(text), None);
                }
                let rest = (!rest.is_empty()).then(|| rest.to_string());
                return (lead_clean, rest);
            }
        }
    }
    (clean_title(text), None)
}

/// Reads one item as a task; `None` when it has no title.
pub fn from_item(item: &Item, legend: &Legend, out: &mut Drafts) -> Option<TaskDraft> {
    let (mut title, description) = split_title(&item.line);
    let mut task = TaskDraft::new(String::new(), item.line.line);
    let mut notes = Vec::new();

    if let Some(found) = effort::in_title(&title) {
        match found.effort {
            Ok(e) => task.effort = Some(e),
            Err(msg) => out.warn(Some(item.line.line), WarningKind::UnparsedValue, msg),
        }
        title = cut(&title, found.start..found.end);
    } else if let Some(found) = description.as_deref().and_then(effort::in_title) {
        if let Ok(e) = found.effort {
            task.effort = Some(e);
        }
    }
    for text in [Some(title.as_str()), description.as_deref()]
        .into_iter()
        .flatten()
    {
        if task.cost_once.is_some() || task.cost_monthly.is_some() {
            break;
        }
        if let Some(found) = cost::find(text) {
            apply_cost(&mut task, found, item.line.line, out);
        }
    }
    if let Some(found) = cost::find(&title) {
        title = cut(&title, found.start..found.end);
    }
    if title.chars().count() > MAX_TITLE {
        notes.push(title.clone());
        title = shorten(&title);
    }
    if title.is_empty() {
        return None;
    }
    task.title = title;
    if let Some(p) = priority::from_item(&item.line.text, legend) {
        task.priority = Some((p, PrioritySource::Own));
    }
    task.done = item.checked == Some(true);
    notes.extend(description);
    notes.extend(item.extra.iter().map(|l| l.text.clone()));
    let sub_efforts = child_notes(&item.children, &mut notes);
    if task.effort.is_none() && !sub_efforts.is_empty() {
        task.effort = Some(sum(&sub_efforts));
    }
    task.notes = notes;
    Some(task)
}

/// Adds a cost found in a task's text to the task.
pub fn apply_cost(task: &mut TaskDraft, found: cost::FoundCost, line: usize, out: &mut Drafts) {
    match found.money {
        Ok(money) => {
            if let Some(c) = found.currency {
                out.currencies.push(c);
            }
            match found.period {
                cost::Period::Once => task.cost_once = Some(money),
                cost::Period::Monthly => task.cost_monthly = Some(money),
                cost::Period::Yearly => {
                    task.cost_monthly = Some(crate::model::Money(money.0.scale(1.0 / 12.0)))
                }
            }
        }
        Err(msg) => out.warn(Some(line), WarningKind::UnparsedValue, msg),
    }
}

/// Nested items as indented note lines; returns the efforts they carry.
fn child_notes(children: &[Block], notes: &mut Vec<String>) -> Vec<Effort> {
    let mut efforts = Vec::new();
    // An explicit stack: the outline is depth-capped, but no recursion is needed.
    let mut stack: Vec<(&Block, usize)> = children.iter().rev().map(|b| (b, 0)).collect();
    while let Some((block, depth)) = stack.pop() {
        let Block::List { items, .. } = block else {
            continue;
        };
        for item in items.iter().rev() {
            for child in item.children.iter().rev() {
                stack.push((child, depth + 1));
            }
        }
        for item in items {
            let text = &item.line.text;
            if depth == 0 {
                if let Some(Ok(e)) = effort::in_title(text).map(|f| f.effort) {
                    efforts.push(e);
                }
            }
            let mark = match item.checked {
                Some(true) => "[x] ",
                Some(false) => "[ ] ",
                None => "",
            };
            notes.push(format!("{}- {mark}{text}", "  ".repeat(depth)));
            notes.extend(
                item.extra
                    .iter()
                    .map(|l| format!("{}  {}", "  ".repeat(depth), l.text)),
            );
        }
    }
    efforts
}

/// Sums sub-task efforts, in their common unit when they share one.
fn sum(efforts: &[Effort]) -> Effort {
    let unit = efforts[0].unit;
    if efforts.iter().all(|e| e.unit == unit) {
        let total: Range = efforts.iter().map(|e| e.amount).sum();
        return Effort {
            amount: total,
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

/// Cuts a long title at a word boundary.
fn shorten(title: &str) -> String {
    let mut out = String::new();
    for word in title.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > MAX_TITLE - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = title.chars().take(MAX_TITLE - 1).collect();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline::read;

    fn items(md: &str) -> Vec<Item> {
        match read(md).into_iter().next() {
            Some(Block::List { items, .. }) => items,
            other => panic!("{other:?}"),
        }
    }

    fn task(md: &str) -> TaskDraft {
        let mut out = Drafts::default();
        from_item(&items(md)[0], &Legend::default(), &mut out).unwrap()
    }

    #[test]
    fn bold_lead_with_description_is_the_title() {
        let t = task("- [ ] **CI/CD Pipeline** - Implement GitHub Actions for automated testing\n");
        assert_eq!(t.title, "CI/CD Pipeline");
        assert_eq!(
            t.notes,
            vec!["Implement GitHub Actions for automated testing"]
        );
        let t = task("1. **Deploy Worker** to Railway/Render\n");
        assert_eq!(t.title, "Deploy Worker to Railway/Render");
        let t = task("1. **Phase 1**: Structured logging with Winston\n");
        assert_eq!(t.title, "Structured logging with Winston");
    }

    #[test]
    fn sub_task_hours_are_summed_when_the_parent_has_none() {
        let t = task("1. **Docker + Deployment**\n   - Dockerfile: 4 hours\n   - Compose: 4 hours\n   - Kubernetes manifests: 8 hours\n");
        assert_eq!(t.effort.map(|e| e.to_string()).as_deref(), Some("16h"));
        assert_eq!(t.notes.len(), 3);
        let t = task("1. **CI/CD Pipeline** (16 hours)\n   - GitHub Actions setup: 8 hours\n   - Test automation: 4 hours\n");
        assert_eq!(t.title, "CI/CD Pipeline");
        assert_eq!(
            t.effort.map(|e| e.to_string()).as_deref(),
            Some("16h"),
            "the parent's own estimate wins"
        );
    }

    #[test]
    fn checkbox_state_and_own_priority() {
        let t = task("- [x] [P1] Rotate keys ($50/month)\n");
        assert!(t.done);
        assert_eq!(t.priority.map(|p| p.0), Some(crate::model::Priority::High));
        assert_eq!(t.cost_monthly.map(|m| m.to_string()).as_deref(), Some("50"));
        assert_eq!(t.title, "[P1] Rotate keys");
    }

    #[test]
    fn long_titles_are_shortened() {
        let long = "word ".repeat(100);
        let t = task(&format!("- {long}\n"));
        assert!(t.title.chars().count() <= MAX_TITLE);
        assert!(t.notes[0].starts_with("word word"));
    }
}
