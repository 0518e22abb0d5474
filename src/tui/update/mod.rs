//! `update(state, action) -> effects`: the only place the session changes.
//! No I/O happens here; saving and quitting are returned as [`Effect`]s for
//! the run loop to perform, which is why all of this is testable with no
//! terminal at all.

mod confirm;
mod conflicts;
mod edit;
mod external;
mod filter_menu;
mod help;
mod mouse;
mod navigate;
mod search;
mod tasks;

pub use confirm::save_failed;
pub use external::{file_changed, list_parts, saved_merged};
pub use filter_menu::{filter_items, FilterItem};
pub use mouse::tab_at;

use super::action::{Action, Effect};
use super::state::{Mode, State, Tone};
use std::path::PathBuf;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let mut fx = Vec::new();
    // A message answers the action before; the next one clears it, except for
    // the mouse wheel, which is not a decision.
    if !matches!(action, Action::Scroll(_)) {
        state.message = None;
    }
    match state.mode {
        Mode::Normal => normal(state, action, &mut fx),
        Mode::Search { .. } => search::handle(state, action),
        Mode::Filter { .. } => filter_menu::handle(state, action),
        Mode::Edit(_) => edit::handle(state, action),
        Mode::Confirm(_) => confirm::handle(state, action, &mut fx),
        Mode::Help { .. } => help::handle(state, action),
        Mode::SaveAs { .. } => confirm::save_as(state, action, &mut fx),
        Mode::Changed { .. } => external::answer(state, action),
        Mode::Conflicts { .. } => conflicts::handle(state, action),
    }
    // A change on disk that came while the user was typing: ask now.
    if state.mode == Mode::Normal && state.incoming.is_some() {
        external::ask(state);
    }
    fx.extend(state.requests());
    fx.push(Effect::Redraw);
    fx
}

/// Search hits computed off the UI thread have arrived; true if they are current.
pub fn search_ready(state: &mut State, generation: u64, hits: super::search::Hits) -> bool {
    state.search_ready(generation, hits)
}

/// The file's git history has been read off the UI thread: the points of
/// the Maturity view's burn-up chart, oldest first.
pub fn history_ready(state: &mut State, series: Vec<crate::git::versions::Point>) {
    state.burnup = series;
}

/// The run loop reports how a [`Effect::Save`] went. A refusal opens its
/// whole reason in a dialog: it can run to many lines (every problem that
/// would stop the file from loading back).
pub fn saved(state: &mut State, result: Result<PathBuf, String>) {
    match result {
        Ok(path) => {
            state.mark_saved();
            state.say(Tone::Success, format!("Saved {}", path.display()));
            state.path = Some(path);
        }
        Err(e) => {
            // The store's words start with "not saved:", the dialog's title.
            let reason = e.strip_prefix("not saved: ").unwrap_or(&e).to_string();
            state.say(
                Tone::Error,
                "Not saved: your changes are kept (why is in the dialog)",
            );
            state.mode = Mode::Confirm(super::state::Confirm::NotSaved { reason, scroll: 0 });
        }
    }
}

/// The terminal was resized: keep the selection on screen.
pub fn resized(state: &mut State, width: u16, height: u16) {
    state.size = (width, height);
    state.clamp_cursor();
}

fn normal(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    use Action::*;
    match action {
        Move(_) | Page(_) | Home | End | CycleView(_) | ShowView(_) | Collapse | Expand
        | ToggleCollapse | CollapseAll | ExpandAll => navigate::handle(state, action),
        ToggleDone | ToggleStatus(_) | Undo | Redo | EditTask | AddTask | DeleteTask => {
            tasks::handle(state, action)
        }
        Click { .. } | Scroll(_) => mouse::handle(state, action),
        Submit => match state.selected_task_index() {
            Some(_) => tasks::handle(state, EditTask),
            None => navigate::handle(state, ToggleCollapse),
        },
        Save => confirm::save(state, false, fx),
        SaveAs => confirm::ask_save_as(state, false),
        Quit => {
            if state.is_dirty() {
                state.mode = Mode::Confirm(super::state::Confirm::Quit);
            } else {
                fx.push(Effect::Quit);
            }
        }
        Help => state.mode = Mode::Help { scroll: 0 },
        Search => search::start(state),
        Filter => state.mode = Mode::Filter { cursor: 0 },
        ClearFilters => search::clear_all(state),
        Cancel => {
            if !state.query.is_empty() || state.filters.is_active() {
                search::clear_all(state);
                state.say(Tone::Info, "Search and filters cleared");
            }
        }
        Input(_) | NextField | PrevField | ToggleItem | Answer(_) => {}
    }
}

#[cfg(test)]
mod tests;
