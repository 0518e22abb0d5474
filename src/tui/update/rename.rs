//! `R`: a task's new id, typed, checked by the model, then confirmed with
//! the number of references that change with it; one step of the history.

use crate::model::change::{references, rename_task};
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::input::Input;
use crate::tui::state::{Confirm, Mode, State, Tone};
use crate::tui::text::sanitize;
use crate::tui::view::View;

pub fn start(state: &mut State) {
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
    state.mode = Mode::Rename {
        id: task.id.clone(),
        input: Input::new(task.id.clone()),
        error: None,
    };
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Rename { id, input, error } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => {
            input.apply(edit);
            *error = None;
        }
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Nothing renamed");
        }
        Action::Submit => {
            let (old, new) = (id.clone(), input.text.trim().to_string());
            if new == old {
                state.mode = Mode::Normal;
                state.say(Tone::Info, "Nothing renamed (the same id)");
                return;
            }
            // The model says whether the id is well formed and free.
            match rename_task(&state.roadmap, &old, &new) {
                Ok(_) => {
                    let references = references(&state.roadmap, &old);
                    state.mode = Mode::Confirm(Confirm::Rename {
                        old,
                        new,
                        references,
                    });
                }
                Err(e) => *error = Some(e.to_string()),
            }
        }
        _ => {}
    }
}

/// The user said yes to renaming `old` to `new`.
pub fn confirmed(state: &mut State, old: &str, new: &str) {
    match edits::rename(state, old, new) {
        Ok(()) => {
            super::tasks::follow(state, new);
            state.say(
                Tone::Success,
                format!("Renamed {} to {} (u undoes)", sanitize(old), sanitize(new)),
            );
        }
        Err(e) => state.say(Tone::Error, e),
    }
}
