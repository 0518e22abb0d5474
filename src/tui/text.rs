//! Text as it reaches the screen: user strings made harmless, and fitted to a
//! column width measured exactly as ratatui measures it (per grapheme), so
//! emoji and CJK titles keep the columns after them aligned.

use crate::model::escape::{escape_into, needs_escape};
use ratatui::buffer::CellWidth;
use ratatui::style::Style;
use ratatui::text::Span;
use std::borrow::Cow;

/// The most characters of one field the planner draws. No pane shows more
/// (a 1000×1000 terminal is the largest `roadmap render` draws), and a
/// frame that measured and wrapped a 1 MB title or note in full would take
/// a second: past this, the text ends in `…` on screen and stays whole in
/// the file.
pub const MAX_DRAWN_CHARS: usize = 8192;

/// Makes a user string safe to draw: control characters (an escape sequence
/// in a title, a stray newline) and bidirectional overrides are shown as
/// visible symbols instead of reaching the terminal or reordering the line;
/// a string longer than [`MAX_DRAWN_CHARS`] is cut there.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let long = text.len() > MAX_DRAWN_CHARS && text.chars().nth(MAX_DRAWN_CHARS).is_some();
    if !long && !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len().min(MAX_DRAWN_CHARS * 4) + 8);
    let mut chars = text.chars();
    for c in chars.by_ref().take(MAX_DRAWN_CHARS) {
        escape_into(&mut out, c);
    }
    if chars.next().is_some() {
        out.push('…');
    }
    Cow::Owned(out)
}

/// Display width of `text` in terminal cells, as the buffer will draw it.
pub fn width(text: &str) -> usize {
    let mut total = 0;
    each_grapheme(text, |_, w| {
        total += w;
        true
    });
    total
}

/// Calls `f` with each visible grapheme of `text` and its width, until `f`
/// says stop: no allocation per grapheme, so cutting a long string to a
/// column costs as much as the column, not the string.
fn each_grapheme(text: &str, mut f: impl FnMut(&str, usize) -> bool) {
    let span = Span::raw(text);
    for g in span.styled_graphemes(Style::default()) {
        let w = g.symbol.cell_width() as usize;
        if w > 0 && !f(g.symbol, w) {
            break;
        }
    }
}

/// `text` cut to at most `max` cells, ending in `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    // The prefix that fits in `max - 1` cells, kept in case the text must be cut.
    let mut out = String::new();
    let mut kept = 0;
    let mut total = 0;
    each_grapheme(text, |g, w| {
        if kept + w < max {
            out.push_str(g);
            kept += w;
        }
        total += w;
        total <= max
    });
    if total <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    // A wide grapheme that did not fit leaves a gap; fill it so the width is exact.
    out.extend(std::iter::repeat_n(' ', max - 1 - kept));
    out.push('…');
    out
}

/// `text` truncated or padded with spaces to exactly `cells` cells.
pub fn fit(text: &str, cells: usize) -> String {
    let mut out = truncate(text, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// `text` right-aligned in exactly `cells` cells.
pub fn fit_right(text: &str, cells: usize) -> String {
    let cut = truncate(text, cells);
    let w = width(&cut);
    let mut out: String = std::iter::repeat_n(' ', cells.saturating_sub(w)).collect();
    out.push_str(&cut);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_become_visible_symbols() {
        assert_eq!(sanitize("plain"), Cow::Borrowed("plain"));
        assert_eq!(sanitize("a\u{1b}[31mred\u{7}"), "a␛[31mred␇");
        assert_eq!(sanitize("two\nlines\ttab"), "two↵lines tab");
        assert_eq!(sanitize("x\u{9b}2J"), "x<U+009B>2J");
        assert_eq!(sanitize("abc\u{202E}def"), "abc<U+202E>def");
        assert!(!sanitize("\u{1b}]0;title\u{7}")
            .chars()
            .any(char::is_control));
    }

    #[test]
    fn a_huge_field_is_cut_for_the_screen() {
        let huge = "x".repeat(1024 * 1024);
        let shown = sanitize(&huge);
        assert_eq!(shown.chars().count(), MAX_DRAWN_CHARS + 1);
        assert!(shown.ends_with('…'));
        let escaped = format!("{}\u{1b}", "y".repeat(MAX_DRAWN_CHARS));
        assert_eq!(
            sanitize(&escaped),
            format!("{}…", "y".repeat(MAX_DRAWN_CHARS))
        );
        let exact = "z".repeat(MAX_DRAWN_CHARS);
        assert_eq!(sanitize(&exact), Cow::Borrowed(exact.as_str()));
        assert_eq!(fit(&huge, 10), "xxxxxxxxx…");
        assert_eq!(width(&huge), 1024 * 1024);
    }

    #[test]
    fn widths_count_cells_not_chars() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("高優先"), 6);
        assert_eq!(width("🚀 go"), 5);
        assert_eq!(width("👩‍💻"), 2, "a ZWJ sequence is one grapheme");
    }

    #[test]
    fn fitting_is_exact_even_when_a_wide_char_straddles_the_edge() {
        for text in ["abcdef", "高優先度タスク", "🚀🚀🚀🚀", "a高b", "", "👩‍💻👩‍💻👩‍💻"]
        {
            for cells in 0..10 {
                assert_eq!(width(&fit(text, cells)), cells, "{text:?} in {cells}");
                assert_eq!(width(&fit_right(text, cells)), cells, "{text:?} in {cells}");
            }
        }
        assert_eq!(fit("高優先", 5), "高優…");
        assert_eq!(
            fit("高優先", 4),
            "高 …",
            "a wide char that does not fit leaves a space"
        );
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit_right("abc", 5), "  abc");
        assert_eq!(truncate("abcdef", 4), "abc…");
    }
}
