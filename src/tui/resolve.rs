//! Settling a merge conflict from the TUI: the field takes the chosen
//! side's value, parsed by the model's own parsers, and the conflict entry
//! goes, as one change (so one undo brings both back).
//!
//! A field conflict in a task sets that field. Elsewhere (project,
//! maturity, levels, findings, phases) the field already holds ours, so
//! keeping ours only drops the entry; taking theirs there is left to the
//! file, and says so.

use crate::model::change::Change;
use crate::model::fields::{field, Kind, Presence, Value, TASK_FIELDS};
use crate::model::{Conflict, Part, Roadmap, Task};
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

impl Side {
    fn value(self, c: &Conflict) -> Option<&str> {
        match self {
            Side::Ours => c.ours.as_deref(),
            Side::Theirs => c.theirs.as_deref(),
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
        }
    }
}

/// The change that settles conflict `index` of `roadmap` with `side`.
pub fn resolution(roadmap: &Roadmap, index: usize, side: Side) -> Result<Change, String> {
    let conflict = roadmap
        .conflicts
        .get(index)
        .ok_or_else(|| format!("no conflict number {}", index + 1))?;
    let mut rest = roadmap.conflicts.clone();
    rest.remove(index);
    let drop_entry = Change::ReplaceConflicts(rest);
    let value = side.value(conflict);
    if conflict.field == Conflict::WHOLE {
        // The item was kept; the side that deleted it says "deleted".
        return match (&conflict.part, value) {
            // Its references and conflict entries (this one too) go with it.
            (Part::Task(id), Some("deleted")) => {
                crate::model::change::remove_task_and_references(roadmap, id)
                    .map_err(|e| e.to_string())
            }
            (_, Some("deleted")) => Err(format!(
                "deleting {} is done in the file: delete it there, then its `conflict` entry",
                conflict.part
            )),
            _ => Ok(drop_entry),
        };
    }
    match &conflict.part {
        Part::Task(id) => {
            let mut task = roadmap
                .task(id)
                .ok_or_else(|| format!("task `{id}` is not in the roadmap any more"))?
                .clone();
            set_task_field(&mut task, &conflict.field, value)?;
            Ok(Change::Batch(vec![
                Change::ReplaceTask {
                    id: id.clone(),
                    task,
                },
                drop_entry,
            ]))
        }
        _ if side == Side::Ours => Ok(drop_entry),
        part => Err(format!(
            "taking theirs for {part} field `{}` is done in the file: set it to {:?} and delete the `conflict` entry",
            conflict.field,
            value.unwrap_or("nothing")
        )),
    }
}

/// Sets field `key` of `task` from a conflict entry's text (`None`: unset),
/// read as the model's field table says.
pub fn set_task_field(task: &mut Task, key: &str, value: Option<&str>) -> Result<(), String> {
    let field = field(TASK_FIELDS, key)
        .filter(|f| f.kind != Kind::Id)
        .ok_or_else(|| format!("the field `{key}` of a task cannot be set here; edit the file"))?;
    let parsed = match value {
        None if field.presence != Presence::Optional => {
            return Err(format!("`{key}` cannot be unset"))
        }
        None => None,
        Some(text) if field.kind == Kind::Ids => Some(Value::Ids(Cow::Owned(ids(text)?))),
        Some(text) => Some(
            field
                .parse(text)
                .map_err(|e| format!("`{key}` = {value:?}: {e}"))?,
        ),
    };
    (field.set)(task, parsed);
    Ok(())
}

/// An id list as a conflict entry writes it: `["a", "b"]`.
fn ids(text: &str) -> Result<Vec<String>, String> {
    let value: toml_edit::Value = text
        .parse()
        .map_err(|e| format!("{text:?} is not a list of ids: {e}"))?;
    let array = value
        .as_array()
        .ok_or_else(|| format!("{text:?} is not a list of ids"))?;
    array
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{text:?} holds something other than ids"))
        })
        .collect()
}
