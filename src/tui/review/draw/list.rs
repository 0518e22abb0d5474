//! The candidates under their report sections, each with the lead's mark,
//! the importer's confidence, the fields and the reason. Only the lines on
//! screen are built, so a report of thousands of candidates draws as fast
//! as a short one.

use super::choose::{conflict_short, conflict_text};
use crate::model::Priority;
use crate::theme::{Meaning, Theme};
use crate::tui::review::state::{Choice, Review};
use crate::tui::text::{fit, fit_right, sanitize, truncate};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

/// What a list line shows.
enum Entry {
    Heading(usize),
    Row(usize),
}

/// `side`: the source pane is to the right, behind a border.
pub fn draw(frame: &mut Frame, area: Rect, side: bool, state: &Review, theme: &Theme) {
    let block = Block::default()
        .borders(if side { Borders::RIGHT } else { Borders::NONE })
        .border_style(theme.style(Meaning::Border));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    if height == 0 || inner.width == 0 {
        return;
    }
    let source = &state.source;
    if source.rows.is_empty() {
        let empty = Paragraph::new(" The importer found no candidate in this report.")
            .style(theme.style(Meaning::Muted));
        frame.render_widget(empty, inner);
        return;
    }
    let total = source.list_lines();
    let at = source.line_of_row(state.cursor);
    let first = at
        .saturating_sub(height / 2)
        .min(total.saturating_sub(height));
    let lines: Vec<Line> = entries(state, first, height)
        .into_iter()
        .map(|e| match e {
            Entry::Heading(g) => heading(state, g, inner.width, theme),
            Entry::Row(r) => row(state, r, inner.width, theme),
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        inner,
    );
}

/// The entries of list lines `first..first + count`.
fn entries(state: &Review, first: usize, count: usize) -> Vec<Entry> {
    let groups = &state.source.groups;
    // The heading of group g is list line first_row(g) + g.
    let (mut lo, mut hi) = (0, groups.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if groups[mid].first + mid <= first {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let mut g = lo.saturating_sub(1);
    let mut out = Vec::with_capacity(count);
    let mut line = groups[g].first + g;
    while out.len() < count && g < groups.len() {
        if line >= first {
            out.push(Entry::Heading(g));
        }
        line += 1;
        for r in groups[g].first..groups[g].end {
            if out.len() >= count {
                break;
            }
            if line >= first {
                out.push(Entry::Row(r));
            }
            line += 1;
        }
        g += 1;
    }
    out
}

fn heading(state: &Review, g: usize, width: u16, theme: &Theme) -> Line<'static> {
    let group = &state.source.groups[g];
    let kept = (group.first..group.end).filter(|&r| state.kept(r)).count();
    let text = format!(
        "§ {}  ({kept}/{} kept)",
        sanitize(&group.title),
        group.end - group.first
    );
    Line::styled(fit(&text, width as usize), theme.style(Meaning::Phase))
}

fn priority_word(p: Option<Priority>) -> &'static str {
    match p {
        Some(Priority::Critical) => "crit",
        Some(Priority::High) => "high",
        Some(Priority::Medium) => "med",
        Some(Priority::Low) => "low",
        None => "·",
    }
}

fn row(state: &Review, r: usize, width: u16, theme: &Theme) -> Line<'static> {
    let src = &state.source.rows[r];
    let mark = &state.marks[r];
    let kept = state.kept(r);
    let (sign, meaning) = match mark.choice {
        Choice::Keep => ("✔", Meaning::Success),
        Choice::Drop => ("✘", Meaning::Error),
        Choice::Merged(_) => ("≡", Meaning::Accent),
        Choice::Undecided if kept => ("+", Meaning::Muted),
        Choice::Undecided => ("-", Meaning::Muted),
    };
    let width = width as usize;
    let effort = mark
        .effort
        .or(src.effort)
        .map(|e| e.to_string())
        .unwrap_or_default();
    // With --into, a candidate kept in the review that the reimport did not
    // place (the importer had left it out) is new to the roadmap.
    let status = match src.status {
        Some(s) => s.word(),
        None if state.source.into && kept => "new",
        None => "",
    };
    // The reason column gives its room to a conflict, which matters more.
    let wide = width >= 84 && src.conflicts.is_empty();
    let mut tail = format!(
        " {:>4} {:>6}{} L{:<5}",
        priority_word(mark.priority.or(src.priority)),
        fit_right(&effort, 6),
        if status.is_empty() {
            String::new()
        } else {
            format!(" {status:>8}")
        },
        src.line
    );
    let reason_width = if wide { width / 4 } else { 0 };
    if wide {
        tail.push(' ');
        tail.push_str(&fit(&sanitize(&src.reason), reason_width));
    }
    let selected = r == state.cursor;
    let head = format!(
        "{}{sign} {:>3}% ",
        if selected { "▸" } else { " " },
        (src.confidence * 100.0).round() as u32
    );
    let room =
        width.saturating_sub(crate::tui::text::width(&head) + crate::tui::text::width(&tail));
    // A conflict is shown on its row: the team's value, the report's, and
    // the side taken (`?` while unsettled); the title gives way to it.
    let settled = src.conflicts.iter().all(|&c| state.side(c).is_some());
    let conflicts = if src.conflicts.is_empty() {
        String::new()
    } else {
        // The title keeps 16 cells at least (a third of the room if more).
        let budget = room.saturating_sub(room.min(16).max(room / 3));
        let sign = if settled { "✔" } else { "⚠" };
        let join = |text: &dyn Fn(&Review, usize) -> String| {
            let texts: Vec<String> = src.conflicts.iter().map(|&c| text(state, c)).collect();
            format!(" {sign} {}", texts.join("; "))
        };
        let full = join(&conflict_text);
        let text = if crate::tui::text::width(&full) <= budget {
            full
        } else {
            join(&conflict_short)
        };
        truncate(&text, budget)
    };
    let title_width = room.saturating_sub(crate::tui::text::width(&conflicts));
    let title = fit(&sanitize(&src.title), title_width);
    let base = if kept {
        theme.style(Meaning::Base)
    } else {
        theme.style(Meaning::Muted)
    };
    let patch = |s: Style| {
        if selected {
            s.patch(theme.style(Meaning::Selected))
                .add_modifier(Modifier::BOLD)
        } else {
            s
        }
    };
    Line::from(vec![
        Span::styled(head, patch(theme.style(meaning))),
        Span::styled(title, patch(base)),
        Span::styled(
            conflicts,
            patch(theme.style(if settled {
                Meaning::Accent
            } else {
                Meaning::Warning
            })),
        ),
        Span::styled(tail, patch(theme.style(Meaning::Muted))),
    ])
}
