//! Recommendation blocks: a heading followed by keyed lines, in a list, in
//! plain lines or inside a fenced code block (as the Fixia report writes
//! them):
//!
//! ```text
//! Priority: HIGH
//! Effort: 3 days
//! Cost: $50/month additional
//! Action Items:
//!   - Implement New Relic or DataDog APM
//! ```
//!
//! The block becomes one task titled by the heading above it.

use super::cost;
use super::draft::{Drafts, PrioritySource, TaskDraft};
use super::effort;
use super::outline::Line;
use super::priority;
use super::tasks::apply_cost;
use super::text::{clean_title, words};
use super::WarningKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Priority,
    Effort,
    Cost,
    Impact,
    Actions,
    Benefits,
    Owner,
}

fn key_of(text: &str) -> Option<Key> {
    // Most `x: y` lines (YAML, prose) name no key: skip them cheaply.
    const STARTS: &[&str] = &[
        "pri", "urg", "eff", "est", "tim", "esf", "lev", "cos", "bud", "cus", "co\u{fb}", "imp",
        "bus", "act", "ste", "tas", "exp", "ben", "out", "own", "res", "ass",
    ];
    if !STARTS.iter().any(|p| super::text::starts_with_ci(text, p)) {
        return None;
    }
    let ws = words(text);
    let joined = ws.join(" ");
    let key = match joined.as_str() {
        "priority" | "prioridade" | "prioridad" | "priorité" | "urgency" => Key::Priority,
        "effort" | "estimated effort" | "estimate" | "effort estimate" | "time estimate"
        | "esforço" | "esfuerzo" | "level of effort" => Key::Effort,
        "cost" | "costs" | "estimated cost" | "budget" | "price" | "custo" | "coste" | "coût" => {
            Key::Cost
        }
        "impact" | "business impact" => Key::Impact,
        "action items"
        | "actions"
        | "action plan"
        | "steps"
        | "tasks"
        | "implementation"
        | "implementation steps" => Key::Actions,
        "expected benefits" | "benefits" | "expected outcomes" | "outcomes"
        | "expected results" => Key::Benefits,
        "owner" | "responsible" | "assignee" => Key::Owner,
        _ => return None,
    };
    Some(key)
}

/// One keyed line and the lines that belong to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: Key,
    pub value: String,
    pub line: usize,
    pub items: Vec<String>,
}

/// Reads keyed lines; lines that are not `Key: value` attach to the entry
/// above as items. Lines before the first key are ignored.
pub fn entries(lines: &[&Line]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for line in lines {
        let text = line.text.trim();
        let bare = text.trim_start_matches(|c: char| {
            matches!(c, '-' | '*' | '•' | ' ' | '├' | '└' | '─' | '│')
        });
        let keyed = bare.split_once(':').and_then(|(k, v)| {
            (k.split_whitespace().count() <= 4).then_some(())?;
            key_of(k).map(|key| (key, v.trim().trim_matches('*').trim().to_string()))
        });
        match keyed {
            Some((key, value)) => out.push(Entry {
                key,
                value,
                line: line.line,
                items: Vec::new(),
            }),
            None => {
                if let Some(last) = out.last_mut() {
                    let item = clean_title(bare);
                    if !item.is_empty() {
                        last.items.push(item);
                    }
                }
            }
        }
    }
    out
}

/// A block is a recommendation when it states a priority, effort or cost and
/// at least one other key.
pub fn is_recommendation(entries: &[Entry]) -> bool {
    let has = |k: Key| entries.iter().any(|e| e.key == k);
    let valued = has(Key::Priority) || has(Key::Effort) || has(Key::Cost);
    let mut keys: Vec<Key> = entries.iter().map(|e| e.key).collect();
    keys.dedup();
    valued && keys.len() >= 2
}

