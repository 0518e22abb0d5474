//! Merging a list of items (tasks, phases, findings, levels) matched by
//! identity: which items survive, and in what order.
//!
//! Survival: an item both sides kept merges field by field; one side
//! deleted and the other left alone is deleted; one side deleted and the
//! other changed is kept, with a conflict on the whole item, since deleting
//! it would silently drop someone's work; one side added is added.
//!
//! Order: when neither side moved items around, every item is placed by
//! the original items around it: a new item sits between the nearest
//! original items before and after it on its side, and new items in the
//! same gap keep their side's order. So two people adding tasks after
//! different tasks get the same file whichever side merges, and the same
//! as if one had made their edits after the other. When a side reordered,
//! its order (ours, if both did) is the skeleton, and the other side's new
//! items follow the item they follow on their side.

use super::fields::{changed_fields, merge_fields, Record};
use crate::model::{Conflict, Part};
use std::collections::{HashMap, HashSet};

/// Merges three versions of a list; conflicts are pushed onto `conflicts`.
pub(crate) fn merge_list<T: Record>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    if ours == theirs || base == theirs {
        return ours.to_vec();
    }
    if base == ours {
        return theirs.to_vec();
    }
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut kept: HashMap<String, T> = HashMap::with_capacity(ours.len().max(theirs.len()));
    let ids = ours.iter().chain(theirs).map(Record::identity);
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            continue;
        }
        let (bi, oi, ti) = (b.get(&id), o.get(&id), t.get(&id));
        let item = survivor(
            bi.map(|&i| &base[i]),
            oi.map(|&i| &ours[i]),
            ti.map(|&i| &theirs[i]),
            conflicts,
        );
        if let Some(item) = item {
            kept.insert(id, item);
        }
    }
    order(base, ours, theirs, &b, &o)
        .into_iter()
        .filter_map(|id| kept.remove(&id))
        .collect()
}

/// The merged item, or `None` when it is deleted.
fn survivor<T: Record>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
    conflicts: &mut Vec<Conflict>,
) -> Option<T> {
    match (base, ours, theirs) {
        (_, Some(o), Some(t)) => Some(merge_fields(base, o, t, &o.part(), conflicts)),
        (Some(b), Some(o), None) if o != b => {
            conflicts.push(whole(o.part(), Some(changed(b, o)), Some("deleted".into())));
            Some(o.clone())
        }
        (Some(b), None, Some(t)) if t != b => {
            conflicts.push(whole(t.part(), Some("deleted".into()), Some(changed(b, t))));
            Some(t.clone())
        }
        (None, Some(o), None) => Some(o.clone()),
        (None, None, Some(t)) => Some(t.clone()),
        _ => None,
    }
}

/// A conflict over a whole item.
pub(crate) fn whole(part: Part, ours: Option<String>, theirs: Option<String>) -> Conflict {
    Conflict {
        part,
        field: Conflict::WHOLE.into(),
        ours,
        theirs,
        base: None,
    }
}

/// "changed effort, status": what a side did to an item the other deleted.
fn changed<T: Record>(base: &T, now: &T) -> String {
    format!("changed {}", changed_fields(base, now).join(", "))
}

fn by_id<T: Record>(items: &[T]) -> HashMap<String, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        map.entry(item.identity()).or_insert(i);
    }
    map
}

/// The ids of the merged list in order (deleted ones included; the caller
/// drops them).
fn order<T: Record>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    b: &HashMap<String, usize>,
    o: &HashMap<String, usize>,
) -> Vec<String> {
    let t = by_id(theirs);
    let (ours_moved, theirs_moved) = (reordered(base, ours, b), reordered(base, theirs, b));
    if !ours_moved && !theirs_moved {
        return between_originals(base.len(), ours, theirs, b);
    }
    let (skeleton, other, other_ids) = if theirs_moved && !ours_moved {
        (theirs, ours, o)
    } else {
        (ours, theirs, &t)
    };
    let skeleton_ids: Vec<String> = skeleton.iter().map(Record::identity).collect();
    // The skeleton side's own additions: where the other side's items wait behind.
    let own_new = |id: &str| !b.contains_key(id) && !other_ids.contains_key(id);
    // For each skeleton position, the last position of the run of its own
    // additions that follows it.
    let mut run_end: Vec<usize> = (0..skeleton_ids.len()).collect();
    for i in (0..skeleton_ids.len().saturating_sub(1)).rev() {
        if own_new(&skeleton_ids[i + 1]) {
            run_end[i] = run_end[i + 1];
        }
    }
    let front_end = skeleton_ids.iter().take_while(|id| own_new(id)).count();
    // Items of the other side not in the skeleton, grouped by the skeleton
    // position they follow (`None`: before everything).
    let mut after: HashMap<Option<usize>, Vec<String>> = HashMap::new();
    let position: HashMap<&str, usize> = skeleton_ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut anchor: Option<usize> = front_end.checked_sub(1);
    for item in other {
        let id = item.identity();
        match position.get(id.as_str()) {
            Some(&i) => anchor = Some(run_end[i]),
            None => after.entry(anchor).or_default().push(id),
        }
    }
    let mut out = Vec::with_capacity(skeleton_ids.len() + other.len());
    let mut place = |key: Option<usize>, out: &mut Vec<String>| {
        if let Some(ids) = after.remove(&key) {
            out.extend(ids);
        }
    };
    place(None, &mut out);
    for (i, id) in skeleton_ids.iter().enumerate() {
        out.push(id.clone());
        place(Some(i), &mut out);
    }
    out
}

