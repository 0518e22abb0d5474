//! Which characters of a roadmap's text may not reach a terminal raw, and
//! the visible symbols shown in their place. A title may hold an escape
//! sequence or a bidirectional override (a hostile or a garbled file): the
//! planner, the command line's output and the writers of TOML and JSON
//! all decide by the same rule, kept here where every layer can reach it.

use std::borrow::Cow;

/// Whether `c` may not reach a terminal raw: a control character (C0, DEL,
/// C1) or a bidirectional override or mark.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Appends `c` to `out`, a character that needs escaping as a visible
/// symbol: a tab as a space, a newline as `↵`, other controls as their
/// "control picture" (`␛` for ESC), bidi marks as `<U+202E>`.
pub fn escape_into(out: &mut String, c: char) {
    match c {
        '\t' => out.push(' '),
        '\n' => out.push('↵'),
        '\u{7f}' => out.push('␡'),
        c if (c as u32) < 0x20 => {
            // U+2400.. are the "control pictures": ␛ for ESC, ␀ for NUL.
            out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�'));
        }
        c if needs_escape(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
        c => out.push(c),
    }
}

/// Text printed a line at a time on a terminal (the command line's
/// `status`, diagnostics, markdown and CSV on stdout) made safe: newlines
/// and tabs keep their meaning, every other control character and bidi
/// override is shown as a visible symbol, so file data never sends a raw ESC.
pub fn sanitize_lines(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| needs_escape(c) && !matches!(c, '\n' | '\t'))
    {
        return Cow::Borrowed(text);
    }
    // Whole, never cut: this is output, not a pane.
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c => escape_into(&mut out, c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_text_keeps_newlines_and_tabs_and_escapes_the_rest() {
        assert_eq!(sanitize_lines("a\tb\nc\n"), Cow::Borrowed("a\tb\nc\n"));
        assert_eq!(
            sanitize_lines("x\u{1b}[2J\ty\r\n\u{202E}z\u{0}"),
            "x␛[2J\ty␍\n<U+202E>z␀"
        );
        assert!(!sanitize_lines("\u{1b}]0;t\u{7}\n\u{9b}")
            .chars()
            .any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn output_is_never_cut() {
        let huge = "x".repeat(1024 * 1024);
        assert_eq!(sanitize_lines(&huge).len(), huge.len());
    }
}
