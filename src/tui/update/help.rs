//! The help overlay and the log of changes: scroll them, close them.

use crate::tui::action::Action;
use crate::tui::state::{Mode, State};

pub fn handle(state: &mut State, action: Action) {
    let lines = crate::tui::draw::help::line_count(&state.keys);
    let Mode::Help { scroll } = &mut state.mode else {
        return;
    };
    let by = match action {
        Action::Move(by) | Action::Scroll(by) => by,
        Action::Page(pages) => pages * 10,
        Action::Home => isize::MIN / 2,
        Action::End => isize::MAX / 2,
        Action::Help | Action::Cancel | Action::Submit | Action::Quit | Action::Answer('q') => {
            state.mode = Mode::Normal;
            return;
        }
        _ => return,
    };
    let max = lines.saturating_sub(1);
    *scroll = (*scroll as isize).saturating_add(by).clamp(0, max as isize) as usize;
}

/// The log of changes: scrolls like the help, closes on the same keys.
pub fn log(state: &mut State, action: Action) {
    let lines = crate::tui::draw::log::line_count(&state.log);
    let Mode::Log { scroll } = &mut state.mode else {
        return;
    };
    let by = match action {
        Action::Move(by) | Action::Scroll(by) => by,
        Action::Page(pages) => pages * 10,
        Action::Home => isize::MIN / 2,
        Action::End => isize::MAX / 2,
        Action::Log | Action::Cancel | Action::Submit | Action::Quit => {
            state.mode = Mode::Normal;
            return;
        }
        _ => return,
    };
    let max = lines.saturating_sub(1);
    *scroll = (*scroll as isize).saturating_add(by).clamp(0, max as isize) as usize;
}
