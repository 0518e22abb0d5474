//! Merging one item field by field: a field one side changed takes that
//! side's value, a field both changed alike takes it, a field both changed
//! differently keeps ours and becomes a [`Conflict`]. Id lists (`findings`,
//! `depends_on`, `requires`) merge as sets, so two people adding different
//! dependencies never conflict.
//!
//! Fields are compared by their canonical TOML text, the same text the
//! store writes, so "changed" means "would change a line of the file".

use crate::model::fields::{
    field, Field, Kind, Value as FieldValue, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS,
    PHASE_FIELDS, PROJECT_FIELDS, TASK_FIELDS,
};
use crate::model::{
    Conflict, Finding, Level, Maturity, Part, Person, Phase, Project, Status, Task,
};
use crate::store::encode::{
    finding_fields, level_fields, maturity_fields, person_fields, phase_fields, project_fields,
    task_fields, Fields,
};
use std::borrow::Cow;
use toml_edit::Value;

/// A part of a roadmap with named fields, as the file writes them.
pub(crate) trait Fielded: Clone + PartialEq {
    /// The fields in canonical order; the same keys whatever the values.
    fn fields(&self) -> Fields;
    /// Copies field `key` from `from`.
    fn take(&mut self, from: &Self, key: &str);
    /// The id list under `key`, for the fields merged as sets.
    fn list(&self, _key: &str) -> Option<&[String]> {
        None
    }
    /// Replaces the id list under `key`.
    fn set_list(&mut self, _key: &str, _ids: Vec<String>) {}
    /// Settles a field both sides changed differently without a conflict,
    /// where the meaning allows it; true when settled.
    fn settle(&mut self, _key: &str, _ours: &Self, _theirs: &Self) -> bool {
        false
    }
}

/// An item kept in a list and matched across versions by its identity.
pub(crate) trait Record: Fielded {
    fn identity(&self) -> String;
    fn part(&self) -> Part;
    /// The ids this item refers to, with the part each names.
    fn references(&self) -> Vec<Part> {
        Vec::new()
    }
}

/// Merges one item present on both sides; `base` is `None` when both
/// sides added it. Conflicts are pushed onto `conflicts`.
pub(crate) fn merge_fields<T: Fielded>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    part: &Part,
    conflicts: &mut Vec<Conflict>,
) -> T {
    if ours == theirs || base == Some(theirs) {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    let base_fields = base.map(Fielded::fields);
    let (ours_fields, theirs_fields) = (ours.fields(), theirs.fields());
    let mut merged = ours.clone();
    for (i, ((key, o), (_, t))) in ours_fields.iter().zip(&theirs_fields).enumerate() {
        let b = base_fields.as_ref().and_then(|f| f.get(i)).map(|(_, v)| v);
        let (o_text, t_text) = (canonical(o), canonical(t));
        if o_text == t_text {
            continue;
        }
        if let (Some(o), Some(t)) = (ours.list(key), theirs.list(key)) {
            let b = base.and_then(|b| b.list(key)).unwrap_or(&[]);
            merged.set_list(key, merge_set(b, o, t));
            continue;
        }
        match b.map(canonical) {
            Some(b_text) if b_text == o_text => merged.take(theirs, key),
            Some(b_text) if b_text == t_text => {}
            _ => {
                if !merged.settle(key, ours, theirs) {
                    conflicts.push(Conflict {
                        part: part.clone(),
                        field: (*key).to_string(),
                        ours: o.as_ref().map(display),
                        theirs: t.as_ref().map(display),
                        base: b.and_then(|b| b.as_ref().map(display)),
                    });
                }
            }
        }
    }
    merged
}

/// The names of the fields that differ between two versions of an item.
pub(crate) fn changed_fields<T: Fielded>(from: &T, to: &T) -> Vec<&'static str> {
    from.fields()
        .into_iter()
        .zip(to.fields())
        .filter(|((_, a), (_, b))| canonical(a) != canonical(b))
        .map(|((key, _), _)| key)
        .collect()
}

/// The text of field `key` of `item`, as a conflict entry records it.
pub(crate) fn field_text<T: Fielded>(item: &T, key: &str) -> Option<String> {
    item.fields()
        .into_iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.as_ref().map(display))
}

