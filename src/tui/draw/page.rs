//! A document view (Findings, Maturity, Costs) is a long list of lines of
//! which only a screenful is shown. Views push lines as closures; a closure
//! runs only for a line that will be drawn, so counting a 100,000-task
//! checklist costs a loop, not 100,000 formatted lines.

use ratatui::text::Line;

pub struct Page {
    skip: usize,
    take: usize,
    /// Lines pushed so far, drawn or not.
    pub total: usize,
    pub lines: Vec<Line<'static>>,
}

impl Page {
    /// A page showing `take` lines from line `skip`.
    pub fn new(skip: usize, take: usize) -> Page {
        Page {
            skip,
            take,
            total: 0,
            lines: Vec::with_capacity(take.min(512)),
        }
    }

    /// Only counts.
    pub fn counter() -> Page {
        Page::new(usize::MAX, 0)
    }

    pub fn push(&mut self, make: impl FnOnce() -> Line<'static>) {
        if self.total >= self.skip && self.lines.len() < self.take {
            self.lines.push(make());
        }
        self.total += 1;
    }

    pub fn blank(&mut self) {
        self.push(Line::default);
    }
}
