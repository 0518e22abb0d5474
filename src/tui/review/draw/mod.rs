//! The review screen, a pure function of the [`Review`]: the header with
//! the counts, the candidates by section, the report beside them (below
//! them when the terminal is narrow), the footer; popups for a prompt, the
//! merge picker and the quit question.

mod choose;
mod header;
mod list;
mod pane;
mod popup;

use super::state::Review;
use crate::theme::Theme;
use ratatui::layout::Rect;
use ratatui::Frame;

/// Below this width the source pane goes under the list.
const SIDE_BY_SIDE: u16 = 120;

pub fn draw(frame: &mut Frame, state: &Review, theme: &Theme) {
    let area = frame.area();
    if area.width < 20 || area.height < 6 {
        return;
    }
    // With --into, a third header line: what the import does to the roadmap.
    let top = if state.source.into { 3 } else { 2 };
    let header = Rect::new(area.x, area.y, area.width, top);
    let footer = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y + top, area.width, area.height - top - 1);
    let side = area.width >= SIDE_BY_SIDE;
    let (list_area, pane_area) = if side {
        let left = body.width * 11 / 20;
        (
            Rect::new(body.x, body.y, left, body.height),
            Rect::new(body.x + left, body.y, body.width - left, body.height),
        )
    } else {
        let top = body.height * 3 / 5;
        (
            Rect::new(body.x, body.y, body.width, top),
            Rect::new(body.x, body.y + top, body.width, body.height - top),
        )
    };
    header::draw(frame, header, state, theme);
    list::draw(frame, list_area, side, state, theme);
    pane::draw(frame, pane_area, state, theme);
    popup::footer(frame, footer, state, theme);
    popup::draw(frame, body, state, theme);
}
