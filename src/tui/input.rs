//! A one-line text input: the search box, editor fields, the save-as prompt.
//! The cursor counts characters, so editing never splits a UTF-8 sequence.

/// An editing keystroke, independent of the terminal's key events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Delete the word before the cursor (ctrl-w).
    DeleteWord,
    /// Delete everything (ctrl-u).
    Clear,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    pub text: String,
    /// In characters, 0..=char count.
    pub cursor: usize,
}

impl Input {
    pub fn new(text: impl Into<String>) -> Input {
        let text = text.into();
        let cursor = text.chars().count();
        Input { text, cursor }
    }

    fn byte_at(&self, char_pos: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_pos)
            .map(|(b, _)| b)
            .unwrap_or(self.text.len())
    }

    fn chars(&self) -> usize {
        self.text.chars().count()
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(c) => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            Edit::Backspace if self.cursor > 0 => {
                let at = self.byte_at(self.cursor - 1);
                self.text.remove(at);
                self.cursor -= 1;
            }
            Edit::Delete if self.cursor < self.chars() => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(self.chars()),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.chars(),
            Edit::DeleteWord => {
                let before: Vec<char> = self.text.chars().take(self.cursor).collect();
                let mut start = before.len();
                while start > 0 && before[start - 1].is_whitespace() {
                    start -= 1;
                }
                while start > 0 && !before[start - 1].is_whitespace() {
                    start -= 1;
                }
                let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
                self.text.replace_range(from..to, "");
                self.cursor = start;
            }
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
            Edit::Backspace | Edit::Delete => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(start: &str, edits: &[Edit]) -> Input {
        let mut i = Input::new(start);
        for e in edits {
            i.apply(*e);
        }
        i
    }

    #[test]
    fn edits_respect_multibyte_characters() {
        let i = typed(
            "高优",
            &[
                Edit::Left,
                Edit::Insert('x'),
                Edit::Backspace,
                Edit::Backspace,
            ],
        );
        assert_eq!((i.text.as_str(), i.cursor), ("优", 0));
        let i = typed(
            "ab",
            &[
                Edit::Home,
                Edit::Delete,
                Edit::Delete,
                Edit::Delete,
                Edit::Backspace,
            ],
        );
        assert_eq!((i.text.as_str(), i.cursor), ("", 0));
        let i = typed("🚀", &[Edit::Right, Edit::Right, Edit::Insert('!')]);
        assert_eq!(i.text, "🚀!");
    }

    #[test]
    fn word_and_line_deletion() {
        let i = typed("deploy the worker  ", &[Edit::DeleteWord]);
        assert_eq!(i.text, "deploy the ");
        let i = typed("abc", &[Edit::Clear]);
        assert_eq!((i.text.as_str(), i.cursor), ("", 0));
    }
}
