//! The fast way to save a roadmap whose tasks were only edited in place (a
//! check-off, a new title): patch each changed task's own text, as a small
//! `toml_edit` document of its own, and splice it into the file's text,
//! instead of building and printing an editable document of the whole file.
//!
//! Only for files the fast loader read (it records where each task is
//! written) and for changes that leave everything but the tasks' fields as
//! they were; adding, removing or moving tasks, or any other change, goes
//! through the whole document (`store::save`). The result must load back,
//! with the fast loader, to the very roadmap being saved, or the caller
//! falls back to the whole-document path. Since the rest of the text is
//! unchanged, that is checked without re-reading all of it: the new text
//! must split exactly where the spliced tasks are, each patched task must
//! read back as the task being saved, and the roadmap must validate clean,
//! which is everything the fast loader checks.

use super::chunks::split;
use super::document::{Document, Loaded};
use super::eol::to_crlf;
use super::fast::decode_task;
use super::patch::patch_task_alone;
use super::strings::respell_new_strings;
use crate::model::validate::validate;
use crate::model::{Roadmap, Task};

/// The file of `loaded` with the changed tasks of `roadmap` patched into its
/// text, as it then loads (to `roadmap`, without warnings); nothing when
/// this path does not apply.
pub(crate) fn render_spliced(loaded: &Loaded, roadmap: &Roadmap, crlf: bool) -> Option<Document> {
    let ranges = loaded.document.task_ranges()?;
    let old = &loaded.roadmap;
    // Spelled out field by field so a new part of the roadmap cannot be
    // forgotten here.
    let Roadmap {
        version,
        project,
        maturity,
        findings,
        phases,
        people,
        tasks,
        conflicts,
    } = roadmap;
    let same_rest = *version == old.version
        && *project == old.project
        && *maturity == old.maturity
        && *findings == old.findings
        && *phases == old.phases
        && *people == old.people
        && *conflicts == old.conflicts;
    if !same_rest || tasks.len() != old.tasks.len() || ranges.len() != tasks.len() {
        return None;
    }
    if old.tasks.iter().zip(tasks).any(|(a, b)| a.id != b.id) {
        return None;
    }
    let text = loaded.document.text();
    let file_name = loaded.document.file_name();
    let mut out = String::with_capacity(text.len() + 1024);
    let mut new_ranges = Vec::with_capacity(ranges.len());
    let mut copied = 0;
    for ((before, after), range) in old.tasks.iter().zip(tasks).zip(ranges) {
        let start = out.len() + range.start - copied;
        if before == after {
            new_ranges.push(start..start + range.len());
            continue;
        }
        let patched = patch_one(text.get(range.clone())?, before, after, crlf)?;
        // The patched text must read back as the task being saved, the way
        // the loader reads it.
        if decode_task(&patched, file_name).as_ref() != Some(after) {
            return None;
        }
        out.push_str(text.get(copied..range.start)?);
        out.push_str(&patched);
        new_ranges.push(start..out.len());
        copied = range.end;
    }
    out.push_str(text.get(copied..)?);
    // What the fast loader would do with the new text, step by step: the
    // same split (so every other task and the head read as before), the
    // patched tasks read as above, and a clean validation.
    let layout = split(&out)?;
    if layout.tasks != new_ranges || layout.head != (0..new_ranges.first()?.start) {
        return None;
    }
    if !validate(roadmap).is_empty() {
        return None;
    }
    Some(Document::new(out, file_name).with_task_ranges(new_ranges))
}

/// One task's text, patched from `before` to `after`, with CRLF line ends
/// in a CRLF file.
fn patch_one(task_text: &str, before: &Task, after: &Task, crlf: bool) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = task_text.parse().ok()?;
    if !patch_task_alone(&mut doc, before, after) {
        return None;
    }
    respell_new_strings(&mut doc, crlf);
    Some(match crlf {
        true => to_crlf(&doc.to_string()),
        false => doc.to_string(),
    })
}

#[cfg(test)]
mod tests;