/// A three-way merge of a set of ids, in ours' order with theirs' new ids
/// after: an id either side removed is removed, one either side added is
/// added.
pub(crate) fn merge_set(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    let dropped = |id: &String| base.contains(id) && (!ours.contains(id) || !theirs.contains(id));
    let mut out: Vec<String> = ours.iter().filter(|id| !dropped(id)).cloned().collect();
    for id in theirs {
        if !dropped(id) && !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// Copies field `key` of a record declared in the model's `fields` table.
fn take_field<R>(fields: &'static [Field<R>], to: &mut R, from: &R, key: &str) {
    if let Some(f) = field(fields, key) {
        (f.set)(to, (f.get)(from));
    }
}

/// The id list under `key` of a record declared in `fields`.
fn list_field<'r, R>(
    fields: &'static [Field<R>],
    record: &'r R,
    key: &str,
) -> Option<&'r [String]> {
    match field(fields, key).and_then(|f| (f.get)(record)) {
        Some(FieldValue::Ids(Cow::Borrowed(ids))) => Some(ids),
        _ => None,
    }
}

fn set_list_field<R>(fields: &'static [Field<R>], record: &mut R, key: &str, ids: Vec<String>) {
    if let Some(f) = field(fields, key).filter(|f| f.kind == Kind::Ids) {
        (f.set)(record, Some(FieldValue::Ids(Cow::Owned(ids))));
    }
}

fn canonical(value: &Option<Value>) -> Option<String> {
    value.as_ref().map(Value::to_string)
}

/// A value as a person reads it: a string's text, anything else as TOML.
fn display(value: &Value) -> String {
    match value.as_str() {
        Some(text) => text.to_string(),
        None => value.to_string().trim().to_string(),
    }
}

impl Fielded for Task {
    fn fields(&self) -> Fields {
        task_fields(self)
    }
    fn take(&mut self, from: &Task, key: &str) {
        take_field(TASK_FIELDS, self, from, key);
    }
    fn list(&self, key: &str) -> Option<&[String]> {
        list_field(TASK_FIELDS, self, key)
    }
    fn set_list(&mut self, key: &str, ids: Vec<String>) {
        set_list_field(TASK_FIELDS, self, key, ids);
    }
    /// Both checked the task off on different days: the first check-off
    /// is when it was done.
    fn settle(&mut self, key: &str, ours: &Task, theirs: &Task) -> bool {
        match (key, ours.done_on, theirs.done_on) {
            ("done_on", Some(a), Some(b))
                if ours.status == Status::Done && theirs.status == Status::Done =>
            {
                self.done_on = Some(a.min(b));
                true
            }
            _ => false,
        }
    }
}

impl Record for Task {
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn part(&self) -> Part {
        Part::Task(self.id.clone())
    }
    fn references(&self) -> Vec<Part> {
        let mut parts = vec![Part::Phase(self.phase.clone())];
        parts.extend(self.findings.iter().cloned().map(Part::Finding));
        parts.extend(self.depends_on.iter().cloned().map(Part::Task));
        parts.extend(self.level.map(Part::Level));
        parts
    }
}

impl Fielded for Phase {
    fn fields(&self) -> Fields {
        phase_fields(self)
    }
    fn take(&mut self, from: &Phase, key: &str) {
        take_field(PHASE_FIELDS, self, from, key);
    }
}

impl Record for Phase {
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn part(&self) -> Part {
        Part::Phase(self.id.clone())
    }
}

impl Fielded for Person {
    fn fields(&self) -> Fields {
        person_fields(self)
    }
    fn take(&mut self, from: &Person, key: &str) {
        take_field(PERSON_FIELDS, self, from, key);
    }
    fn list(&self, key: &str) -> Option<&[String]> {
        list_field(PERSON_FIELDS, self, key)
    }
    fn set_list(&mut self, key: &str, ids: Vec<String>) {
        set_list_field(PERSON_FIELDS, self, key, ids);
    }
}

impl Record for Person {
    fn identity(&self) -> String {
        self.name.clone()
    }
    fn part(&self) -> Part {
        Part::Person(self.name.clone())
    }
}

impl Fielded for Finding {
    fn fields(&self) -> Fields {
        finding_fields(self)
    }
    fn take(&mut self, from: &Finding, key: &str) {
        take_field(FINDING_FIELDS, self, from, key);
    }
}

impl Record for Finding {
    fn identity(&self) -> String {
        self.id.clone()
    }
    fn part(&self) -> Part {
        Part::Finding(self.id.clone())
    }
}

impl Fielded for Level {
    fn fields(&self) -> Fields {
        level_fields(self)
    }
    fn take(&mut self, from: &Level, key: &str) {
        take_field(LEVEL_FIELDS, self, from, key);
    }
    fn list(&self, key: &str) -> Option<&[String]> {
        list_field(LEVEL_FIELDS, self, key)
    }
    fn set_list(&mut self, key: &str, ids: Vec<String>) {
        set_list_field(LEVEL_FIELDS, self, key, ids);
    }
}

