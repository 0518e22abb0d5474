//! Keys and mouse events to actions. One table per mode; the help overlay is
//! drawn from the same tables, so what it lists is what the keys do.

mod bindings;
mod live;
mod names;
pub mod notation;

pub use bindings::{
    Binding, Key, ReviewBinding, CHANGED, CONFIRM, CONFLICTS, FILTER, HELP, LOG, NORMAL, PICKER,
    RECORDS, REVIEW, REVIEW_CHOOSE, REVIEW_PICK, REVIEW_QUIT, TEXT_HELP,
};
pub use live::{action_name, parse_key, ConfigError, Keymap, LiveBinding, KEY_FORMS};
pub use names::{action_named, name_of, ACTION_NAMES};

use super::action::Action;
use super::input::Edit;
use super::state::Mode;
use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

fn matches(binding_key: &Key, key: &KeyEvent) -> bool {
    let (code, mods) = binding_key;
    // Shift is part of the character for letters and symbols (`D`, `?`, `+`).
    let pressed = match key.code {
        KeyCode::Char(_) => key.modifiers - KeyModifiers::SHIFT,
        KeyCode::BackTab => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    *code == key.code && *mods == pressed
}

fn lookup(table: &[Binding], key: &KeyEvent) -> Option<Action> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|bk| matches(bk, key)))
        .map(|b| b.action)
}

/// The action a key stands for in the current mode, if any.
pub fn action_for(mode: &Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    match mode {
        Mode::Normal => lookup(NORMAL, &key),
        Mode::Filter { .. } => lookup(FILTER, &key),
        Mode::Confirm(_) => lookup(CONFIRM, &key),
        Mode::Conflicts { .. } => lookup(CONFLICTS, &key),
        Mode::Changed { .. } => lookup(CHANGED, &key),
        Mode::Help { .. } => lookup(HELP, &key),
        Mode::Log { .. } => lookup(LOG, &key),
        Mode::Search { .. } if key.code == KeyCode::Char('t') && ctrl_only(&key) => {
            Some(Action::ToggleTitles)
        }
        Mode::Search { .. } | Mode::SaveAs { .. } | Mode::Rename { .. } | Mode::Bulk { .. } => {
            text_action(key, false)
        }
        Mode::Edit(_) | Mode::Scenario(_) => text_action(key, true),
        Mode::Records(r) if r.form.is_some() => text_action(key, true),
        Mode::Records(r) if r.deleting.is_some() => text_action(key, false),
        Mode::Records(_) => lookup(RECORDS, &key),
        // Typing narrows the list; the picker's own keys come first.
        Mode::Pick(_) => lookup(PICKER, &key).or_else(|| text_action(key, false)),
    }
}

/// The review's action for a key in its mode: its own tables, and typing
/// in its prompt and picker as everywhere else.
pub fn review_action(mode: &super::review::Mode, key: KeyEvent) -> Option<super::review::Action> {
    use super::review::{Action as R, Mode as M};
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let find = |table: &[ReviewBinding]| {
        table
            .iter()
            .find(|b| b.keys.iter().any(|bk| matches(bk, &key)))
            .map(|b| b.action)
    };
    let typed = || {
        text_action(key, false).and_then(|a| match a {
            Action::Input(edit) => Some(R::Input(edit)),
            Action::Submit => Some(R::Submit),
            Action::Cancel => Some(R::Cancel),
            Action::Move(by) => Some(R::Move(by)),
            _ => None,
        })
    };
    match mode {
        M::List => find(REVIEW),
        M::Quit => find(REVIEW_QUIT),
        M::Conflicts { .. } | M::Removed { .. } => find(REVIEW_CHOOSE),
        M::Merge { .. } => find(REVIEW_PICK).or_else(typed),
        M::Prompt { .. } => typed(),
    }
}

fn ctrl_only(key: &KeyEvent) -> bool {
    key.modifiers == KeyModifiers::CONTROL
}

