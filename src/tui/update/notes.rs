//! Notes in the user's own editor (ctrl-e): from the list the selected
//! task's notes go out as an effect and what comes back is applied as one
//! change (undoable, one field in the saved diff); from the editor form's
//! notes field it goes back into the field. A failed editor changes
//! nothing and the footer says why.

use crate::tui::editor::Value;
use crate::tui::edits;
use crate::tui::effect::{Effect, NotesOf};
use crate::tui::external::notes_from;
use crate::tui::input::Input;
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;

/// ctrl-e in the list: the selected task's notes to the editor.
pub fn edit_selected(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(task) = state.selected_task() else {
        state.say(Tone::Info, "Select a task to edit its notes");
        return;
    };
    fx.push(Effect::EditNotes {
        of: NotesOf::Task(task.id.clone()),
        text: task.notes.clone().unwrap_or_default(),
    });
}

/// ctrl-e on the form's notes field: the field's text to the editor.
pub fn edit_field(text: &str, fx: &mut Vec<Effect>) {
    fx.push(Effect::EditNotes {
        of: NotesOf::Form,
        text: text.to_string(),
    });
}

/// What the editor gave back.
pub fn edited(state: &mut State, of: NotesOf, result: Result<String, String>) {
    let text = match result {
        Ok(text) => text,
        Err(why) => {
            state.say(Tone::Error, format!("Notes unchanged: {why}"));
            return;
        }
    };
    let notes = notes_from(&text);
    match of {
        NotesOf::Form => {
            let Mode::Edit(editor) = &mut state.mode else {
                return;
            };
            if let Some(at) = crate::tui::editor::position("notes") {
                editor.values[at] = Value::Text(Input::new(notes.unwrap_or_default()));
                editor.focus = at;
            }
            state.say(Tone::Info, "Notes from the editor: enter applies the form");
        }
        NotesOf::Task(id) => {
            let Some(task) = state.task_by_id(&id) else {
                state.say(Tone::Error, format!("Notes unchanged: task {id} is gone"));
                return;
            };
            if task.notes == notes {
                state.say(
                    Tone::Info,
                    "Notes unchanged: the editor saved them as they were",
                );
                return;
            }
            let title = sanitize(&task.title).into_owned();
            match edits::set_notes(state, &id, notes) {
                Ok(()) => {
                    super::tasks::follow(state, &id);
                    state.say(
                        Tone::Success,
                        format!("Saved the notes of “{title}” (u undoes)"),
                    );
                }
                Err(why) => state.say(Tone::Error, format!("Notes unchanged: {why}")),
            }
        }
    }
}
