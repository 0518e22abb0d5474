//! Ids and level numbers: present, well formed, and used once.

use super::index::{FirstSeen, Index};
use super::{is_blank, Locus, Problem};
use crate::model::roadmap::{slugify, unique_id, Roadmap};

pub(super) fn check(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    let finding = |i: usize| (r.findings[i].id.as_str(), r.findings[i].title.as_str());
    kind("finding", finding, &index.findings, Locus::Finding, out);
    let phase = |i: usize| (r.phases[i].id.as_str(), r.phases[i].name.as_str());
    kind("phase", phase, &index.phases, Locus::Phase, out);
    let task = |i: usize| (r.tasks[i].id.as_str(), r.tasks[i].title.as_str());
    kind("task", task, &index.tasks, Locus::Task, out);
    level_numbers(r, index, out);
}

/// Reports the odd and repeated ids of one kind of table. `item(i)` is the
/// (id, title) at position `i`, one the index recorded, so it exists.
fn kind<'a>(
    what: &str,
    item: impl Fn(usize) -> (&'a str, &'a str),
    seen: &FirstSeen<&str>,
    locus: fn(usize) -> Locus,
    out: &mut Vec<Problem>,
) {
    let taken = |candidate: &str| seen.contains(candidate);
    for &i in &seen.odd {
        let (id, title) = item(i);
        let bad = first_bad_char(id);
        if id.is_empty() || (bad.is_some() && is_blank(id)) {
            let suggestion = unique_id(&slugify(title), taken);
            out.push(Problem::error(
                locus(i),
                "id",
                format!("{what} #{} (`{title}`) has no id", i + 1),
                format!("give it a unique id, such as id = \"{suggestion}\""),
            ));
        } else if let Some(bad) = bad {
            let suggestion = unique_id(&slugify(id), taken);
            out.push(Problem::warning(
                locus(i),
                "id",
                format!("{what} id `{id}` contains {}", describe(bad)),
                format!(
                    "ids use only a-z, 0-9, `.`, `_` and `-`: rename it to `{suggestion}` \
                     and update the references to it"
                ),
            ));
        }
    }
    for &(i, first) in &seen.repeats {
        let (id, _) = item(i);
        if is_blank(id) {
            continue; // already reported as missing
        }
        out.push(Problem::error(
            locus(i),
            "id",
            format!(
                "duplicate {what} id `{id}`: {what} #{} (`{}`) already has it",
                first + 1,
                item(first).1
            ),
            format!(
                "give this {what} another id, such as `{}`; references to `{id}` mean the first one",
                unique_id(id, taken)
            ),
        ));
    }
}

/// A well-formed id: not empty, only `[a-z0-9._-]`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty() && first_bad_char(id).is_none()
}

/// The first character outside `[a-z0-9._-]`. Scans bytes: every byte
/// before it is ASCII, so its position is a character boundary.
fn first_bad_char(id: &str) -> Option<char> {
    let at = id
        .bytes()
        .position(|b| !matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'))?;
    id.get(at..)?.chars().next()
}

fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_whitespace() => "white space".into(),
        c if c.is_uppercase() => format!("the upper-case letter `{c}`"),
        c => format!("`{c}`"),
    }
}

