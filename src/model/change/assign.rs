//! Setting a task's fields from text, `key=value` as a person types them
//! (`effort=2-3d`, `owner=ana`, `due=2025-12-01`): each value read by the
//! field table's own parser ([`Field::parse`], the planner editor's), then
//! checked against the roadmap the way the editor checks it (the phase
//! and the level must exist), the status set as [`super::set_status`] sets
//! it. All the fields of one call are one change, or none is.

use super::build::{self, edit_task};
use super::{Change, ChangeError, Lookup, Scan};
use crate::model::fields::{Field, Kind, Presence, TASK_FIELDS};
use crate::model::kinds::Status;
use crate::model::roadmap::{Roadmap, Task};
use chrono::NaiveDate;

/// Why a `key=value` cannot be set. The roadmap is never changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignError {
    #[error("unknown field `{key}`{hint}; a task's fields are: {}", settable_keys().join(", "))]
    UnknownField { key: String, hint: String },
    #[error("field `{key}` is not set this way: {why}")]
    NotSettable { key: String, why: &'static str },
    #[error("field `{key}`: {why}")]
    BadValue { key: String, why: String },
    #[error(transparent)]
    Change(#[from] ChangeError),
}

/// The keys [`assign`] takes, in the order the format lists them.
pub fn settable_keys() -> Vec<&'static str> {
    TASK_FIELDS
        .iter()
        .filter(|f| not_settable(f.key).is_none())
        .map(|f| f.key)
        .collect()
}

/// Why a task field that exists cannot be typed as `key=value`, if it cannot.
fn not_settable(key: &str) -> Option<&'static str> {
    match key {
        "id" => Some("give the task a new id with `roadmap rename FILE OLD NEW`, which updates every reference"),
        "depends_on" | "findings" => Some("it is a list of ids; edit it in the file or the planner"),
        "source_line" => Some("it records where the importer found the task"),
        "reported" => Some("it records what the report said, for the next `roadmap import --into`"),
        _ => None,
    }
}

/// The settable field written under `key`.
pub fn settable(key: &str) -> Result<&'static Field<Task>, AssignError> {
    match TASK_FIELDS.iter().find(|f| f.key == key) {
        Some(f) => match not_settable(key) {
            Some(why) => Err(AssignError::NotSettable {
                key: key.to_string(),
                why,
            }),
            None => Ok(f),
        },
        None => {
            let close = settable_keys()
                .into_iter()
                .filter(|k| k.starts_with(key) || key.starts_with(k) || k.contains(key))
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>();
            let hint = match close.as_slice() {
                [] => String::new(),
                close => format!(" (did you mean {}?)", close.join(" or ")),
            };
            Err(AssignError::UnknownField {
                key: key.to_string(),
                hint,
            })
        }
    }
}

/// The change that sets each `(key, text)` on task `id`. An empty text
/// unsets an optional field. `status` is set last, as the model sets it:
/// `done` records `done_on = today` unless the task has (or is given) a
/// date, any other status clears it; a `done_on` on a task that ends up
/// not done is refused.
pub fn assign(
    r: &Roadmap,
    id: &str,
    pairs: &[(&str, &str)],
    today: NaiveDate,
) -> Result<Change, AssignError> {
    let mut task = r.tasks[Scan.locate(&r.tasks, id)?].clone();
    let mut status = None;
    let mut dated = false;
    for &(key, text) in pairs {
        let field = settable(key)?;
        let bad = |why: String| AssignError::BadValue {
            key: key.to_string(),
            why,
        };
        let text = text.trim();
        let value = match (text.is_empty(), field.presence) {
            (true, Presence::Optional) => None,
            (true, _) => {
                return Err(bad(format!(
                    "a task needs a {}; give one (`{key}=…`)",
                    field.label.to_lowercase()
                )))
            }
            (false, _) => Some(field.parse(text).map_err(|why| bad(accepted(field, why)))?),
        };
        if key == "phase" && r.phase(text).is_none() {
            return Err(bad(build::no_such_phase(r, text).to_string()));
        }
        if let Some(why) = value
            .as_ref()
            .and_then(|v| v.whole())
            .filter(|_| key == "level")
        {
            if let Some(why) = unknown_level(r, why) {
                return Err(bad(why));
            }
        }
        match field.kind {
            Kind::Status => status = value.and_then(|v| v.status()),
            _ => (field.set)(&mut task, value),
        }
        dated |= key == "done_on";
    }
    if let Some(status) = status {
        build::with_status(&mut task, status, today);
    }
    if dated && task.done_on.is_some() && task.status != Status::Done {
        return Err(AssignError::BadValue {
            key: "done_on".into(),
            why: format!(
                "only a done task has a done_on, and this one is {}; add status=done",
                task.status
            ),
        });
    }
    Ok(edit_task(r, id, |t| *t = task)?)
}

/// A parse error, with how to unset the field when it may be empty.
fn accepted(field: &Field<Task>, why: String) -> String {
    match field.presence {
        Presence::Optional => format!("{why}; or `{}=` to unset it", field.key),
        _ => why,
    }
}

