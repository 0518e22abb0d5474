//! `roadmap merge BASE OURS THEIRS [-o OUT] [--name NAME] [--ours-label L]
//! [--base-label L] [--theirs-label L]`: a three-way merge of roadmap files
//! by item and field, usable as git's merge driver (`%O %A %B --name %P
//! --ours-label %X --base-label %S --theirs-label %Y`, which writes the
//! result over OURS, as git expects of `%A`).
//!
//! Git takes whatever OURS holds when the driver exits, so every way this
//! command ends is one of git's own:
//!
//! - exit 0: merged by item, cleanly (with a note on stderr where it
//!   carried a change over to a renamed id, or kept two tasks added under
//!   one id apart);
//! - exit 1: merged by item with conflicts, written as `conflict` entries
//!   and listed on stderr (`FILE: conflict in task `id` field `effort`:
//!   HEAD "4h", side "6h" (base "3h")`);
//! - exit 1: a merge by item was impossible (a side that does not load, an
//!   input that cannot be read, an error inside, even a panic): the file
//!   holds the line merge `git merge-file` would have made, with conflict
//!   markers where the sides overlap (`fallback`), never OURS alone;
//! - exit 2: usage; nothing is read or written.

mod fallback;
mod guard;
mod sides;

use super::{args::MergeArgs, Failure, Outcome};
use crate::model::Conflict;
use crate::store::merge::{merge_into, Note};
use crate::store::{self, Loaded};
use sides::{Inputs, Role, Sides};

pub fn run(args: MergeArgs) -> Outcome {
    let sides = Sides::new(&args);
    let inputs = Inputs::read(&args, &sides)?;
    match guard::guarded(|| by_item(&inputs, &sides)).and_then(|merge| merge) {
        Ok(merge) => match write(&sides, &merge) {
            Ok(()) => report(&sides, &merge),
            Err(e) => fallback::run(&inputs, &sides, &e),
        },
        Err(why) => fallback::run(&inputs, &sides, &why),
    }
}

/// A merge by item, ready to write.
struct ItemMerge {
    text: String,
    /// Whether `text` differs from what the output holds (or there is an
    /// output of its own to create).
    changed: bool,
    conflicts: Vec<Conflict>,
    notes: Vec<Note>,
}

/// Loads the three versions and merges them by item; the reason when that
/// is impossible, in words for the user.
fn by_item(inputs: &Inputs, sides: &Sides) -> Result<ItemMerge, String> {
    let base_bytes = inputs
        .base
        .as_ref()
        .map_err(|e| format!("the base version cannot be read ({e})"))?;
    let theirs_bytes = inputs
        .theirs
        .as_ref()
        .map_err(|e| format!("{} cannot be read ({e})", sides.theirs.version()))?;
    // Git passes an empty base when both sides added the file.
    let base = if base_bytes.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        Some(load(base_bytes, sides, Role::Base)?.roadmap)
    };
    let ours = load(&inputs.ours, sides, Role::Ours)?;
    let theirs = load(theirs_bytes, sides, Role::Theirs)?;
    let (text, merged) = merge_into(base.as_deref(), &ours, &theirs.roadmap).map_err(|e| {
        // A save's help speaks of a file on disk, which is not the case here.
        let said: Vec<String> = e
            .to_string()
            .lines()
            .filter(|l| !l.trim_start().starts_with("help:"))
            .map(str::to_string)
            .collect();
        format!("the merged roadmap does not save: {}", said.join("\n  "))
    })?;
    Ok(ItemMerge {
        changed: sides.has_own_output() || text != ours.document.text(),
        text,
        conflicts: merged.conflicts,
        notes: merged.notes,
    })
}

fn load(bytes: &[u8], sides: &Sides, role: Role) -> Result<Loaded, String> {
    let side = sides.get(role);
    store::parse_bytes(bytes, &side.file_name(sides)).map_err(|e| {
        let mut why = format!("{} does not load:", side.version());
        const SHOWN: usize = 5;
        for d in e.errors().take(SHOWN) {
            // The first line only: a load's help ("nothing was changed on
            // disk") speaks of a file on disk, not a version in a merge.
            why.push_str("\n  ");
            why.push_str(d.to_string().lines().next().unwrap_or_default());
        }
        let more = e.errors().count().saturating_sub(SHOWN);
        if more > 0 {
            why.push_str(&format!("\n  and {more} more"));
        }
        if let Some(show) = side.git_show(sides) {
            why.push_str(&format!(
                "\n  (lines of that version, which `{show}` prints)"
            ));
        }
        why
    })
}

fn write(sides: &Sides, merge: &ItemMerge) -> Result<(), String> {
    if !merge.changed {
        return Ok(());
    }
    store::write_atomic(&sides.out, merge.text.as_bytes())
        .map_err(|e| format!("the merge cannot be written: {e}"))
}

/// Lists the notes and conflicts on stderr; exit 1 when there are conflicts.
fn report(sides: &Sides, merge: &ItemMerge) -> Outcome {
    let name = &sides.name;
    let (ours, theirs) = (sides.ours.called(), sides.theirs.called());
    for note in &merge.notes {
        // Names and values are file data: the whole line is escaped.
        super::output::note(&format!("{name}: note: {}", note.describe(&ours, &theirs)));
    }
    let conflicts = &merge.conflicts;
    for conflict in conflicts {
        // Conflict values are file data: shown escaped, never raw.
        super::output::note(&format!("{name}: {}", conflict.describe(&ours, &theirs)));
    }
    let n = conflicts.len();
    if n == 0 {
        return Ok(());
    }
    let keys = if sides.labelled() {
        format!(" (`ours` is {ours}, `theirs` is {theirs})")
    } else {
        String::new()
    };
    Err(Failure::invalid(format!(
        "{name}: {n} conflict{} written as `conflict` entries{keys}; settle each field, \
         delete its entry, and `roadmap validate` the file",
        if n == 1 { "" } else { "s" }
    )))
}
