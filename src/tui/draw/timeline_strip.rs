//! One line of the Timeline's chart as cells: bars, markers and labels are
//! put at columns, later ones over earlier ones (or only into blanks), and
//! the line comes out as spans, one per run of the same style.

use crate::theme::{Meaning, Theme};
use ratatui::text::Span;

pub struct Strip {
    cells: Vec<(char, Meaning)>,
}

impl Strip {
    pub fn new(columns: u16) -> Strip {
        Strip {
            cells: vec![(' ', Meaning::Base); columns as usize],
        }
    }

    pub fn width(&self) -> u16 {
        self.cells.len() as u16
    }

    pub fn set(&mut self, col: u16, c: char, m: Meaning) {
        if let Some(cell) = self.cells.get_mut(col as usize) {
            *cell = (c, m);
        }
    }

    /// Sets the cell only if nothing is drawn there yet.
    pub fn fill_blank(&mut self, col: u16, c: char, m: Meaning) {
        if self.is_blank(col) {
            self.set(col, c, m);
        }
    }

    pub fn is_blank(&self, col: u16) -> bool {
        self.cells.get(col as usize).is_some_and(|c| c.0 == ' ')
    }

    /// Columns `from..=to` in `c`.
    pub fn run(&mut self, from: u16, to: u16, c: char, m: Meaning) {
        for col in from..=to {
            self.set(col, c, m);
        }
    }

    /// Writes `text` from `col` if every cell it needs (and one either
    /// side, to keep labels apart) is blank and on screen; says if it did. Labels
    /// are plain ASCII or single-width symbols, one cell a char.
    pub fn label(&mut self, col: u16, text: &str, m: Meaning) -> bool {
        let n = text.chars().count() as u16;
        let end = col.saturating_add(n);
        if end > self.width() || !(col..end.min(self.width())).all(|c| self.is_blank(c)) {
            return false;
        }
        let after = end < self.width() && !self.is_blank(end);
        let before = col > 0 && !self.is_blank(col - 1);
        if after || before {
            return false;
        }
        for (k, ch) in text.chars().enumerate() {
            self.set(col + k as u16, ch, m);
        }
        true
    }

    pub fn spans(self, theme: &Theme) -> Vec<Span<'static>> {
        let mut out = Vec::new();
        let mut run = String::new();
        let mut style = None;
        for (c, m) in self.cells {
            if style != Some(m) {
                if let Some(s) = style {
                    out.push(Span::styled(std::mem::take(&mut run), theme.style(s)));
                }
                style = Some(m);
            }
            run.push(c);
        }
        if let Some(s) = style {
            out.push(Span::styled(run, theme.style(s)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: Strip) -> String {
        s.cells.iter().map(|c| c.0).collect()
    }

    #[test]
    fn labels_never_overlap_nor_leave_the_strip() {
        let mut s = Strip::new(12);
        assert!(s.label(0, "Nov", Meaning::Base));
        assert!(!s.label(2, "Dec", Meaning::Base));
        assert!(!s.label(3, "Dec", Meaning::Base), "no gap after Nov");
        assert!(s.label(4, "Dec", Meaning::Base));
        assert!(!s.label(10, "Jan", Meaning::Base), "past the edge");
        s.fill_blank(9, '│', Meaning::Muted);
        s.fill_blank(0, '│', Meaning::Muted);
        assert_eq!(text(s), "Nov Dec  │  ");
    }
}