/// Builds the task a recommendation block describes.
pub fn to_task(entries: &[Entry], title: String, line: usize, out: &mut Drafts) -> TaskDraft {
    let mut task = TaskDraft::new(title, line);
    for e in entries {
        match e.key {
            Key::Priority => match priority::from_words(&e.value) {
                Some(p) => task.priority = Some((p, PrioritySource::Own)),
                None => out.warn(
                    Some(e.line),
                    WarningKind::UnparsedValue,
                    format!(
                        "priority `{}` is not one of critical, high, medium, low, P0-P3",
                        e.value
                    ),
                ),
            },
            Key::Effort => match effort::as_value(&e.value).map(|f| f.effort) {
                Some(Ok(effort)) => task.effort = Some(effort),
                Some(Err(msg)) => out.warn(Some(e.line), WarningKind::UnparsedValue, msg),
                None => out.warn(
                    Some(e.line),
                    WarningKind::UnparsedValue,
                    format!(
                        "effort `{}` is not a duration (write e.g. `3 days`, `40-60 hours`)",
                        e.value
                    ),
                ),
            },
            Key::Cost => {
                if let Some(found) = cost::find(&e.value) {
                    apply_cost(&mut task, found, e.line, out);
                } else if !cost::says_free(&e.value) {
                    out.warn(
                        Some(e.line),
                        WarningKind::UnparsedValue,
                        format!(
                            "cost `{}` is not an amount (write e.g. `$50/month`, `$400-850`)",
                            e.value
                        ),
                    );
                }
                if !e.value.is_empty() {
                    task.notes.push(format!("Cost: {}", e.value));
                }
            }
            Key::Impact => task.notes.push(format!("Impact: {}", e.value)),
            Key::Owner => {}
            Key::Actions | Key::Benefits => {
                let head = if e.key == Key::Actions {
                    "Action items"
                } else {
                    "Expected benefits"
                };
                task.notes.push(format!("{head}:"));
                if !e.value.is_empty() {
                    task.notes.push(format!("- {}", e.value));
                }
                task.notes.extend(e.items.iter().map(|i| format!("- {i}")));
            }
        }
    }
    task
}

/// The owner named in a block, if any.
pub fn owner(entries: &[Entry]) -> Option<String> {
    entries
        .iter()
        .find(|e| e.key == Key::Owner && !e.value.is_empty())
        .map(|e| e.value.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .enumerate()
            .map(|(i, t)| Line {
                text: t.to_string(),
                line: i + 1,
                ..Line::default()
            })
            .collect()
    }

    #[test]
    fn a_fixia_block_becomes_one_task() {
        let ls = lines("Priority: HIGH\nImpact: Operational Excellence\nEffort: 3 days\nCost: $50/month additional\n\nAction Items:\n  - Implement New Relic or DataDog APM\n  - Add custom business metrics tracking\nExpected Benefits:\n  - 50% faster issue detection");
        let refs: Vec<&Line> = ls.iter().collect();
        let es = entries(&refs);
        assert!(is_recommendation(&es));
        let mut out = Drafts::default();
        let t = to_task(&es, "Enhanced Monitoring".into(), 3, &mut out);
        assert_eq!(t.priority.map(|p| p.0), Some(crate::model::Priority::High));
        assert_eq!(t.effort.map(|e| e.to_string()).as_deref(), Some("3d"));
        assert_eq!(t.cost_monthly.map(|m| m.to_string()).as_deref(), Some("50"));
        assert!(t
            .notes
            .contains(&"- Implement New Relic or DataDog APM".to_string()));
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    }

    #[test]
    fn values_that_do_not_parse_are_warned_about() {
        let ls = lines("Priority: someday\nEffort: a while\nCost: No additional cost");
        let refs: Vec<&Line> = ls.iter().collect();
        let es = entries(&refs);
        let mut out = Drafts::default();
        let t = to_task(&es, "X".into(), 1, &mut out);
        assert!(t.priority.is_none() && t.effort.is_none() && t.cost_monthly.is_none());
        assert_eq!(
            out.warnings.len(),
            2,
            "free is not a failure: {:?}",
            out.warnings
        );
    }

    #[test]
    fn a_lone_priority_is_not_a_block() {
        let ls = lines("Priority: Critical");
        let refs: Vec<&Line> = ls.iter().collect();
        assert!(!is_recommendation(&entries(&refs)));
    }
}
