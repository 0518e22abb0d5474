//! Priority, phase, effort and cost of a candidate as the review shows and
//! reads them: the lead's value if set, else the report's. Values are read
//! by the model's own parsers, as the planner's editor reads them; an
//! empty answer gives the report's value back.

use super::action::Field;
use super::state::{Mark, Review};
use crate::model::{Effort, Money, Priority};

/// The row's value of `field` under `mark`, as typed (`high`, `4h`).
pub fn value(state: &Review, row: usize, mark: &Mark, field: Field) -> String {
    let r = &state.source.rows[row];
    match field {
        Field::Priority => mark.priority.or(r.priority).map(|p| p.to_string()),
        Field::Phase => mark.phase.clone().or_else(|| r.phase.clone()),
        Field::Effort => mark.effort.or(r.effort).map(|e| e.to_string()),
        Field::Cost => mark.cost.or(r.cost_once).map(|m| m.to_string()),
    }
    .unwrap_or_default()
}

/// The selected row's value of `field` as it stands.
pub fn current(state: &Review, row: usize, field: Field) -> String {
    value(state, row, &state.marks[row], field)
}

/// The selected row's mark with `field` set from `text`, or why not.
pub fn parse(state: &Review, field: Field, text: &str) -> Result<Mark, String> {
    let mut mark = state.marks[state.cursor].clone();
    let text = text.trim();
    let empty = text.is_empty();
    match field {
        Field::Priority => {
            mark.priority = if empty { None } else { Some(priority(text)?) };
        }
        Field::Phase => {
            mark.phase = if empty {
                None
            } else {
                Some(phase(state, text)?)
            }
        }
        Field::Effort => {
            mark.effort = if empty {
                None
            } else {
                Some(Effort::parse(text).map_err(|e| e.to_string())?)
            };
        }
        Field::Cost => {
            mark.cost = if empty {
                None
            } else {
                Some(Money::parse(text).map_err(|e| e.to_string())?)
            };
        }
    }
    Ok(mark)
}

/// A priority word, or its first letters (`c`, `hi`).
fn priority(text: &str) -> Result<Priority, String> {
    if let Ok(p) = text.parse::<Priority>() {
        return Ok(p);
    }
    let lower = text.to_lowercase();
    Priority::WORDS
        .iter()
        .find(|w| w.starts_with(&lower))
        .and_then(|w| w.parse().ok())
        .ok_or_else(|| format!("`{text}` is no priority: {}", Priority::WORDS.join(", ")))
}

/// A phase by its number in the list, its id or its name.
fn phase(state: &Review, text: &str) -> Result<String, String> {
    let phases = &state.source.phases;
    if let Ok(n) = text.parse::<usize>() {
        if let Some(p) = n.checked_sub(1).and_then(|i| phases.get(i)) {
            return Ok(p.id.clone());
        }
    }
    let lower = text.to_lowercase();
    phases
        .iter()
        .find(|p| p.id == text || p.name.to_lowercase() == lower)
        .or_else(|| {
            phases
                .iter()
                .find(|p| p.name.to_lowercase().starts_with(&lower))
        })
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            let names: Vec<String> = phases
                .iter()
                .enumerate()
                .map(|(i, p)| format!("{} {}", i + 1, p.name))
                .collect();
            format!("no phase `{text}`; phases: {}", names.join(", "))
        })
}

/// The phases as a prompt lists them: `1 Quick wins · 2 Hardening`.
pub fn phase_list(state: &Review) -> String {
    state
        .source
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} {}", i + 1, p.name))
        .collect::<Vec<_>>()
        .join(" · ")
}