impl Record for Level {
    fn identity(&self) -> String {
        self.level.to_string()
    }
    fn part(&self) -> Part {
        Part::Level(self.level)
    }
    fn references(&self) -> Vec<Part> {
        self.requires.iter().cloned().map(Part::Task).collect()
    }
}

impl Fielded for Project {
    fn fields(&self) -> Fields {
        project_fields(self)
    }
    fn take(&mut self, from: &Project, key: &str) {
        take_field(PROJECT_FIELDS, self, from, key);
    }
}

/// The maturity table's own values; its levels merge as a list.
impl Fielded for Maturity {
    fn fields(&self) -> Fields {
        maturity_fields(self)
    }
    fn take(&mut self, from: &Maturity, key: &str) {
        match key {
            "baseline" => self.baseline = from.baseline,
            "scale" => self.scale = from.scale,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Effort;
    use chrono::NaiveDate;

    fn task(effort: &str) -> Task {
        Task {
            effort: Effort::parse(effort).ok(),
            ..Task::new("a", "p", "A")
        }
    }

    #[test]
    fn each_side_keeps_its_own_change() {
        let base = task("3h");
        let mut ours = base.clone();
        ours.owner = Some("ana".into());
        let mut theirs = base.clone();
        theirs.effort = Effort::parse("6h").ok();
        let mut conflicts = Vec::new();
        let merged = merge_fields(Some(&base), &ours, &theirs, &base.part(), &mut conflicts);
        assert_eq!(merged.owner.as_deref(), Some("ana"));
        assert_eq!(merged.effort, Effort::parse("6h").ok());
        assert!(conflicts.is_empty());
    }

    #[test]
    fn different_changes_to_one_field_conflict_and_keep_ours() {
        let base = task("3h");
        let (ours, theirs) = (task("4h"), task("6h"));
        let mut conflicts = Vec::new();
        let merged = merge_fields(Some(&base), &ours, &theirs, &base.part(), &mut conflicts);
        assert_eq!(merged, ours);
        assert_eq!(
            conflicts,
            [Conflict {
                part: Part::Task("a".into()),
                field: "effort".into(),
                ours: Some("4h".into()),
                theirs: Some("6h".into()),
                base: Some("3h".into()),
            }]
        );
        assert_eq!(
            conflicts[0].to_string(),
            "conflict in task `a` field `effort`: ours \"4h\", theirs \"6h\" (base \"3h\")"
        );
    }

    #[test]
    fn a_value_removed_on_one_side_and_changed_on_the_other_conflicts() {
        let base = task("3h");
        let mut ours = base.clone();
        ours.effort = None;
        let theirs = task("6h");
        let mut conflicts = Vec::new();
        merge_fields(Some(&base), &ours, &theirs, &base.part(), &mut conflicts);
        assert_eq!(conflicts[0].ours, None);
        assert_eq!(conflicts[0].theirs.as_deref(), Some("6h"));
    }

    #[test]
    fn id_lists_merge_as_sets() {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            merge_set(&ids(&["a", "b"]), &ids(&["a", "b", "c"]), &ids(&["b", "d"])),
            ids(&["b", "c", "d"])
        );
        let mut base = task("3h");
        base.depends_on = ids(&["x"]);
        let mut ours = base.clone();
        ours.depends_on.push("y".into());
        let mut theirs = base.clone();
        theirs.depends_on = ids(&["z"]);
        let mut conflicts = Vec::new();
        let merged = merge_fields(Some(&base), &ours, &theirs, &base.part(), &mut conflicts);
        assert_eq!(merged.depends_on, ids(&["y", "z"]));
        assert!(conflicts.is_empty());
    }

    #[test]
    fn two_check_offs_of_one_task_keep_the_first_date() {
        let base = task("3h");
        let done = |day| Task {
            status: Status::Done,
            done_on: NaiveDate::from_ymd_opt(2025, 11, day),
            ..base.clone()
        };
        let mut conflicts = Vec::new();
        let merged = merge_fields(
            Some(&base),
            &done(5),
            &done(3),
            &base.part(),
            &mut conflicts,
        );
        assert_eq!(merged, done(3));
        assert!(conflicts.is_empty());
    }

    #[test]
    fn items_added_on_both_sides_conflict_with_no_base() {
        let (ours, theirs) = (task("4h"), task("6h"));
        let mut conflicts = Vec::new();
        merge_fields(None, &ours, &theirs, &ours.part(), &mut conflicts);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].base, None);
        assert!(conflicts[0].to_string().ends_with("(base none)"));
    }
}
