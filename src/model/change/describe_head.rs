//! The log's lines for a step that replaced the head (the project, the
//! phases, the findings, the people, the maturity levels): field by field as for a
//! task (`phase p2: end 2027-01-10 → 2027-01-31`, `finding f3 added`,
//! `project name: A → B`), so an edit made in the Phases or Findings view
//! reads as plainly as a task's.

use super::Head;
use crate::model::fields::{
    Field, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS, PHASE_FIELDS, PROJECT_FIELDS,
};
use crate::model::range::format_number;
use crate::model::roadmap::{Maturity, Roadmap};

/// What changed from the head `before` to the one `after` has, one line
/// per record and field (empty when nothing did).
pub fn head_changed(before: &Head, after: &Roadmap) -> Vec<String> {
    let mut lines = Vec::new();
    if before.version != after.version {
        lines.push(format!("version {} → {}", before.version, after.version));
    }
    for (key, a, b) in fields(PROJECT_FIELDS, &before.project, &after.project) {
        lines.push(format!("project {key}: {a} → {b}"));
    }
    records(
        &mut lines,
        "phase",
        PHASE_FIELDS,
        &before.phases,
        &after.phases,
        |p| p.id.clone(),
    );
    records(
        &mut lines,
        "finding",
        FINDING_FIELDS,
        &before.findings,
        &after.findings,
        |f| f.id.clone(),
    );
    records(
        &mut lines,
        "person",
        PERSON_FIELDS,
        &before.people,
        &after.people,
        |p| p.name.clone(),
    );
    maturity(
        &mut lines,
        before.maturity.as_ref(),
        after.maturity.as_ref(),
    );
    lines
}

/// (key, before, after) of each field of `R` that differs; `–` is unset.
fn fields<R>(table: &[Field<R>], before: &R, now: &R) -> Vec<(&'static str, String, String)> {
    table
        .iter()
        .filter_map(|f| {
            let (a, b) = ((f.get)(before), (f.get)(now));
            (a != b).then(|| {
                (
                    f.key,
                    super::describe::short(a.map(|v| v.to_text(", "))),
                    super::describe::short(b.map(|v| v.to_text(", "))),
                )
            })
        })
        .collect()
}

/// Lines for two lists of records known by `id`: each record added or
/// deleted, each field of a kept one that changed. A record whose id
/// changed in place (the same position, neither id in the other list) was
/// renamed: its lines are its fields', the id among them.
fn records<R>(
    lines: &mut Vec<String>,
    what: &str,
    table: &[Field<R>],
    before: &[R],
    after: &[R],
    id: impl Fn(&R) -> String,
) {
    let ids_before: Vec<String> = before.iter().map(&id).collect();
    let ids_after: Vec<String> = after.iter().map(&id).collect();
    let renamed = |at: usize| {
        matches!((ids_before.get(at), ids_after.get(at)), (Some(a), Some(b))
            if a != b && !ids_after.contains(a) && !ids_before.contains(b))
    };
    for (at, old) in before.iter().enumerate() {
        let now = match ids_after.iter().position(|i| *i == ids_before[at]) {
            Some(n) => &after[n],
            None if renamed(at) => &after[at],
            None => {
                lines.push(format!("{what} {} deleted", ids_before[at]));
                continue;
            }
        };
        for (key, a, b) in fields(table, old, now) {
            lines.push(format!("{what} {}: {key} {a} → {b}", id(now)));
        }
    }
    for (at, new) in ids_after.iter().enumerate() {
        if !ids_before.contains(new) && !renamed(at) {
            lines.push(format!("{what} {new} added"));
        }
    }
    // The same records in another order: the file's order changed.
    let kept = |ids: &[String], other: &[String]| -> Vec<String> {
        ids.iter().filter(|i| other.contains(i)).cloned().collect()
    };
    if kept(&ids_before, &ids_after) != kept(&ids_after, &ids_before) {
        lines.push(format!("{what}s reordered"));
    }
}

