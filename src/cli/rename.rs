//! `roadmap rename FILE OLD NEW`: gives a task a new id and updates every
//! reference to it (depends_on, levels' requires, merge conflict entries)
//! in one change (`model/change/rename.rs`), saved with one line per
//! reference.

use super::edit::Edit;
use super::envelope;
use super::write_failure::shell_word;
use super::{args::RenameArgs, output, Outcome};
use crate::model::change::{references, rename_task};
use serde_json::json;

pub fn run(args: RenameArgs) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    if edit.roadmap.task(&args.old).is_none() {
        return Err(edit.no_task(&args.old));
    }
    if args.old == args.new {
        output::note(&format!("{}: already its id; nothing to change", args.old));
        if !args.json {
            return Ok(());
        }
    }
    let refs = references(&edit.roadmap, &args.old);
    let change =
        rename_task(&edit.roadmap, &args.old, &args.new).map_err(|e| edit.change_failed(e))?;
    edit.apply(change)?;
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap rename {{}} {} {}",
        shell_word(&args.old),
        shell_word(&args.new)
    ))?;
    let n = refs.dependants.len() + refs.levels.len();
    if args.json {
        return envelope::print(
            "rename",
            true,
            json!({
                "file": file.display().to_string(),
                "old": args.old,
                "new": args.new,
                "updated": {"dependants": refs.dependants, "levels": refs.levels},
            }),
        );
    }
    let updated = match n {
        0 => String::new(),
        1 => " (1 reference updated)".into(),
        n => format!(" ({n} references updated)"),
    };
    output::line(&format!(
        "{}: {} → {}{updated}",
        file.display(),
        args.old,
        args.new
    ))
}
