//! The scenario dialog's keys: typing edits the focused field and the
//! scenarios follow, tab moves between fields, ↑/↓ choose a scenario,
//! enter applies it as one change (undone by `u`), esc closes. On a big
//! roadmap the scenarios are made on the worker (`Scenarios::request`,
//! asked for by `State::requests`) and enter waits for them.

use crate::model::whatif::{mark_next, NEXT};
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::scenario::{Answer, Scenarios, FIELDS};
use crate::tui::state::{Mode, State, Tone};

pub fn open(state: &mut State) {
    let deferred = Scenarios::defers(&state.roadmap, state.deferred.enabled);
    let mut s = Scenarios::new(&state.roadmap, state.today, deferred);
    s.changes = state.deferred.changes;
    state.mode = Mode::Scenario(Box::new(s));
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Scenario(s) = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => {
            let focus = s.focus;
            s.fields[focus].apply(edit);
            s.recompute(&state.roadmap, state.today);
        }
        Action::NextField => s.focus = (s.focus + 1) % FIELDS.len(),
        Action::PrevField => s.focus = (s.focus + FIELDS.len() - 1) % FIELDS.len(),
        Action::Move(by) => s.chosen = (s.chosen as isize + by).rem_euclid(3) as usize,
        Action::Cancel => state.mode = Mode::Normal,
        Action::Submit => apply(state),
        _ => {}
    }
}

/// The worker's answer; true if it is for the form and roadmap as they are
/// (an answer for older inputs, or for a dialog since closed, is dropped).
pub fn ready(state: &mut State, generation: u64, answer: Answer) -> bool {
    match &mut state.mode {
        Mode::Scenario(s) => s.ready(generation, answer),
        _ => false,
    }
}

/// Moves the chosen scenario's tasks into the phase `next`: only a
/// scenario computed for the form as it reads now, on the roadmap as it is.
fn apply(state: &mut State) {
    let Mode::Scenario(s) = &state.mode else {
        return;
    };
    if let Some(why) = &s.error {
        let why = format!("The form does not read ({why}): nothing applied");
        state.say(Tone::Warning, why);
        return;
    }
    if s.pending() {
        state.say(
            Tone::Info,
            "Still computing the scenarios for this form: enter again once they show",
        );
        return;
    }
    let Some(tasks) = s.chosen_tasks().map(<[usize]>::to_vec) else {
        state.say(Tone::Warning, "This scenario has no tasks to apply");
        return;
    };
    let change = match mark_next(&state.roadmap, &tasks) {
        Ok(Some(change)) => change,
        Ok(None) => {
            state.say(
                Tone::Info,
                format!("Its tasks are all in phase `{NEXT}` already"),
            );
            return;
        }
        Err(e) => {
            state.say(Tone::Error, e.to_string());
            return;
        }
    };
    let n = tasks.len();
    match edits::batch(state, format!("move {n} scenario tasks to {NEXT}"), change) {
        Ok(()) => {
            state.mode = Mode::Normal;
            state.collapsed.remove(NEXT);
            state.say(
                Tone::Success,
                format!(
                    "Moved {n} task{} to phase `{NEXT}` (u undoes)",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

#[cfg(test)]
#[path = "scenario_tests.rs"]
mod tests;
