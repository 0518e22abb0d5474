//! Warnings as a person reads them: one line per kind with a count and the
//! first place, or every warning on its own line.

use super::{ImportWarning, WarningKind};

/// Every warning on its own line, each starting after the report's name
/// (`:LINE: warning: …`).
pub fn warning_lines(warnings: &[ImportWarning]) -> Vec<String> {
    warnings.iter().map(line_of).collect()
}

fn line_of(w: &ImportWarning) -> String {
    match w.line {
        Some(line) => format!(":{line}: warning: {}", w.message),
        None => format!(": warning: {}", w.message),
    }
}

/// What a kind of warning says about many tasks at once.
fn summary(kind: WarningKind, n: usize) -> Option<String> {
    let tasks = |one: &str, many: &str| {
        if n == 1 {
            one.to_string()
        } else {
            format!("{n} {many}")
        }
    };
    Some(match kind {
        WarningKind::NoEffort => format!(
            "{} no effort estimate in the report",
            tasks("1 task has", "tasks have")
        ),
        WarningKind::NoPriority => format!(
            "{} no priority in the report (set to medium)",
            tasks("1 task has", "tasks have")
        ),
        WarningKind::UnparsedValue => format!(
            "{} did not read as a priority, an effort or an amount",
            tasks("1 value", "values")
        ),
        WarningKind::SectionSkipped => format!(
            "{} like part of the plan, but nothing in {} was kept as a task",
            tasks("1 section reads", "sections read"),
            if n == 1 { "it" } else { "them" }
        ),
        _ => return None,
    })
}

/// One line per kind of warning: a count, the first line, and where to see
/// them all; warnings about the whole report are shown as they are.
pub fn warning_summary(warnings: &[ImportWarning], has_report: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut kinds: Vec<WarningKind> = warnings.iter().map(|w| w.kind).collect();
    kinds.sort();
    kinds.dedup();
    let see = if has_report {
        "the --report JSON lists them"
    } else {
        "-v lists them, --report JSON too"
    };
    for kind in kinds {
        let of: Vec<&ImportWarning> = warnings.iter().filter(|w| w.kind == kind).collect();
        match summary(kind, of.len()) {
            Some(text) if of.len() > 1 => {
                let first = of.iter().find_map(|w| w.line);
                let at = first.map_or(String::new(), |l| format!(" (first at line {l})"));
                out.push(format!(": warning: {text}{at}; {see}"));
            }
            _ => out.extend(of.into_iter().map(line_of)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(kind: WarningKind, line: usize, message: &str) -> ImportWarning {
        ImportWarning {
            line: Some(line),
            kind,
            message: message.into(),
        }
    }

    #[test]
    fn many_of_a_kind_are_one_line_and_single_ones_stay_whole() {
        let warnings = vec![
            w(
                WarningKind::NoEffort,
                12,
                "task `a` has no effort estimate in the report",
            ),
            w(
                WarningKind::NoEffort,
                30,
                "task `b` has no effort estimate in the report",
            ),
            w(
                WarningKind::UnparsedValue,
                7,
                "priority `someday` is not one of …",
            ),
        ];
        let lines = warning_summary(&warnings, false);
        assert_eq!(
            lines,
            [
                ": warning: 2 tasks have no effort estimate in the report (first at line 12); -v lists them, --report JSON too",
                ":7: warning: priority `someday` is not one of …",
            ]
        );
        assert_eq!(warning_lines(&warnings).len(), 3);
    }
}
