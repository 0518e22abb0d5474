//! The planning keys of this session: the built-in table with the user's
//! `[keys]` remappings applied (`toggle = "x"`, `save = ["s", "ctrl-s"]`).
//! Keys and the help are read from here, so the help shows the keys as
//! they are. The other modes keep their built-in tables.

use super::bindings::{Key, NORMAL};
use super::names::{action_named, name_of, ACTION_NAMES};
use crate::tui::action::Action;
use crate::tui::state::Mode;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One planning action and the keys that do it.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveBinding {
    pub keys: Vec<Key>,
    pub action: Action,
    pub help: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    planning: Vec<LiveBinding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            planning: NORMAL
                .iter()
                .map(|b| LiveBinding {
                    keys: b.keys.to_vec(),
                    action: b.action,
                    help: b.help,
                })
                .collect(),
        }
    }
}

/// What is wrong with the `[keys]` table, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line of config.toml.
    pub line: usize,
    pub message: String,
    pub help: String,
}

/// The forms a key may be written in, for messages.
pub const KEY_FORMS: &str = "a character (`x`, `X`, `?`), or space, enter, esc, tab, shift-tab, \
backspace, delete, up, down, left, right, home, end, pgup, pgdn, f1 to f12; `ctrl-` or `alt-` \
before any of them, `shift-` before a key that is not a character (`ctrl-s`, `alt-down`, `shift-up`)";

impl Keymap {
    /// The planning table as it stands.
    pub fn planning(&self) -> &[LiveBinding] {
        &self.planning
    }

    /// The keys that do `action` in the planning table (empty when none).
    pub fn keys_of(&self, action: Action) -> &[Key] {
        self.planning
            .iter()
            .find(|b| b.action == action)
            .map_or(&[], |b| b.keys.as_slice())
    }

    /// The action `key` stands for in `mode`.
    pub fn action_for(&self, mode: &Mode, key: KeyEvent) -> Option<Action> {
        if *mode == Mode::Normal && key.kind != crossterm::event::KeyEventKind::Release {
            return self
                .planning
                .iter()
                .find(|b| b.keys.iter().any(|bk| super::matches(bk, &key)))
                .map(|b| b.action);
        }
        super::action_for(mode, key)
    }

    /// Gives `action` exactly `keys`; each key leaves whatever other action
    /// had it.
    pub fn rebind(&mut self, action: Action, keys: Vec<Key>) {
        for b in &mut self.planning {
            b.keys.retain(|k| !keys.contains(k));
        }
        if let Some(b) = self.planning.iter_mut().find(|b| b.action == action) {
            b.keys = keys;
        }
    }

    /// The built-in keys with the `[keys]` table of a config.toml applied.
    /// Any other table or key of the file is not this function's business.
    pub fn from_config(text: &str) -> Result<Keymap, ConfigError> {
        let mut map = Keymap::default();
        let root = toml::de::DeTable::parse(text).map_err(|e| ConfigError {
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            message: format!("config.toml is not valid TOML: {}", e.message()),
            help: "fix the file, or remove it to use the defaults".into(),
        })?;
        let Some(keys) = root.get_ref().get("keys") else {
            return Ok(map);
        };
        let toml::de::DeValue::Table(table) = keys.get_ref() else {
            return Err(ConfigError {
                line: line_of(text, keys.span().start),
                message: "`keys` must be a table of action = key".into(),
                help: "write `[keys]` and under it lines like `toggle = \"x\"`".into(),
            });
        };
        // The key each entry took, to refuse a key given to two actions.
        let mut taken: Vec<(Key, String)> = Vec::new();
        let mut entries: Vec<_> = table.iter().collect();
        entries.sort_by_key(|(name, _)| name.span().start);
        for (name, value) in entries {
            let line = line_of(text, name.span().start);
            let name = name.get_ref().as_ref();
            let action = action_named(name).ok_or_else(|| ConfigError {
                line,
                message: format!("[keys] `{name}` is not an action"),
                help: format!("the actions are: {}", all_names()),
            })?;
            let written: Vec<String> = match value.get_ref() {
                toml::de::DeValue::String(s) => vec![s.to_string()],
                toml::de::DeValue::Array(items) => items
                    .iter()
                    .map(|i| i.get_ref().as_str().map(str::to_string))
                    .collect::<Option<_>>()
                    .ok_or_else(|| not_a_key_value(line, name))?,
                _ => return Err(not_a_key_value(line, name)),
            };
            let mut keys = Vec::new();
            for w in &written {
                let key = parse_key(w).ok_or_else(|| ConfigError {
                    line,
                    message: format!("[keys] {name} = \"{w}\": not a key"),
                    help: format!("write a key as {KEY_FORMS}"),
                })?;
                if let Some((_, other)) = taken.iter().find(|(k, _)| *k == key) {
                    return Err(ConfigError {
                        line,
                        message: format!(
                            "[keys] {name} = \"{w}\": that key is already given to `{other}`"
                        ),
                        help: "give each key to one action".into(),
                    });
                }
                taken.push((key, name.to_string()));
                keys.push(key);
            }
            map.rebind(action, keys);
        }
        Ok(map)
    }
}

