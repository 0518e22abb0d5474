//! When a merge by item is impossible, the driver ends the way git's own
//! text merge would: the line merge of the three versions, with conflict
//! markers where they overlap, written over the output, and exit 1 so git
//! stops for a person. Never OURS alone: that is what git would take for
//! the merge, silently dropping the other side's changes.

use super::sides::{Inputs, Sides};
use super::{Failure, Outcome};
use crate::store::merge::lines::merge_lines;

/// Writes the line merge and says why; always a failure (exit 1).
pub fn run(inputs: &Inputs, sides: &Sides, why: &str) -> Outcome {
    let name = &sides.name;
    let mut message = format!("{name}: cannot merge by task: {why}\n");
    let (text, said) = match &inputs.theirs {
        Ok(theirs) => {
            // An unreadable base is taken as none: every difference between
            // the sides conflicts, which loses nothing.
            let base = inputs.base.as_deref().unwrap_or_default();
            let (ours, theirs_label) = (sides.ours.called(), sides.theirs.called());
            let merged = merge_lines(base, &inputs.ours, theirs, &ours, &theirs_label);
            let said = match merged.conflicts {
                0 => format!(
                    "{name}: merged line by line instead, as git merges other files: the \
                     changes did not overlap, but nothing checked the result\n  help: check it \
                     with {}",
                    sides.then()
                ),
                n => format!(
                    "{name}: merged line by line instead, as git merges other files: {n} \
                     conflict{} between `<<<<<<< {ours}` and `>>>>>>> {theirs_label}` lines\n  \
                     help: in each, keep what is right of both sides and delete the marker \
                     lines; then {}",
                    if n == 1 { "" } else { "s" },
                    sides.then()
                ),
            };
            (merged.text, said)
        }
        Err(_) => {
            // Their changes cannot be had: keep ours, but marked as one side
            // of a conflict, so that it is not taken for the merge.
            let mut text = format!("<<<<<<< {}\n", sides.ours.called()).into_bytes();
            text.extend_from_slice(&inputs.ours);
            if !text.ends_with(b"\n") {
                text.push(b'\n');
            }
            text.extend_from_slice(
                format!(
                    "=======\n>>>>>>> {} (could not be read)\n",
                    sides.theirs.called()
                )
                .as_bytes(),
            );
            let fetch = sides
                .theirs
                .git_show(sides)
                .map(|show| format!(" (`{show}` prints it)"))
                .unwrap_or_default();
            let said = format!(
                "{name}: it holds our version between conflict markers, so that it is not \
                 taken for the merge\n  help: get {}{fetch}, bring its changes in by hand, \
                 delete the marker lines; then {}",
                sides.theirs.version(),
                sides.then()
            );
            (text, said)
        }
    };
    if let Err(e) = crate::store::write_atomic(&sides.out, &text) {
        message.push_str(&format!(
            "{name}: the line merge cannot be written either ({e}): {} still holds our version \
             only, without their changes; do not commit it as it is\n  help: make room or fix \
             the permissions, then merge again{}",
            sides.out.display(),
            if sides.by_git() {
                format!(" (`git checkout -m {name}` redoes the merge of this file)")
            } else {
                String::new()
            }
        ));
        return Err(Failure::invalid(message));
    }
    message.push_str(&said);
    Err(Failure::invalid(message))
}
