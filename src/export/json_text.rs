//! JSON as `roadmap` prints it: pretty, and with every character that could
//! drive a terminal escaped. serde_json escapes C0 controls itself; DEL, the
//! C1 controls (U+0080-U+009F, among them CSI) and bidi overrides it leaves
//! raw, so they are written here as `\uXXXX`. The JSON means the same.

use crate::model::escape::needs_escape;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// `value` as pretty JSON with terminal-unsafe characters escaped.
pub fn to_string_pretty(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Escaping::default());
    // Serializing a `serde_json::Value` or a plain struct into memory fails
    // only for maps with non-string keys, which roadmap never builds.
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    // The formatter writes only what serde_json gives it and ASCII escapes.
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's pretty formatter, with string fragments escaped.
#[derive(Default)]
struct Escaping<'a>(PrettyFormatter<'a>);

impl Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| needs_escape(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", c as u32)?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn terminal_controls_are_escaped_and_the_value_is_unchanged() {
        let value = json!({"title": "a\u{1b}[31m b\u{7f} c\u{85} d\u{9b}2J e\u{202e}f é ✓"});
        let text = to_string_pretty(&value);
        // Line breaks are the layout's own.
        assert!(
            !text.chars().any(|c| needs_escape(c) && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains(r"\u001b[31m"), "{text}");
        for escape in [r"\u007f", r"\u0085", r"\u009b", r"\u202e"] {
            assert!(text.contains(escape), "{escape} in {text}");
        }
        assert!(text.contains("é ✓"), "other text stays as it is: {text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_layout_is_serde_jsons_pretty_one() {
        let value = json!({"a": [1, 2], "b": {"c": "d"}, "e": []});
        assert_eq!(
            to_string_pretty(&value),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
