//! Patching one table of the file (a task, `[project]`) key by key: a value
//! that changed is replaced in place with its comment and spacing kept, a
//! value that went away loses its line, a new value gets a line next to
//! where the canonical order puts it.

use crate::store::encode::Fields;
use toml_edit::{InlineTable, Item, Key, Table, Value};

/// What the patcher needs from a table, written or inline.
pub(crate) trait Keyed {
    fn value_mut(&mut self, key: &str) -> Option<&mut Value>;
    fn has(&self, key: &str) -> bool;
    fn keys(&self) -> Vec<String>;
    fn take(&mut self, key: &str) -> Option<(Key, Item)>;
    fn put(&mut self, key: &Key, item: Item);
    /// Leading whitespace of `key`'s line, so a new line matches its neighbour.
    fn indent_of(&self, key: &str) -> String;
}

impl Keyed for Table {
    fn value_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.get_mut(key)?.as_value_mut()
    }
    fn has(&self, key: &str) -> bool {
        self.contains_key(key)
    }
    fn keys(&self) -> Vec<String> {
        self.iter().map(|(k, _)| k.to_string()).collect()
    }
    fn take(&mut self, key: &str) -> Option<(Key, Item)> {
        self.remove_entry(key)
    }
    fn put(&mut self, key: &Key, item: Item) {
        self.insert_formatted(key, item);
    }
    fn indent_of(&self, key: &str) -> String {
        let prefix = self
            .key(key)
            .and_then(|k| k.leaf_decor().prefix())
            .and_then(|p| p.as_str())
            .unwrap_or("");
        let last_line = prefix.rsplit('\n').next().unwrap_or("");
        if last_line.chars().all(|c| c == ' ' || c == '\t') {
            last_line.to_string()
        } else {
            String::new()
        }
    }
}

impl Keyed for InlineTable {
    fn value_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.get_mut(key)
    }
    fn has(&self, key: &str) -> bool {
        self.contains_key(key)
    }
    fn keys(&self) -> Vec<String> {
        self.iter().map(|(k, _)| k.to_string()).collect()
    }
    fn take(&mut self, key: &str) -> Option<(Key, Item)> {
        self.remove_entry(key).map(|(k, v)| (k, Item::Value(v)))
    }
    fn put(&mut self, key: &Key, item: Item) {
        if let Item::Value(v) = item {
            self.insert_formatted(key, v);
        }
    }
    fn indent_of(&self, _key: &str) -> String {
        String::new()
    }
}

/// Brings `table` from `old` to `new` (both in canonical order, same keys),
/// touching only the keys whose canonical value differs.
pub(crate) fn patch_fields(table: &mut dyn Keyed, old: Fields, new: Fields) {
    let order: Vec<&'static str> = new.iter().map(|(k, _)| *k).collect();
    for ((key, before), (_, after)) in old.into_iter().zip(new) {
        if same(before.as_ref(), after.as_ref()) {
            continue;
        }
        match after {
            None => {
                table.take(key);
            }
            Some(value) => match table.value_mut(key) {
                Some(slot) => replace_keeping_decor(slot, value),
                None => insert_in_order(table, key, value, &order),
            },
        }
    }
}

/// Canonical values compare by their canonical text.
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.to_string() == b.to_string(),
        _ => false,
    }
}

/// Swaps the value but keeps what surrounds it (` = ` spacing, `# comment`).
fn replace_keeping_decor(slot: &mut Value, value: Value) {
    let decor = slot.decor().clone();
    *slot = value;
    *slot.decor_mut() = decor;
}

/// Inserts `key` right after the closest key before it in canonical order
/// that the table has (`done_on` always right after `status`, so a check-off
/// reads as two adjacent lines); failing that before the closest key after
/// it; failing that at the end.
fn insert_in_order(table: &mut dyn Keyed, key: &'static str, value: Value, order: &[&str]) {
    let index = order.iter().position(|k| *k == key).unwrap_or(order.len());
    let before = if key == "done_on" && table.has("status") {
        Some("status")
    } else {
        order[..index].iter().rev().copied().find(|k| table.has(k))
    };
    let keys = table.keys();
    let split = match before {
        Some(anchor) => keys.iter().position(|k| k == anchor).map(|i| i + 1),
        None => order[index.min(order.len())..]
            .iter()
            .find_map(|k| keys.iter().position(|have| have == k)),
    }
    .unwrap_or(keys.len());
    let indent = before.map(|k| table.indent_of(k)).unwrap_or_default();
    let tail: Vec<(Key, Item)> = keys[split..].iter().filter_map(|k| table.take(k)).collect();
    let mut new_key = Key::new(key);
    if !indent.is_empty() {
        new_key.leaf_decor_mut().set_prefix(indent);
    }
    table.put(&new_key, Item::Value(value));
    for (k, item) in tail {
        table.put(&k, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Task};
    use crate::store::encode::task_fields;
    use chrono::NaiveDate;

    fn patched(text: &str, old: &Task, new: &Task) -> String {
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        let table = doc["tasks"]
            .as_array_of_tables_mut()
            .unwrap()
            .get_mut(0)
            .unwrap();
        patch_fields(table, task_fields(old), task_fields(new));
        doc.to_string()
    }

    #[test]
    fn check_off_changes_status_and_adds_done_on_after_it() {
        let text = "[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"T\"\nstatus = \"todo\"  # waiting\n# effort is a guess\neffort = \"4h\"\n";
        let old = Task {
            effort: crate::model::Effort::parse("4h").ok(),
            ..Task::new("a", "p", "T")
        };
        let mut new = old.clone();
        new.status = Status::Done;
        new.done_on = NaiveDate::from_ymd_opt(2025, 11, 3);
        let out = patched(text, &old, &new);
        assert_eq!(
            out,
            "[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"T\"\nstatus = \"done\"  # waiting\ndone_on = 2025-11-03\n# effort is a guess\neffort = \"4h\"\n"
        );
        assert_eq!(
            patched(&out, &new, &old),
            text,
            "uncheck restores the bytes"
        );
    }

    #[test]
    fn missing_keys_land_in_canonical_order_with_the_neighbours_indent() {
        let text = "[[tasks]]\n  id = \"a\"\n  phase = \"p\"\n  title = \"T\"\n  notes = \"n\"\n";
        let old = Task {
            notes: Some("n".into()),
            ..Task::new("a", "p", "T")
        };
        let mut new = old.clone();
        new.owner = Some("ana".into());
        let out = patched(text, &old, &new);
        assert_eq!(
            out,
            "[[tasks]]\n  id = \"a\"\n  phase = \"p\"\n  title = \"T\"\n  owner = \"ana\"\n  notes = \"n\"\n"
        );
    }
}
