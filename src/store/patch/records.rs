//! Patching a list of records (`[[tasks]]`, `[[phases]]`, `[[findings]]`,
//! `[[maturity.levels]]`): match old and new by id, patch the matches, write
//! the new ones next to their neighbours, drop the removed ones.
//!
//! Where a table prints is decided by its document position, so a new table
//! takes its predecessor's position (ties print in array order, i.e. right
//! after it) and reordered tables trade positions among themselves.

use super::fields::patch_fields;
use crate::model::{Finding, Level, Person, Phase, Task};
use crate::store::encode::{
    finding_fields, level_fields, person_fields, phase_fields, table, task_fields, Fields,
};
use std::collections::{HashMap, VecDeque};
use toml_edit::{Array, ArrayOfTables, Item, Table, Value};

/// A kind of record kept as an array of tables.
pub(crate) trait RecordKind: PartialEq + Clone {
    /// The key of the array in its parent table.
    const KEY: &'static str;
    /// What matches an old record with a new one.
    fn identity(&self) -> String;
    /// The record with `other`'s identity: equal to `other` when the two
    /// differ only by it (a rename).
    fn renamed_as(&self, other: &Self) -> Self;
    fn fields(&self) -> Fields;
}

impl RecordKind for Task {
    fn renamed_as(&self, other: &Self) -> Self {
        let mut r = self.clone();
        r.id = other.id.clone();
        r
    }
    const KEY: &'static str = "tasks";
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn fields(&self) -> Fields {
        task_fields(self)
    }
}

impl RecordKind for Phase {
    fn renamed_as(&self, other: &Self) -> Self {
        let mut r = self.clone();
        r.id = other.id.clone();
        r
    }
    const KEY: &'static str = "phases";
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn fields(&self) -> Fields {
        phase_fields(self)
    }
}

impl RecordKind for Person {
    fn renamed_as(&self, other: &Self) -> Self {
        let mut r = self.clone();
        r.name = other.name.clone();
        r
    }
    const KEY: &'static str = "people";
    fn identity(&self) -> String {
        self.name.clone()
    }
    fn fields(&self) -> Fields {
        person_fields(self)
    }
}

impl RecordKind for Finding {
    fn renamed_as(&self, other: &Self) -> Self {
        let mut r = self.clone();
        r.id = other.id.clone();
        r
    }
    const KEY: &'static str = "findings";
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn fields(&self) -> Fields {
        finding_fields(self)
    }
}

impl RecordKind for Level {
    fn renamed_as(&self, other: &Self) -> Self {
        let mut r = self.clone();
        r.level = other.level;
        r
    }
    const KEY: &'static str = "levels";
    fn identity(&self) -> String {
        self.level.to_string()
    }
    fn fields(&self) -> Fields {
        level_fields(self)
    }
}

/// Brings `parent[T::KEY]` from `old` to `new`. `anchor` is the position new
/// tables take when the file has none of this kind yet.
pub(crate) fn patch_records<T: RecordKind>(
    parent: &mut Table,
    old: &[T],
    new: &[T],
    anchor: Option<isize>,
) {
    if old == new {
        return;
    }
    match parent.get_mut(T::KEY) {
        Some(Item::ArrayOfTables(array)) => {
            let tables: Vec<Table> = std::mem::replace(array, ArrayOfTables::new())
                .into_iter()
                .collect();
            let rebuilt = patch_tables(tables, old, new, anchor);
            if rebuilt.is_empty() {
                parent.remove(T::KEY);
            } else {
                *array = rebuilt;
            }
        }
        Some(Item::Value(Value::Array(array))) => patch_inline(array, old, new),
        _ => {
            parent.remove(T::KEY);
            if !new.is_empty() {
                let mut tables: ArrayOfTables = new.iter().map(|r| table(r.fields())).collect();
                tables.iter_mut().for_each(|t| t.set_position(anchor));
                parent.insert(T::KEY, Item::ArrayOfTables(tables));
            }
        }
    }
}

/// For each new record, the index of the old record it continues, if any.
/// Duplicate ids pair up in order, first with first.
fn pair_up<T: RecordKind>(old: &[T], new: &[T]) -> Vec<Option<usize>> {
    let mut by_id: HashMap<String, VecDeque<usize>> = HashMap::with_capacity(old.len());
    for (i, record) in old.iter().enumerate() {
        by_id.entry(record.identity()).or_default().push_back(i);
    }
    let mut pairs: Vec<Option<usize>> = new
        .iter()
        .map(|r| by_id.get_mut(&r.identity()).and_then(VecDeque::pop_front))
        .collect();
    // A rename: a new record no id matched, in the place of an old one no
    // id matched and equal to it but for the id, continues that one, so its
    // table keeps its formatting and only the id line changes.
    let mut taken = vec![false; old.len()];
    pairs.iter().flatten().for_each(|&i| taken[i] = true);
    for (j, pair) in pairs.iter_mut().enumerate() {
        if pair.is_none()
            && old
                .get(j)
                .is_some_and(|o| !taken[j] && o.renamed_as(&new[j]) == new[j])
        {
            *pair = Some(j);
            taken[j] = true;
        }
    }
    pairs
}

