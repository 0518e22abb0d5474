//! Who checked off which task, from a file's versions: one entry per task
//! that became done, for `roadmap log`.
//!
//! A task becomes done in a commit when it is done there and was not done
//! in any parent's version of the file (nor, renamed, under its old id).
//! So a merge brings no completions of its own unless it settles one
//! itself, and the tasks already done when the file was first committed
//! count there. A task checked off on two branches is one entry, for the
//! earlier day (the day a merge keeps); one checked off, unchecked and
//! checked off again is one entry, for the last time. A task whose id
//! changed (same title, new id) is one task, shown under its latest id.
//! The day is the task's `done_on` when it has one, else the commit's date,
//! and the entries are in day order (commit order within a day).

use super::{Completion, Version, Versions};
use crate::model::{Roadmap, Status, Task};
use std::collections::{HashMap, HashSet};

impl Versions {
    /// Every task that became done, once each, in day order.
    pub fn completions(&self) -> Vec<Completion> {
        let listed: HashMap<&str, &Roadmap> = self
            .versions
            .iter()
            .filter_map(|v| Some((v.revision.commit.as_str(), v.roadmap.as_ref()?)))
            .collect();
        let mut tracker = Tracker::default();
        let mut previous: Option<&Roadmap> = None;
        for version in &self.versions {
            let Some(now) = &version.roadmap else {
                continue;
            };
            let mut before: Vec<&Roadmap> = version
                .revision
                .parents
                .iter()
                .filter_map(|p| listed.get(p.as_str()).copied().or(self.parents.get(p)))
                .collect();
            // A parent whose version did not load: the last version that did.
            if before.is_empty() && !version.revision.parents.is_empty() {
                before.extend(previous);
            }
            previous = Some(now);
            // Nothing to compare with: the file's first version, whose done
            // tasks arrived done rather than being checked off here.
            let first = before.is_empty();
            let before: Vec<HashMap<&str, &Task>> = before.into_iter().map(index).collect();
            let renamed = renames(&before, now);
            for (new, old) in &renamed {
                tracker.rename(old, new);
            }
            for task in &now.tasks {
                let old = renamed.get(task.id.as_str()).copied();
                let done_before = before.iter().any(|tasks| {
                    [Some(task.id.as_str()), old]
                        .into_iter()
                        .flatten()
                        .any(|id| tasks.get(id).is_some_and(|t| t.status == Status::Done))
                });
                match (task.status == Status::Done, done_before) {
                    (true, false) => tracker.completed(completion(version, now, task, first)),
                    (false, true) => tracker.undone(&task.id),
                    _ => {}
                }
            }
        }
        tracker.finish()
    }
}

fn index(r: &Roadmap) -> HashMap<&str, &Task> {
    r.tasks.iter().map(|t| (t.id.as_str(), t)).collect()
}

/// New id to old id, for each task of `now` whose id no parent has and
/// whose title exactly one task has that `now` no longer has by its id.
fn renames<'a>(
    before: &[HashMap<&'a str, &'a Task>],
    now: &'a Roadmap,
) -> HashMap<&'a str, &'a str> {
    let ids_now: HashSet<&str> = now.tasks.iter().map(|t| t.id.as_str()).collect();
    let mut gone: HashMap<&str, Vec<&str>> = HashMap::new();
    for tasks in before {
        for (id, t) in tasks {
            if !ids_now.contains(id) {
                let ids = gone.entry(t.title.as_str()).or_default();
                if !ids.contains(id) {
                    ids.push(id);
                }
            }
        }
    }
    if gone.is_empty() {
        return HashMap::new();
    }
    let mut new_by_title: HashMap<&str, Vec<&str>> = HashMap::new();
    for t in &now.tasks {
        if !before.iter().any(|tasks| tasks.contains_key(t.id.as_str())) {
            new_by_title.entry(&t.title).or_default().push(&t.id);
        }
    }
    new_by_title
        .into_iter()
        .filter_map(
            |(title, news)| match (news.as_slice(), gone.get(title)?.as_slice()) {
                ([new], [old]) => Some((*new, *old)),
                _ => None,
            },
        )
        .collect()
}

fn completion(version: &Version, now: &Roadmap, task: &Task, first: bool) -> Completion {
    let r = &version.revision;
    Completion {
        first,
        commit: r.commit.clone(),
        date: r.date,
        done_on: task.done_on,
        author: r.author.clone(),
        task: task.id.clone(),
        title: task.title.clone(),
        effort: task.effort,
        cost_once: task.cost_once,
        cost_monthly: task.cost_monthly,
        currency: now.project.currency.clone(),
    }
}

/// The one entry each task gets, across renames and repeated check-offs.
#[derive(Default)]
struct Tracker {
    /// Each id a task has had, to the id it was first seen under.
    keys: HashMap<String, String>,
    /// The entry standing for each task, and whether the task was
    /// unchecked since.
    entries: HashMap<String, (Completion, bool)>,
    /// The tasks in the order their first entry came.
    order: Vec<String>,
}

