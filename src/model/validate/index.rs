//! Where each id is defined, built once and shared by the checks.
//!
//! Validation runs on every save, so it must stay fast on a 100,000-task file;
//! hashing ids is most of its work. Hence one pass per table that records
//! both first positions and repeats, one resolution of every `depends_on`
//! shared by the reference and cycle checks, and a multiply-rotate hasher
//! (FxHash's) instead of SipHash: the keys come from the user's own file,
//! where resistance to crafted collisions buys nothing.

use crate::model::roadmap::Roadmap;
use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

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
        let tasks = FirstSeen::new(r.tasks.iter().map(|t| t.id.as_str()));
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
            phases: FirstSeen::new(r.phases.iter().map(|p| p.id.as_str())),
            findings: FirstSeen::new(r.findings.iter().map(|f| f.id.as_str())),
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
    first: HashMap<K, usize, BuildHasherDefault<FastHasher>>,
    /// (position, position of the first occurrence), in file order.
    pub repeats: Vec<(usize, usize)>,
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
        FirstSeen { first, repeats }
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

/// FxHash (as in rustc): eight bytes at a time, rotate, xor, multiply.
#[derive(Default, Clone, Copy)]
pub(super) struct FastHasher(u64);

impl FastHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(n.into());
    }

    fn write_u32(&mut self, n: u32) {
        self.add(n.into());
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// Ids such as `task-17` and `task-18` differ only in their last bytes,
    /// which FxHash leaves in the high bits; murmur3's finaliser spreads them
    /// over the low bits the table indexes by.
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        x ^ (x >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::roadmap::{Project, Task};
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    #[test]
    fn repeats_point_at_the_first_occurrence() {
        let seen = FirstSeen::new(["a", "b", "a", "c", "b", "a"].into_iter());
        assert_eq!(seen.repeats, [(2, 0), (4, 1), (5, 0)]);
        assert_eq!(seen.position("c"), Some(3));
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

    #[test]
    fn similar_ids_spread_over_the_table() {
        // Ids that differ in one digit must spread like random keys (about
        // 2,590 of 4,096 buckets), not share low bits, or the table
        // degrades into long probe chains.
        let build = BuildHasherDefault::<FastHasher>::default();
        let buckets: HashSet<u64> = (0..4096)
            .map(|i| build.hash_one(format!("task-{i}").as_str()) & 4095)
            .collect();
        assert!(
            buckets.len() > 2400,
            "only {} of 4096 buckets used",
            buckets.len()
        );
    }
}
