//! The scenario dialog's keys: typing edits the focused field and the
//! scenarios follow, tab moves between fields, ↑/↓ choose a scenario,
//! enter applies it as one change (undone by `u`), esc closes.

use crate::model::whatif::{mark_next, NEXT};
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::scenario::{Scenarios, FIELDS};
use crate::tui::state::{Mode, State, Tone};

pub fn open(state: &mut State) {
    state.mode = Mode::Scenario(Box::new(Scenarios::new(&state.roadmap, state.today)));
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

/// Moves the chosen scenario's tasks into the phase `next`.
fn apply(state: &mut State) {
    let Mode::Scenario(s) = &state.mode else {
        return;
    };
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
