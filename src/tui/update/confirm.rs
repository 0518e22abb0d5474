//! Questions: delete this task? quit without saving? The questions about
//! saving (overwrite a change on disk? a save that failed) are answered in
//! `saving`, which asked them; the dialogs of all of them scroll here.

use super::saving;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::state::{Confirm, Mode, State, Tone};

pub fn handle(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::Confirm(question) = &state.mode else {
        return;
    };
    let question = question.clone();
    let answer = match action {
        Action::Move(by) | Action::Scroll(by) => return scroll(state, by),
        Action::Page(pages) => return scroll(state, pages.saturating_mul(10)),
        Action::Answer(c) => c.to_ascii_lowercase(),
        Action::Submit => 'y',
        Action::Cancel => 'n',
        // `q` again on the quit question means "yes, quit".
        Action::Quit => 'q',
        _ => return,
    };
    state.mode = Mode::Normal;
    match (question, answer) {
        (Confirm::Delete { id, .. }, 'y') => super::tasks::delete_confirmed(state, &id),
        (Confirm::Delete { .. }, 'n') => state.say(Tone::Info, "Nothing deleted"),
        (Confirm::Rename { old, new, .. }, 'y') => super::rename::confirmed(state, &old, &new),
        (Confirm::Rename { .. }, 'n') => state.say(Tone::Info, "Nothing renamed"),
        (Confirm::Quit, 'y' | 'q') => fx.push(Effect::Quit),
        (Confirm::Quit, 's') => saving::save(state, true, fx),
        (Confirm::Quit, 'n') => {}
        (
            question @ (Confirm::Overwrite { .. }
            | Confirm::SaveFailed { .. }
            | Confirm::NotSaved { .. }),
            answer,
        ) => saving::answer(state, question, answer, fx),
        (question, _) => state.mode = Mode::Confirm(question),
    }
}

/// Scrolls the text of a save failure by `by` rows, no further than its end.
fn scroll(state: &mut State, by: isize) {
    let max = crate::tui::draw::dialog::message_max_scroll(state);
    if let Mode::Confirm(Confirm::SaveFailed { scroll, .. } | Confirm::NotSaved { scroll, .. }) =
        &mut state.mode
    {
        *scroll = scroll.saturating_add_signed(by).min(max);
    }
}
