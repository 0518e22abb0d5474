//! The dependencies and findings picker: opening it on the selected task,
//! typing to narrow, toggling, applying the list as one change. A
//! dependency that would close a loop is refused when it is toggled on,
//! the message naming the loop.

use crate::model::change::{cycle_through, RelateError};
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::picker::{Picker, Relation};
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;
use crate::tui::view::View;

pub fn open(state: &mut State, relation: Relation) {
    if state.view != View::Roadmap {
        state.say(
            Tone::Info,
            "Tasks are changed in the Roadmap view (press 1)",
        );
        return;
    }
    let Some(task) = state.selected_task() else {
        state.say(Tone::Info, "Select a task first (this row is a phase)");
        return;
    };
    if relation == Relation::Findings && state.roadmap.findings.is_empty() {
        state.say(Tone::Info, "This roadmap has no findings to choose from");
        return;
    }
    let id = task.id.clone();
    state.mode = Mode::Pick(Box::new(Picker::open(&state.roadmap, relation, &id)));
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Pick(picker) = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => {
            picker.input.apply(edit);
            picker.error = None;
            picker.refilter(&state.roadmap);
        }
        Action::Move(by) | Action::Scroll(by) => picker.move_cursor(by),
        Action::Page(pages) => picker.move_cursor(pages.saturating_mul(10)),
        Action::ToggleItem => toggle(state),
        Action::Cancel => {
            state.mode = crate::tui::state::Mode::Normal;
            state.say(Tone::Info, "Nothing changed");
        }
        Action::Submit => apply(state),
        _ => {}
    }
}

fn toggle(state: &mut State) {
    let Mode::Pick(picker) = &mut state.mode else {
        return;
    };
    picker.error = None;
    let Some(id) = picker.current(&state.roadmap) else {
        return;
    };
    let adding = !picker.is_chosen(id);
    if adding && picker.relation == Relation::DependsOn {
        if let Some(chain) = cycle_through(&state.roadmap, &state.index, &picker.task, id) {
            picker.error = Some(RelateError::Cycle { chain }.to_string());
            return;
        }
    }
    picker.toggle(id);
}

fn apply(state: &mut State) {
    let Mode::Pick(picker) = &mut state.mode else {
        return;
    };
    if !picker.changed() {
        state.mode = Mode::Normal;
        state.say(Tone::Info, "Nothing changed");
        return;
    }
    let (id, relation, chosen) = (picker.task.clone(), picker.relation, picker.chosen.clone());
    match edits::relate(state, &id, relation, chosen) {
        Ok(()) => {
            state.mode = Mode::Normal;
            super::tasks::follow(state, &id);
            let title = state.task_by_id(&id).map(|t| sanitize(&t.title));
            let what = match relation {
                Relation::DependsOn => "dependencies",
                Relation::Findings => "findings",
            };
            state.say(
                Tone::Success,
                format!(
                    "Saved the {what} of “{}” (u undoes)",
                    title.unwrap_or_default()
                ),
            );
        }
        Err(e) => {
            if let Mode::Pick(picker) = &mut state.mode {
                picker.error = Some(e);
            }
        }
    }
}
