//! Everything the commands print goes through here, so that one rule holds
//! for all of them: file data never reaches the terminal raw, a closed pipe
//! (`roadmap status --json | head -1`) ends the output quietly, and any
//! other write error (a full disk behind `> out.txt`) is a message and exit 1
//! instead of a panic or a silent exit 0.
//!
//! A closed pipe stops the printing but not the command: a verdict such as
//! `status --require-level` or `validate` still decides the exit code, so a
//! gate piped into `head` cannot pass by accident.

use super::{Failure, Outcome};
use crate::model::escape::sanitize_lines;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once stdout's reader has gone away; later output is dropped.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Prints text meant for a person, with control characters and bidi
/// overrides from file data (names, titles, paths) shown as visible symbols.
pub fn text(s: &str) -> Outcome {
    data(&sanitize_lines(s))
}

/// [`text`] and a newline.
pub fn line(s: &str) -> Outcome {
    text(&format!("{s}\n"))
}

/// Prints data as it is: JSON and TOML whose strings are escaped by
/// construction, or text already escaped by the caller.
pub fn data(s: &str) -> Outcome {
    if CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut out = io::stdout().lock();
    // Flushed at once: an error must surface here, not at exit where
    // Rust's standard library drops it.
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(e) => Err(stdout_failed(&e)),
    }
}

/// A message on stderr (a warning, an error), escaped like [`text`]. Best
/// effort: if stderr itself cannot be written there is nowhere to say so,
/// and a panic would only turn exit 1 into 101.
pub fn note(s: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", sanitize_lines(s));
}

fn stdout_failed(e: &io::Error) -> Failure {
    use io::ErrorKind::*;
    let why = match e.kind() {
        StorageFull => "the disk is full".to_string(),
        QuotaExceeded => "the disk quota is used up".to_string(),
        _ => e.to_string(),
    };
    Failure::invalid(format!(
        "cannot write to standard output: {why}; the output is incomplete"
    ))
}