fn level_numbers(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    let Some(m) = &r.maturity else { return };
    for &(i, first) in &index.levels.repeats {
        out.push(Problem::error(
            Locus::Level(i),
            "level",
            format!(
                "level number {} is used twice: level #{} (`{}`) already has it",
                m.levels[i].level,
                first + 1,
                m.levels[first].name
            ),
            "number the levels once each, in ascending order (1, 2, 3…)".into(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{run, sample, Case};
    use super::super::{validate, Gravity::*, Locus};

    #[test]
    fn bad_ids_are_reported_with_a_suggestion() {
        run(&[
            Case {
                name: "empty task id",
                edit: |r| {
                    r.tasks[2].id.clear();
                    r.tasks[2].status = crate::model::Status::Todo;
                    r.tasks[2].done_on = None;
                },
                gravity: Error,
                locus: Locus::Task(2),
                field: "id",
                message: &["task #3", "`Deploy worker`", "no id"],
                help: "id = \"deploy-worker\"",
            },
            Case {
                name: "task id with spaces and capitals",
                edit: |r| {
                    r.tasks[2].id = "Deploy Worker".into();
                },
                gravity: Warning,
                locus: Locus::Task(2),
                field: "id",
                message: &["`Deploy Worker`", "upper-case letter `D`"],
                help: "rename it to `deploy-worker`",
            },
            Case {
                name: "task id with a non-ASCII letter",
                edit: |r| {
                    r.tasks[2].id = "déploy".into();
                },
                gravity: Warning,
                locus: Locus::Task(2),
                field: "id",
                message: &["`déploy` contains `é`"],
                help: "`deploy`",
            },
            Case {
                name: "phase id with a slash",
                edit: |r| {
                    r.phases[1].id = "month/2".into();
                    r.tasks[2].phase = "month/2".into();
                },
                gravity: Warning,
                locus: Locus::Phase(1),
                field: "id",
                message: &["phase id `month/2`", "contains `/`"],
                help: "`month-2`",
            },
            Case {
                name: "finding id with a space",
                edit: |r| {
                    r.findings[1].id = "no monitoring".into();
                    r.tasks[0].findings = vec!["no monitoring".into()];
                },
                gravity: Warning,
                locus: Locus::Finding(1),
                field: "id",
                message: &["finding id `no monitoring` contains a space"],
                help: "`no-monitoring`",
            },
            Case {
                name: "duplicate task id",
                edit: |r| r.tasks[2].id = "health-checks".into(),
                gravity: Error,
                locus: Locus::Task(2),
                field: "id",
                message: &[
                    "duplicate task id `health-checks`",
                    "task #1 (`Add health checks`)",
                ],
                help: "`health-checks-2`",
            },
            Case {
                name: "duplicate phase id",
                edit: |r| {
                    r.phases[1].id = "week-1".into();
                    r.tasks[2].phase = "week-1".into();
                },
                gravity: Error,
                locus: Locus::Phase(1),
                field: "id",
                message: &["duplicate phase id `week-1`", "phase #1 (`Critical fixes`)"],
                help: "mean the first one",
            },
            Case {
                name: "duplicate finding id",
                edit: |r| {
                    r.findings[1].id = "ci-cd".into();
                    r.tasks[0].findings.clear();
                },
                gravity: Error,
                locus: Locus::Finding(1),
                field: "id",
                message: &["duplicate finding id `ci-cd`", "finding #1"],
                help: "another id",
            },
            Case {
                name: "duplicate level number",
                edit: |r| {
                    let m = r.maturity.as_mut().expect("maturity");
                    m.levels[2].level = 2;
                },
                gravity: Error,
                locus: Locus::Level(2),
                field: "level",
                message: &[
                    "level number 2 is used twice",
                    "level #2 (`Basic Automation`)",
                ],
                help: "once each",
            },
        ]);
    }

    #[test]
    fn a_suggested_id_is_not_already_taken() {
        let mut r = sample();
        r.tasks[1].id = "Health Checks".into();
        r.tasks[2].depends_on = vec!["Health Checks".into()];
        let problems = validate(&r);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let help = problems[0].help.as_deref().unwrap_or_default();
        assert!(help.contains("`health-checks-2`"), "{help}");
    }

    #[test]
    fn every_duplicate_names_the_first_occurrence() {
        let mut r = sample();
        for t in &mut r.tasks {
            t.id = "same".into();
            t.depends_on.clear();
        }
        r.maturity = None;
        for t in &mut r.tasks {
            t.level = None;
        }
        let problems = validate(&r);
        let loci: Vec<Locus> = problems.iter().map(|p| p.locus).collect();
        assert_eq!(loci, vec![Locus::Task(1), Locus::Task(2)]);
        assert!(problems.iter().all(|p| p.message.contains("task #1")));
    }
}
