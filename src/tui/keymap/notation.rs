//! Key sequences written as text, for tests and scripted sessions:
//! `jj<space>/deploy<enter><C-r><S-tab><A-enter>`. Plain characters stand
//! for themselves (capitals carry shift, as terminals send them).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "bad key notation `{0}`; write e.g. `<enter>`, `<esc>`, `<C-r>`, `<S-tab>`, `<space>`, `<up>`"
)]
pub struct BadNotation(pub String);

pub fn parse(text: &str) -> Result<Vec<KeyEvent>, BadNotation> {
    let mut keys = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '<' {
            keys.push(char_key(c, KeyModifiers::NONE));
            continue;
        }
        let name: String = chars.by_ref().take_while(|c| *c != '>').collect();
        keys.push(named(&name).ok_or(BadNotation(name))?);
    }
    Ok(keys)
}

fn char_key(c: char, mods: KeyModifiers) -> KeyEvent {
    let mods = if c.is_uppercase() {
        mods | KeyModifiers::SHIFT
    } else {
        mods
    };
    KeyEvent::new(KeyCode::Char(c), mods)
}

fn named(name: &str) -> Option<KeyEvent> {
    let (mods, rest) = match name.split_once('-') {
        Some(("C", r)) => (KeyModifiers::CONTROL, r),
        Some(("A", r)) => (KeyModifiers::ALT, r),
        Some(("S", r)) => (KeyModifiers::SHIFT, r),
        _ => (KeyModifiers::NONE, name),
    };
    let code = match rest.to_lowercase().as_str() {
        "enter" | "cr" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "space" => KeyCode::Char(' '),
        "tab" if mods == KeyModifiers::SHIFT => KeyCode::BackTab,
        "tab" => KeyCode::Tab,
        "bs" | "backspace" => KeyCode::Backspace,
        "del" => KeyCode::Delete,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" => KeyCode::PageUp,
        "pgdn" => KeyCode::PageDown,
        "lt" => KeyCode::Char('<'),
        f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().ok()?)
        }
        r if r.chars().count() == 1 => {
            let c = rest.chars().next()?;
            return Some(char_key(c, mods));
        }
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_named_keys() {
        let keys = parse("jD<space><C-r><S-tab><A-enter><lt>").unwrap();
        let expect = [
            KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Char('D'), KeyModifiers::SHIFT),
            KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL),
            KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT),
            KeyEvent::new(KeyCode::Char('<'), KeyModifiers::NONE),
        ];
        assert_eq!(keys, expect);
        assert_eq!(parse("<nope>").unwrap_err(), BadNotation("nope".into()));
    }
}
