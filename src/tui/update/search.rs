//! The search box: every keystroke narrows the list and selects the best match.

use crate::tui::action::Action;
use crate::tui::input::Input;
use crate::tui::state::{Mode, State, Tone};
use crate::tui::view::View;

pub fn start(state: &mut State) {
    state.view = View::Roadmap;
    state.mode = Mode::Search {
        input: Input::new(state.query.clone()),
        before: state.query.clone(),
    };
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Search { input, before } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => {
            input.apply(edit);
            let query = input.text.clone();
            set_query(state, query);
        }
        Action::Move(by) => super::navigate::move_by(state, by),
        Action::Submit => {
            state.mode = Mode::Normal;
            if !state.query.is_empty() {
                let n = state.hits.as_ref().map_or(0, |h| h.count);
                let tone = if n == 0 { Tone::Warning } else { Tone::Info };
                state.say(
                    tone,
                    format!("{n} tasks match “{}” (esc clears)", state.query),
                );
            }
        }
        Action::Cancel => {
            let before = before.clone();
            state.mode = Mode::Normal;
            set_query(state, before);
        }
        _ => {}
    }
}

/// Applies a query: narrows the rows and selects the best-scoring task
/// (at once, or when the hits come back from the worker for big roadmaps).
pub fn set_query(state: &mut State, query: String) {
    // A longer query can only match fewer tasks: search among the last hits.
    let narrow = query.starts_with(&state.query);
    state.query = query;
    if state.search_stale(narrow) {
        state.narrow_rows();
        state.select_best_hit();
    }
}

/// Esc in the list, or `0` in the filter menu: show everything again.
pub fn clear_all(state: &mut State) {
    state.filters = Default::default();
    state.query.clear();
    state.search_stale(false);
    state.narrow_rows();
}
