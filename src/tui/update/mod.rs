//! `update(state, msg) -> effects`: the only way anything enters the
//! session. A message is a key or a mouse event (as an action), a resize,
//! or the result of an effect; `update` changes the state and returns what
//! else is to be done as [`Effect`]s, doing no I/O, which is why all of it
//! is testable with no terminal at all.

mod arrange;
mod confirm;
mod conflicts;
mod disk;
mod edit;
mod filter_menu;
mod help;
mod marks;
mod mouse;
mod navigate;
mod notes;
mod picker;
mod records;
mod rename;
mod saving;
mod scenario;
mod search;
mod tasks;
mod timeline;

pub use filter_menu::{filter_items, FilterItem};
pub use mouse::tab_at;

use super::action::Action;
use super::effect::Effect;
use super::msg::Msg;
use super::state::{Mode, State, Tone};

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Start { width, height } => {
            resize(state, width, height);
            if let Some(path) = &state.path {
                fx.push(Effect::Watch(path.clone()));
                fx.push(Effect::ReadHistory(path.clone()));
            }
        }
        Msg::Action(action) => act(state, action, &mut fx),
        Msg::Resize { width, height } => resize(state, width, height),
        Msg::Saved(saved) => saving::saved(state, saved, &mut fx),
        Msg::DiskChanged(text) => {
            disk::changed(state, &text);
            // A reload in place moved the picker's candidates: list them anew.
            if let Mode::Pick(picker) = &mut state.mode {
                picker.refilter(&state.roadmap);
            }
        }
        Msg::SearchReady { generation, hits } => {
            if !state.search_ready(generation, hits) {
                // An answer to a query since replaced: nothing changed.
                return fx;
            }
        }
        Msg::ForecastReady {
            generation,
            forecast,
        } => {
            if !state.timeline_ready(generation, *forecast) {
                return fx;
            }
        }
        Msg::WhatIfReady { generation, answer } => {
            if !scenario::ready(state, generation, *answer) {
                // An answer to a form (or roadmap) since changed: dropped.
                return fx;
            }
        }
        Msg::HistoryReady(points) => state.burnup = points,
        Msg::NotesEdited { of, result } => notes::edited(state, of, result),
    }
    // A change on disk that came while the user was typing: ask now.
    if state.mode == Mode::Normal && state.incoming.is_some() {
        disk::ask(state);
    }
    fx.extend(state.requests());
    fx.push(Effect::Redraw);
    fx
}

fn act(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    // A message answers the action before; the next one clears it, except for
    // the mouse wheel, which is not a decision.
    if !matches!(action, Action::Scroll(_)) {
        state.message = None;
    }
    match state.mode {
        Mode::Normal => normal(state, action, fx),
        Mode::Search { .. } => search::handle(state, action),
        Mode::Filter { .. } => filter_menu::handle(state, action),
        Mode::Edit(_) => edit::handle(state, action, fx),
        Mode::Pick(_) => picker::handle(state, action),
        Mode::Rename { .. } => rename::handle(state, action),
        Mode::Confirm(_) => confirm::handle(state, action, fx),
        Mode::Help { .. } => help::handle(state, action),
        Mode::Log { .. } => help::log(state, action),
        Mode::SaveAs { .. } => saving::prompt(state, action, fx),
        Mode::Bulk { .. } => marks::prompt(state, action),
        Mode::Records(_) => records::handle(state, action),
        Mode::Changed { .. } => disk::answer(state, action),
        Mode::Conflicts { .. } => conflicts::handle(state, action),
        Mode::Scenario(_) => scenario::handle(state, action),
    }
}

/// The screen's size changed: keep the selection on screen.
fn resize(state: &mut State, width: u16, height: u16) {
    state.size = (width, height);
    state.clamp_cursor();
}

fn normal(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    use Action::*;
    let timeline = state.view == super::view::View::Timeline;
    match action {
        Move(_) | Page(_) | Home | End | Collapse | Expand | CycleGroup | Scroll(_) if timeline => {
            timeline::handle(state, action)
        }
        ShiftTime(_) | TimeToday | TimeScale | TimeDone => timeline::handle(state, action),
        Move(_) | Page(_) | Home | End | CycleView(_) | ShowView(_) | Collapse | Expand
        | ToggleCollapse | CollapseAll | ExpandAll => navigate::handle(state, action),
        ToggleMark | ExtendMark(_) | BulkSet => marks::handle(state, action),
        // In the Findings view the list's keys work on findings.
        AddTask | EditTask | DeleteTask | Submit if state.view == super::view::View::Findings => {
            records::findings_view(state, action == AddTask)
        }
        ManagePhases => records::open_phases(state),
        AddFinding => records::add_finding(state),
        EditProject => records::open_project(state),
        ToggleDone | ToggleStatus(_) if marks::takes(state) => marks::handle(state, action),
        ToggleDone | ToggleStatus(_) | Undo | Redo | EditTask | EstimateNext | AddTask
        | DeleteTask | ReorderTask(_) | MoveToPhase(_) => tasks::handle(state, action),
        Relate(relation) => picker::open(state, relation),
        RenameTask => rename::start(state),
        Click { .. } | Scroll(_) => mouse::handle(state, action),
        ScrollDetails(by) => state.scroll_details(by),
        CycleSort | CycleGroup => arrange::handle(state, action),
        Submit => match state.selected_task_index() {
            Some(_) => tasks::handle(state, EditTask),
            None => navigate::handle(state, ToggleCollapse),
        },
        Save => saving::save(state, false, fx),
        SaveAs => saving::ask_save_as(state, false),
        Quit => {
            if state.is_dirty() {
                state.mode = Mode::Confirm(super::state::Confirm::Quit);
            } else {
                fx.push(Effect::Quit);
            }
        }
        Help => state.mode = Mode::Help { scroll: 0 },
        Log => state.mode = Mode::Log { scroll: 0 },
        WhatIf => scenario::open(state),
        Search => search::start(state),
        StepHit(by) => search::step(state, by),
        EditNotes => notes::edit_selected(state, fx),
        Filter => state.mode = Mode::Filter { cursor: 0 },
        ClearFilters => search::clear_all(state),
        Cancel if !state.marked.is_empty() => {
            state.marked.clear();
            state.say(Tone::Info, "Marks cleared");
        }
        Cancel => {
            if !state.query.is_empty() || state.filters.is_active() {
                search::clear_all(state);
                state.say(Tone::Info, "Search and filters cleared");
            }
        }
        Input(_) | NextField | PrevField | ToggleItem | Answer(_) | ToggleTitles => {}
    }
}

#[cfg(test)]
mod tests;
