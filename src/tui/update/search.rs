//! The search box: every keystroke narrows the list and selects the best
//! match; ctrl-t reads the titles alone. Once the prompt is closed, `n` and
//! `N` step through the hits best first.
//!
//! The list keeps its order (plan order in phases, or the user's sort)
//! rather than being re-sorted by score: it is the plan, grouped with its
//! figures, and a search narrows it without scrambling it. The ranking is
//! where the cursor goes instead: typing selects the best hit, and `n`
//! walks on to the second best, the third… as a pager's search does.

use crate::model::arrange::GroupBy;
use crate::tui::action::Action;
use crate::tui::input::Input;
use crate::tui::rows::Row;
use crate::tui::search::{self, Fields};
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;
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
        Action::ToggleTitles => {
            state.search_fields = match state.search_fields {
                Fields::All => Fields::Titles,
                Fields::Titles => Fields::All,
            };
            // The hits read other fields now: none may serve as a basis.
            state.hits_query.clear();
            if state.search_stale(false) {
                state.narrow_rows();
                state.select_best_hit();
            }
        }
        Action::Submit => {
            state.mode = Mode::Normal;
            if !state.query.is_empty() {
                let n = state.hits.as_ref().map_or(0, |h| h.count);
                let tone = if n == 0 { Tone::Warning } else { Tone::Info };
                let next = if n > 1 {
                    " · n and N step through them, best first"
                } else {
                    ""
                };
                state.say(
                    tone,
                    format!(
                        "{n} tasks match “{}”{next} (esc clears)",
                        sanitize(&state.query)
                    ),
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

/// `n` (+1) / `N` (-1): the next or previous hit in rank order from the
/// selected task, round from the last to the best (and back). Only hits
/// the filters let through count; a hit in a folded phase unfolds it.
pub fn step(state: &mut State, by: isize) {
    state.view = View::Roadmap;
    if state.query.is_empty() {
        state.say(
            Tone::Info,
            "No search to step through: / searches, then n and N go from hit to hit",
        );
        return;
    }
    if state.deferred.search_pending {
        state.say(Tone::Info, "Still searching…");
        return;
    }
    let fields = state.search_fields;
    let Some(hits) = state.hits.as_mut() else {
        return;
    };
    let ranked = match hits.ranked.take() {
        Some(ranked) => ranked,
        None => search::ranked(&state.roadmap, &state.hits_query, fields, hits),
    };
    // Grouped otherwise than by phase, a folded group's hits are skipped:
    // the listed tasks, once, rather than a search of the rows per hit.
    let listed: Option<std::collections::HashSet<u32>> =
        (state.group != GroupBy::Phase).then(|| {
            state
                .rows
                .rows
                .iter()
                .filter_map(|r| match r {
                    Row::Task(i) => Some(*i),
                    Row::Phase(_) => None,
                })
                .collect()
        });
    let reachable: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&i| reachable(state, listed.as_ref(), i))
        .collect();
    if let Some(hits) = state.hits.as_mut() {
        hits.ranked = Some(ranked);
    }
    let n = reachable.len();
    if n == 0 {
        state.say(
            Tone::Warning,
            format!("No task shown matches “{}”", sanitize(&state.query)),
        );
        return;
    }
    let here = state
        .selected_task_index()
        .and_then(|i| reachable.iter().position(|&r| r == i));
    let (k, wrapped) = match here {
        Some(h) => {
            let k = (h as isize + by).rem_euclid(n as isize) as usize;
            (k, (by > 0 && k <= h) || (by < 0 && k >= h))
        }
        None if by > 0 => (0, false),
        None => (n - 1, false),
    };
    let task = reachable[k];
    if state.group == GroupBy::Phase {
        let phase = state.roadmap.tasks[task].phase.clone();
        if state.collapsed.remove(&phase) {
            state.rebuild_rows();
        }
    }
    state.select(Row::Task(task as u32));
    let round = match (wrapped, by > 0) {
        (true, true) => " · round again from the best",
        (true, false) => " · round to the last",
        (false, _) => "",
    };
    state.say(
        Tone::Info,
        format!(
            "Hit {} of {n} for “{}”{round}",
            k + 1,
            sanitize(&state.query)
        ),
    );
}

/// Whether `n` can take the cursor to task `i`: the filters show it, and
/// it is `listed` when that is given (by phase, a folded phase is unfolded
/// on the way instead).
fn reachable(state: &State, listed: Option<&std::collections::HashSet<u32>>, i: usize) -> bool {
    let Some(task) = state.roadmap.tasks.get(i) else {
        return false;
    };
    state.filters.matches(task, || state.metrics.is_blocked(i))
        && listed.is_none_or(|l| l.contains(&(i as u32)))
}