fn not_a_key_value(line: usize, name: &str) -> ConfigError {
    ConfigError {
        line,
        message: format!("[keys] {name}: expected a key or a list of keys"),
        help: format!(
            "write `{name} = \"x\"` or `{name} = [\"x\", \"ctrl-x\"]`; a key is {KEY_FORMS}"
        ),
    }
}

fn all_names() -> String {
    ACTION_NAMES
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Reads a key as the help writes it: `x`, `X`, `space`, `ctrl-s`,
/// `alt-down`, `shift-tab`, `↑`.
pub fn parse_key(text: &str) -> Option<Key> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("alt-").filter(|r| !r.is_empty()) {
            mods |= KeyModifiers::ALT;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower
            .strip_prefix("shift-")
            .filter(|r| !r.is_empty() && *r != "tab")
        {
            // "shift-↓", "shift-down": a letter's shift is its capital.
            mods |= KeyModifiers::SHIFT;
            rest = &rest[rest.len() - r.len()..];
        } else {
            break;
        }
    }
    let mut chars = rest.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let code = match c {
            '↑' => KeyCode::Up,
            '↓' => KeyCode::Down,
            '←' => KeyCode::Left,
            '→' => KeyCode::Right,
            c if c.is_control() => return None,
            // A character's shift is its capital: "shift-q" is not a key.
            _ if mods.contains(KeyModifiers::SHIFT) => return None,
            // ctrl-S is what a terminal sends for ctrl-s.
            c if mods.contains(KeyModifiers::CONTROL) => KeyCode::Char(c.to_ascii_lowercase()),
            c => KeyCode::Char(c),
        };
        return Some((code, mods));
    }
    let code = match rest.to_ascii_lowercase().as_str() {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        f if f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => KeyCode::F(n),
            _ => return None,
        },
        _ => return None,
    };
    Some((code, mods))
}

/// The name of the action a planning binding does, for the help.
pub fn action_name(b: &LiveBinding) -> &'static str {
    name_of(b.action).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::key_name;

    fn press(map: &Keymap, c: char) -> Option<Action> {
        map.action_for(
            &Mode::Normal,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        )
    }

    #[test]
    fn keys_read_in_every_form_the_help_writes() {
        let ctrl = |c| (KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(
            parse_key("x"),
            Some((KeyCode::Char('x'), KeyModifiers::NONE))
        );
        assert_eq!(
            parse_key("X"),
            Some((KeyCode::Char('X'), KeyModifiers::NONE))
        );
        assert_eq!(parse_key("ctrl-s"), Some(ctrl('s')));
        assert_eq!(parse_key("Ctrl-S"), Some(ctrl('s')));
        assert_eq!(parse_key("ctrl--"), Some(ctrl('-')));
        assert_eq!(
            parse_key("alt-down"),
            Some((KeyCode::Down, KeyModifiers::ALT))
        );
        assert_eq!(parse_key("f5"), Some((KeyCode::F(5), KeyModifiers::NONE)));
        assert_eq!(
            parse_key("-"),
            Some((KeyCode::Char('-'), KeyModifiers::NONE))
        );
        for bad in ["", "ctrl-", "xx", "f13", "hyper-x", "ctrl-shift-q"] {
            assert_eq!(parse_key(bad), None, "{bad}");
        }
        for b in Keymap::default().planning() {
            for k in &b.keys {
                assert_eq!(parse_key(&key_name(k)), Some(*k), "{}", key_name(k));
            }
        }
    }

    #[test]
    fn a_remapped_key_moves_from_its_old_action() {
        let map = Keymap::from_config(
            "theme = \"light\"\n[keys]\ntoggle = \"x\"\nsave = [\"s\", \"ctrl-s\"]\n",
        )
        .unwrap();
        assert_eq!(press(&map, 'x'), Some(Action::ToggleDone));
        assert_eq!(press(&map, ' '), None, "space no longer toggles");
        assert!(map
            .keys_of(Action::ToggleStatus(crate::model::Status::Skipped))
            .is_empty());
        assert_eq!(
            map.action_for(
                &Mode::Normal,
                KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        assert_eq!(press(&map, 's'), Some(Action::Save));
        assert_eq!(press(&map, 'q'), Some(Action::Quit), "the rest stay");
    }

    #[test]
    fn bad_entries_are_named_with_their_line() {
        let err = |text: &str| Keymap::from_config(text).unwrap_err();
        let e = err("[keys]\n\ntggle = \"x\"\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("`tggle` is not an action"), "{e:?}");
        assert!(e.help.contains("toggle"));
        let e = err("[keys]\nsave = \"ctrl-shift-s\"\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("\"ctrl-shift-s\": not a key"), "{e:?}");
        assert!(e.help.contains("ctrl-"));
        let e = err("[keys]\nsave = 3\n");
        assert!(e.message.contains("expected a key"), "{e:?}");
        let e = err("[keys]\nsave = \"z\"\nquit = \"z\"\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("already given to `save`"), "{e:?}");
        let e = err("keys = 1\n");
        assert!(e.message.contains("must be a table"), "{e:?}");
        let e = err("[keys\n");
        assert!(e.message.contains("not valid TOML"), "{e:?}");
        assert_eq!(Keymap::from_config("").unwrap(), Keymap::default());
    }
}
