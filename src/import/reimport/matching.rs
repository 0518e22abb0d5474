//! Which task of the roadmap each task of the new report is: the same id;
//! else the closest title (key-word overlap with the task's title now or
//! as the report gave it, best pairs first); else the same report line in
//! the same phase with a key word in common (a title reworded in place; a
//! new task written where a removed one was shares none).

use super::MatchedBy;
use crate::import::similarity::{dice, key_words, overlap};
use crate::model::reported::Reported;
use crate::model::Task;
use std::collections::{HashMap, HashSet};

/// Titles at least this alike (Dice of key words) are the same task.
pub const SAME_TITLE: f64 = 0.6;

/// For each task of `report`, the index of its task in `roadmap`, if any.
pub fn match_tasks(roadmap: &[Task], report: &[Task]) -> Vec<Option<(usize, MatchedBy)>> {
    let mut found: Vec<Option<(usize, MatchedBy)>> = vec![None; report.len()];
    let mut taken = vec![false; roadmap.len()];
    let by_id: HashMap<&str, usize> = roadmap
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for (n, task) in report.iter().enumerate() {
        if let Some(&i) = by_id.get(task.id.as_str()) {
            found[n] = Some((i, MatchedBy::Id));
            taken[i] = true;
        }
    }

    let open_old: Vec<usize> = (0..roadmap.len()).filter(|&i| !taken[i]).collect();
    let open_new: Vec<usize> = (0..report.len()).filter(|&n| found[n].is_none()).collect();
    if !open_old.is_empty() && !open_new.is_empty() {
        let old_words: Vec<(usize, HashSet<String>, Option<HashSet<String>>)> = open_old
            .iter()
            .map(|&i| {
                let t = &roadmap[i];
                let was = t
                    .reported
                    .as_deref()
                    .and_then(Reported::parse)
                    .and_then(|r| r.get("title").map(key_words));
                (i, key_words(&t.title), was)
            })
            .collect();
        let mut pairs = Vec::new();
        for &n in &open_new {
            let words = key_words(&report[n].title);
            for (i, now, was) in &old_words {
                let score = dice(&words, now).max(was.as_ref().map_or(0.0, |w| dice(&words, w)));
                if score >= SAME_TITLE {
                    pairs.push((score, n, *i));
                }
            }
        }
        // Best pairs first; ties in report order, then roadmap order.
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (_, n, i) in pairs {
            if found[n].is_none() && !taken[i] {
                found[n] = Some((i, MatchedBy::Title));
                taken[i] = true;
            }
        }
    }

    let by_line: HashMap<(u32, &str), usize> = roadmap
        .iter()
        .enumerate()
        .filter(|(i, _)| !taken[*i])
        .filter_map(|(i, t)| t.source_line.map(|l| ((l, t.phase.as_str()), i)))
        .collect();
    for (n, task) in report.iter().enumerate() {
        if found[n].is_some() {
            continue;
        }
        let Some(line) = task.source_line else {
            continue;
        };
        if let Some(&i) = by_line.get(&(line, task.phase.as_str())) {
            if !taken[i] && overlap(&task.title, &roadmap[i].title) > 0.0 {
                found[n] = Some((i, MatchedBy::Position));
                taken[i] = true;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(id: &str, title: &str, line: u32) -> Task {
        let mut t = Task::new(id, "now", title);
        t.source_line = Some(line);
        t
    }

    #[test]
    fn id_then_title_then_line() {
        let roadmap = vec![
            task("backups", "Set up nightly backups", 10),
            task("health", "Add health check endpoints", 20),
            task("sentry", "Error tracking with Sentry", 30),
            task("gone", "Something dropped", 40),
        ];
        let report = vec![
            task("backups", "Automate backups", 12),
            task(
                "add-health-check-endpoints-to-api",
                "Add health check endpoints to the API",
                22,
            ),
            task("capture-exceptions", "Capture exceptions in Sentry", 30),
            task("brand-new", "Write runbooks", 40),
        ];
        let found = match_tasks(&roadmap, &report);
        assert_eq!(found[0], Some((0, MatchedBy::Id)));
        assert_eq!(found[1], Some((1, MatchedBy::Title)));
        assert_eq!(found[2], Some((2, MatchedBy::Position)));
        assert_eq!(found[3], None);
    }

    #[test]
    fn the_reported_title_matches_a_task_the_team_renamed() {
        let mut renamed = task("x", "Our own wording entirely", 10);
        renamed.reported = Some("phase=now; title=Rotate the leaked API key".into());
        let report = vec![task("rotate", "Rotate the leaked API key now", 90)];
        assert_eq!(
            match_tasks(&[renamed], &report)[0],
            Some((0, MatchedBy::Title))
        );
    }
}
