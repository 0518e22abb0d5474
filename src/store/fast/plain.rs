//! Reads one task written the plain way `roadmap` itself writes tasks
//! (`key = value` lines of strings, whole numbers, dates and one-line arrays
//! of strings), straight into a [`Task`], without building a TOML tree.
//!
//! It covers a strict subset of TOML and of the format, and answers nothing
//! on anything outside it (an escape it does not know, a multi-line string,
//! a float, an unknown or repeated key, a value the decoder would refuse):
//! the task is then read by the TOML parser like any other. What it does
//! read, it reads exactly as `decode::items::task` would (property-tested
//! in `fast::tests`).

use crate::model::{Effort, Money, Priority, Status, Task};
use crate::store::schema::TASK_KEYS;
use chrono::NaiveDate;

/// A value as written, borrowed from the text where it can be.
enum Value<'t> {
    Text(std::borrow::Cow<'t, str>),
    Whole(i64),
    Date(NaiveDate),
    Texts(Vec<std::borrow::Cow<'t, str>>),
}

/// The task in `text` (one `[[tasks]]` header and its lines), or nothing.
pub(crate) fn task(text: &str) -> Option<Task> {
    let mut values: [Option<Value<'_>>; TASK_KEYS.len()] = Default::default();
    let mut lines = Lines { text, at: 0 };
    lines.header()?;
    while let Some((key, value)) = lines.next_pair()? {
        if values[slot(key)?].replace(value).is_some() {
            return None;
        }
    }
    let mut take = |key: &str| values[slot(key)?].take();
    // Keys this reader does not know how to read make it give up, below.
    let mut task = Task::new(
        text_of(take("id"))?,
        text_of(take("phase"))?,
        text_of(take("title"))?,
    );
    task.priority =
        word(take("priority"), Priority::WORDS, Priority::ALL)?.unwrap_or(Priority::Medium);
    task.status = word(take("status"), Status::WORDS, Status::ALL)?.unwrap_or(Status::Todo);
    task.effort = optional(take("effort"), |v| match v {
        Value::Text(s) => Effort::parse(&s).ok(),
        _ => None,
    })?;
    task.cost_once = optional(take("cost_once"), money)?;
    task.cost_monthly = optional(take("cost_monthly"), money)?;
    task.category = optional(take("category"), string)?;
    task.level = optional(take("level"), |v| match v {
        Value::Whole(n) => u32::try_from(n).ok(),
        _ => None,
    })?;
    task.findings = optional(take("findings"), ids)?.unwrap_or_default();
    task.depends_on = optional(take("depends_on"), ids)?.unwrap_or_default();
    task.owner = optional(take("owner"), string)?;
    task.due = optional(take("due"), date)?;
    task.done_on = optional(take("done_on"), date)?;
    task.notes = optional(take("notes"), string)?;
    task.source_line = optional(take("source_line"), |v| match v {
        Value::Whole(n) => u32::try_from(n).ok(),
        _ => None,
    })?;
    // `conflict`, the only key left, is read with the whole document.
    values.iter().all(Option::is_none).then_some(task)
}

/// Where `key` sits in `TASK_KEYS`.
fn slot(key: &str) -> Option<usize> {
    TASK_KEYS.iter().position(|k| *k == key)
}

/// A required string: nothing when missing or not a string.
fn text_of(value: Option<Value<'_>>) -> Option<String> {
    string(value?)
}

fn string(value: Value<'_>) -> Option<String> {
    match value {
        Value::Text(s) => Some(s.into_owned()),
        _ => None,
    }
}

/// `Some(None)` for a missing key, `Some(Some(v))` for one read, nothing
/// for one `read` refuses.
fn optional<'t, T>(
    value: Option<Value<'t>>,
    read: impl FnOnce(Value<'t>) -> Option<T>,
) -> Option<Option<T>> {
    match value {
        None => Some(None),
        Some(v) => read(v).map(Some),
    }
}

/// One word of a vocabulary spelt exactly (others go to the full decoder).
fn word<T: Copy>(value: Option<Value<'_>>, words: &[&str], all: &[T]) -> Option<Option<T>> {
    optional(value, |v| match v {
        Value::Text(s) => all.get(words.iter().position(|w| *w == s)?).copied(),
        _ => None,
    })
}

fn money(value: Value<'_>) -> Option<Money> {
    match value {
        Value::Whole(n) => Money::from_number(n as f64).ok(),
        Value::Text(s) => Money::parse(&s).ok(),
        _ => None,
    }
}

fn date(value: Value<'_>) -> Option<NaiveDate> {
    match value {
        Value::Date(d) => Some(d),
        Value::Text(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
        _ => None,
    }
}

fn ids(value: Value<'_>) -> Option<Vec<String>> {
    match value {
        Value::Texts(items) => Some(items.into_iter().map(|s| s.into_owned()).collect()),
        _ => None,
    }
}

/// A cursor over the task's text.
struct Lines<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Lines<'t> {
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// After a header or a value: blanks, an optional comment, the line's end.
    fn end_of_line(&mut self) -> Option<()> {
        self.blanks();
        if self.peek() == Some(b'#') {
            while let Some(c) = self.peek() {
                if c == b'\n' {
                    break;
                }
                if c == b'\r' || (c < 0x20 && c != b'\t') || c == 0x7f {
                    // A stray control character: let the parser say so.
                    if !(c == b'\r' && self.bytes().get(self.at + 1) == Some(&b'\n')) {
                        return None;
                    }
                }
                self.at += 1;
            }
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(b'\r') if self.bytes().get(self.at + 1) == Some(&b'\n') => {
                self.at += 2;
                Some(())
            }
            Some(_) => None,
        }
    }

    fn header(&mut self) -> Option<()> {
        self.blanks();
        if !self.bytes()[self.at..].starts_with(b"[[tasks]]") {
            return None;
        }
        self.at += "[[tasks]]".len();
        self.end_of_line()
    }

    /// The next `key = value` line, skipping blank and comment lines;
    /// `Some(None)` at the end of the text.
    fn next_pair(&mut self) -> Option<Option<(&'t str, Value<'t>)>> {
        loop {
            self.blanks();
            match self.peek() {
                None => return Some(None),
                Some(b'#' | b'\n' | b'\r') => self.end_of_line()?,
                Some(_) => break,
            }
        }
        let start = self.at;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        {
            self.at += 1;
        }
        let key = &self.text[start..self.at];
        self.blanks();
        if key.is_empty() || self.peek() != Some(b'=') {
            return None;
        }
        self.at += 1;
        self.blanks();
        let value = self.value()?;
        self.end_of_line()?;
        Some(Some((key, value)))
    }

    fn value(&mut self) -> Option<Value<'t>> {
        match self.peek()? {
            b'"' | b'\'' => self.string().map(Value::Text),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.blanks();
                    match self.peek()? {
                        b']' => break,
                        b'"' | b'\'' => items.push(self.string()?),
                        _ => return None,
                    }
                    self.blanks();
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => break,
                        _ => return None,
                    }
                }
                self.at += 1;
                Some(Value::Texts(items))
            }
            b'0'..=b'9' | b'-' => self.number_or_date(),
            _ => None,
        }
    }

    /// A one-line basic or literal string.
    fn string(&mut self) -> Option<std::borrow::Cow<'t, str>> {
        let b = self.bytes();
        let quote = b[self.at];
        if b[self.at..].starts_with(&[quote, quote, quote]) {
            return None;
        }
        let start = self.at + 1;
        let mut i = start;
        let mut owned: Option<String> = None;
        loop {
            let rest = b.get(i..)?;
            let run = if quote == b'"' {
                memchr::memchr2(quote, b'\\', rest)
            } else {
                memchr::memchr(quote, rest)
            }?;
            // Control characters (but tabs) are errors the parser reports.
            if rest[..run]
                .iter()
                .any(|c| (*c < 0x20 && *c != b'\t') || *c == 0x7f)
            {
                return None;
            }
            if let Some(s) = owned.as_mut() {
                s.push_str(self.text.get(i..i + run)?);
            }
            i += run;
            if b[i] == quote {
                break;
            }
            let s = owned.get_or_insert_with(|| self.text[start..i].to_string());
            let (ch, len) = escape(&b[i + 1..])?;
            s.push(ch);
            i += 1 + len;
        }
        self.at = i + 1;
        Some(match owned {
            Some(s) => std::borrow::Cow::Owned(s),
            None => std::borrow::Cow::Borrowed(&self.text[start..i]),
        })
    }

    /// A decimal whole number (no sign but `-`, no `_`, no leading zero) or
    /// a local date `YYYY-MM-DD`; anything else (floats, times) gives up.
    fn number_or_date(&mut self) -> Option<Value<'t>> {
        let start = self.at;
        while matches!(self.peek(), Some(c) if c.is_ascii_digit() || c == b'-') {
            self.at += 1;
        }
        let word = &self.text[start..self.at];
        if matches!(self.peek(), Some(c) if !matches!(c, b' ' | b'\t' | b'#' | b'\n' | b'\r')) {
            return None;
        }
        let b = word.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && !word[..4].contains('-') {
            let (y, m, d) = (&word[..4], &word[5..7], &word[8..]);
            if [y, m, d]
                .iter()
                .all(|p| p.bytes().all(|c| c.is_ascii_digit()))
            {
                return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
                    .map(Value::Date);
            }
            return None;
        }
        let digits = word.strip_prefix('-').unwrap_or(word);
        let plain = !digits.is_empty()
            && digits.bytes().all(|c| c.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        if !plain {
            return None;
        }
        word.parse().ok().map(Value::Whole)
    }
}

/// The character of an escape (the bytes after its backslash) and how many
/// of those bytes it takes; only TOML 1.0's escapes.
fn escape(b: &[u8]) -> Option<(char, usize)> {
    let simple = match *b.first()? {
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'f' => '\u{c}',
        b'r' => '\r',
        b'"' => '"',
        b'\\' => '\\',
        b'u' | b'U' => {
            let len = if b[0] == b'u' { 4 } else { 8 };
            let hex = std::str::from_utf8(b.get(1..=len)?).ok()?;
            if !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
            return Some((ch, 1 + len));
        }
        _ => return None,
    };
    Some((simple, 1))
}
