//! Fuzzy search over each task's title, id, category and notes. The hits are
//! computed once per query (and after each change), not per frame; only the
//! highlighted characters of visible titles are computed while drawing.
//!
//! Matching is nucleo-matcher's (the helix editor's): about ten times faster
//! than fuzzy-matcher's skim on the same fields (docs/PERFORMANCE.md). A query
//! is split at spaces into words that must all match the same field, in any
//! order; case is ignored unless the query has a capital. Big plans are
//! scored on two threads.

use crate::model::{Roadmap, Task};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use std::cell::RefCell;

/// Below this many candidates a second thread costs more than it saves.
const PARALLEL_FROM: usize = 8_192;

/// Which tasks match the current query, and the best of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    /// One flag per task index.
    pub matched: Vec<bool>,
    pub count: usize,
    /// The task with the highest score (first in plan order on a tie).
    pub best: Option<usize>,
}

/// The query as nucleo reads it: words, each matched fuzzily; none of
/// nucleo's `^ $ ! '` operators, since a person searching a plan types words.
fn pattern(query: &str) -> Pattern {
    Pattern::new(
        query,
        CaseMatching::Smart,
        Normalization::Smart,
        AtomKind::Fuzzy,
    )
}

/// The task's best score for `pattern` over title, id, category and notes. A
/// match in the title or id counts double: a person searching for "health
/// check" means the task called that, not one whose notes mention it.
fn score(pattern: &Pattern, m: &mut Matcher, buf: &mut Vec<char>, task: &Task) -> Option<u32> {
    [
        (Some(task.title.as_str()), 2),
        (Some(task.id.as_str()), 2),
        (task.category.as_deref(), 1),
        (task.notes.as_deref(), 1),
    ]
    .into_iter()
    .filter_map(|(field, weight)| Some(pattern.score(Utf32Str::new(field?, buf), m)? * weight))
    .max()
}

pub fn hits(roadmap: &Roadmap, query: &str) -> Hits {
    hits_among(roadmap, query, None)
}

/// As [`hits`], looking only at the tasks `previous` matched: typing one more
/// character can only narrow a fuzzy match (each word must still match, and
/// a longer word matches fewer fields), so each keystroke scores the
/// shrinking set of hits rather than the whole plan.
pub fn hits_among(roadmap: &Roadmap, query: &str, previous: Option<&Hits>) -> Hits {
    let pattern = pattern(query);
    let tasks = &roadmap.tasks;
    let candidates = previous.map_or(tasks.len(), |p| p.count);
    let chunks: Vec<Chunk> = if candidates >= PARALLEL_FROM {
        let middle = tasks.len() / 2;
        std::thread::scope(|s| {
            let (front, back) = tasks.split_at(middle);
            let second = s.spawn(|| scan(&pattern, back, middle, previous));
            let first = scan(&pattern, front, 0, previous);
            // The scan does not panic; if it ever did, redo that half here.
            let second = second
                .join()
                .unwrap_or_else(|_| scan(&pattern, back, middle, previous));
            vec![first, second]
        })
    } else {
        vec![scan(&pattern, tasks, 0, previous)]
    };
    let mut hits = Hits {
        matched: Vec::with_capacity(tasks.len()),
        count: 0,
        best: None,
    };
    let mut best: Option<(u32, usize)> = None;
    for chunk in chunks {
        hits.matched.extend(chunk.matched);
        hits.count += chunk.count;
        if let Some((s, i)) = chunk.best {
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, i));
            }
        }
    }
    hits.best = best.map(|(_, i)| i);
    hits
}

/// The hits among a run of tasks starting at task index `first`.
struct Chunk {
    matched: Vec<bool>,
    count: usize,
    best: Option<(u32, usize)>,
}

fn scan(pattern: &Pattern, tasks: &[Task], first: usize, previous: Option<&Hits>) -> Chunk {
    let mut m = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut best: Option<(u32, usize)> = None;
    let mut count = 0;
    let matched = tasks
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let i = first + k;
            let candidate = previous.is_none_or(|p| p.matched.get(i).copied().unwrap_or(false));
            match candidate
                .then(|| score(pattern, &mut m, &mut buf, t))
                .flatten()
            {
                Some(s) => {
                    count += 1;
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, i));
                    }
                    true
                }
                None => false,
            }
        })
        .collect();
    Chunk {
        matched,
        count,
        best,
    }
}

/// Finds the characters to highlight in the titles drawn for one query.
pub struct Highlighter {
    pattern: Pattern,
    matcher: RefCell<Matcher>,
}

