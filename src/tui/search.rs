//! Fuzzy search over each task's title, id, category and notes. The hits are
//! computed once per query (and after each change), not per frame; only the
//! highlighted characters of visible titles are computed while drawing.
//!
//! Matching is nucleo-matcher's (the helix editor's): about ten times faster
//! than fuzzy-matcher's skim on the same fields (docs/PERFORMANCE.md). A query
//! is split at spaces into words that must all match the same field, in any
//! order; case is ignored unless the query has a capital. Big plans are
//! scored on two threads. A search may look at the titles only
//! ([`Fields::Titles`], ctrl-t in the prompt).
//!
//! Which tasks match, and the best, are all a keystroke needs; the hits in
//! rank order (for `n` / `N`) are scored in full only when first asked for
//! ([`ranked`]), over the matched tasks alone.

use crate::model::{Roadmap, Task};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use std::cell::RefCell;

/// Below this many candidates a second thread costs more than it saves.
const PARALLEL_FROM: usize = 8_192;

/// Which of a task's fields a search reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Fields {
    /// Title, id, category and notes.
    #[default]
    All,
    /// The title alone: "backup" finds the tasks called that, not every
    /// task whose notes mention backups.
    Titles,
}

/// Which tasks match the current query, and the best of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    /// One flag per task index.
    pub matched: Vec<bool>,
    pub count: usize,
    /// The task with the highest score (first in plan order on a tie).
    pub best: Option<usize>,
    /// The matched tasks best first ([`ranked`]), once `n` or `N` asked:
    /// new hits start without, so the ranking never outlives its hits.
    pub ranked: Option<Vec<usize>>,
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
///
/// Only whether a task matches and which task scores highest are ever used,
/// so once the task is known to match, a field whose highest possible score
/// (`ceiling` × weight) could neither raise the task's score nor beat `beat`
/// (the best score seen so far in this scan) is not scored at all. That
/// skips the long notes of most tasks whose title matches, which is where
/// the time went on later letters (nucleo's optimal matching is O(n·m)).
/// The answer is the same as scoring every field: a skipped field cannot
/// change which task is best (a tie keeps the earlier task).
fn score(
    pattern: &Pattern,
    (ceiling, fields): (u32, Fields),
    beat: Option<u32>,
    m: &mut Matcher,
    buf: &mut Vec<char>,
    task: &Task,
) -> Option<u32> {
    let mut own: Option<u32> = None;
    let all = fields == Fields::All;
    for (field, weight) in [
        (Some(task.title.as_str()), 2),
        (Some(task.id.as_str()).filter(|_| all), 2),
        (task.category.as_deref().filter(|_| all), 1),
        (task.notes.as_deref().filter(|_| all), 1),
    ] {
        let Some(field) = field else { continue };
        let reach = ceiling.saturating_mul(weight);
        if beat.is_some_and(|b| reach <= b) || own.is_some_and(|o| reach <= o) {
            // This field cannot make the task the best: only whether it
            // matches can matter, and only if nothing else matched yet.
            // (Some(0) is no real score, but the task cannot be best anyway.)
            if own.is_none() && matches(pattern, m, Utf32Str::new(field, buf)) {
                own = Some(0);
            }
            continue;
        }
        if let Some(s) = pattern.score(Utf32Str::new(field, buf), m) {
            let s = s * weight;
            own = Some(own.map_or(s, |o| o.max(s)));
        }
    }
    own
}

/// Whether every word of `pattern` matches `text`, without the score:
/// nucleo's greedy matcher finds a match exactly when the optimal one does
/// (both look for the word's characters in order) in one linear pass,
/// where the optimal one fills an O(n·m) matrix. `Atom::score` sets the
/// matcher's case and normalisation to the word's own (documented on
/// `Pattern::score`); on an empty text it returns at once.
fn matches(pattern: &Pattern, m: &mut Matcher, text: Utf32Str) -> bool {
    pattern.atoms.iter().all(|atom| {
        let _settings_only = atom.score(Utf32Str::Ascii(&[]), m);
        m.fuzzy_match_greedy(text, atom.needle_text()).is_some()
    })
}