/// Keys while typing. In the editor, ↑/↓ and tab move between fields; in the
/// search box ↑/↓ move the selection so results can be picked while typing.
fn text_action(key: KeyEvent, form: bool) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Enter if alt && form => Action::Input(Edit::Insert('\n')),
        KeyCode::Enter => Action::Submit,
        KeyCode::Esc => Action::Cancel,
        KeyCode::Char('c') if ctrl => Action::Cancel,
        KeyCode::Char('w') if ctrl => Action::Input(Edit::DeleteWord),
        KeyCode::Char('u') if ctrl => Action::Input(Edit::Clear),
        KeyCode::Char('a') if ctrl => Action::Input(Edit::Home),
        // In the editor, the notes field hands its text to $EDITOR (the
        // form does end-of-line elsewhere).
        KeyCode::Char('e') if ctrl && form => Action::EditNotes,
        KeyCode::Char('e') if ctrl => Action::Input(Edit::End),
        KeyCode::Char(_) if ctrl || alt => return None,
        KeyCode::Char(c) => Action::Input(Edit::Insert(c)),
        KeyCode::Backspace => Action::Input(Edit::Backspace),
        KeyCode::Delete => Action::Input(Edit::Delete),
        KeyCode::Left => Action::Input(Edit::Left),
        KeyCode::Right => Action::Input(Edit::Right),
        KeyCode::Home => Action::Input(Edit::Home),
        KeyCode::End => Action::Input(Edit::End),
        KeyCode::Tab if form => Action::NextField,
        KeyCode::BackTab if form => Action::PrevField,
        // In the form ↑/↓ move between fields, or along the notes' lines.
        KeyCode::Down => Action::Move(1),
        KeyCode::Up => Action::Move(-1),
        _ => return None,
    })
}

/// Clicks select, the wheel scrolls (3 rows a notch).
pub fn mouse_action(mode: &Mode, mouse: MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        MouseEventKind::Down(MouseButton::Left) if *mode == Mode::Normal => Some(Action::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

/// How a key is written in the help: `space`, `ctrl-r`, `↑`.
pub fn key_name(key: &Key) -> String {
    let (code, mods) = key;
    let base = match code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Enter => "enter".into(),
        KeyCode::Esc => "esc".into(),
        KeyCode::Tab => "tab".into(),
        KeyCode::BackTab => "shift-tab".into(),
        KeyCode::PageUp => "pgup".into(),
        KeyCode::PageDown => "pgdn".into(),
        KeyCode::Home => "home".into(),
        KeyCode::End => "end".into(),
        KeyCode::Backspace => "backspace".into(),
        KeyCode::Delete => "delete".into(),
        KeyCode::F(n) => format!("f{n}"),
        other => format!("{other:?}").to_lowercase(),
    };
    // Alt and shift are written too: the help once showed alt-↓ and
    // shift-↓ as a bare ↓. A letter's case already says shift.
    let prefix = |m: KeyModifiers, word: &'static str| if mods.contains(m) { word } else { "" };
    let shift = if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
        ""
    } else {
        prefix(KeyModifiers::SHIFT, "shift-")
    };
    format!(
        "{}{}{shift}{base}",
        prefix(KeyModifiers::CONTROL, "ctrl-"),
        prefix(KeyModifiers::ALT, "alt-")
    )
}

/// Feeds a key sequence (see [`notation`]) through the keymap and `update`,
/// as a terminal would; returns every effect. For tests and scripted sessions.
pub fn press(
    state: &mut super::state::State,
    keys: &str,
) -> Result<Vec<super::effect::Effect>, notation::BadNotation> {
    let mut effects = Vec::new();
    for key in notation::parse(keys)? {
        if let Some(action) = state.keys.action_for(&state.mode, key) {
            effects.extend(super::update::update(state, action.into()));
        }
    }
    Ok(effects)
}

#[cfg(test)]
mod tests {
    use super::bindings::{code, ctrl, k};
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for table in [
            NORMAL, FILTER, CONFIRM, CHANGED, CONFLICTS, HELP, PICKER, LOG, RECORDS,
        ] {
            let mut seen = std::collections::HashSet::new();
            for b in table {
                for key in b.keys {
                    assert!(seen.insert(*key), "{} bound twice", key_name(key));
                }
            }
        }
    }

    #[test]
    fn shifted_letters_and_control_keys_resolve() {
        let key = |c, m| KeyEvent::new(c, m);
        assert_eq!(
            action_for(&Mode::Normal, key(KeyCode::Char('D'), KeyModifiers::SHIFT)),
            Some(Action::DeleteTask)
        );
        assert_eq!(
            action_for(
                &Mode::Normal,
                key(KeyCode::Char('r'), KeyModifiers::CONTROL)
            ),
            Some(Action::Redo)
        );
        assert_eq!(
            action_for(&Mode::Normal, key(KeyCode::Char('r'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            action_for(&Mode::Normal, key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::CycleView(-1))
        );
        let search = Mode::Search {
            input: Default::default(),
            before: String::new(),
        };
        assert_eq!(
            action_for(&search, key(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Input(Edit::Insert('q'))),
            "q types in the search box"
        );
    }

    #[test]
    fn key_names_read_well() {
        assert_eq!(key_name(&ctrl('r')), "ctrl-r");
        assert_eq!(key_name(&k(' ')), "space");
        assert_eq!(key_name(&code(KeyCode::BackTab)), "shift-tab");
        assert_eq!(key_name(&(KeyCode::Down, KeyModifiers::SHIFT)), "shift-↓");
        assert_eq!(key_name(&(KeyCode::Up, KeyModifiers::ALT)), "alt-↑");
    }
}
