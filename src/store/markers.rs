//! Git's conflict markers in a roadmap file. A text merge that stopped on a
//! conflict (git's own, or `roadmap merge` falling back to one) leaves
//! `<<<<<<<` / `=======` / `>>>>>>>` lines in the file; that text is no
//! valid TOML, and "invalid TOML" would send a person looking for a typo
//! instead of finishing the merge. So a file that does not parse is
//! searched for them, and each conflict is named at its first line.

use super::diagnostic::{Diagnostic, LoadError};

/// What each marker line starts with; a marker is that and then a space or
/// the end of the line, as git writes them (default marker size 7).
const MARKERS: [&str; 4] = ["<<<<<<<", "|||||||", "=======", ">>>>>>>"];

/// One diagnostic per conflict left in `text`, at the line it starts on,
/// or `None` when it holds no conflict markers.
pub(crate) fn conflict_markers(text: &str, file_name: &str) -> Option<LoadError> {
    let mut starts = Vec::new();
    let mut open = false;
    for (i, line) in text.lines().enumerate() {
        let Some(kind) = marker(line) else {
            continue;
        };
        match kind {
            '<' => {
                starts.push(i + 1);
                open = true;
            }
            // A middle or closing marker with no opening one before it
            // (someone deleted part of a conflict) still marks a conflict.
            '>' => {
                if !open {
                    starts.push(i + 1);
                }
                open = false;
            }
            _ => {
                if !open {
                    starts.push(i + 1);
                    open = true;
                }
            }
        }
    }
    if starts.is_empty() {
        return None;
    }
    let count = starts.len();
    let diagnostics = starts
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let message = if count == 1 {
                "the file holds git conflict markers: a merge left a conflict here".to_string()
            } else {
                format!(
                    "the file holds git conflict markers: a merge left a conflict here ({} of {count})",
                    n + 1
                )
            };
            let d = Diagnostic::error(file_name, message).at(line, 1);
            if n == 0 {
                d.with_help(format!(
                    "resolve every conflict: keep one side of each and delete the `<<<<<<<`, \
                     `=======` and `>>>>>>>` lines (and `|||||||` with the base under it), \
                     then `roadmap validate {file_name}` and `git add {file_name}`"
                ))
            } else {
                d
            }
        })
        .collect();
    Some(LoadError { diagnostics })
}

/// The marker's character when `line` is a conflict marker line.
fn marker(line: &str) -> Option<char> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    MARKERS.iter().find_map(|m| {
        let rest = line.strip_prefix(m)?;
        (rest.is_empty() || rest.starts_with(' ')).then(|| m.chars().next().unwrap_or('<'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Option<usize>> {
        conflict_markers(text, "plan.toml")
            .map(|e| e.diagnostics.iter().map(|d| d.line).collect())
            .unwrap_or_default()
    }

    #[test]
    fn each_conflict_is_named_at_its_first_line() {
        let text = "a = 1\n<<<<<<< HEAD\nb = 2\n=======\nb = 3\n>>>>>>> side\nc = 4\n\
                    <<<<<<< ours\n||||||| base\nd = 0\n=======\n>>>>>>> theirs\n";
        assert_eq!(lines(text), [Some(2), Some(8)]);
        let e = conflict_markers(text, "plan.toml").unwrap();
        assert_eq!(
            e.diagnostics[0].to_string().lines().next().unwrap(),
            "plan.toml:2:1: error: the file holds git conflict markers: a merge left a conflict here (1 of 2)"
        );
        assert!(e.diagnostics[0]
            .help
            .as_deref()
            .unwrap()
            .contains("git add plan.toml"));
        assert_eq!(e.diagnostics[1].help, None, "the help is said once");
    }

    #[test]
    fn a_half_deleted_conflict_still_counts() {
        assert_eq!(lines("a = 1\n=======\nb = 2\n>>>>>>> side\r\n"), [Some(2)]);
        assert_eq!(lines("a = 1\n>>>>>>>\n"), [Some(2)]);
    }

    #[test]
    fn lookalikes_are_not_markers() {
        assert_eq!(
            lines("a = 1\n<<<<<<<< eight\n======= x\n<<<<<<x\n"),
            [Some(3)]
        );
        assert!(conflict_markers("a = \"<<<<<<< HEAD\"\n# =========\n", "p").is_none());
    }
}
