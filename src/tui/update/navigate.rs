//! Moving the selection, scrolling views, switching views, folding phases.

use crate::tui::action::Action;
use crate::tui::draw;
use crate::tui::rows::Row;
use crate::tui::state::State;
use crate::tui::view::View;

pub fn handle(state: &mut State, action: Action) {
    match action {
        Action::Move(by) => move_by(state, by),
        Action::Page(pages) => {
            let h = if state.view == View::Roadmap {
                state.list_height()
            } else {
                crate::tui::layout::areas(state.size.0, state.size.1, state.view)
                    .body
                    .height as usize
            };
            move_by(state, pages * (h.max(2) as isize - 1));
        }
        Action::Home => move_by(state, isize::MIN / 2),
        Action::End => move_by(state, isize::MAX / 2),
        Action::CycleView(by) => state.view = state.view.step(by),
        Action::ShowView(v) => state.view = v,
        Action::Collapse => set_collapsed(state, Some(true)),
        Action::Expand => set_collapsed(state, Some(false)),
        Action::ToggleCollapse => set_collapsed(state, None),
        Action::CollapseAll => {
            state.collapsed = state.groups().iter().map(|g| g.key.clone()).collect();
            let phase = state
                .rows
                .phase_of(state.cursor)
                .and_then(|p| state.rows.rows.get(p).copied());
            state.rebuild_rows();
            if let Some(row) = phase {
                state.select(row);
            }
        }
        Action::ExpandAll => {
            state.collapsed.clear();
            state.rebuild_rows();
        }
        _ => {}
    }
    state.clamp_cursor();
}

/// Moves the Roadmap selection, or scrolls the other views.
pub fn move_by(state: &mut State, by: isize) {
    if state.view == View::Roadmap {
        let last = state.rows.len().saturating_sub(1) as isize;
        state.cursor = (state.cursor as isize)
            .saturating_add(by)
            .clamp(0, last.max(0)) as usize;
        state.clamp_cursor();
    } else {
        scroll_view(state, by);
    }
}

/// Scrolls a document view, never past its last screenful.
pub fn scroll_view(state: &mut State, by: isize) {
    let v = state.view.index();
    let max = draw::document_max_scroll(state);
    state.scroll[v] = (state.scroll[v] as isize)
        .saturating_add(by)
        .clamp(0, max as isize) as usize;
}

/// Folds (`Some(true)`), unfolds (`Some(false)`) or flips (`None`) the phase
/// under the cursor, keeping the cursor on that phase's header.
fn set_collapsed(state: &mut State, collapse: Option<bool>) {
    if state.view != View::Roadmap {
        return;
    }
    let Some(header_at) = state.rows.phase_of(state.cursor) else {
        return;
    };
    let Some(Row::Phase(g)) = state.rows.rows.get(header_at).copied() else {
        return;
    };
    let Some(key) = state.groups().get(g as usize).map(|g| g.key.clone()) else {
        return;
    };
    let fold = collapse.unwrap_or(!state.collapsed.contains(&key));
    if fold {
        state.collapsed.insert(key);
    } else {
        state.collapsed.remove(&key);
    }
    state.rebuild_rows();
    state.select(Row::Phase(g));
}
