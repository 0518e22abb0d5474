//! Mouse: a click selects what it lands on (a tab, a row, a phase header
//! folds), the wheel scrolls. Positions are resolved with the same layout
//! function the drawing uses.

use crate::tui::action::Action;
use crate::tui::draw::tabs;
use crate::tui::layout;
use crate::tui::rows::Row;
use crate::tui::state::State;
use crate::tui::view::View;
use ratatui::layout::Position;

/// The view whose tab is drawn at `column` of the tab line.
pub fn tab_at(state: &State, column: u16) -> Option<View> {
    let mut x = 0u16;
    for (v, label) in View::ALL.into_iter().zip(tabs::labels(state)) {
        let w = label.chars().count() as u16;
        if column >= x && column < x + w {
            return Some(v);
        }
        x += w + tabs::GAP;
    }
    None
}

pub fn handle(state: &mut State, action: Action) {
    let areas = layout::areas(state.size.0, state.size.1, state.view);
    match action {
        Action::Click { column, row } => {
            let at = Position::new(column, row);
            if areas.tabs.contains(at) {
                if let Some(v) = tab_at(state, column) {
                    state.view = v;
                }
            } else if state.view == View::Timeline && areas.body.contains(at) {
                super::timeline::click(state, row - areas.body.y);
            } else if state.view == View::Roadmap && areas.list.contains(at) {
                let index = state.offset + (row - areas.list.y) as usize;
                if index < state.rows.len() {
                    let was_selected = index == state.cursor;
                    state.cursor = index;
                    if was_selected && matches!(state.rows.rows[index], Row::Phase(_)) {
                        super::navigate::handle(state, Action::ToggleCollapse);
                    }
                }
            }
        }
        Action::Scroll(by) => {
            if state.view == View::Roadmap {
                // The wheel moves the view; the selection follows only when it would leave it.
                let h = areas.list.height as usize;
                let max = state.rows.len().saturating_sub(h);
                state.offset = (state.offset as isize + by).clamp(0, max as isize) as usize;
                let last_visible = state.offset + h.saturating_sub(1);
                state.cursor = state
                    .cursor
                    .clamp(state.offset, last_visible.max(state.offset));
                state.cursor = state.cursor.min(state.rows.len().saturating_sub(1));
            } else {
                super::navigate::scroll_view(state, by);
            }
        }
        _ => {}
    }
}