/// Why level `n` cannot be a task's level in `r`, if it cannot: a level
/// the maturity model does not have would stop the file from loading back.
pub fn unknown_level(r: &Roadmap, n: u32) -> Option<String> {
    let levels = r.maturity.as_ref().map_or(&[][..], |m| &m.levels);
    if levels.iter().any(|l| l.level == n) {
        return None;
    }
    let numbers: Vec<String> = levels.iter().map(|l| l.level.to_string()).collect();
    Some(match numbers.split_last() {
        None => format!("level {n}: this roadmap has no maturity levels; leave it empty"),
        Some((only, [])) => {
            format!("level {n} is not a maturity level; use {only} or leave it empty")
        }
        Some((last, rest)) => format!(
            "level {n} is not a maturity level; use {} or {last}, or leave it empty",
            rest.join(", ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Level, Maturity, Phase, Project, Scale};
    use crate::model::{Effort, Priority};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, d).expect("a real date")
    }

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        let phase = |id: &str| Phase {
            id: id.into(),
            name: id.into(),
            window: None,
            start: None,
            end: None,
            description: None,
        };
        r.phases = vec![phase("now"), phase("later")];
        r.tasks = vec![Task::new("a", "now", "A"), Task::new("b", "now", "B")];
        let level = |n: u32| Level {
            level: n,
            name: format!("L{n}"),
            score: f64::from(n) * 10.0,
            description: None,
            requires: Vec::new(),
            min_score: None,
        };
        r.maturity = Some(Maturity {
            baseline: 0.0,
            scale: Scale::Percent,
            levels: vec![level(1), level(2)],
        });
        r
    }

    fn set(r: &Roadmap, pairs: &[(&str, &str)]) -> Result<Task, AssignError> {
        let mut after = r.clone();
        let change = assign(r, "a", pairs, day(9))?;
        apply(&mut after, change).expect("the change applies");
        Ok(after.tasks[0].clone())
    }

    fn message(r: &Roadmap, pairs: &[(&str, &str)]) -> String {
        set(r, pairs).expect_err("refused").to_string()
    }

    #[test]
    fn every_value_goes_through_the_field_tables() {
        let r = roadmap();
        let t = set(
            &r,
            &[
                ("effort", "2-3d"),
                ("priority", "critical"),
                ("owner", " ana "),
                ("due", "2026-02-01"),
                ("phase", "later"),
                ("level", "2"),
                ("cost_monthly", "50"),
                ("title", "New"),
                ("notes", "why"),
            ],
        )
        .unwrap();
        assert_eq!(t.effort, Some(Effort::parse("2-3d").unwrap()));
        assert_eq!(t.priority, Priority::Critical);
        assert_eq!(t.owner.as_deref(), Some("ana"));
        assert_eq!(t.due, NaiveDate::from_ymd_opt(2026, 2, 1));
        assert_eq!((t.phase.as_str(), t.level), ("later", Some(2)));
        assert_eq!((t.title.as_str(), t.notes.as_deref()), ("New", Some("why")));
        let mut owned = r.clone();
        owned.tasks[0].owner = Some("ana".into());
        assert_eq!(set(&owned, &[("owner", "")]).unwrap().owner, None);
    }

    #[test]
    fn status_goes_through_the_model_and_keeps_done_on_honest() {
        let r = roadmap();
        let done = set(&r, &[("status", "done")]).unwrap();
        assert_eq!((done.status, done.done_on), (Status::Done, Some(day(9))));
        let backdated = set(&r, &[("status", "done"), ("done_on", "2026-01-02")]).unwrap();
        assert_eq!(backdated.done_on, Some(day(2)));
        let backdated = set(&r, &[("done_on", "2026-01-02"), ("status", "done")]).unwrap();
        assert_eq!(backdated.done_on, Some(day(2)), "in any order");
        assert!(message(&r, &[("done_on", "2026-01-02")]).contains("add status=done"));
    }

    #[test]
    fn refusals_name_the_field_the_value_and_what_is_accepted() {
        let r = roadmap();
        let m = message(&r, &[("effort", "lots")]);
        assert!(
            m.starts_with("field `effort`: `lots` is not an effort"),
            "{m}"
        );
        assert!(m.contains("4h") && m.contains("`effort=` to unset"), "{m}");
        let m = message(&r, &[("priority", "urgent")]);
        assert!(
            m.contains("`urgent`") && m.contains("critical, high, medium, low"),
            "{m}"
        );
        let m = message(&r, &[("phase", "someday")]);
        assert!(
            m.contains("`someday`") && m.contains("`now`, `later`"),
            "{m}"
        );
        let m = message(&r, &[("level", "7")]);
        assert!(
            m.contains("level 7 is not a maturity level; use 1 or 2"),
            "{m}"
        );
        let m = message(&r, &[("title", " ")]);
        assert!(m.contains("a task needs a title"), "{m}");
        let m = message(&r, &[("due", "tomorrow")]);
        assert!(m.contains("`tomorrow` is not a date"), "{m}");
        let m = message(&r, &[("cost", "50")]);
        assert!(
            m.contains("unknown field `cost` (did you mean `cost_once` or `cost_monthly`?)"),
            "{m}"
        );
        let m = message(&r, &[("id", "x")]);
        assert!(m.contains("roadmap rename"), "{m}");
        assert!(matches!(
            assign(&r, "zz", &[("owner", "x")], day(1)),
            Err(AssignError::Change(ChangeError::NoSuchTask(_)))
        ));
    }

    #[test]
    fn unknown_levels_say_which_exist() {
        let mut r = roadmap();
        assert_eq!(unknown_level(&r, 2), None);
        r.maturity = None;
        assert_eq!(
            unknown_level(&r, 2).unwrap(),
            "level 2: this roadmap has no maturity levels; leave it empty"
        );
    }
}
