//! What the store tells a person about a file: `file:line:col: error: message`
//! plus an optional `help:` line saying what to do.

use std::fmt;

pub use crate::model::validate::Gravity;

/// One problem in one file, located as precisely as the store can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub gravity: Gravity,
    pub file: String,
    /// 1-based line, counted in characters like `col`.
    pub line: Option<usize>,
    /// 1-based column, counted in characters (not bytes).
    pub col: Option<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            gravity: Gravity::Error,
            file: file.into(),
            line: None,
            col: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            gravity: Gravity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    pub fn at(mut self, line: usize, col: usize) -> Diagnostic {
        self.line = Some(line);
        self.col = Some(col);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.gravity == Gravity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}: {}", self.gravity.as_str(), self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// A file that could not be loaded, with every problem found in it (errors
/// first as they appear in the file, warnings after them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    pub fn single(diagnostic: Diagnostic) -> LoadError {
        LoadError {
            diagnostics: vec![diagnostic],
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Turns byte offsets into 1-based line and character columns. Built once per
/// file so that thousands of diagnostics stay cheap (binary search per lookup).
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, starts }
    }

    /// The line and column of a byte offset; offsets past the end or inside
    /// a character are clamped to the nearest character boundary before them.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self.text[start..offset].chars().count() + 1;
        (line, col)
    }

    /// [`position`](Self::position) for offsets mostly in increasing order:
    /// the column is counted on from the last offset when it is on the same
    /// line, so many problems on one long line (40,000 dangling ids in one
    /// array) cost one pass over that line, not one per problem.
    pub(crate) fn position_after(
        &self,
        offset: usize,
        last: &mut Option<Column>,
    ) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let (from, col) = match *last {
            Some(c) if c.line == line && c.offset <= offset => (c.offset, c.col),
            _ => (self.starts[line - 1], 1),
        };
        let col = col + self.text[from..offset].chars().count();
        *last = Some(Column { line, offset, col });
        (line, col)
    }
}

/// The last position [`LineIndex::position_after`] found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    line: usize,
    offset: usize,
    col: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_on_from_the_last_position_gives_the_same_positions() {
        let text = "a = 1\nlist = [\"é\", \"x\", \"✓y\"]\n\nz = \"last\"";
        let index = LineIndex::new(text);
        let mut offsets: Vec<usize> = (0..=text.len() + 2).collect();
        // In order, and again out of order (errors, then warnings).
        offsets.extend([30, 3, 12, 12, 40, 7]);
        let mut last = None;
        for offset in offsets {
            assert_eq!(
                index.position_after(offset, &mut last),
                index.position(offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn displays_with_and_without_a_location() {
        let d = Diagnostic::error("plan.toml", "`effort` must be a string")
            .at(12, 10)
            .with_help("write effort = \"4h\"");
        assert_eq!(
            d.to_string(),
            "plan.toml:12:10: error: `effort` must be a string\n  help: write effort = \"4h\""
        );
        let w = Diagnostic::warning("plan.toml", "the file is empty");
        assert_eq!(w.to_string(), "plan.toml: warning: the file is empty");
    }

    #[test]
    fn load_errors_print_every_diagnostic() {
        let e = LoadError {
            diagnostics: vec![
                Diagnostic::error("a.toml", "one").at(1, 1),
                Diagnostic::error("a.toml", "two").at(2, 3),
            ],
        };
        assert_eq!(
            e.to_string(),
            "a.toml:1:1: error: one\na.toml:2:3: error: two"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = 1\ntitle = \"café\" x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(6), (2, 1));
        let x = text.find(" x").unwrap() + 1;
        assert_eq!(index.position(x), (2, 16));
        // Inside the two bytes of `é`: clamped to its start.
        let e = text.find('é').unwrap();
        assert_eq!(index.position(e + 1), index.position(e));
        assert_eq!(index.position(10_000), (3, 1));
    }
}
