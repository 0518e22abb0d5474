//! The Roadmap view's list: phase headers and task rows. Only the rows on
//! screen are formatted; the row index was built beforehand.

use super::bar::gauge;
use super::format::{hours, percent, task_cost};
use crate::model::arrange::GroupBy;
use crate::model::{dates, Task};
use crate::theme::{Meaning, Theme};
use crate::tui::rows::Row;
use crate::tui::search;
use crate::tui::state::State;
use crate::tui::text::{fit, fit_right, sanitize, width};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::HashSet;

/// Widths of the right-hand columns at a given list width; 0 hides a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    /// The owner, at 90 cells and more when some task has one: "who takes
    /// this?" is the meeting's first question.
    pub owner: usize,
    pub effort: usize,
    pub cost: usize,
    pub level: usize,
}

impl Columns {
    pub fn for_width(cells: usize, owners: bool) -> Columns {
        let mut columns = Columns::without_owner(cells);
        if owners && cells >= 90 {
            columns.owner = 9;
        }
        columns
    }

    fn without_owner(cells: usize) -> Columns {
        match cells {
            c if c >= 100 => Columns {
                owner: 0,
                effort: 8,
                cost: 16,
                level: 3,
            },
            c if c >= 64 => Columns {
                owner: 0,
                effort: 7,
                cost: 11,
                level: 3,
            },
            c if c >= 44 => Columns {
                owner: 0,
                effort: 6,
                cost: 0,
                level: 0,
            },
            _ => Columns {
                owner: 0,
                effort: 0,
                cost: 0,
                level: 0,
            },
        }
    }

    fn total(&self) -> usize {
        [self.owner, self.effort, self.cost, self.level]
            .iter()
            .filter(|w| **w > 0)
            .map(|w| w + 1)
            .sum()
    }
}

/// Selection marker, indent, status, badge and the spaces between them.
const PREFIX: usize = 1 + 2 + 3 + 1 + 3 + 1;
/// The overdue and blocked marker columns.
const BLOCKED: usize = 2;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let h = area.height as usize;
    let end = (state.offset + h).min(state.rows.len());
    let start = state.offset.min(end);
    let matcher = search::Highlighter::new(&state.query);
    let cells = area.width as usize;
    // No empty owner column for a plan nobody is assigned in yet.
    let owners = cells >= 90 && state.roadmap.tasks.iter().any(|t| t.owner.is_some());
    let ctx = RowContext {
        state,
        theme,
        cells,
        columns: Columns::for_width(cells, owners),
        matcher: matcher.as_ref(),
    };
    let lines: Vec<Line> = state.rows.rows[start..end]
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let selected = start + i == state.cursor;
            let line = match *row {
                Row::Phase(g) => ctx.phase_line(g as usize, selected),
                Row::Task(t) => ctx.task_line(t as usize, selected),
            };
            if selected {
                line.style(theme.style(Meaning::Selected))
            } else {
                line
            }
        })
        .collect();
    let mut lines = lines;
    if state.rows.is_empty() {
        lines.push(Line::from(Span::styled(
            if state.roadmap.tasks.is_empty() {
                "  No tasks yet: press a to add one"
            } else {
                "  Nothing matches: esc clears the search and filters"
            },
            theme.style(Meaning::Muted),
        )));
    }
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        area,
    );
}

struct RowContext<'a> {
    state: &'a State,
    theme: &'a Theme,
    cells: usize,
    columns: Columns,
    matcher: Option<&'a search::Highlighter>,
}

