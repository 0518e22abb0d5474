//! Tests of `tui::search`: what matches, ranking, narrowing, the two-thread
//! split and the fields skipped by the score ceiling.

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
        let narrowed = hits_among(&r, query, Fields::All, Some(&previous));
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
    let one_thread = scan(&pattern("deploy"), Fields::All, &r.tasks, 0, None);
    assert_eq!(parallel.matched, one_thread.matched);
    assert_eq!(parallel.count, one_thread.count);
    assert_eq!(parallel.best, one_thread.best.map(|(_, i)| i));
    let expected = (0..r.tasks.len())
        .filter(|&i| i % 7 == 0 || i == PARALLEL_FROM)
        .count();
    assert_eq!(parallel.count, expected);
}

/// Every field scored, nothing skipped: what `score` must agree with.
fn score_every_field(pattern: &Pattern, m: &mut Matcher, task: &Task) -> Option<u32> {
    let mut buf = Vec::new();
    [
        (Some(task.title.as_str()), 2),
        (Some(task.id.as_str()), 2),
        (task.category.as_deref(), 1),
        (task.notes.as_deref(), 1),
    ]
    .into_iter()
    .filter_map(|(field, weight)| Some(pattern.score(Utf32Str::new(field?, &mut buf), m)? * weight))
    .max()
}

/// The hits as scoring every field of every task gives them.
fn hits_scoring_everything(r: &Roadmap, query: &str) -> Hits {
    let pattern = pattern(query);
    let mut m = Matcher::new(Config::DEFAULT);
    let mut h = Hits::default();
    let mut best: Option<(u32, usize)> = None;
    for (i, t) in r.tasks.iter().enumerate() {
        let s = score_every_field(&pattern, &mut m, t);
        h.matched.push(s.is_some());
        if let Some(s) = s {
            h.count += 1;
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, i));
            }
        }
    }
    h.best = best.map(|(_, i)| i);
    h
}

const QUERIES: [&str; 10] = [
    "d", "de", "dep", "deploy", "auth", "Check", "rate lim", "zzq", "é", "x y z",
];

#[test]
fn no_field_scores_above_the_ceiling() {
    let r = crate::model::synthetic::generate(1_500, 42);
    let mut m = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored = 0;
    // The ceiling leaves out the bonus this option would add.
    assert!(!m.config.prefer_prefix);
    for query in QUERIES.iter().chain(&["deploy worker", "Deploy Worker"]) {
        let pattern = pattern(query);
        let ceiling = ceiling(&pattern);
        if pattern.atoms.len() == 1 {
            // Tight: the word itself reaches it.
            let own = pattern.score(Utf32Str::new(query, &mut buf), &mut m);
            assert_eq!(own, Some(ceiling), "{query}");
        }
        // Texts built to score as high as a query can: the query itself,
        // after a space, as a word of its own.
        let own = format!(" {query}");
        for text in r
            .tasks
            .iter()
            .flat_map(|t| {
                [
                    Some(&t.title),
                    Some(&t.id),
                    t.category.as_ref(),
                    t.notes.as_ref(),
                ]
            })
            .flatten()
            .map(String::as_str)
            .chain([*query, own.as_str()])
        {
            if let Some(s) = pattern.score(Utf32Str::new(text, &mut buf), &mut m) {
                scored += 1;
                assert!(s <= ceiling, "{query:?} scores {s} > {ceiling} on {text:?}");
            }
        }
    }
    assert!(scored > 1_000, "the check scored real matches ({scored})");
}

#[test]
fn skipping_fields_under_the_ceiling_finds_what_scoring_every_field_finds() {
    let r = crate::model::synthetic::generate(3_000, 42);
    for query in QUERIES {
        let expected = hits_scoring_everything(&r, query);
        assert_eq!(hits(&r, query), expected, "{query}");
    }
    // And with the title the best match only in its notes.
    let mut r = Roadmap::new(Project::new("p"));
    r.tasks.push(Task::new("a", "w1", "Deploy"));
    let mut t = Task::new("b", "w1", "Other");
    t.notes = Some("deploy".into());
    r.tasks.push(t);
    let mut t = Task::new("c", "w1", "d e p l o y");
    t.notes = Some("Deploy".into());
    r.tasks.push(t);
    // Non-ASCII text and words, matched only by the greedy check.
    for (i, (title, notes)) in [
        ("Déploiement", "Équipe données"),
        ("Zzz", "über Straße dép"),
        ("Zzz", "ÉQUIPE dép"),
        ("Zzz", "eqüipe"),
    ]
    .iter()
    .enumerate()
    {
        let mut t = Task::new(format!("u{i}"), "w1", *title);
        t.notes = Some(notes.to_string());
        r.tasks.push(t);
    }
    for query in [
        "dep", "deploy", "d", "dép", "équipe", "Équipe", "straße", "über", "ÉQ", "eq", "üb",
    ] {
        assert_eq!(
            hits(&r, query),
            hits_scoring_everything(&r, query),
            "{query}"
        );
        // Led by a task titled with the query itself, whose score no weight-1
        // field can beat: every later category and note takes the greedy check.
        let mut led = r.clone();
        led.tasks.insert(0, Task::new("lead", "w1", query));
        let expected = hits_scoring_everything(&led, query);
        assert_eq!(expected.best, Some(0), "{query}");
        assert!(expected.count > 1, "{query} matches more than the lead");
        assert_eq!(hits(&led, query), expected, "{query}");
    }
}