impl Highlighter {
    /// `None` for an empty query: nothing to highlight.
    pub fn new(query: &str) -> Option<Highlighter> {
        (!query.trim().is_empty()).then(|| Highlighter {
            pattern: pattern(query),
            matcher: RefCell::new(Matcher::new(Config::DEFAULT)),
        })
    }

    /// Character positions of the query's words in `text`, ascending; empty
    /// if it does not match.
    pub fn positions(&self, text: &str) -> Vec<usize> {
        let mut buf = Vec::new();
        let mut indices = Vec::new();
        let Ok(mut m) = self.matcher.try_borrow_mut() else {
            return Vec::new();
        };
        if self
            .pattern
            .indices(Utf32Str::new(text, &mut buf), &mut m, &mut indices)
            .is_none()
        {
            return Vec::new();
        }
        indices.sort_unstable();
        indices.dedup();
        indices.into_iter().map(|i| i as usize).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Project;

    #[test]
    fn searches_titles_ids_categories_and_notes() {
        let mut r = Roadmap::new(Project::new("p"));
        r.tasks
            .push(Task::new("deploy-worker", "w1", "Deploy worker to Railway"));
        let mut t = Task::new("backups", "w1", "Automated backups");
        t.category = Some("Database".into());
        r.tasks.push(t);
        let mut t = Task::new("uptime", "w1", "Uptime checks");
        t.notes = Some("use BetterStack".into());
        r.tasks.push(t);

        let h = hits(&r, "railway");
        assert_eq!(h.matched, [true, false, false]);
        assert_eq!(h.best, Some(0));
        assert_eq!(hits(&r, "database").matched, [false, true, false]);
        assert_eq!(hits(&r, "betterstack").best, Some(2));
        assert_eq!(hits(&r, "deploy-w").best, Some(0));
        assert_eq!(hits(&r, "zzzq").count, 0);
        // A title match beats the same words in another task's notes.
        r.tasks[0].notes = Some("the uptime checks run every minute".into());
        assert_eq!(hits(&r, "uptime checks").best, Some(2));
    }

    #[test]
    fn narrowing_a_query_gives_the_same_hits_as_searching_afresh() {
        let mut r = Roadmap::new(Project::new("p"));
        for (i, title) in [
            "Deploy worker",
            "Deploy web",
            "Backups",
            "Dev tools",
            "depl0y",
        ]
        .iter()
        .enumerate()
        {
            r.tasks.push(Task::new(format!("t{i}"), "w1", *title));
        }
        let mut previous = hits(&r, "d");
        for query in [
            "de",
            "dep",
            "depl",
            "deplo",
            "deploy",
            "deploy w",
            "deploy wo",
        ] {
            let narrowed = hits_among(&r, query, Some(&previous));
            assert_eq!(narrowed, hits(&r, query), "{query}");
            previous = narrowed;
        }
    }

    #[test]
    fn highlights_are_char_positions() {
        let h = Highlighter::new("dw").expect("a query");
        assert_eq!(h.positions("Deploy worker"), [0, 7]);
        assert!(Highlighter::new("").is_none());
        assert!(Highlighter::new("x")
            .expect("a query")
            .positions("abc")
            .is_empty());
        // Words match in any order; each is highlighted.
        let h = Highlighter::new("work dep").expect("a query");
        assert_eq!(h.positions("Deploy worker"), [0, 1, 2, 7, 8, 9, 10]);
        // Past the first character, positions count characters, not bytes.
        let h = Highlighter::new("kr").expect("a query");
        assert_eq!(h.positions("ééé kr"), [4, 5]);
    }

    #[test]
    fn a_big_plan_scored_on_two_threads_gives_the_same_hits() {
        let mut r = Roadmap::new(Project::new("p"));
        for i in 0..(PARALLEL_FROM + 100) {
            let title = if i % 7 == 0 {
                "Deploy worker"
            } else {
                "Backups"
            };
            r.tasks.push(Task::new(format!("t{i}"), "w1", title));
        }
        r.tasks[PARALLEL_FROM].title = "deploy".into();
        let parallel = hits(&r, "deploy");
        let one_thread = scan(&pattern("deploy"), &r.tasks, 0, None);
        assert_eq!(parallel.matched, one_thread.matched);
        assert_eq!(parallel.count, one_thread.count);
        assert_eq!(parallel.best, one_thread.best.map(|(_, i)| i));
        let expected = (0..r.tasks.len())
            .filter(|&i| i % 7 == 0 || i == PARALLEL_FROM)
            .count();
        assert_eq!(parallel.count, expected);
    }
}