impl RowContext<'_> {
    fn marker(&self, selected: bool) -> Span<'static> {
        Span::styled(
            if selected { "›" } else { " " },
            self.theme.style(Meaning::Accent),
        )
    }

    fn phase_line(&self, g: usize, selected: bool) -> Line<'static> {
        let st = self.state;
        let Some(group) = st.groups().get(g) else {
            return Line::default();
        };
        let folded = st.collapsed.contains(&group.key);
        let by_phase = st.group == GroupBy::Phase;
        let phase = by_phase.then(|| st.roadmap.phase(&group.key)).flatten();
        let mut name = sanitize(&group.label).into_owned();
        if let Some(w) = phase.and_then(|p| p.window.as_deref()) {
            name = format!("{name} · {}", sanitize(w));
        }
        if by_phase && phase.is_none() {
            name = format!("{name} (no such phase)");
        }
        let p = &group.progress;
        let narrowed = st.filters.is_active() || st.hits.is_some();
        let shown = if narrowed {
            format!("{} shown · ", st.rows.shown.get(g).copied().unwrap_or(0))
        } else {
            String::new()
        };
        let late = match phase {
            Some(ph) if dates::is_past_end(ph, p.tasks_open(), st.today) => "! past end · ",
            _ => "",
        };
        let right_text = format!(
            " {late}{shown}{}/{} done {:>5} ",
            p.tasks_done,
            p.tasks_counted(),
            percent(p.percent_by_count())
        );
        let left_text = format!("{} {name}", if folded { "▸" } else { "▾" });
        let wide = self.cells >= 60;
        let gauge_cells = if wide { 10 } else { 0 };
        let left_cells = self
            .cells
            .saturating_sub(1 + width(&right_text) + gauge_cells + usize::from(wide));
        let mut spans = vec![
            self.marker(selected),
            Span::styled(
                fit(&left_text, left_cells),
                self.theme.style(Meaning::Phase),
            ),
        ];
        if wide {
            spans.push(Span::raw(" "));
            spans.extend(gauge(
                p.percent_by_count() / 100.0,
                gauge_cells,
                self.theme.style(Meaning::GaugeDone),
                self.theme.style(Meaning::GaugeTodo),
            ));
        }
        spans.push(Span::styled(right_text, self.theme.style(Meaning::Muted)));
        Line::from(spans)
    }

    fn task_line(&self, t: usize, selected: bool) -> Line<'static> {
        let st = self.state;
        let Some(task) = st.roadmap.tasks.get(t) else {
            return Line::default();
        };
        let th = self.theme;
        let cols = self.columns;
        let title_cells = self.cells.saturating_sub(PREFIX + BLOCKED + cols.total());
        // A mark is a symbol, not colour alone.
        let mark = if !st.marked.is_empty() && st.marked.contains(&task.id) {
            Span::styled("• ", th.style(Meaning::Accent))
        } else {
            Span::raw("  ")
        };
        let mut spans = vec![
            self.marker(selected),
            mark,
            Span::styled(task.status.symbol(), th.status(task.status)),
            Span::raw(" "),
            Span::styled(
                format!(" {} ", task.priority.letter()),
                th.priority(task.priority),
            ),
            Span::raw(" "),
        ];
        spans.extend(self.title_spans(task, title_cells));
        // Two marker cells, symbols not colour alone: `!` overdue, `⊘` blocked.
        spans.push(if dates::is_overdue(task, st.today) {
            Span::styled("!", th.style(Meaning::Warning))
        } else {
            Span::raw(" ")
        });
        spans.push(if st.metrics.is_blocked(t) {
            Span::styled("⊘", th.style(Meaning::Blocked))
        } else {
            Span::raw(" ")
        });
        let muted = th.style(Meaning::Muted);
        if cols.owner > 0 {
            let owner = task
                .owner
                .as_deref()
                .map(|o| format!("@{}", sanitize(o)))
                .unwrap_or_default();
            spans.push(Span::styled(format!(" {}", fit(&owner, cols.owner)), muted));
        }
        if cols.effort > 0 {
            let effort = task.effort.map(|e| e.to_string()).unwrap_or_default();
            spans.push(Span::styled(
                format!(" {}", fit_right(&effort, cols.effort)),
                th.style(Meaning::Base),
            ));
        }
        if cols.cost > 0 {
            let cost = task_cost(task, &st.roadmap.project.currency);
            spans.push(Span::styled(
                format!(" {}", fit_right(&cost, cols.cost)),
                muted,
            ));
        }
        if cols.level > 0 {
            let level = task.level.map(|l| format!("L{l}")).unwrap_or_default();
            spans.push(Span::styled(
                format!(" {}", fit_right(&level, cols.level)),
                muted,
            ));
        }
        Line::from(spans)
    }

    /// The title fitted to its column, matched characters highlighted.
    fn title_spans(&self, task: &Task, cells: usize) -> Vec<Span<'static>> {
        let title = sanitize(&task.title);
        let fitted = fit(&title, cells);
        let base: Style = if task.status.is_closed() {
            self.theme.style(Meaning::Muted)
        } else {
            self.theme.style(Meaning::Base)
        };
        let Some(m) = self.matcher else {
            return vec![Span::styled(fitted, base)];
        };
        let marks: HashSet<usize> = m.positions(&title).into_iter().collect();
        if marks.is_empty() {
            return vec![Span::styled(fitted, base)];
        }
        // Characters kept from the title before any `…` and padding.
        let kept = fitted
            .chars()
            .zip(title.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let hi = base.patch(self.theme.style(Meaning::Match));
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut run = String::new();
        let mut run_hi = false;
        for (i, c) in fitted.chars().enumerate() {
            let is_hi = i < kept && marks.contains(&i);
            if is_hi != run_hi && !run.is_empty() {
                spans.push(Span::styled(
                    std::mem::take(&mut run),
                    if run_hi { hi } else { base },
                ));
            }
            run_hi = is_hi;
            run.push(c);
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, if run_hi { hi } else { base }));
        }
        spans
    }
}

/// Hours left in a phase, for its details.
pub fn phase_left(state: &State, g: usize) -> String {
    state
        .groups()
        .get(g)
        .map(|grp| hours(grp.effort.remaining, &state.roadmap.calendar()))
        .unwrap_or_default()
}