fn maturity(lines: &mut Vec<String>, before: Option<&Maturity>, after: Option<&Maturity>) {
    let (b, a) = match (before, after) {
        (None, None) => return,
        (None, Some(_)) => return lines.push("maturity levels added".into()),
        (Some(_), None) => return lines.push("maturity levels removed".into()),
        (Some(b), Some(a)) => (b, a),
    };
    if b.baseline != a.baseline {
        lines.push(format!(
            "maturity baseline: {} → {}",
            format_number(b.baseline),
            format_number(a.baseline)
        ));
    }
    if b.scale != a.scale {
        lines.push(format!(
            "maturity scale: {} → {}",
            b.scale.as_file_str(),
            a.scale.as_file_str()
        ));
    }
    records(lines, "level", LEVEL_FIELDS, &b.levels, &a.levels, |l| {
        l.level.to_string()
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::change::{apply, describe, Change, Scan};
    use crate::model::roadmap::{Finding, Phase, Project};
    use crate::model::{FindingKind, Severity};
    use chrono::NaiveDate;

    fn phase(id: &str, end: Option<NaiveDate>) -> Phase {
        Phase {
            id: id.into(),
            name: id.to_uppercase(),
            window: None,
            start: None,
            end,
            description: None,
        }
    }

    fn finding(id: &str) -> Finding {
        Finding {
            id: id.into(),
            category: "Ops".into(),
            kind: FindingKind::Gap,
            severity: Severity::ALL[0],
            title: format!("Finding {id}"),
            detail: None,
            score: Some(2.0),
            target: None,
            max: None,
        }
    }

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2027, 1, d)
    }

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("A"));
        r.phases = vec![phase("p1", None), phase("p2", day(10))];
        r.findings = vec![finding("f1"), finding("f2")];
        r
    }

    /// The log's lines for replacing the head of `r` with `edit`'s.
    fn lines(r: &mut Roadmap, edit: impl FnOnce(&mut Head)) -> Vec<String> {
        let mut head = Head::of(r);
        edit(&mut head);
        let inverse = apply(r, Change::ReplaceHead(Box::new(head))).unwrap();
        describe(r, &Scan, &inverse)
    }

    #[test]
    fn head_edits_are_described_field_by_field() {
        let mut r = roadmap();
        assert_eq!(
            lines(&mut r, |h| h.phases[1].end = day(31)),
            ["phase p2: end 2027-01-10 → 2027-01-31"]
        );
        assert_eq!(
            lines(&mut r, |h| h.project.name = "B".into()),
            ["project name: A → B"]
        );
        assert_eq!(
            lines(&mut r, |h| h.findings.push(finding("f3"))),
            ["finding f3 added"]
        );
        assert_eq!(
            lines(&mut r, |h| {
                h.findings.remove(0);
                h.findings[0].score = Some(4.0);
            }),
            ["finding f1 deleted", "finding f2: score 2 → 4"]
        );
        // A phase renamed in place: its id is one of its fields.
        assert_eq!(
            lines(&mut r, |h| h.phases[0].id = "now".into()),
            ["phase now: id p1 → now"]
        );
        assert_eq!(lines(&mut r, |h| h.phases.swap(0, 1)), ["phases reordered"]);
        assert_eq!(
            lines(&mut r, |h| {
                h.maturity = Some(Maturity {
                    baseline: 20.0,
                    scale: crate::model::roadmap::Scale::Percent,
                    levels: Vec::new(),
                })
            }),
            ["maturity levels added"]
        );
        let level = |n: u32| crate::model::roadmap::Level {
            level: n,
            name: format!("L{n}"),
            score: 40.0,
            description: None,
            requires: Vec::new(),
            min_score: None,
        };
        assert_eq!(
            lines(&mut r, |h| {
                let m = h.maturity.as_mut().unwrap();
                m.baseline = 25.0;
                m.levels.push(level(1));
            }),
            ["maturity baseline: 20 → 25", "level 1 added"]
        );
        assert_eq!(
            lines(&mut r, |h| h.maturity.as_mut().unwrap().levels[0].name =
                "Safe".into()),
            ["level 1: name L1 → Safe"]
        );
    }

    #[test]
    fn a_head_replaced_by_an_equal_one_says_nothing_changed() {
        let mut r = roadmap();
        assert_eq!(
            lines(&mut r, |_| {}),
            ["project, phases, findings and levels unchanged"]
        );
    }
}