/// The highest score nucleo-matcher 0.3 (`Config::DEFAULT`) can give
/// `pattern` on any text: per word, each character scores at most
/// `SCORE_MATCH` (16) plus the largest bonus (a word start after a space or
/// at the start, 10), and the first character's bonus counts twice (see
/// nucleo's `score.rs`; `prefer_prefix`, which would add more, is off). A
/// word typed as a whole word scores exactly this, so the bound is tight
/// and a title that matches that well lets most later fields be skipped.
/// The tests check no field of a generated plan scores above it.
fn ceiling(pattern: &Pattern) -> u32 {
    const SCORE_MATCH: u32 = 16;
    const MAX_BONUS: u32 = 10;
    pattern
        .atoms
        .iter()
        .map(|a| {
            let chars = a.needle_text().len() as u32;
            chars.saturating_mul(SCORE_MATCH + MAX_BONUS) + MAX_BONUS
        })
        .fold(0u32, u32::saturating_add)
}

/// The hits of `query` over every field of every task.
pub fn hits(roadmap: &Roadmap, query: &str) -> Hits {
    hits_among(roadmap, query, Fields::All, None)
}

/// As [`hits`], looking only at the tasks `previous` matched: typing one more
/// character can only narrow a fuzzy match (each word must still match, and
/// a longer word matches fewer fields), so each keystroke scores the
/// shrinking set of hits rather than the whole plan.
pub fn hits_among(roadmap: &Roadmap, query: &str, fields: Fields, previous: Option<&Hits>) -> Hits {
    let pattern = pattern(query);
    let tasks = &roadmap.tasks;
    let candidates = previous.map_or(tasks.len(), |p| p.count);
    let chunks: Vec<Chunk> = if candidates >= PARALLEL_FROM {
        let middle = tasks.len() / 2;
        std::thread::scope(|s| {
            let (front, back) = tasks.split_at(middle);
            let second = s.spawn(|| scan(&pattern, fields, back, middle, previous));
            let first = scan(&pattern, fields, front, 0, previous);
            // The scan does not panic; if it ever did, redo that half here.
            let second = second
                .join()
                .unwrap_or_else(|_| scan(&pattern, fields, back, middle, previous));
            vec![first, second]
        })
    } else {
        vec![scan(&pattern, fields, tasks, 0, previous)]
    };
    let mut hits = Hits {
        matched: Vec::with_capacity(tasks.len()),
        count: 0,
        best: None,
        ranked: None,
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

fn scan(
    pattern: &Pattern,
    fields: Fields,
    tasks: &[Task],
    first: usize,
    previous: Option<&Hits>,
) -> Chunk {
    let ceiling = ceiling(pattern);
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
                .then(|| {
                    let beat = best.map(|(b, _)| b);
                    score(pattern, (ceiling, fields), beat, &mut m, &mut buf, t)
                })
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

/// The tasks `hits` matched, best first: each scored in full (no field
/// skipped, see [`score`]), a tie kept in plan order. This is the order
/// `n` and `N` step through; it is computed when first asked for, since
/// ranking every hit on every keystroke would cost the typing its speed.
pub fn ranked(roadmap: &Roadmap, query: &str, fields: Fields, hits: &Hits) -> Vec<usize> {
    let pattern = pattern(query);
    let mut m = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, usize)> = hits
        .matched
        .iter()
        .enumerate()
        .filter(|(_, on)| **on)
        .filter_map(|(i, _)| {
            let task = roadmap.tasks.get(i)?;
            // No ceiling: every field is scored.
            let s = score(&pattern, (u32::MAX, fields), None, &mut m, &mut buf, task)?;
            Some((s, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
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
#[path = "search_tests.rs"]
mod tests;
