//! Where each id is defined, built once and shared by the checks.
//!
//! Validation runs on every save, so it must stay fast on a 100,000-task file;
//! hashing ids is most of its work. Hence one pass per table that records
//! both first positions and repeats, one resolution of every `depends_on`
//! shared by the reference and cycle checks, and foldhash instead of SipHash
//! (about twice as fast on short ids; the keys come from the user's own file,
//! where resistance to crafted collisions buys nothing). Its fixed seed keeps
//! the model free of the clock that its random seed would read.

use crate::model::roadmap::Roadmap;
use foldhash::fast::FixedState;
use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::Hash;

/// A `depends_on` entry that names no task.
pub(super) const MISSING: usize = usize::MAX;

pub(super) struct Index<'a> {
    pub tasks: FirstSeen<&'a str>,
    pub phases: FirstSeen<&'a str>,
    pub findings: FirstSeen<&'a str>,
    /// Level number to its position in `maturity.levels`.
    pub levels: FirstSeen<u32>,
    /// Task `i`'s dependencies resolved to positions (`MISSING` when
    /// unknown), in `depends_on` order: `deps[dep_offsets[i]..dep_offsets[i + 1]]`.
    deps: Vec<usize>,
    dep_offsets: Vec<usize>,
}

impl<'a> Index<'a> {
    pub fn new(r: &'a Roadmap) -> Index<'a> {
        let levels = r.maturity.iter().flat_map(|m| m.levels.iter());
        let tasks = FirstSeen::ids(r.tasks.iter().map(|t| t.id.as_str()));
        let mut deps = Vec::with_capacity(r.tasks.len());
        let mut dep_offsets = Vec::with_capacity(r.tasks.len() + 1);
        dep_offsets.push(0);
        for task in &r.tasks {
            let resolved = task.depends_on.iter().map(|d| tasks.position(d.as_str()));
            deps.extend(resolved.map(|at| at.unwrap_or(MISSING)));
            dep_offsets.push(deps.len());
        }
        Index {
            tasks,
            phases: FirstSeen::ids(r.phases.iter().map(|p| p.id.as_str())),
            findings: FirstSeen::ids(r.findings.iter().map(|f| f.id.as_str())),
            levels: FirstSeen::new(levels.map(|l| l.level)),
            deps,
            dep_offsets,
        }
    }

    /// Where task `i`'s dependencies are, aligned with its `depends_on`.
    pub fn dependencies(&self, i: usize) -> &[usize] {
        match (self.dep_offsets.get(i), self.dep_offsets.get(i + 1)) {
            (Some(&from), Some(&to)) => &self.deps[from..to],
            _ => &[],
        }
    }
}

/// The first position of each key, and every later repeat of one. A
/// duplicated id means its first occurrence wherever it is referenced.
pub(super) struct FirstSeen<K> {
    first: HashMap<K, usize, FixedState>,
    /// (position, position of the first occurrence), in file order.
    pub repeats: Vec<(usize, usize)>,
    /// Positions of ids that are empty or not slugs, in file order: noted
    /// while each id is in cache, since a second pass over 100,000 scattered
    /// strings costs more than all the checks on them.
    pub odd: Vec<usize>,
}

impl<K: Hash + Eq> FirstSeen<K> {
    fn new(keys: impl Iterator<Item = K>) -> FirstSeen<K> {
        let mut first = HashMap::with_capacity_and_hasher(keys.size_hint().0, Default::default());
        let mut repeats = Vec::new();
        for (i, key) in keys.enumerate() {
            match first.entry(key) {
                Entry::Occupied(seen) => repeats.push((i, *seen.get())),
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
        FirstSeen {
            first,
            repeats,
            odd: Vec::new(),
        }
    }

    pub fn position<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.first.get(key).copied()
    }

    pub fn contains<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.first.contains_key(key)
    }
}

impl<'a> FirstSeen<&'a str> {
    fn ids(ids: impl Iterator<Item = &'a str>) -> FirstSeen<&'a str> {
        let mut odd = Vec::new();
        let checked = ids.enumerate().map(|(i, id)| {
            if !super::ids::is_slug(id) {
                odd.push(i);
            }
            id
        });
        let seen = FirstSeen::new(checked);
        FirstSeen { odd, ..seen }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::roadmap::{Project, Task};

    #[test]
    fn repeats_point_at_the_first_occurrence() {
        let seen = FirstSeen::ids(["a", "b", "a", "", "c", "b", "A b", "a"].into_iter());
        assert_eq!(seen.repeats, [(2, 0), (5, 1), (7, 0)]);
        assert_eq!(seen.odd, [3, 6]);
        assert_eq!(seen.position("c"), Some(4));
        assert!(!seen.contains("z"));
    }

    #[test]
    fn dependencies_resolve_once_in_order() {
        let mut r = Roadmap::new(Project::new("p"));
        let mut b = Task::new("b", "p1", "B");
        b.depends_on = vec!["a".into(), "ghost".into(), "b".into()];
        r.tasks = vec![Task::new("a", "p1", "A"), b];
        let index = Index::new(&r);
        assert_eq!(index.dependencies(0), [] as [usize; 0]);
        assert_eq!(index.dependencies(1), [0, MISSING, 1]);
        assert_eq!(index.dependencies(7), [] as [usize; 0]);
    }
}
