//! When the other side renamed an id, OURS's text still has the old one.
//! Written through OURS's document as it is, the merge would see the old
//! table go and a new one come, and write the item again in canonical
//! form, dropping the comments above it and its own layout. So the rename
//! is first made in OURS's text, value by value (the id and every reference
//! to it, each keeping its spacing and comments), and the merge is written
//! through that.

use super::ids::{rename, IdChange, Kind};
use crate::store::document::Loaded;
use crate::store::load::parse;
use toml_edit::{DocumentMut, Item, Table, Value};

/// OURS with `changes` made in its text, if that text loads back to OURS's
/// roadmap with the same changes; `None` otherwise (a layout this does not
/// know, such as inline task arrays): the caller writes through OURS as it
/// is, which loses nothing but the renamed items' layout.
pub(crate) fn renamed(ours: &Loaded, changes: &[IdChange]) -> Option<Loaded> {
    let mut doc: DocumentMut = ours.document.text().parse().ok()?;
    let mut expected = (*ours.roadmap).clone();
    for c in changes {
        rename_in(doc.as_table_mut(), c);
        rename(&mut expected, c.kind, &c.old, &c.new);
    }
    let loaded = parse(&doc.to_string(), ours.document.file_name()).ok()?;
    (*loaded.roadmap == expected).then_some(loaded)
}

fn rename_in(root: &mut Table, c: &IdChange) {
    let (old, new) = (c.old.as_str(), c.new.as_str());
    match c.kind {
        Kind::Phase => {
            for t in tables(root, "phases") {
                swap(t, "id", old, new);
            }
            for t in tables(root, "tasks") {
                swap(t, "phase", old, new);
            }
        }
        Kind::Finding => {
            for t in tables(root, "findings") {
                swap(t, "id", old, new);
            }
            for t in tables(root, "tasks") {
                swap(t, "findings", old, new);
            }
        }
        Kind::Task => {
            for t in tables(root, "tasks") {
                swap(t, "id", old, new);
                swap(t, "depends_on", old, new);
            }
            if let Some(Item::Table(maturity)) = root.get_mut("maturity") {
                for level in tables(maturity, "levels") {
                    swap(level, "requires", old, new);
                }
            }
        }
    }
}

/// The tables of the array of tables `key` in `parent`.
fn tables<'t>(parent: &'t mut Table, key: &str) -> impl Iterator<Item = &'t mut Table> {
    parent
        .get_mut(key)
        .and_then(Item::as_array_of_tables_mut)
        .into_iter()
        .flat_map(|array| array.iter_mut())
}

/// Sets the string `old` under `key` (or in the array under it) to `new`,
/// keeping the value's spacing and comment.
fn swap(table: &mut Table, key: &str, old: &str, new: &str) {
    let Some(value) = table.get_mut(key).and_then(Item::as_value_mut) else {
        return;
    };
    let swap_one = |v: &mut Value| {
        if v.as_str() == Some(old) {
            let decor = v.decor().clone();
            *v = Value::from(new);
            *v.decor_mut() = decor;
        }
    };
    match value.as_array_mut() {
        Some(array) => array.iter_mut().for_each(swap_one),
        None => swap_one(value),
    }
}
