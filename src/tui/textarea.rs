//! The layout of a multi-line field (the editor's notes): its text wrapped
//! to the field's width, where the cursor is on it, and moving the cursor
//! up and down the rows as drawn. Pure functions of the text, the width and
//! a cursor counted in characters, so the view draws what `update` moves
//! through.

use super::text::width as cells;

/// One row as drawn: the characters `start..end` of the text (a line
/// break that ends it is not in it). A row wrapped softly ends where the
/// next begins; one ended by a line break ends just before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The rows of `text` wrapped at `width` cells: at the last space that
/// fits (kept at the end of its row), else wherever the row is full. An
/// empty text, or one ending in a line break, ends with an empty row for
/// the cursor to stand on.
pub fn rows(text: &str, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let line_end = chars[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| start + p);
        // Soft rows within the line.
        let mut row = start;
        loop {
            let (mut used, mut end, mut last_space) = (0, row, None);
            while end < line_end {
                let w = cells(&chars[end].to_string());
                if used + w > width && end > row {
                    break;
                }
                used += w;
                if chars[end] == ' ' {
                    last_space = Some(end);
                }
                end += 1;
            }
            if end >= line_end {
                out.push(Span {
                    start: row,
                    end: line_end,
                });
                break;
            }
            // Full: break after the last space, if the row has one.
            let cut = last_space.map_or(end, |s| s + 1);
            out.push(Span {
                start: row,
                end: cut,
            });
            row = cut;
        }
        if line_end >= chars.len() {
            return out;
        }
        start = line_end + 1;
    }
}

/// The row the cursor is on and its column in cells. A cursor where a soft
/// row ends stands at the start of the next one.
pub fn locate(text: &str, rows: &[Span], cursor: usize) -> (usize, usize) {
    let row = rows.iter().rposition(|r| r.start <= cursor).unwrap_or(0);
    let col = rows.get(row).map_or(0, |r| {
        let before: String = text
            .chars()
            .skip(r.start)
            .take(cursor.saturating_sub(r.start))
            .collect();
        cells(&before)
    });
    (row, col)
}

/// The cursor `by` rows up (negative) or down, at the column nearest the
/// one it is at; `None` when that is past the first or last row (the form
/// moves to the field above or below instead).
pub fn vertical(text: &str, width: usize, cursor: usize, by: isize) -> Option<usize> {
    let rows = rows(text, width);
    let (row, col) = locate(text, &rows, cursor);
    let target = row.checked_add_signed(by).filter(|r| *r < rows.len())?;
    let span = rows[target];
    // The last character a soft row may take the cursor to is the one
    // before the next row's start (there the cursor is on the next row).
    let soft = rows.get(target + 1).is_some_and(|n| n.start == span.end);
    let last = if soft && span.end > span.start {
        span.end - 1
    } else {
        span.end
    };
    let chars: Vec<char> = text.chars().collect();
    let (mut at, mut used) = (span.start, 0);
    while at < last {
        let w = cells(&chars[at].to_string());
        if used + w > col {
            break;
        }
        used += w;
        at += 1;
    }
    Some(at)
}

/// The start (`end` false) or end of the row the cursor is on.
pub fn row_edge(text: &str, width: usize, cursor: usize, end: bool) -> usize {
    let rows = rows(text, width);
    let (row, _) = locate(text, &rows, cursor);
    let span = rows[row];
    if !end {
        return span.start;
    }
    let soft = rows.get(row + 1).is_some_and(|n| n.start == span.end);
    if soft && span.end > span.start {
        span.end - 1
    } else {
        span.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, rows: &[Span]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        rows.iter()
            .map(|r| chars[r.start..r.end].iter().collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_then_anywhere_and_keeps_line_breaks() {
        let t = "one two three\nfour\n\nabcdefghij";
        let r = rows(t, 8);
        assert_eq!(
            texts(t, &r),
            ["one two ", "three", "four", "", "abcdefgh", "ij"]
        );
        assert_eq!(texts("", &rows("", 5)), [""]);
        assert_eq!(texts("a\n", &rows("a\n", 5)), ["a", ""]);
        // Wide characters count two cells.
        assert_eq!(texts("高优先级", &rows("高优先级", 5)), ["高优", "先级"]);
    }

    #[test]
    fn the_cursor_is_located_on_its_row() {
        let t = "one two three\nfour";
        let r = rows(t, 8);
        assert_eq!(locate(t, &r, 0), (0, 0));
        assert_eq!(locate(t, &r, 8), (1, 0), "a soft end is the next row");
        assert_eq!(locate(t, &r, 13), (1, 5), "a hard end stays on its row");
        assert_eq!(locate(t, &r, 14), (2, 0));
        assert_eq!(locate(t, &r, 18), (2, 4));
    }

    #[test]
    fn up_and_down_keep_the_column_and_stop_at_the_ends() {
        let t = "one two three\nfour";
        // From "one |two" down to "thre|e", down to "four|".
        assert_eq!(vertical(t, 8, 4, 1), Some(12));
        assert_eq!(vertical(t, 8, 12, 1), Some(18));
        assert_eq!(vertical(t, 8, 16, -2), Some(2));
        // A long column lands at the end of a shorter row.
        assert_eq!(vertical(t, 8, 13, 1), Some(18));
        assert_eq!(vertical(t, 8, 18, -1), Some(12));
        // From the end of a soft row's column the cursor stays on that row.
        assert_eq!(vertical(t, 8, 13, -1), Some(5));
        assert_eq!(vertical(t, 8, 2, -1), None);
        assert_eq!(vertical(t, 8, 16, 1), None);
        assert_eq!(vertical("", 8, 0, 1), None);
    }

    #[test]
    fn home_and_end_go_to_the_rows_edges() {
        let t = "one two three\nfour";
        assert_eq!(row_edge(t, 8, 10, false), 8);
        assert_eq!(row_edge(t, 8, 10, true), 13);
        assert_eq!(row_edge(t, 8, 2, true), 7, "before the soft break");
        assert_eq!(row_edge(t, 8, 15, false), 14);
    }
}
