//! Splits a roadmap file at its `[[tasks]]` headers without parsing it, so
//! the fast loader can parse the tasks piece by piece (and on both cores)
//! instead of building one tree of the whole file, and saving can patch one
//! task's text alone.
//!
//! The scanner knows just enough TOML to find the headers that are really
//! headers: strings of all four kinds, comments, and brackets of arrays and
//! inline tables that span lines. Whatever it does not fully understand (a
//! header other than the ones the format writes, a table header after the
//! first task, an unclosed string) makes it give up, and the caller falls
//! back to parsing the whole document.

use std::ops::Range;

/// Where the parts of a roadmap file are, as byte ranges of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Everything before the first `[[tasks]]` header: `version`,
    /// `[project]`, `[maturity]`, findings, phases and people.
    pub(crate) head: Range<usize>,
    /// One range per task, from the start of its header line to the start
    /// of the next task's (comments and blank lines in between included), the
    /// last to the end of the text. Together with `head` they tile the text.
    pub(crate) tasks: Vec<Range<usize>>,
}

/// The headers the format writes before the tasks; `[[tasks]]` is the only
/// one allowed after them.
const HEAD_TABLES: &[&str] = &["project", "maturity"];
const HEAD_ARRAYS: &[&str] = &["findings", "phases", "people", "maturity.levels"];

/// The layout of `text`, or nothing when the text is not laid out the plain
/// way the fast path handles.
pub(crate) fn split(text: &str) -> Option<Layout> {
    let b = text.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    // Open `[` and `{` of values spanning lines: a line starting with `[`
    // inside them is a nested array, not a header.
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let line_start = i;
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if depth == 0 && i < b.len() && b[i] == b'[' {
            let (is_task, next) = header(b, i)?;
            if is_task {
                starts.push(line_start);
            } else if !starts.is_empty() {
                return None;
            }
            i = next;
        } else {
            i = rest_of_line(b, i, &mut depth)?;
        }
    }
    if depth != 0 {
        return None;
    }
    let head = 0..starts.first().copied().unwrap_or(b.len());
    let ends = starts.iter().skip(1).copied().chain([b.len()]);
    let tasks = starts
        .iter()
        .copied()
        .zip(ends)
        .map(|(s, e)| s..e)
        .collect();
    Some(Layout { head, tasks })
}

/// Reads a header line starting at `i` (on its `[`): whether it is
/// `[[tasks]]`, and where the next line starts. Nothing for any header the
/// fast path does not handle or anything after it but a comment.
fn header(b: &[u8], i: usize) -> Option<(bool, usize)> {
    let array = b.get(i + 1) == Some(&b'[');
    let (open, close): (usize, &[u8]) = if array { (2, b"]]") } else { (1, b"]") };
    let name_start = i + open;
    let name_len = b[name_start..]
        .iter()
        .position(|c| matches!(c, b']' | b'\n' | b'"' | b'\'' | b'#'))?;
    let name = std::str::from_utf8(&b[name_start..name_start + name_len]).ok()?;
    let after = name_start + name_len;
    if !b[after..].starts_with(close) {
        return None;
    }
    let known = if array {
        name == "tasks" || HEAD_ARRAYS.contains(&name)
    } else {
        HEAD_TABLES.contains(&name)
    };
    if !known {
        return None;
    }
    // Only blanks and a comment may follow on the header's line.
    let mut j = after + close.len();
    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    match b.get(j) {
        None => Some((array && name == "tasks", j)),
        Some(b'\n') => Some((array && name == "tasks", j + 1)),
        Some(b'#') => Some((array && name == "tasks", line_end(b, j))),
        Some(_) => None,
    }
}

/// Where the line holding `i` ends (just past its newline, or the end).
fn line_end(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .position(|c| *c == b'\n')
        .map_or(b.len(), |p| i + p + 1)
}

/// The bytes `rest_of_line` must look at; everything else is skipped.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 8 {
        table[b"\n#\"'[]{}"[i] as usize] = true;
        i += 1;
    }
    table
};

/// Skips the rest of a key/value (or continuation) line, strings that span
/// lines included, keeping count of open brackets. Nothing on a string that
/// never closes or a bracket closed twice.
fn rest_of_line(b: &[u8], mut i: usize, depth: &mut usize) -> Option<usize> {
    while i < b.len() {
        let c = b[i];
        if !SPECIAL[usize::from(c)] {
            i += 1;
            continue;
        }
        match c {
            b'\n' => return Some(i + 1),
            b'#' => return Some(line_end(b, i)),
            b'"' | b'\'' => i = string_end(b, i)?,
            b'[' | b'{' => {
                *depth += 1;
                i += 1;
            }
            _ => {
                *depth = depth.checked_sub(1)?;
                i += 1;
            }
        }
    }
    Some(i)
}

/// Just past the string opening at `i` (basic, literal, or either of their
/// multi-line forms).
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let quote = b[i];
    let escapes = quote == b'"';
    let multi = b[i..].starts_with(&[quote, quote, quote]);
    let mut j = if multi { i + 3 } else { i + 1 };
    loop {
        // The next byte that can end the string, escape something or be a
        // newline where none may be.
        let rest = b.get(j..)?;
        j += match (escapes, multi) {
            (true, true) => memchr::memchr2(quote, b'\\', rest),
            (true, false) => memchr::memchr3(quote, b'\\', b'\n', rest),
            (false, true) => memchr::memchr(quote, rest),
            (false, false) => memchr::memchr2(quote, b'\n', rest),
        }?;
        let c = b[j];
        if c == b'\\' {
            j += 2;
        } else if c == b'\n' {
            return None;
        } else if !multi {
            return Some(j + 1);
        } else {
            // A multi-line string ends at the first run of three or more
            // quotes; up to two of them may belong to its content.
            let run = b[j..].iter().take_while(|x| **x == quote).count();
            if run >= 3 {
                return Some(j + run);
            }
            j += run;
        }
    }
}

#[cfg(test)]
mod tests;
