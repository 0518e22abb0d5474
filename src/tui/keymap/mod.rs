//! Keys and mouse events to actions. One table per mode; the help overlay is
//! drawn from the same tables, so what it lists is what the keys do.

pub mod notation;

use super::action::Action;
use super::input::Edit;
use super::state::Mode;
use super::view::View;
use crate::model::Status;
use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// A key as the tables write it.
pub type Key = (KeyCode, KeyModifiers);

const fn k(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::NONE)
}
const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::CONTROL)
}
const fn code(c: KeyCode) -> Key {
    (c, KeyModifiers::NONE)
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding { keys, action, help }
}

/// The list and views.
pub const NORMAL: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "next row / scroll down",
    ),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "previous row / scroll up",
    ),
    bind(
        &[code(KeyCode::PageDown), ctrl('d')],
        Action::Page(1),
        "page down",
    ),
    bind(
        &[code(KeyCode::PageUp), ctrl('u')],
        Action::Page(-1),
        "page up",
    ),
    bind(&[k('g'), code(KeyCode::Home)], Action::Home, "first row"),
    bind(&[k('G'), code(KeyCode::End)], Action::End, "last row"),
    bind(
        &[k('h'), code(KeyCode::Left)],
        Action::Collapse,
        "fold the phase",
    ),
    bind(
        &[k('l'), code(KeyCode::Right)],
        Action::Expand,
        "unfold the phase",
    ),
    bind(&[k('-')], Action::CollapseAll, "fold every phase"),
    bind(&[k('+'), k('=')], Action::ExpandAll, "unfold every phase"),
    bind(
        &[code(KeyCode::Enter)],
        Action::Submit,
        "edit the task / fold the phase",
    ),
    bind(&[code(KeyCode::Tab)], Action::CycleView(1), "next view"),
    bind(
        &[code(KeyCode::BackTab)],
        Action::CycleView(-1),
        "previous view",
    ),
    bind(&[k('1')], Action::ShowView(View::Roadmap), "Roadmap view"),
    bind(&[k('2')], Action::ShowView(View::Findings), "Findings view"),
    bind(&[k('3')], Action::ShowView(View::Maturity), "Maturity view"),
    bind(&[k('4')], Action::ShowView(View::Costs), "Costs view"),
    bind(&[k(' ')], Action::ToggleDone, "toggle done"),
    bind(
        &[k('d')],
        Action::ToggleStatus(Status::Doing),
        "toggle doing",
    ),
    bind(
        &[k('x')],
        Action::ToggleStatus(Status::Skipped),
        "toggle skipped",
    ),
    bind(&[k('e')], Action::EditTask, "edit the task"),
    bind(&[k('a')], Action::AddTask, "add a task to this phase"),
    bind(
        &[k('D')],
        Action::DeleteTask,
        "delete the task (asks first)",
    ),
    bind(&[k('u')], Action::Undo, "undo"),
    bind(&[ctrl('r'), k('U')], Action::Redo, "redo"),
    bind(
        &[k('/')],
        Action::Search,
        "fuzzy search (title, id, category, notes)",
    ),
    bind(
        &[k('f')],
        Action::Filter,
        "filter by priority, status, phase",
    ),
    bind(&[k('0')], Action::ClearFilters, "clear search and filters"),
    bind(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "clear search and filters",
    ),
    bind(&[k('s')], Action::Save, "save"),
    bind(&[k('q'), ctrl('c')], Action::Quit, "quit (asks if unsaved)"),
    bind(&[k('?')], Action::Help, "this help"),
];

/// The filter menu.
pub const FILTER: &[Binding] = &[
    bind(&[k('j'), code(KeyCode::Down)], Action::Move(1), "next item"),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "previous item",
    ),
    bind(
        &[k(' '), code(KeyCode::Enter)],
        Action::ToggleItem,
        "flip the item",
    ),
    bind(
        &[k('0'), code(KeyCode::Backspace)],
        Action::ClearFilters,
        "clear every filter",
    ),
    bind(
        &[code(KeyCode::Esc), k('f'), k('q')],
        Action::Cancel,
        "close (filters stay on)",
    ),
];

/// Yes/no questions.
pub const CONFIRM: &[Binding] = &[
    bind(&[k('y'), code(KeyCode::Enter)], Action::Answer('y'), "yes"),
    bind(&[k('n'), code(KeyCode::Esc)], Action::Answer('n'), "no"),
    bind(
        &[k('s')],
        Action::Answer('s'),
        "save, then quit (quit question)",
    ),
    bind(
        &[k('q')],
        Action::Quit,
        "quit without saving (quit question)",
    ),
];

/// The help overlay.
pub const HELP: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "scroll down",
    ),
    bind(&[k('k'), code(KeyCode::Up)], Action::Move(-1), "scroll up"),
    bind(&[code(KeyCode::PageDown)], Action::Page(1), "page down"),
    bind(&[code(KeyCode::PageUp)], Action::Page(-1), "page up"),
    bind(
        &[k('?'), k('q'), code(KeyCode::Esc), code(KeyCode::Enter)],
        Action::Cancel,
        "close",
    ),
];

/// Typing in the search box, the editor and the save-as prompt.
pub const TEXT_HELP: &[(&str, &str)] = &[
    (
        "enter",
        "accept (search: keep the results; editor: apply every field)",
    ),
    (
        "esc",
        "cancel (search: restore the previous query; editor: discard)",
    ),
    (
        "tab / ↓, shift-tab / ↑",
        "editor: next / previous field (search: move the selection)",
    ),
    (
        "← / →",
        "move the cursor; on priority and status, change the choice",
    ),
    ("alt-enter", "editor notes: a new line"),
    ("ctrl-w / ctrl-u", "delete a word / the whole field"),
];

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
        Mode::Help { .. } => lookup(HELP, &key),
        Mode::Search { .. } | Mode::SaveAs { .. } => text_action(key, false),
        Mode::Edit(_) => text_action(key, true),
    }
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
        KeyCode::Down if form => Action::NextField,
        KeyCode::Up if form => Action::PrevField,
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
        other => format!("{other:?}").to_lowercase(),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("ctrl-{base}")
    } else {
        base
    }
}

/// Feeds a key sequence (see [`notation`]) through the keymap and `update`,
/// as a terminal would; returns every effect. For tests and scripted sessions.
pub fn press(
    state: &mut super::state::State,
    keys: &str,
) -> Result<Vec<super::action::Effect>, notation::BadNotation> {
    let mut effects = Vec::new();
    for key in notation::parse(keys)? {
        if let Some(action) = action_for(&state.mode, key) {
            effects.extend(super::update::update(state, action));
        }
    }
    Ok(effects)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for table in [NORMAL, FILTER, CONFIRM, HELP] {
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
    }
}
