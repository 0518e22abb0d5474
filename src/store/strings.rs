//! How strings are spelled when `roadmap` writes them, on top of toml_edit's
//! own choice, for two reasons:
//!
//! - **Terminal safety.** toml_edit escapes C0 controls and DEL, but writes
//!   C1 controls (U+0080-U+009F, CSI among them) and bidi overrides raw, so
//!   `export --format toml` or `cat plan.toml` could drive a terminal. Such
//!   characters are written as `\uXXXX`; the value is the same.
//! - **Line endings.** In a file whose lines end in CRLF, a multi-line string
//!   written with bare LF line breaks would mix the endings. There, a value's
//!   CRLF is written as a raw line break and a bare LF as `\n`, so the file
//!   keeps one kind of line ending and every value loads back as it was
//!   (the toml crate keeps a raw CRLF in a multi-line string as `\r\n`).
//!
//! Only strings made for this save are touched: a value kept from the file
//! keeps its spelling, so the lines nobody changed stay byte for byte.

use crate::model::escape::needs_escape;
use toml_edit::visit_mut::{self, VisitMut};
use toml_edit::{DocumentMut, Value};

/// Whether text printed by toml_edit holds a character that only a
/// respelling escapes (a C1 control or a bidi override).
pub(crate) fn needs_respelling(text: &str) -> bool {
    text.chars().any(|c| needs_escape(c) && !c.is_ascii())
}

/// Respells the strings made for this save in `doc` (see the module).
pub(crate) fn respell_new_strings(doc: &mut DocumentMut, crlf: bool) {
    Respell { crlf }.visit_document_mut(doc);
}

struct Respell {
    crlf: bool,
}

impl VisitMut for Respell {
    fn visit_value_mut(&mut self, node: &mut Value) {
        if let Value::String(s) = node {
            let text = s.value();
            let terminal = needs_respelling(text);
            let newline = self.crlf && text.contains('\n');
            if s.as_repr().is_none() && (terminal || newline) {
                let decor = s.decor().clone();
                if let Ok(mut respelled) = spell(text, self.crlf).parse::<Value>() {
                    *respelled.decor_mut() = decor;
                    *node = respelled;
                }
            }
            return;
        }
        visit_mut::visit_value_mut(self, node);
    }
}

/// The TOML spelling of `text` as a basic string (`"…"`, or `"""…"""` when
/// it holds a line break), with `crlf` line breaks in a CRLF file.
pub(crate) fn spell(text: &str, crlf: bool) -> String {
    let multi_line = text.contains('\n');
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(if multi_line { "\"\"\"" } else { "\"" });
    if multi_line {
        // A line break right after the opening quotes is not part of the value.
        out.push_str(if crlf { "\r\n" } else { "\n" });
    }
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            // In a `"""` string only a run of three quotes (or one before
            // the closing ones) needs breaking up.
            '"' if !multi_line || matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
            '\r' if crlf && chars.peek() == Some(&'\n') => {
                chars.next();
                out.push_str("\r\n");
            }
            '\n' if multi_line && !crlf => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if needs_escape(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str(if multi_line { "\"\"\"" } else { "\"" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(spelled: &str) -> String {
        let doc: toml::Table = toml::from_str(&format!("v = {spelled}\n")).unwrap();
        doc["v"].as_str().unwrap().to_string()
    }

    const SAMPLES: &[&str] = &[
        "plain",
        "a\u{85}b\u{9b}2Jc\u{202e}d\u{7f}e\u{1b}[31m",
        "two\nlines",
        "crlf\r\nlines\r\n",
        "mixed\nand\r\nbare\rcr",
        "quotes \" and \"\"\" and \"",
        "\"",
        "ends with a quote\"\nx\"",
        "back\\slash\\\nat line end\\",
        "\nstarts with a newline",
        "tab\there",
    ];

    #[test]
    fn every_spelling_loads_back_to_the_value() {
        for crlf in [false, true] {
            for text in SAMPLES {
                let spelled = spell(text, crlf);
                assert_eq!(value_of(&spelled), *text, "{spelled:?} (crlf: {crlf})");
            }
        }
    }

    #[test]
    fn nothing_that_can_drive_a_terminal_is_written_raw() {
        for crlf in [false, true] {
            for text in SAMPLES {
                let spelled = spell(text, crlf);
                assert!(
                    !spelled
                        .chars()
                        .any(|c| needs_escape(c) && !matches!(c, '\n' | '\r' | '\t')),
                    "{spelled:?}"
                );
            }
        }
    }

    #[test]
    fn a_crlf_spelling_has_no_bare_line_feed() {
        for text in SAMPLES {
            let spelled = spell(text, true);
            let bare = spelled
                .match_indices('\n')
                .any(|(i, _)| i == 0 || spelled.as_bytes()[i - 1] != b'\r');
            assert!(!bare, "{spelled:?}");
        }
    }

    #[test]
    fn only_new_strings_are_respelled() {
        let mut doc: DocumentMut = "kept = \"raw \u{85} from the file\"\n".parse().unwrap();
        doc["new"] = toml_edit::value("new \u{85}");
        doc["list"] = toml_edit::value(toml_edit::Array::from_iter(["x\u{202e}"]));
        respell_new_strings(&mut doc, false);
        assert_eq!(
            doc.to_string(),
            "kept = \"raw \u{85} from the file\"\nnew = \"new \\u0085\"\nlist = [\"x\\u202E\"]\n"
        );
    }
}
