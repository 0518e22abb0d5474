//! Without a subcommand, `roadmap FILE` opens the planner, so clap reads any
//! first word it does not know as FILE: `roadmap stauts` would try to open
//! a file named `stauts`. Such a word is taken for a mistyped subcommand
//! instead (clap's "unrecognized subcommand", with "did you mean" when one
//! is close, exit 2) when it cannot be a roadmap file: no file of that name
//! exists and it has neither a `.` nor a path separator. `roadmap FILE.toml`
//! and `roadmap` alone are untouched.

use super::Cli;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::CommandFactory;
use std::path::Path;

/// Parses the command line; a mistyped subcommand exits 2 with clap's message.
pub fn parse() -> Cli {
    let cli = <Cli as clap::Parser>::parse();
    if cli.command.is_none() {
        if let Some(error) = cli.file.as_deref().and_then(mistyped) {
            error.exit();
        }
    }
    cli
}

/// clap's error for `word` as an unknown subcommand, if it is not a file.
pub fn mistyped(file: &Path) -> Option<clap::Error> {
    let word = file.to_str()?;
    let looks_like_a_path = word.is_empty() || word.contains(['.', '/', '\\']);
    if looks_like_a_path || std::fs::symlink_metadata(file).is_ok() {
        return None;
    }
    let mut command = Cli::command();
    command.build();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&command);
    error.insert(
        ContextKind::InvalidSubcommand,
        ContextValue::String(word.to_string()),
    );
    if let Some(close) = closest(word, &names) {
        error.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::String(close.to_string()),
        );
    }
    error.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![format!(
            "to open a roadmap file named `{word}`, write `roadmap ./{word}`"
        )
        .into()]),
    );
    error.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(command.render_usage()),
    );
    Some(error)
}

/// The subcommand closest to `word` by edit distance (a swap of two
/// neighbours is one edit), if it is within a third of its length, or
/// `word` is a prefix of exactly one.
fn closest<'a>(word: &str, names: &'a [String]) -> Option<&'a str> {
    let mut prefixed = names.iter().filter(|n| n.starts_with(word));
    if let (Some(only), None) = (prefixed.next(), prefixed.next()) {
        return Some(only);
    }
    names
        .iter()
        .map(|n| (distance(word, n), n))
        .filter(|(d, n)| *d <= (n.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.as_str())
}

/// Optimal string alignment distance: insertions, deletions,
/// substitutions and swaps of neighbours each cost one.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        [
            "status", "validate", "list", "next", "rename", "rm", "set", "show",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn close_words_find_their_subcommand() {
        let n = names();
        assert_eq!(closest("stauts", &n), Some("status"));
        assert_eq!(closest("lsit", &n), Some("list"));
        assert_eq!(closest("valdate", &n), Some("validate"));
        assert_eq!(closest("renam", &n), Some("rename"));
        assert_eq!(closest("frobnicate", &n), None);
    }

    #[test]
    fn paths_and_existing_files_are_left_to_the_planner() {
        assert!(mistyped(Path::new("plan.toml")).is_none());
        assert!(mistyped(Path::new("plans/q3")).is_none());
        assert!(mistyped(Path::new("src")).is_none(), "exists");
        let e = mistyped(Path::new("stauts")).expect("an error");
        assert_eq!(e.kind(), ErrorKind::InvalidSubcommand);
        assert!(e.to_string().contains("status"), "{e}");
    }
}
