//! Finds where a part of the roadmap is written in the file, so a problem
//! found on the model (a dangling phase, a cycle) is reported at the line
//! that causes it.

use super::decode::{Item, Table};
use crate::model::validate::Locus;
use std::collections::HashMap;
use std::ops::Range;
use toml::de::DeValue;

/// Finds the spans of many problems in one file. The entries of an array
/// field are indexed once, the first time a problem names that field, so a
/// `depends_on` of 40,000 dangling ids takes 40,000 lookups rather than
/// 40,000 scans of 40,000 entries.
pub(crate) struct Locator<'t, 'i> {
    root: &'t Table<'i>,
    entries: HashMap<(Locus, &'static str), Entries<'t>>,
}

/// An array's string entries: each value's first position and span.
type Entries<'t> = HashMap<&'t str, (usize, Range<usize>)>;

impl<'t, 'i> Locator<'t, 'i> {
    pub(crate) fn new(root: &'t Table<'i>) -> Self {
        Locator {
            root,
            entries: HashMap::new(),
        }
    }

    /// The span of `field` in the table at `place`, or of the table itself
    /// when the field is not written there. For an array field, the entry
    /// named in `message` between backticks is preferred (the dangling id
    /// itself).
    pub(crate) fn span_of(
        &mut self,
        place: Locus,
        field: Option<&'static str>,
        message: &str,
    ) -> Option<Range<usize>> {
        let root = self.root;
        let (table, table_span) = table_of(root, place)?;
        let Some((name, item)) = field.and_then(|f| Some((f, table.get(f)?))) else {
            return table_span;
        };
        let DeValue::Array(array) = item.get_ref() else {
            return Some(item.span());
        };
        let entries = self.entries.entry((place, name)).or_insert_with(|| {
            let mut by_name = HashMap::new();
            for (i, entry) in array.iter().enumerate() {
                if let Some(s) = entry.get_ref().as_str() {
                    by_name.entry(s).or_insert((i, entry.span()));
                }
            }
            by_name
        });
        // The first entry (in the file) among those the message names.
        quoted(message)
            .filter_map(|name| entries.get(name))
            .min_by_key(|(i, _)| *i)
            .map(|(_, span)| span.clone())
            .or_else(|| Some(item.span()))
    }
}

/// The names a message quotes between backticks.
fn quoted(message: &str) -> impl Iterator<Item = &str> {
    message.split('`').skip(1).step_by(2)
}

fn table_of<'t, 'i>(
    root: &'t Table<'i>,
    place: Locus,
) -> Option<(&'t Table<'i>, Option<Range<usize>>)> {
    Some(match place {
        Locus::Root => (root, None),
        Locus::Project => table_at(root.get("project")?)?,
        Locus::Maturity => table_at(root.get("maturity")?)?,
        Locus::Level(i) => {
            let (maturity, _) = table_at(root.get("maturity")?)?;
            element(maturity.get("levels")?, i)?
        }
        Locus::Finding(i) => element(root.get("findings")?, i)?,
        Locus::Phase(i) => element(root.get("phases")?, i)?,
        Locus::Person(i) => element(root.get("people")?, i)?,
        Locus::Task(i) => element(root.get("tasks")?, i)?,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_tables_and_named_array_entries() {
        let text = "version = 1\n[[tasks]]\nid = \"a\"\n[[tasks]]\nid = \"b\"\ndepends_on = [\"a\", \"zz\"]\n";
        let d = toml::de::DeTable::parse(text).unwrap();
        let mut locator = Locator::new(d.get_ref());
        let mut at = |place, field, msg| locator.span_of(place, field, msg).map(|s| &text[s]);
        assert_eq!(at(Locus::Task(1), Some("id"), ""), Some("\"b\""));
        assert_eq!(at(Locus::Task(1), None, ""), Some("[[tasks]]"));
        assert_eq!(
            at(
                Locus::Task(1),
                Some("depends_on"),
                "depends on `zz`, which does not exist"
            ),
            Some("\"zz\"")
        );
        assert_eq!(
            at(Locus::Task(1), Some("depends_on"), "a cycle"),
            Some("[\"a\", \"zz\"]")
        );
        assert_eq!(at(Locus::Task(0), Some("phase"), ""), Some("[[tasks]]"));
        assert_eq!(at(Locus::Task(7), None, ""), None);
    }
}
