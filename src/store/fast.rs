//! The fast way to load a clean roadmap file: split it at its `[[tasks]]`
//! headers (`store::chunks`), parse the head as a document of its own and
//! read the tasks one by one, on every core: each with the plain reader
//! (`plain`) when it is written the plain way, else with the TOML parser,
//! whose tree is dropped as soon as the task is decoded. The whole file is never held as one TOML tree, which is what
//! made a 100,000-task file take half a gigabyte to load.
//!
//! It is only an optimisation: on anything unusual (a layout the scanner
//! does not handle, a syntax error, any error or warning, a merge conflict,
//! a problem found by validation) it gives up, and `load::parse` reads the
//! whole document as before, so every diagnostic is exactly what it was.

use super::chunks::{split, Layout};
use super::decode::{decode, decode_task_piece, Decoder};
use crate::model::validate::validate;
use crate::model::{Roadmap, Task};
use std::ops::Range;

mod plain;

/// Below this many tasks a second thread costs more than it saves.
const MIN_TASKS_PER_THREAD: usize = 2_000;

/// The roadmap in `text` and each task's byte range in it, when the file is
/// laid out plainly and loads without a single diagnostic.
pub(crate) fn parse_clean(text: &str, file_name: &str) -> Option<(Roadmap, Vec<Range<usize>>)> {
    let Layout {
        head,
        tasks: ranges,
    } = split(text)?;
    let mut roadmap = decode_head(&text[head], file_name)?;
    roadmap.tasks = decode_tasks(text, &ranges, file_name)?;
    if !roadmap.conflicts.is_empty() || !validate(&roadmap).is_empty() {
        return None;
    }
    Some((roadmap, ranges))
}

/// Everything but the tasks, parsed and decoded as a document of its own.
fn decode_head(head: &str, file_name: &str) -> Option<Roadmap> {
    let root = toml::de::DeTable::parse(head).ok()?;
    if root.get_ref().contains_key("tasks") {
        return None;
    }
    let mut decoder = Decoder::new(file_name, head);
    let roadmap = decode(root.get_ref(), &mut decoder);
    decoder.is_clean().then_some(roadmap)
}

/// The tasks of all `ranges`, read on as many threads as there are cores,
/// each thread taking a contiguous share so the order is kept. This thread
/// reads the first share straight into the result, which has room for all
/// the tasks: the others' shares are moved in once, never copied twice.
fn decode_tasks(text: &str, ranges: &[Range<usize>], file_name: &str) -> Option<Vec<Task>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(ranges.len().div_ceil(MIN_TASKS_PER_THREAD))
        .max(1);
    let share = ranges.len().div_ceil(threads).max(1);
    let decode_share = |share: &[Range<usize>], out: &mut Vec<Task>| -> Option<()> {
        for range in share {
            let own = text.get(range.clone())?;
            match plain::task(own) {
                Some(task) => out.push(task),
                None => out.extend(decode_piece(own, file_name)?),
            }
        }
        Some(())
    };
    let mut shares = ranges.chunks(share);
    let first = shares.next().unwrap_or_default();
    let mut tasks = Vec::with_capacity(ranges.len());
    let others: Vec<Option<Vec<Task>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .map(|s| {
                scope.spawn(move || {
                    let mut out = Vec::with_capacity(s.len());
                    decode_share(s, &mut out).map(|()| out)
                })
            })
            .collect();
        let mine = decode_share(first, &mut tasks);
        // A thread that panicked counts as a task that did not decode.
        let others = handles.into_iter().map(|h| h.join().ok().flatten());
        mine.map_or_else(|| vec![None], |()| others.collect())
    });
    for share in others {
        tasks.extend(share?);
    }
    (tasks.len() == ranges.len()).then_some(tasks)
}

/// The one task in `own` (a `[[tasks]]` header and its lines) as the fast
/// loader reads it, or nothing where it would give up.
pub(crate) fn decode_task(own: &str, file_name: &str) -> Option<Task> {
    match plain::task(own) {
        Some(task) => Some(task),
        None => match decode_piece(own, file_name)?.as_slice() {
            [task] => Some(task.clone()),
            _ => None,
        },
    }
}

/// The tasks of a piece of `[[tasks]]` text read by the TOML parser, or
/// nothing if the piece reports anything at all.
fn decode_piece(piece: &str, file_name: &str) -> Option<Vec<Task>> {
    let root = toml::de::DeTable::parse(piece).ok()?;
    let mut decoder = Decoder::new(file_name, piece);
    let tasks = decode_task_piece(root.get_ref(), &mut decoder)?;
    decoder.is_clean().then_some(tasks)
}

#[cfg(test)]
pub(crate) mod tests;
