//! Finds where a part of the roadmap is written in the file, so a problem
//! found on the model (a dangling phase, a cycle) is reported at the line
//! that causes it.

use std::ops::Range;
use toml_edit::{Item, TableLike, Value};

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
    doc: &toml_edit::Document<String>,
    place: Place,
    field: Option<&str>,
    message: &str,
) -> Option<Range<usize>> {
    let root = doc.as_table();
    let (table, table_span): (&dyn TableLike, Option<Range<usize>>) = match place {
        Place::Root => (root as &dyn TableLike, None),
        Place::Project => table_at(root.get("project")?)?,
        Place::Maturity => table_at(root.get("maturity")?)?,
        Place::Level(i) => {
            let maturity = root.get("maturity")?.as_table_like()?;
            element(maturity.get("levels")?, i)?
        }
        Place::Finding(i) => element(root.get("findings")?, i)?,
        Place::Phase(i) => element(root.get("phases")?, i)?,
        Place::Task(i) => element(root.get("tasks")?, i)?,
    };
    let table_span = table_span.or_else(|| first_key_span(table));
    let Some(field) = field else {
        return table_span;
    };
    let Some(item) = table.get(field) else {
        return table_span;
    };
    if let Some(array) = item.as_array() {
        if let Some(entry) = array.iter().find(|v| names(message, v)) {
            return entry.span().or_else(|| item.span());
        }
    }
    item.span().or(table_span)
}

fn table_at(item: &Item) -> Option<(&dyn TableLike, Option<Range<usize>>)> {
    Some((item.as_table_like()?, item.span()))
}

fn element(item: &Item, index: usize) -> Option<(&dyn TableLike, Option<Range<usize>>)> {
    match item {
        Item::ArrayOfTables(array) => {
            let t = array.get(index)?;
            Some((t as &dyn TableLike, t.span()))
        }
        Item::Value(Value::Array(array)) => {
            let t = array.get(index)?.as_inline_table()?;
            Some((t as &dyn TableLike, t.span()))
        }
        _ => None,
    }
}

fn first_key_span(table: &dyn TableLike) -> Option<Range<usize>> {
    let (key, _) = table.iter().next()?;
    table.key(key)?.span()
}

/// Whether `message` names this string value as `` `value` ``.
fn names(message: &str, value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| message.contains(&format!("`{s}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> toml_edit::Document<String> {
        toml_edit::Document::parse(text.to_string()).unwrap()
    }

    #[test]
    fn finds_fields_tables_and_named_array_entries() {
        let text = "version = 1\n[[tasks]]\nid = \"a\"\n[[tasks]]\nid = \"b\"\ndepends_on = [\"a\", \"zz\"]\n";
        let d = doc(text);
        let at = |place, field, msg| span_of(&d, place, field, msg).map(|s| &text[s]);
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