/// The order of items placed by the original items around them: an
/// original at its base position, a new one between the nearest originals
/// before and after it on its side (ties: ours first, then list order).
fn between_originals<T: Record>(
    base_len: usize,
    ours: &[T],
    theirs: &[T],
    b: &HashMap<String, usize>,
) -> Vec<String> {
    // Positions in the base, shifted by one so that 0 is "before all".
    let mut keyed: Vec<((usize, usize, u8, usize), String)> =
        Vec::with_capacity(ours.len() + theirs.len());
    let mut seen = HashSet::new();
    for (rank, side) in [ours, theirs].into_iter().enumerate() {
        let ids: Vec<String> = side.iter().map(Record::identity).collect();
        let at = |id: &String| b.get(id).map(|&i| i + 1);
        let mut after = vec![base_len + 1; ids.len()];
        let mut next = base_len + 1;
        for (i, id) in ids.iter().enumerate().rev() {
            after[i] = next;
            next = at(id).unwrap_or(next);
        }
        let mut before = 0;
        for (i, id) in ids.into_iter().enumerate() {
            let key = match at(&id) {
                Some(p) => {
                    before = p;
                    (p, p, 0, 0)
                }
                None => (before, after[i], rank as u8, i),
            };
            if seen.insert(id.clone()) {
                keyed.push((key, id));
            }
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// Whether `side` lists the items it shares with `base` in another order.
fn reordered<T: Record>(base: &[T], side: &[T], b: &HashMap<String, usize>) -> bool {
    let positions: Vec<usize> = side
        .iter()
        .filter_map(|item| b.get(&item.identity()).copied())
        .collect();
    !positions.windows(2).all(|w| w[0] < w[1]) && !base.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Status, Task};

    fn tasks(ids: &[&str]) -> Vec<Task> {
        ids.iter()
            .map(|id| Task::new(*id, "p", id.to_uppercase()))
            .collect()
    }

    fn ids(list: &[Task]) -> Vec<&str> {
        list.iter().map(|t| t.id.as_str()).collect()
    }

    #[test]
    fn additions_on_both_sides_land_after_their_neighbours() {
        let base = tasks(&["a", "b", "c"]);
        let ours = tasks(&["a", "x", "b", "c"]);
        let theirs = tasks(&["a", "b", "c", "y"]);
        let mut conflicts = Vec::new();
        let merged = merge_list(&base, &ours, &theirs, &mut conflicts);
        assert_eq!(ids(&merged), ["a", "x", "b", "c", "y"]);
        assert!(conflicts.is_empty());
    }

    #[test]
    fn their_addition_waits_behind_ours_after_a_deleted_neighbour() {
        // Theirs added y after q and deleted q; ours added x after r.
        let base = tasks(&["r", "q"]);
        let ours = tasks(&["r", "x", "q"]);
        let theirs = tasks(&["r", "y"]);
        let mut conflicts = Vec::new();
        let merged = merge_list(&base, &ours, &theirs, &mut conflicts);
        assert_eq!(ids(&merged), ["r", "x", "y"]);
    }

    #[test]
    fn a_reorder_on_one_side_is_kept() {
        let base = tasks(&["a", "b", "c"]);
        let ours = tasks(&["a", "b", "c", "x"]);
        let theirs = tasks(&["c", "a", "b"]);
        let mut conflicts = Vec::new();
        let merged = merge_list(&base, &ours, &theirs, &mut conflicts);
        // Theirs moved `c` first; ours' new `x` still follows `c`.
        assert_eq!(ids(&merged), ["c", "x", "a", "b"]);
    }

    #[test]
    fn deletions_apply_unless_the_other_side_changed_the_item() {
        let base = tasks(&["a", "b", "c"]);
        let ours = tasks(&["a", "c"]);
        let mut theirs = tasks(&["a", "b"]);
        theirs[0].status = Status::Doing;
        let mut conflicts = Vec::new();
        let merged = merge_list(&base, &ours, &theirs, &mut conflicts);
        assert_eq!(ids(&merged), ["a"]);
        assert_eq!(merged[0].status, Status::Doing);
        assert!(conflicts.is_empty());

        let mut ours = tasks(&["a", "c"]);
        ours[1].status = Status::Done;
        let theirs = tasks(&["a", "b"]);
        let merged = merge_list(&base, &ours, &theirs, &mut conflicts);
        assert_eq!(ids(&merged), ["a", "c"], "a changed item is not deleted");
        assert_eq!(
            conflicts,
            [whole(
                Part::Task("c".into()),
                Some("changed status".into()),
                Some("deleted".into())
            )]
        );
    }

    #[test]
    fn additions_at_the_front_stay_at_the_front() {
        let base = tasks(&["a"]);
        let ours = tasks(&["x", "a"]);
        let theirs = tasks(&["y", "a"]);
        let mut conflicts = Vec::new();
        assert_eq!(
            ids(&merge_list(&base, &ours, &theirs, &mut conflicts)),
            ["x", "y", "a"]
        );
    }
}
