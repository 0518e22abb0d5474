//! The keys of each table of the format, in the order `docs/FORMAT.md` lists
//! them (each record's from the model's field tables). The decoder
//! uses the lists to spot typos, the encoder and the patcher to put keys
//! where a reader expects them. Each table may also hold a `conflict` key,
//! last: an unresolved merge conflict (`store::merge::marker`).

use crate::model::fields::{
    keys_then_conflict, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS, PHASE_FIELDS, PROJECT_FIELDS,
    TASK_FIELDS,
};
use crate::model::{Finding, Level, Person, Phase, Project, Task};

pub(crate) const ROOT_KEYS: &[&str] = &[
    "version", "project", "maturity", "findings", "phases", "people", "tasks",
];

pub(crate) const PROJECT_KEYS: &[&str] =
    &keys_then_conflict::<Project, { PROJECT_FIELDS.len() + 1 }>(PROJECT_FIELDS);

pub(crate) const MATURITY_KEYS: &[&str] = &["baseline", "scale", "levels", "conflict"];

pub(crate) const LEVEL_KEYS: &[&str] =
    &keys_then_conflict::<Level, { LEVEL_FIELDS.len() + 1 }>(LEVEL_FIELDS);

pub(crate) const FINDING_KEYS: &[&str] =
    &keys_then_conflict::<Finding, { FINDING_FIELDS.len() + 1 }>(FINDING_FIELDS);

pub(crate) const PHASE_KEYS: &[&str] =
    &keys_then_conflict::<Phase, { PHASE_FIELDS.len() + 1 }>(PHASE_FIELDS);

pub(crate) const PERSON_KEYS: &[&str] =
    &keys_then_conflict::<Person, { PERSON_FIELDS.len() + 1 }>(PERSON_FIELDS);

pub(crate) const TASK_KEYS: &[&str] =
    &keys_then_conflict::<Task, { TASK_FIELDS.len() + 1 }>(TASK_FIELDS);

/// The known key closest to a misspelt one, if any is close enough to be a
/// plausible typo (`priorty` → `priority`, `dependson` → `depends_on`).
pub(crate) fn closest_key(unknown: &str, known: &[&'static str]) -> Option<&'static str> {
    let unknown = unknown.to_lowercase();
    let limit = (unknown.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|k| (edit_distance(&unknown, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over characters; the strings are short key names.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != *cb);
            cur.push(substitute.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_key() {
        assert_eq!(closest_key("priorty", TASK_KEYS), Some("priority"));
        assert_eq!(closest_key("dependson", TASK_KEYS), Some("depends_on"));
        assert_eq!(closest_key("Status", TASK_KEYS), Some("status"));
        assert_eq!(closest_key("colour", TASK_KEYS), None);
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
