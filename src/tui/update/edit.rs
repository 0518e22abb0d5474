//! The editor form: typing, moving between fields, applying or discarding.
//! A malformed field refuses the whole form and nothing is applied.

use crate::tui::action::Action;
use crate::tui::commands;
use crate::tui::editor::{FieldName, Target};
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;

pub fn handle(state: &mut State, action: Action) {
    let Mode::Edit(editor) = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => {
            editor.edit(edit);
            editor.error = None;
        }
        Action::NextField | Action::Move(1) => editor.move_focus(1),
        Action::PrevField | Action::Move(-1) => editor.move_focus(-1),
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Edit discarded");
        }
        Action::Submit => submit(state),
        _ => {}
    }
}

fn submit(state: &mut State) {
    let Mode::Edit(editor) = &mut state.mode else {
        return;
    };
    let (task, status) = match editor.parse() {
        Ok(parsed) => parsed,
        Err((field, message)) => {
            editor.focus = field as usize;
            editor.error = Some((field, message));
            return;
        }
    };
    let target = editor.target.clone();
    let result = match &target {
        Target::Existing { id } => {
            commands::replace(state, id, task.clone(), status).map(|()| id.clone())
        }
        Target::New { .. } => commands::add(state, task.clone(), status),
    };
    match result {
        Ok(id) => {
            state.mode = Mode::Normal;
            super::tasks::follow(state, &id);
            let verb = if matches!(target, Target::New { .. }) {
                "Added"
            } else {
                "Saved changes to"
            };
            state.say(
                Tone::Success,
                format!("{verb} “{}” (u undoes)", sanitize(&task.title)),
            );
        }
        Err(message) => {
            if let Mode::Edit(editor) = &mut state.mode {
                editor.error = Some((FieldName::Title, message));
            }
        }
    }
}
