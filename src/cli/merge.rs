//! `roadmap merge BASE OURS THEIRS [-o OUT]`: a three-way merge of roadmap
//! files by item and field, usable as git's merge driver
//! (`roadmap merge %O %A %B`, which writes the result over OURS).
//!
//! Exit 0: clean merge. Exit 1: conflicts (written, marked, and listed on
//! stderr as `FILE: conflict in task `id` field `effort`: ours "4h",
//! theirs "6h" (base "3h")`) or a file that does not load (nothing is
//! written then). Exit 2: usage.

use super::{args::MergeArgs, Failure, Outcome};
use crate::model::Roadmap;
use crate::store::{self, merge::merge_into};
use crate::tui::text::sanitize_lines;
use std::path::Path;

pub fn run(args: MergeArgs) -> Outcome {
    let base = load_base(&args.base)?;
    let ours = store::load(&args.ours)?;
    let theirs = store::load(&args.theirs)?;
    let (text, merged) = merge_into(base.as_ref(), &ours, &theirs.roadmap).map_err(|e| {
        Failure::invalid(format!(
            "{}: the merge could not be written, nothing was changed: {e}",
            args.ours.display()
        ))
    })?;
    let out = args.output.as_deref().unwrap_or(&args.ours);
    if args.output.is_some() || text != ours.document.text() {
        store::write_atomic(out, text.as_bytes()).map_err(|e| {
            Failure::invalid(format!("{}: cannot write the merge: {e}", out.display()))
        })?;
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| out.display().to_string());
    for conflict in &merged.conflicts {
        // Conflict values are file data: shown escaped, never raw.
        eprintln!("{}", sanitize_lines(&format!("{name}: {conflict}")));
    }
    match merged.conflicts.len() {
        0 => Ok(()),
        n => Err(Failure::invalid(format!(
            "{name}: {n} conflict{} written as `conflict` entries; settle each field, \
             delete its entry, and `roadmap validate` the file",
            if n == 1 { "" } else { "s" }
        ))),
    }
}

/// The common ancestor, or `None` when there is none: git passes an empty
/// file when both sides added the roadmap.
fn load_base(path: &Path) -> Result<Option<Roadmap>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::invalid(format!("{}: cannot read the base: {e}", path.display())))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    Ok(Some(std::sync::Arc::unwrap_or_clone(
        store::load(path)?.roadmap,
    )))
}
