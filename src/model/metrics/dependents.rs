//! Task position → positions of the tasks whose `depends_on` names it, for
//! the incremental metrics. Built once as one flat list (no allocation per
//! task: at 100,000 tasks a `Vec` per depended-on task was a good part of
//! building the figures); what later changes add goes to a small side map.

use super::FastMap;

#[derive(Debug, Clone, Default)]
pub(super) struct Dependents {
    /// `flat[start[j]..start[j + 1]]` depend on `j`, ascending.
    start: Vec<usize>,
    flat: Vec<usize>,
    /// Added since the build.
    added: FastMap<usize, Vec<usize>>,
}

impl Dependents {
    /// From `(depended on, dependent)` pairs in dependent order, for `tasks` tasks.
    pub(super) fn build(tasks: usize, pairs: &[(usize, usize)]) -> Dependents {
        let mut start = vec![0usize; tasks + 1];
        for &(j, _) in pairs {
            start[j + 1] += 1;
        }
        for i in 0..tasks {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut flat = vec![0usize; pairs.len()];
        for &(j, at) in pairs {
            flat[next[j]] = at;
            next[j] += 1;
        }
        Dependents {
            start,
            flat,
            added: FastMap::default(),
        }
    }

    /// The tasks that depend (or depended) on `j`.
    pub(super) fn of(&self, j: usize) -> impl Iterator<Item = usize> + '_ {
        let built = match (self.start.get(j), self.start.get(j + 1)) {
            (Some(&a), Some(&b)) => &self.flat[a..b],
            _ => &[],
        };
        let added = self.added.get(&j).map(Vec::as_slice).unwrap_or(&[]);
        built.iter().chain(added).copied()
    }

    /// Records that `at` depends on `j`, unless already known.
    pub(super) fn add(&mut self, j: usize, at: usize) {
        if !self.of(j).any(|d| d == at) {
            self.added.entry(j).or_default().push(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_each_tasks_dependents_and_what_was_added() {
        // 2 depends on 0; 3 on 0 and 1.
        let mut d = Dependents::build(4, &[(0, 2), (0, 3), (1, 3)]);
        assert_eq!(d.of(0).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(d.of(1).collect::<Vec<_>>(), [3]);
        assert_eq!(d.of(2).count(), 0);
        d.add(0, 3);
        d.add(2, 1);
        d.add(2, 1);
        assert_eq!(d.of(0).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(d.of(2).collect::<Vec<_>>(), [1]);
        assert_eq!(d.of(9).count(), 0);
    }
}
