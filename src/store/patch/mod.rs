//! Brings a loaded document from the roadmap it was loaded as to a new one,
//! changing as little text as possible: tasks, phases, findings and levels
//! are matched by id (levels by number, people by name), patched key by key, new ones are
//! written in canonical form next to their neighbours, removed ones vanish
//! with the comments above them.

mod fields;
mod records;

use super::encode::{maturity_fields, maturity_table, project_fields, table, task_fields};
use crate::model::{Roadmap, Task};
use fields::patch_fields;
use records::patch_records;
use toml_edit::{DocumentMut, Item, Table, Value};

pub(crate) fn patch(doc: &mut DocumentMut, old: &Roadmap, new: &Roadmap) {
    let root = doc.as_table_mut();
    if old.version != new.version {
        set_value(root, "version", Value::from(i64::from(new.version)));
    }
    if old.project != new.project {
        let (before, after) = (project_fields(&old.project), project_fields(&new.project));
        match root.get_mut("project") {
            Some(Item::Table(t)) => patch_fields(t, before, after),
            Some(Item::Value(Value::InlineTable(t))) => patch_fields(t, before, after),
            _ => {
                root.insert("project", Item::Table(table(after)));
            }
        }
    }
    patch_maturity(root, old, new);
    let after_maturity = last_position(root, &["project", "maturity"]);
    patch_records(root, &old.findings, &new.findings, after_maturity);
    let after_findings = last_position(root, &["project", "maturity", "findings"]);
    patch_records(root, &old.phases, &new.phases, after_findings);
    let after_phases = last_position(root, &["project", "maturity", "findings", "phases"]);
    patch_records(root, &old.people, &new.people, after_phases);
    let after_people = last_position(
        root,
        &["project", "maturity", "findings", "phases", "people"],
    );
    patch_records(root, &old.tasks, &new.tasks, after_people);
    super::merge::marker::patch(root, &old.conflicts, &new.conflicts);
}

/// Patches a document holding nothing but one `[[tasks]]` table (one task's
/// own text, see `store::splice`) from `old` to `new`; false when the
/// document holds anything else.
pub(crate) fn patch_task_alone(doc: &mut DocumentMut, old: &Task, new: &Task) -> bool {
    let root = doc.as_table_mut();
    if root.len() != 1 {
        return false;
    }
    let Some(Item::ArrayOfTables(tasks)) = root.get_mut("tasks") else {
        return false;
    };
    if tasks.len() != 1 {
        return false;
    }
    let Some(table) = tasks.get_mut(0) else {
        return false;
    };
    patch_fields(table, task_fields(old), task_fields(new));
    true
}

fn patch_maturity(root: &mut Table, old: &Roadmap, new: &Roadmap) {
    match (&old.maturity, &new.maturity) {
        (_, None) => {
            root.remove("maturity");
        }
        (None, Some(m)) => {
            let after = last_position(root, &["project"]);
            let mut t = maturity_table(m);
            t.set_position(after);
            if let Some(Item::ArrayOfTables(levels)) = t.get_mut("levels") {
                levels.iter_mut().for_each(|l| l.set_position(after));
            }
            root.insert("maturity", Item::Table(t));
        }
        (Some(a), Some(b)) if a != b => {
            let after = last_position(root, &["project"]);
            let (before, after_fields) = (maturity_fields(a), maturity_fields(b));
            match root.get_mut("maturity") {
                Some(Item::Table(t)) => {
                    patch_fields(t, before, after_fields);
                    if !t.is_empty() {
                        // An implicit `[maturity]` (only levels written) that gains values needs its header.
                        t.set_implicit(false);
                    }
                    let after = t.position().or(after);
                    patch_records(t, &a.levels, &b.levels, after);
                }
                _ => {
                    root.insert("maturity", Item::Table(maturity_table(b)));
                }
            }
        }
        _ => {}
    }
}

fn set_value(table: &mut Table, key: &str, value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(slot) => {
            let decor = slot.decor().clone();
            *slot = value;
            *slot.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// The document position of the last table written under any of `keys`:
/// where a kind of table that is not in the file yet should go.
fn last_position(root: &Table, keys: &[&str]) -> Option<isize> {
    fn walk(item: &Item, best: &mut Option<isize>) {
        match item {
            Item::Table(t) => {
                *best = (*best).max(t.position());
                t.iter().for_each(|(_, i)| walk(i, best));
            }
            Item::ArrayOfTables(a) => a.iter().for_each(|t| {
                *best = (*best).max(t.position());
                t.iter().for_each(|(_, i)| walk(i, best));
            }),
            _ => {}
        }
    }
    let mut best = None;
    for key in keys {
        if let Some(item) = root.get(key) {
            walk(item, &mut best);
        }
    }
    best
}
