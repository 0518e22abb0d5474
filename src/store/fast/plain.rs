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

use crate::model::fields::{Kind, Presence, Value, TASK_FIELDS};
use crate::model::{Effort, Money, Priority, Status, Task};
use crate::store::schema::TASK_KEYS;
use chrono::NaiveDate;
use std::borrow::Cow;

/// A value as written, borrowed from the text where it can be.
enum Written<'t> {
    Text(Cow<'t, str>),
    Whole(i64),
    Date(NaiveDate),
    Texts(Vec<Cow<'t, str>>),
}

/// The task in `text` (one `[[tasks]]` header and its lines), or nothing.
pub(crate) fn task(text: &str) -> Option<Task> {
    let mut values: [Option<Written<'_>>; TASK_KEYS.len()] = Default::default();
    let mut lines = Lines { text, at: 0 };
    lines.header()?;
    while let Some((key, value)) = lines.next_pair()? {
        if values[slot(key)?].replace(value).is_some() {
            return None;
        }
    }
    let mut task = Task::new(String::new(), String::new(), String::new());
    // The task's fields come first in `TASK_KEYS`, in the table's order.
    for (field, written) in TASK_FIELDS.iter().zip(values.iter_mut()) {
        match written.take() {
            None if matches!(field.presence, Presence::Required(_)) => return None,
            None => {}
            // A value this reader cannot read makes it give up.
            Some(written) => (field.set)(&mut task, Some(read(field.kind, written)?)),
        }
    }
    // `conflict`, the only key left, is read with the whole document.
    values.iter().all(Option::is_none).then_some(task)
}

/// Where `key` sits in `TASK_KEYS`.
fn slot(key: &str) -> Option<usize> {
    TASK_KEYS.iter().position(|k| *k == key)
}

/// A written value as a field of `kind`, read exactly as the decoder reads
/// it; nothing where only the decoder can say (a word not spelt exactly, a
/// value of another type).
fn read(kind: Kind, written: Written<'_>) -> Option<Value<'_>> {
    Some(match (kind, written) {
        (Kind::Id | Kind::Text, Written::Text(s)) => Value::Text(s),
        (Kind::Priority, Written::Text(s)) => {
            Value::Priority(word(&s, Priority::WORDS, Priority::ALL)?)
        }
        (Kind::Status, Written::Text(s)) => Value::Status(word(&s, Status::WORDS, Status::ALL)?),
        (Kind::Effort, Written::Text(s)) => Value::Effort(Effort::parse(&s).ok()?),
        (Kind::Money, Written::Whole(n)) => Value::Money(Money::from_number(n as f64).ok()?),
        (Kind::Money, Written::Text(s)) => Value::Money(Money::parse(&s).ok()?),
        (Kind::Whole, Written::Whole(n)) => Value::Whole(u32::try_from(n).ok()?),
        (Kind::Date, Written::Date(d)) => Value::Date(d),
        (Kind::Date, Written::Text(s)) => {
            Value::Date(NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()?)
        }
        (Kind::Ids, Written::Texts(items)) => {
            Value::Ids(Cow::Owned(items.into_iter().map(Cow::into_owned).collect()))
        }
        _ => return None,
    })
}

/// One word of a vocabulary spelt exactly (others go to the full decoder).
fn word<T: Copy>(text: &str, words: &[&str], all: &[T]) -> Option<T> {
    all.get(words.iter().position(|w| *w == text)?).copied()
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
    fn next_pair(&mut self) -> Option<Option<(&'t str, Written<'t>)>> {
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

    fn value(&mut self) -> Option<Written<'t>> {
        match self.peek()? {
            b'"' | b'\'' => self.string().map(Written::Text),
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
                Some(Written::Texts(items))
            }
            b'0'..=b'9' | b'-' => self.number_or_date(),
            _ => None,
        }
    }

    /// A one-line basic or literal string.
    fn string(&mut self) -> Option<Cow<'t, str>> {
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
    fn number_or_date(&mut self) -> Option<Written<'t>> {
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
                    .map(Written::Date);
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
        word.parse().ok().map(Written::Whole)
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
