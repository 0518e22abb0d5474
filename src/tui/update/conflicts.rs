//! The list of merge conflicts: move between them, `o` keeps ours, `t`
//! takes theirs for the selected one; each settled conflict is one undoable
//! step. The list closes when none is left, or on enter / esc.

use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::resolve::Side;
use crate::tui::state::{Mode, State, Tone};

pub fn handle(state: &mut State, action: Action) {
    let Mode::Conflicts { cursor } = state.mode else {
        return;
    };
    let len = state.roadmap.conflicts.len();
    let side = match action {
        Action::Move(by) => {
            let last = len.saturating_sub(1) as isize;
            let to = (cursor as isize + by).clamp(0, last) as usize;
            state.mode = Mode::Conflicts { cursor: to };
            return;
        }
        Action::Answer('o') => Side::Ours,
        Action::Answer('t') => Side::Theirs,
        Action::Cancel | Action::Submit | Action::Answer(_) => {
            state.mode = Mode::Normal;
            return;
        }
        _ => return,
    };
    match edits::resolve(state, cursor, side) {
        Ok(label) => {
            let left = state.roadmap.conflicts.len();
            if left == 0 {
                state.mode = Mode::Normal;
                state.say(
                    Tone::Success,
                    format!("Resolved: {label}; no conflicts left (s saves, u undoes)"),
                );
            } else {
                state.mode = Mode::Conflicts {
                    cursor: cursor.min(left - 1),
                };
                state.say(Tone::Success, format!("Resolved: {label}; {left} left"));
            }
        }
        Err(e) => state.say(Tone::Error, format!("Not resolved: {e}")),
    }
}

#[cfg(test)]
#[path = "conflicts_tests.rs"]
mod tests;
