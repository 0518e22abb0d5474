//! Shared pieces of popups: a centred box with a border, cleared beneath.

use crate::theme::{Meaning, Theme};
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear};
use ratatui::Frame;

/// A `w`×`h` box centred in `area`, shrunk to fit.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears `area` and draws a titled border; returns the inside.
pub fn frame_box(frame: &mut Frame, area: Rect, title: &str, theme: &Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Meaning::Border))
        .style(theme.style(Meaning::Overlay))
        .title(Span::styled(
            format!(" {title} "),
            theme.style(Meaning::Title),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