fn patch_tables<T: RecordKind>(
    tables: Vec<Table>,
    old: &[T],
    new: &[T],
    anchor: Option<isize>,
) -> ArrayOfTables {
    let mut slots: Vec<Option<Table>> = tables.into_iter().map(Some).collect();
    let mut out: Vec<(bool, Table)> = Vec::with_capacity(new.len());
    for (record, pair) in new.iter().zip(pair_up(old, new)) {
        let kept = pair.and_then(|i| Some((i, slots.get_mut(i)?.take()?)));
        match kept {
            Some((i, mut t)) => {
                if old[i] != *record {
                    patch_fields(&mut t, old[i].fields(), record.fields());
                }
                out.push((true, t));
            }
            None => out.push((false, table(record.fields()))),
        }
    }
    let removed_first = slots.iter().flatten().filter_map(Table::position).min();
    place(&mut out, removed_first.or(anchor));
    out.into_iter().map(|(_, t)| t).collect()
}

/// Gives every table a position that prints the array in its new order:
/// kept tables share out their old positions in the new order, a new table
/// takes the position of the table before it (or, first in the array, of
/// the one after it; or `fallback`).
fn place(tables: &mut [(bool, Table)], fallback: Option<isize>) {
    let kept: Vec<isize> = tables
        .iter()
        .filter(|(kept, _)| *kept)
        .filter_map(|(_, t)| t.position())
        .collect();
    if !kept.windows(2).all(|w| w[0] <= w[1]) {
        let mut sorted = kept.clone();
        sorted.sort_unstable();
        let mut next = sorted.into_iter();
        for (_, t) in tables
            .iter_mut()
            .filter(|(k, t)| *k && t.position().is_some())
        {
            t.set_position(next.next());
        }
    }
    let first_kept = tables
        .iter()
        .find(|(kept, _)| *kept)
        .and_then(|(_, t)| t.position());
    let mut previous = None;
    for (kept, t) in tables.iter_mut() {
        if !*kept {
            t.set_position(previous.or(first_kept).or(fallback));
        }
        previous = t.position().or(previous);
    }
}

/// `tasks = [ { ... }, { ... } ]`: the same matching, kept inline.
fn patch_inline<T: RecordKind>(array: &mut Array, old: &[T], new: &[T]) {
    let mut slots: Vec<Option<Value>> = array.iter().cloned().map(Some).collect();
    let last_decor = array.iter().last().map(|v| v.decor().clone());
    let mut rebuilt = Array::new();
    for (record, pair) in new.iter().zip(pair_up(old, new)) {
        let kept = pair.and_then(|i| Some((i, slots.get_mut(i)?.take()?)));
        let value = match kept {
            Some((i, mut value)) => {
                if let (Value::InlineTable(t), true) = (&mut value, old[i] != *record) {
                    patch_fields(t, old[i].fields(), record.fields());
                }
                value
            }
            None => {
                let mut value = Value::InlineTable(table(record.fields()).into_inline_table());
                if let Some(decor) = &last_decor {
                    *value.decor_mut() = decor.clone();
                }
                value
            }
        };
        rebuilt.push_formatted(value);
    }
    rebuilt.set_trailing(array.trailing().clone());
    rebuilt.set_trailing_comma(array.trailing_comma());
    *rebuilt.decor_mut() = array.decor().clone();
    *array = rebuilt;
}

#[cfg(test)]
mod tests {
    use crate::model::change::{apply, rename_task};
    use crate::store::parse;

    /// The lines of `after` that `before` lacks, and the other way round.
    fn changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
        let only = |a: &str, b: &str| {
            a.lines()
                .filter(|l| !b.lines().any(|m| m == *l))
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        (only(before, after), only(after, before))
    }

    #[test]
    fn a_renamed_task_keeps_its_table_and_changes_its_id_line_and_back() {
        let text = include_str!("../testdata/sample.toml");
        let loaded = parse(text, "sample.toml").unwrap();
        let old = loaded.roadmap.as_ref().clone();
        let mut new = old.clone();
        let change = rename_task(&old, "health-checks", "health").unwrap();
        let inverse = apply(&mut new, change).unwrap();
        let mut doc = loaded.document.text().parse().unwrap();
        super::super::patch(&mut doc, &old, &new);
        let renamed = doc.to_string();
        let (removed, added) = changed(text, &renamed);
        assert_eq!(
            removed,
            ["id = \"health-checks\"", "depends_on = [\"health-checks\"]"]
        );
        assert_eq!(added, ["id = \"health\"", "depends_on = [\"health\"]"]);

        let mut back = new.clone();
        apply(&mut back, inverse).unwrap();
        super::super::patch(&mut doc, &new, &back);
        assert_eq!(doc.to_string(), text, "undone, the file is as it was");
    }
}
