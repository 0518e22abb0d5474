//! `roadmap fmt`: rewrite a file in canonical form (table order, key order,
//! spacing, value spelling) while keeping what only a person can write:
//! comments, and keys the format does not know.

use super::diagnostic::{Diagnostic, LoadError};
use super::encode::canonical_document;
use super::load::parse;
use super::save::first_difference;
use super::schema::{
    FINDING_KEYS, LEVEL_KEYS, MATURITY_KEYS, PERSON_KEYS, PHASE_KEYS, PROJECT_KEYS, ROOT_KEYS,
    TASK_KEYS,
};
use toml_edit::{Decor, DocumentMut, Item, RawString, Table, TableLike, Value};

/// The canonical text of the roadmap in `text`, with its comments and
/// unknown keys carried over. Fails like `parse` on a file that does not load.
pub fn format_canonical(text: &str, file_name: &str) -> Result<String, LoadError> {
    let loaded = parse(text, file_name)?;
    let original = loaded.document.editable().map_err(|e| {
        LoadError::single(Diagnostic::error(
            file_name,
            format!("invalid TOML: {}", e.message().trim()),
        ))
    })?;
    let mut canonical = canonical_document(&loaded.roadmap);
    carry_over(&original, &mut canonical);
    // A CRLF file stays one (see `eol`).
    let crlf = super::eol::is_crlf(loaded.document.text());
    super::strings::respell_new_strings(&mut canonical, crlf);
    let formatted = match crlf {
        true => super::eol::to_crlf(&canonical.to_string()),
        false => canonical.to_string(),
    };
    let again = parse(&formatted, file_name)?;
    if again.roadmap != loaded.roadmap {
        return Err(LoadError::single(
            Diagnostic::error(
                file_name,
                format!(
                    "formatting would change {}; the file was left as it is",
                    first_difference(&again.roadmap, &loaded.roadmap)
                ),
            )
            .with_help("this is a bug in roadmap; please report it with the file"),
        ));
    }
    Ok(formatted)
}

fn carry_over(original: &DocumentMut, canonical: &mut DocumentMut) {
    let from = original.as_table();
    let to = canonical.as_table_mut();
    carry_keys(from, to, ROOT_KEYS);
    carry_table(from.get("project"), to.get_mut("project"), PROJECT_KEYS);
    carry_table(from.get("maturity"), to.get_mut("maturity"), MATURITY_KEYS);
    if let (Some(from_m), Some(Item::Table(to_m))) = (
        from.get("maturity").and_then(Item::as_table_like),
        to.get_mut("maturity"),
    ) {
        carry_array(from_m.get("levels"), to_m.get_mut("levels"), LEVEL_KEYS);
    }
    carry_array(from.get("findings"), to.get_mut("findings"), FINDING_KEYS);
    carry_array(from.get("phases"), to.get_mut("phases"), PHASE_KEYS);
    carry_array(from.get("people"), to.get_mut("people"), PERSON_KEYS);
    carry_array(from.get("tasks"), to.get_mut("tasks"), TASK_KEYS);
    let trailing = comments(Some(original.trailing()));
    if !trailing.is_empty() {
        canonical.set_trailing(format!("\n{trailing}"));
    }
}

fn carry_table(from: Option<&Item>, to: Option<&mut Item>, known: &[&str]) {
    let (Some(from_item), Some(Item::Table(to))) = (from, to) else {
        return;
    };
    if let Some(from) = from_item.as_table_like() {
        if let Item::Table(t) = from_item {
            carry_header(t.decor(), to);
        }
        carry_keys(from, to, known);
    }
}

fn carry_array(from: Option<&Item>, to: Option<&mut Item>, known: &[&str]) {
    let (Some(from), Some(Item::ArrayOfTables(to))) = (from, to) else {
        return;
    };
    let originals = record_tables_quiet(from);
    for ((table, decor), target) in originals.into_iter().zip(to.iter_mut()) {
        if let Some(decor) = decor {
            carry_header(decor, target);
        }
        carry_keys(table, target, known);
    }
}

/// The records of an array, with the header decor of those written as
/// `[[key]]` sections (inline tables have no header to carry comments).
fn record_tables_quiet(item: &Item) -> Vec<(&dyn TableLike, Option<&Decor>)> {
    match item {
        Item::ArrayOfTables(a) => a
            .iter()
            .map(|t| (t as &dyn TableLike, Some(t.decor())))
            .collect(),
        Item::Value(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_inline_table)
            .map(|t| (t as &dyn TableLike, None))
            .collect(),
        _ => Vec::new(),
    }
}

