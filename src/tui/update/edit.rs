//! The editor form: typing, moving between fields, applying or discarding.
//! A malformed field refuses the whole form and nothing is applied.

use crate::model::change::unknown_level;
use crate::tui::action::Action;
use crate::tui::editor::{notes_width, position, Target};
use crate::tui::edits;
use crate::tui::effect::Effect;
use crate::tui::input::Edit;
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;

pub fn handle(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::Edit(editor) = &mut state.mode else {
        return;
    };
    match action {
        // ctrl-e: the notes field to $EDITOR; elsewhere, end of line.
        Action::EditNotes => match editor.notes_text() {
            Some(text) if editor.focused().key == "notes" => super::notes::edit_field(text, fx),
            _ => editor.edit(Edit::End),
        },
        // In the notes, Home / End and ↑ / ↓ go by the rows as drawn.
        Action::Input(edit @ (Edit::Home | Edit::End)) if editor.on_notes() => {
            editor.notes_edge(edit == Edit::End, notes_width(state.size.0));
        }
        Action::Input(edit) => {
            editor.edit(edit);
            editor.error = None;
        }
        // Off the notes' first or last line, the focus moves on.
        Action::Move(by)
            if editor.on_notes() && !editor.notes_line(by.signum(), notes_width(state.size.0)) =>
        {
            editor.move_focus(by.signum());
        }
        Action::Move(_) if editor.on_notes() => {}
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
    let original_done_on = editor.original.done_on;
    let parsed = editor.parse().and_then(|(task, status)| {
        match task.level.and_then(|n| unknown_level(&state.roadmap, n)) {
            Some(why) => Err(("level", why)),
            None => Ok((task, status)),
        }
    });
    // A date typed for a task left open would not load back: say so here.
    let parsed = parsed.and_then(|(task, status)| {
        let typed = task.done_on.filter(|d| Some(*d) != original_done_on);
        match (typed, status) {
            (Some(day), s) if s != crate::model::Status::Done => Err((
                "done_on",
                format!("{day} is a done date, but the status is {s}: set the status to done"),
            )),
            _ => Ok((task, status)),
        }
    });
    let (task, status) = match parsed {
        Ok(parsed) => parsed,
        Err((field, message)) => {
            editor.focus = position(field).unwrap_or(editor.focus);
            editor.error = Some((field, message));
            return;
        }
    };
    let target = editor.target.clone();
    // The cursor follows the task into its phase, which must be unfolded.
    state.collapsed.remove(&task.phase);
    let score_before = state.metrics.maturity.as_ref().map(|m| m.score);
    let result = match &target {
        Target::Existing { id } => {
            edits::replace(state, id, task.clone(), status).map(|()| id.clone())
        }
        Target::New { .. } => edits::add(state, task.clone(), status),
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
            // A re-estimate (or any edit) that moves the score says so, as a check-off does.
            let moved = super::tasks::maturity_moved(state, score_before);
            state.say(
                Tone::Success,
                format!("{verb} “{}”{moved} (u undoes)", sanitize(&task.title)),
            );
        }
        Err(message) => {
            if let Mode::Edit(editor) = &mut state.mode {
                editor.error = Some(("title", message));
            }
        }
    }
}