impl Tracker {
    fn key(&self, id: &str) -> String {
        self.keys.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    fn rename(&mut self, old: &str, new: &str) {
        let key = self.key(old);
        if let Some((entry, _)) = self.entries.get_mut(&key) {
            entry.task = new.to_string();
        }
        self.keys.insert(new.to_string(), key);
    }

    fn completed(&mut self, c: Completion) {
        let key = self.key(&c.task);
        match self.entries.get_mut(&key) {
            None => {
                self.order.push(key.clone());
                self.entries.insert(key, (c, false));
            }
            // Checked off again after an uncheck: this one stands. Checked
            // off on another branch too: the earlier day stands.
            Some((entry, undone)) => {
                if *undone || c.day() < entry.day() {
                    *entry = c;
                    *undone = false;
                }
            }
        }
    }

    fn undone(&mut self, id: &str) {
        if let Some((_, undone)) = self.entries.get_mut(&self.key(id)) {
            *undone = true;
        }
    }

    fn finish(mut self) -> Vec<Completion> {
        let mut out: Vec<Completion> = self
            .order
            .iter()
            .filter_map(|key| self.entries.remove(key).map(|(c, _)| c))
            .collect();
        out.sort_by_key(Completion::day);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::versions::Revision;
    use crate::model::{Project, Task};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, d).unwrap()
    }

    /// A roadmap whose tasks are `(id, title, done_on)`; done when dated.
    fn roadmap(tasks: &[(&str, &str, Option<u32>)]) -> Roadmap {
        let mut r = Roadmap::new(Project::new("P"));
        r.tasks = tasks
            .iter()
            .map(|(id, title, done)| {
                let mut t = Task::new(*id, "p", *title);
                if let Some(d) = done {
                    t.status = Status::Done;
                    t.done_on = Some(day(*d));
                }
                t
            })
            .collect();
        r
    }

    fn version(commit: &str, parents: &[&str], d: u32, r: Roadmap) -> Version {
        Version {
            revision: Revision {
                commit: commit.into(),
                parents: parents.iter().map(|p| p.to_string()).collect(),
                date: day(d),
                author: format!("author-{commit}"),
                path: "roadmap.toml".into(),
            },
            roadmap: Some(r),
        }
    }

    fn log(versions: Vec<Version>) -> Vec<(String, NaiveDate, String)> {
        Versions {
            versions,
            parents: HashMap::new(),
            first: None,
        }
        .completions()
        .into_iter()
        .map(|c| (c.task.clone(), c.day(), c.commit))
        .collect()
    }

    #[test]
    fn tasks_done_in_the_first_commit_are_listed_with_their_done_on() {
        let got = log(vec![version(
            "c1",
            &[],
            9,
            roadmap(&[("a", "A", Some(2)), ("b", "B", None)]),
        )]);
        assert_eq!(got, [("a".into(), day(2), "c1".into())]);
    }

    #[test]
    fn a_task_checked_off_on_two_branches_is_listed_once_for_the_earlier_day() {
        let got = log(vec![
            version("c1", &[], 1, roadmap(&[("a", "A", None)])),
            version("c2", &["c1"], 3, roadmap(&[("a", "A", Some(3))])),
            version("c3", &["c1"], 4, roadmap(&[("a", "A", Some(2))])),
            version("m", &["c2", "c3"], 5, roadmap(&[("a", "A", Some(2))])),
        ]);
        assert_eq!(got, [("a".into(), day(2), "c3".into())]);
    }

    #[test]
    fn a_renamed_task_is_one_task_under_its_latest_id() {
        let got = log(vec![
            version("c1", &[], 1, roadmap(&[("a", "Backups", None)])),
            version("c2", &["c1"], 2, roadmap(&[("a", "Backups", Some(2))])),
            version(
                "c3",
                &["c2"],
                3,
                roadmap(&[("nightly", "Backups", Some(2))]),
            ),
        ]);
        assert_eq!(got, [("nightly".into(), day(2), "c2".into())]);
    }

    #[test]
    fn checked_off_again_after_an_uncheck_the_last_time_stands() {
        let got = log(vec![
            version("c1", &[], 1, roadmap(&[("a", "A", None)])),
            version("c2", &["c1"], 2, roadmap(&[("a", "A", Some(2))])),
            version("c3", &["c2"], 3, roadmap(&[("a", "A", None)])),
            version("c4", &["c3"], 6, roadmap(&[("a", "A", Some(6))])),
        ]);
        assert_eq!(got, [("a".into(), day(6), "c4".into())]);
    }

    #[test]
    fn without_done_on_the_commit_date_is_the_day_and_days_order_the_list() {
        let mut undated = roadmap(&[("a", "A", None), ("b", "B", Some(1))]);
        undated.tasks[0].status = Status::Done;
        let got = log(vec![
            version("c1", &[], 1, roadmap(&[("a", "A", None), ("b", "B", None)])),
            version("c2", &["c1"], 5, undated),
        ]);
        assert_eq!(
            got,
            [
                ("b".into(), day(1), "c2".into()),
                ("a".into(), day(5), "c2".into())
            ]
        );
    }
}
