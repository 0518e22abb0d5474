//! Fuzzy search over each task's title, id, category and notes. The hits are
//! computed once per query (and after each change), not per frame; only the
//! highlighted characters of visible titles are computed while drawing.

use crate::model::{Roadmap, Task};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Which tasks match the current query, and the best of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    /// One flag per task index.
    pub matched: Vec<bool>,
    pub count: usize,
    /// The task with the highest score (first in plan order on a tie).
    pub best: Option<usize>,
}

pub fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().smart_case()
}

/// The task's best score for `query` over title, id, category and notes. A
/// match in the title or id counts double: a person searching for "health
/// check" means the task called that, not one whose notes mention it.
pub fn score(m: &SkimMatcherV2, task: &Task, query: &str) -> Option<i64> {
    [
        (Some(task.title.as_str()), 2),
        (Some(task.id.as_str()), 2),
        (task.category.as_deref(), 1),
        (task.notes.as_deref(), 1),
    ]
    .into_iter()
    .filter_map(|(field, weight)| Some(m.fuzzy_match(field?, query)? * weight))
    .max()
}

pub fn hits(roadmap: &Roadmap, query: &str) -> Hits {
    hits_among(roadmap, query, None)
}

/// As [`hits`], looking only at the tasks `previous` matched: typing one more
/// character can only narrow a fuzzy match (a subsequence of the longer
/// query is a subsequence of the shorter one), so each keystroke scores the
/// shrinking set of hits rather than the whole plan.
pub fn hits_among(roadmap: &Roadmap, query: &str, previous: Option<&Hits>) -> Hits {
    let m = matcher();
    let mut best: Option<(i64, usize)> = None;
    let mut count = 0;
    let candidate = |i: usize| previous.is_none_or(|p| p.matched.get(i).copied().unwrap_or(false));
    let matched = roadmap
        .tasks
        .iter()
        .enumerate()
        .map(
            |(i, t)| match candidate(i).then(|| score(&m, t, query)).flatten() {
                Some(s) => {
                    count += 1;
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, i));
                    }
                    true
                }
                None => false,
            },
        )
        .collect();
    Hits {
        matched,
        count,
        best: best.map(|(_, i)| i),
    }
}

/// Character positions of `query` in `text` to highlight, if it matches.
pub fn highlights(m: &SkimMatcherV2, text: &str, query: &str) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    m.fuzzy_indices(text, query)
        .map(|(_, idx)| idx)
        .unwrap_or_default()
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
        let m = matcher();
        assert_eq!(highlights(&m, "Deploy worker", "dw"), [0, 7]);
        assert!(highlights(&m, "abc", "").is_empty());
        assert!(highlights(&m, "abc", "x").is_empty());
    }
}
