//! Questions: delete this task? quit without saving? save where?

use crate::tui::action::{Action, Effect};
use crate::tui::input::Input;
use crate::tui::state::{Confirm, Mode, State, Tone};
use std::path::PathBuf;

pub fn handle(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::Confirm(question) = &state.mode else {
        return;
    };
    let question = question.clone();
    let answer = match action {
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
        (Confirm::Quit, 'y' | 'q') => fx.push(Effect::Quit),
        (Confirm::Quit, 's') => save(state, true, fx),
        (Confirm::Overwrite { then_quit }, 'y') => {
            state.confirm_overwrite = false;
            save(state, then_quit, fx);
        }
        (Confirm::Overwrite { .. }, 'n' | 'q') => {
            state.say(Tone::Info, "Not saved: the change on disk stays")
        }
        (Confirm::Delete { .. }, 'n') => state.say(Tone::Info, "Nothing deleted"),
        (Confirm::Quit, 'n') => {}
        (question, _) => state.mode = Mode::Confirm(question),
    }
}

/// Saves to the roadmap's file (asking first if that overwrites a change on
/// disk the user chose to keep out), or asks where to save it.
pub fn save(state: &mut State, then_quit: bool, fx: &mut Vec<Effect>) {
    match state.path.clone() {
        Some(_) if state.confirm_overwrite => {
            state.mode = Mode::Confirm(Confirm::Overwrite { then_quit });
        }
        Some(path) => {
            fx.push(Effect::Save(path));
            if then_quit {
                fx.push(Effect::Quit);
            }
        }
        None => ask_save_as(state, then_quit),
    }
}

/// Asks for a file name for a roadmap that has none yet (the bundled example).
pub fn ask_save_as(state: &mut State, then_quit: bool) {
    state.mode = Mode::SaveAs {
        input: Input::new("roadmap.toml"),
        then_quit,
    };
}

pub fn save_as(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::SaveAs { input, then_quit } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => input.apply(edit),
        Action::Submit => {
            let name = input.text.trim().to_string();
            let then_quit = *then_quit;
            if name.is_empty() {
                state.say(Tone::Error, "Type a file name to save to, or esc");
                return;
            }
            state.mode = Mode::Normal;
            fx.push(Effect::SaveNew(PathBuf::from(name)));
            if then_quit {
                fx.push(Effect::Quit);
            }
        }
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Not saved");
        }
        _ => {}
    }
}
