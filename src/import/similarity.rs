//! How alike two titles are: the share of their meaningful words they have
//! in common. Used to tag tasks with the maturity level whose checklist
//! names them, and by the seed comparison tests to match curated tasks.

use super::text::words;
use std::collections::HashSet;

/// Words that carry no meaning for matching titles.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "by",
    "at",
    "from",
    "via",
    "set",
    "up",
    "setup",
    "add",
    "implement",
    "configure",
    "create",
    "deploy",
    "enable",
    "e",
    "g",
    "de",
    "da",
    "do",
    "para",
    "com",
    "la",
    "le",
    "et",
];

/// Reduces a word to a rough stem so "backups" meets "backup" and
/// "deployed" meets "deploy".
fn stem(word: &str) -> String {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 {
            if let Some(s) = w.strip_suffix(suffix) {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// The meaningful word stems of a title.
pub fn key_words(title: &str) -> HashSet<String> {
    words(title)
        .into_iter()
        .flat_map(|w| w.split(['-', '/']).map(str::to_string).collect::<Vec<_>>())
        .map(|w| stem(&w))
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

/// The stems of a title's meaningful words by the Snowball rules of its
/// script's language (English for Latin letters, Russian for Cyrillic), for
/// telling two wordings of one action apart from two actions: "Optimize RLS
/// policies" and "RLS policy optimization" share every stem here, and only
/// "rls" by [`key_words`]. The scorer keeps [`key_words`], so a change here
/// never moves the ruler the importer is measured with.
pub fn action_words(title: &str) -> HashSet<String> {
    use rust_stemmers::{Algorithm, Stemmer};
    thread_local! {
        static STEMMERS: (Stemmer, Stemmer) =
            (Stemmer::create(Algorithm::English), Stemmer::create(Algorithm::Russian));
    }
    STEMMERS.with(|(latin, cyrillic)| {
        words(title)
            .into_iter()
            .flat_map(|w| {
                w.split(['-', '/'])
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
            .map(|w| {
                let stemmer = if w.chars().any(|c| matches!(c, '\u{400}'..='\u{4FF}')) {
                    cyrillic
                } else {
                    latin
                };
                stemmer.stem(&w).into_owned()
            })
            .filter(|w| !STOP.contains(&w.as_str()))
            .collect()
    })
}

/// Dice coefficient of the two titles' key words: 1.0 for the same words,
/// 0.0 for none in common.
pub fn overlap(a: &str, b: &str) -> f64 {
    dice(&key_words(a), &key_words(b))
}

/// Dice coefficient of two sets of key words.
pub fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count() as f64;
    2.0 * common / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_titles_score_high() {
        assert_eq!(
            overlap(
                "Deploy Worker to Railway/Render",
                "Deploy worker to Railway/Render"
            ),
            1.0
        );
        assert!(overlap("Setup Automated Backups (database)", "Automated backups") > 0.6);
        assert!(
            overlap(
                "Worker deployed to Railway",
                "Deploy Worker to Railway/Render"
            ) >= 0.5
        );
        assert!(overlap("Canary Deployments", "Implement Redis caching layer") < 0.2);
        assert_eq!(overlap("", "x"), 0.0);
    }

    #[test]
    fn two_wordings_of_one_action_share_their_stems() {
        let (a, b) = (
            action_words("Optimize RLS policies"),
            action_words("RLS policy optimization"),
        );
        assert_eq!(a, b, "{a:?} {b:?}");
        // The ruler the corpus is scored with does not see it.
        assert!(overlap("Optimize RLS policies", "RLS policy optimization") < 0.5);
        let ru = action_words("Настроить резервное копирование");
        assert_eq!(ru, action_words("настроить резервного копирования"));
        assert!(action_words("Canary deployments").is_disjoint(&action_words("Redis caching")));
    }
}