/// Comments above a table header, and one at its end, move with the table.
fn carry_header(decor: &Decor, to: &mut Table) {
    let above = comments(decor.prefix());
    if !above.is_empty() {
        to.decor_mut().set_prefix(format!("\n{above}"));
    }
    let after = trailing_comment(decor.suffix());
    if !after.is_empty() {
        to.decor_mut().set_suffix(after);
    }
}

/// Comments on and above each key move with the key; unknown keys are kept,
/// after the known ones, in the order they were written.
fn carry_keys(from: &dyn TableLike, to: &mut Table, known: &[&str]) {
    for (key, item) in from.iter() {
        let Some(from_key) = from.key(key) else {
            continue;
        };
        let above = comments(from_key.leaf_decor().prefix());
        let after = item
            .as_value()
            .map(|v| trailing_comment(v.decor().suffix()))
            .unwrap_or_default();
        if known.contains(&key) {
            if let Some(mut to_key) = to.key_mut(key) {
                if !above.is_empty() {
                    to_key.leaf_decor_mut().set_prefix(above);
                }
            }
            if let Some(value) = to.get_mut(key).and_then(Item::as_value_mut) {
                if !after.is_empty() {
                    value.decor_mut().set_suffix(after);
                }
            }
            continue;
        }
        let mut new_key = from_key.clone();
        *new_key.leaf_decor_mut() = Decor::new(above, " ");
        let mut item = item.clone();
        match &mut item {
            Item::Value(v) => *v.decor_mut() = Decor::new(" ", after),
            other => forget_positions(other),
        }
        to.insert_formatted(&new_key, item);
    }
}

/// An unknown table carried into the canonical document prints after the
/// known ones: positions from the old file would misplace it.
fn forget_positions(item: &mut Item) {
    match item {
        Item::Table(t) => {
            t.set_position(None);
            t.iter_mut().for_each(|(_, i)| forget_positions(i));
        }
        Item::ArrayOfTables(a) => a.iter_mut().for_each(|t| {
            t.set_position(None);
            t.iter_mut().for_each(|(_, i)| forget_positions(i));
        }),
        _ => {}
    }
}

/// The comment lines of a stretch of whitespace and comments, one per line.
fn comments(raw: Option<&RawString>) -> String {
    let text = raw.and_then(RawString::as_str).unwrap_or("");
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// ` # comment` from the end of a line, or nothing.
fn trailing_comment(raw: Option<&RawString>) -> String {
    let text = raw.and_then(RawString::as_str).unwrap_or("");
    match text.find('#') {
        Some(i) => format!(" {}", text[i..].trim_end()),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("testdata/sample.toml");

    #[test]
    fn canonical_form_keeps_comments_and_unknown_keys() {
        let messy = "# top comment\nversion=1\n[[tasks]] # the only task\n  title='T'   # short\n  id = \"t\"\n  phase = \"p\"\n  colour = \"red\" # not ours\n  effort = \"16 hours\"\n\n\n# phases come first in canonical form\n[[phases]]\nname = \"P\"\nid = \"p\"\n[project]\nname = \"X\"\n# the end\n";
        let out = format_canonical(messy, "m.toml").unwrap();
        assert_eq!(
            out,
            "# top comment\nversion = 1\n\n[project]\nname = \"X\"\ncurrency = \"USD\"\nhours_per_day = 8\ndays_per_week = 5\n\n# phases come first in canonical form\n[[phases]]\nid = \"p\"\nname = \"P\"\n\n[[tasks]] # the only task\nid = \"t\"\nphase = \"p\"\ntitle = \"T\" # short\npriority = \"medium\"\nstatus = \"todo\"\neffort = \"16h\"\ncolour = \"red\" # not ours\n\n# the end\n"
        );
        assert_eq!(format_canonical(&out, "m.toml").unwrap(), out, "idempotent");
    }

    #[test]
    fn the_sample_is_nearly_canonical_already() {
        let out = format_canonical(SAMPLE, "sample.toml").unwrap();
        assert!(out.contains("currency = \"USD\" # every amount below\n"));
        assert!(
            out.contains("effort = \"16h\"\n"),
            "values are spelled canonically"
        );
        assert!(out.contains("# --- Plan ---"));
        assert!(out.contains("status = \"doing\" # Ana is on it\n"));
        assert_eq!(format_canonical(&out, "sample.toml").unwrap(), out);
    }

    #[test]
    fn a_file_that_does_not_load_is_not_formatted() {
        let err = format_canonical("version = 1\n", "x.toml").unwrap_err();
        assert!(err.to_string().contains("no [project] table"));
    }
}
