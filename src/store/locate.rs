//! Finds where a part of the roadmap is written in the file, so a problem
//! found on the model (a dangling phase, a cycle) is reported at the line
//! that causes it.

use super::decode::{Item, Table};
use std::ops::Range;
use toml::de::DeValue;

/// A table of the roadmap, by its index in the model's lists (which is its
/// index in the file's arrays).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Root,
    Project,
    Maturity,
    Level(usize),
    Finding(usize),
    Phase(usize),
    Task(usize),
}

/// The span of `field` in the table at `place`, or of the table itself when
/// the field is not written there. For an array field, the entry named in
/// `message` between backticks is preferred (the dangling id itself).
pub(crate) fn span_of(
    root: &Table<'_>,
    place: Place,
    field: Option<&str>,
    message: &str,
) -> Option<Range<usize>> {
    let (table, table_span): (&Table<'_>, Option<Range<usize>>) = match place {
        Place::Root => (root, None),
        Place::Project => table_at(root.get("project")?)?,
        Place::Maturity => table_at(root.get("maturity")?)?,
        Place::Level(i) => {
            let (maturity, _) = table_at(root.get("maturity")?)?;
            element(maturity.get("levels")?, i)?
        }
        Place::Finding(i) => element(root.get("findings")?, i)?,
        Place::Phase(i) => element(root.get("phases")?, i)?,
        Place::Task(i) => element(root.get("tasks")?, i)?,
    };
    let Some(item) = field.and_then(|f| table.get(f)) else {
        return table_span;
    };
    if let DeValue::Array(array) = item.get_ref() {
        if let Some(entry) = array.iter().find(|v| names(message, v.get_ref())) {
            return Some(entry.span());
        }
    }
    Some(item.span())
}

fn table_at<'t, 'i>(item: &'t Item<'i>) -> Option<(&'t Table<'i>, Option<Range<usize>>)> {
    match item.get_ref() {
        DeValue::Table(t) => Some((t, Some(item.span()))),
        _ => None,
    }
}

fn element<'t, 'i>(
    item: &'t Item<'i>,
    index: usize,
) -> Option<(&'t Table<'i>, Option<Range<usize>>)> {
    match item.get_ref() {
        DeValue::Array(array) => table_at(array.get(index)?),
        _ => None,
    }
}

/// Whether `message` names this string value as `` `value` ``.
fn names(message: &str, value: &DeValue<'_>) -> bool {
    value
        .as_str()
        .is_some_and(|s| message.contains(&format!("`{s}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_tables_and_named_array_entries() {
        let text = "version = 1\n[[tasks]]\nid = \"a\"\n[[tasks]]\nid = \"b\"\ndepends_on = [\"a\", \"zz\"]\n";
        let d = toml::de::DeTable::parse(text).unwrap();
        let at = |place, field, msg| span_of(d.get_ref(), place, field, msg).map(|s| &text[s]);
        assert_eq!(at(Place::Task(1), Some("id"), ""), Some("\"b\""));
        assert_eq!(at(Place::Task(1), None, ""), Some("[[tasks]]"));
        assert_eq!(
            at(
                Place::Task(1),
                Some("depends_on"),
                "depends on `zz`, which does not exist"
            ),
            Some("\"zz\"")
        );
        assert_eq!(
            at(Place::Task(1), Some("depends_on"), "a cycle"),
            Some("[\"a\", \"zz\"]")
        );
        assert_eq!(at(Place::Task(0), Some("phase"), ""), Some("[[tasks]]"));
        assert_eq!(at(Place::Task(7), None, ""), None);
    }
}