#[test]
fn narrowing_a_generated_plan_letter_by_letter_matches_a_fresh_search() {
    let r = crate::model::synthetic::generate(2_000, 42);
    let typed = "deploy w";
    let mut previous = hits(&r, &typed[..1]);
    for end in 2..=typed.len() {
        let query = &typed[..end];
        let narrowed = hits_among(&r, query, Fields::All, Some(&previous));
        assert_eq!(narrowed, hits_scoring_everything(&r, query), "{query}");
        previous = narrowed;
    }
}

/// Three tasks say backup in their titles; more mention it in their notes
/// or category, some of them before the title ones in the plan.
fn backups() -> Roadmap {
    let mut r = Roadmap::new(Project::new("p"));
    let mut add = |id: &str, title: &str, notes: Option<&str>, category: Option<&str>| {
        let mut t = Task::new(id, "w1", title);
        t.notes = notes.map(str::to_string);
        t.category = category.map(str::to_string);
        r.tasks.push(t);
    };
    add(
        "ci",
        "CI pipeline",
        Some("run the backup check in CI"),
        None,
    );
    add("dr", "Disaster recovery drills", None, Some("Backup & DR"));
    add("db-backups", "Setup automated backups", None, None);
    add(
        "logs",
        "Centralised logging",
        Some("ship logs; no backup"),
        None,
    );
    add("offsite", "Offsite backup copies", None, None);
    add("restore", "Restore drill from backup", None, None);
    add("cache", "Redis cache", None, None);
    r
}

#[test]
fn ranked_puts_the_tasks_whose_title_says_it_first() {
    let r = backups();
    let h = hits(&r, "backup");
    assert_eq!(h.count, 6, "{:?}", h.matched);
    let order: Vec<&str> = ranked(&r, "backup", Fields::All, &h)
        .into_iter()
        .map(|i| r.tasks[i].id.as_str())
        .collect();
    let (titles, rest) = order.split_at(3);
    let mut titles = titles.to_vec();
    titles.sort();
    assert_eq!(titles, ["db-backups", "offsite", "restore"], "{order:?}");
    assert!(!rest.contains(&"cache"));
    assert_eq!(rest.len(), 3, "{order:?}");
    // The best of the ranking is the hits' best.
    assert_eq!(Some(ranked(&r, "backup", Fields::All, &h)[0]), h.best);
}

#[test]
fn ranking_is_by_score_then_plan_order() {
    let r = backups();
    let h = hits(&r, "backup");
    let order = ranked(&r, "backup", Fields::All, &h);
    let pattern = pattern("backup");
    let mut m = Matcher::new(Config::DEFAULT);
    let scores: Vec<u32> = order
        .iter()
        .map(|&i| score_every_field(&pattern, &mut m, &r.tasks[i]).unwrap())
        .collect();
    for (k, pair) in scores.windows(2).enumerate() {
        assert!(pair[0] >= pair[1], "{scores:?}");
        if pair[0] == pair[1] {
            assert!(order[k] < order[k + 1], "a tie keeps plan order: {order:?}");
        }
    }
}

#[test]
fn titles_only_reads_nothing_but_the_title() {
    let r = backups();
    let h = hits_among(&r, "backup", Fields::Titles, None);
    let ids: Vec<&str> = (0..r.tasks.len())
        .filter(|&i| h.matched[i])
        .map(|i| r.tasks[i].id.as_str())
        .collect();
    assert_eq!(ids, ["db-backups", "offsite", "restore"]);
    // Not the id either: `ci` is an id, not in any title.
    assert_eq!(hits_among(&r, "ci", Fields::Titles, None).best, Some(0));
    assert_eq!(hits_among(&r, "dbbackups", Fields::Titles, None).count, 0);
    assert_eq!(hits_among(&r, "dbbackups", Fields::All, None).best, Some(2));
    // Narrowing within titles gives what a fresh titles search gives.
    let b = hits_among(&r, "b", Fields::Titles, None);
    let narrowed = hits_among(&r, "backup", Fields::Titles, Some(&b));
    assert_eq!(narrowed, h);
    let order = ranked(&r, "backup", Fields::Titles, &h);
    assert_eq!(order.len(), 3);
}
