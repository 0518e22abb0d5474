//! References: every phase, finding, task and level a roadmap names must exist.

use super::index::{Index, MISSING};
use super::{list_some, Locus, Problem};
use crate::model::roadmap::Roadmap;

/// How many existing ids a "no such phase" problem lists.
const SHOWN: usize = 5;

pub(super) fn check(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    levels(r, index, out);
    // Tasks come grouped by phase, so most share the previous task's phase:
    // comparing with it is cheaper than hashing it again.
    let mut known_phase: Option<&str> = None;
    for (i, task) in r.tasks.iter().enumerate() {
        let at = Locus::Task(i);
        let id = task.id.as_str();
        let phase = task.phase.as_str();
        if known_phase != Some(phase) {
            if index.phases.contains(phase) {
                known_phase = Some(phase);
            } else {
                out.push(missing_phase(r, id, phase, at));
            }
        }
        for finding in task
            .findings
            .iter()
            .filter(|f| !index.findings.contains(f.as_str()))
        {
            out.push(Problem::error(
                at,
                "findings",
                format!("task `{id}` addresses finding `{finding}`, which does not exist"),
                format!("check the spelling against the [[findings]] ids, or remove `{finding}` from findings"),
            ));
        }
        for (dep, &target) in task.depends_on.iter().zip(index.dependencies(i)) {
            if target == i {
                out.push(Problem::error(
                    at,
                    "depends_on",
                    format!("task `{id}` depends on itself"),
                    format!("remove `{id}` from its depends_on"),
                ));
            } else if target == MISSING {
                out.push(Problem::error(
                    at,
                    "depends_on",
                    format!("task `{id}` depends on `{dep}`, which is not a task id"),
                    format!("check the spelling, or remove `{dep}` from depends_on"),
                ));
            }
        }
        if let Some(level) = task.level {
            if let Some(problem) = missing_level(r, index, id, level, at) {
                out.push(problem);
            }
        }
    }
}

fn missing_phase(r: &Roadmap, task: &str, phase: &str, at: Locus) -> Problem {
    let phases = r.phases.iter().map(|p| p.id.as_str());
    let (message, help) = if phase.trim().is_empty() {
        let help = if r.phases.is_empty() {
            "the file has no [[phases]]: add one, then set phase to its id".to_string()
        } else {
            format!("set phase to {}", choose("phase", "phases", phases))
        };
        (format!("task `{task}` has no phase"), help)
    } else {
        let help = if r.phases.is_empty() {
            format!("the file has no [[phases]]: add one with id = \"{phase}\"")
        } else {
            format!(
                "use {}, or add a [[phases]] table with id = \"{phase}\"",
                choose("phase", "phases", phases)
            )
        };
        (
            format!("task `{task}` is in phase `{phase}`, which does not exist"),
            help,
        )
    };
    Problem::error(at, "phase", message, help)
}

/// "the phase `a`" or "one of the phases `a`, `b`… and 3 more".
fn choose<'a>(one: &str, many: &str, ids: impl ExactSizeIterator<Item = &'a str>) -> String {
    if ids.len() == 1 {
        format!("the {one} {}", list_some(ids, SHOWN))
    } else {
        format!("one of the {many} {}", list_some(ids, SHOWN))
    }
}

fn missing_level(r: &Roadmap, index: &Index, task: &str, level: u32, at: Locus) -> Option<Problem> {
    let Some(m) = &r.maturity else {
        return Some(Problem::error(
            at,
            "level",
            format!("task `{task}` is tagged level {level}, but the file has no [maturity] table"),
            "add a [maturity] table with its [[maturity.levels]], or remove level from the task"
                .into(),
        ));
    };
    if index.levels.contains(&level) {
        return None;
    }
    let numbers: Vec<String> = m.levels.iter().map(|l| l.level.to_string()).collect();
    let help = if numbers.is_empty() {
        format!(
            "add a [[maturity.levels]] table with level = {level}, or remove level from the task"
        )
    } else {
        format!(
            "use {}, or add a [[maturity.levels]] table with level = {level}",
            choose("level", "levels", numbers.iter().map(String::as_str))
        )
    };
    Some(Problem::error(
        at,
        "level",
        format!("task `{task}` is tagged level {level}, which is not a maturity level"),
        help,
    ))
}

fn levels(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    let Some(m) = &r.maturity else { return };
    for (i, level) in m.levels.iter().enumerate() {
        for task in level
            .requires
            .iter()
            .filter(|t| !index.tasks.contains(t.as_str()))
        {
            out.push(Problem::error(
                Locus::Level(i),
                "requires",
                format!(
                    "level {} (`{}`) requires task `{task}`, which does not exist",
                    level.level, level.name
                ),
                format!(
                    "check the spelling against the task ids, or remove `{task}` from requires"
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{run, sample, Case};
    use super::super::{validate, Gravity::*, Locus};
    use crate::model::roadmap::Phase;

    #[test]
    fn dangling_references_name_the_missing_id() {
        run(&[
            Case {
                name: "unknown phase",
                edit: |r| r.tasks[1].phase = "week-2".into(),
                gravity: Error,
                locus: Locus::Task(1),
                field: "phase",
                message: &["`ci-pipeline`", "phase `week-2`"],
                help: "`week-1`, `month-2`",
            },
            Case {
                name: "no phase at all",
                edit: |r| r.tasks[1].phase.clear(),
                gravity: Error,
                locus: Locus::Task(1),
                field: "phase",
                message: &["`ci-pipeline` has no phase"],
                help: "set phase to one of the phases `week-1`, `month-2`",
            },
            Case {
                name: "unknown finding",
                edit: |r| r.tasks[0].findings.push("logging".into()),
                gravity: Error,
                locus: Locus::Task(0),
                field: "findings",
                message: &["`health-checks`", "finding `logging`"],
                help: "remove `logging` from findings",
            },
            Case {
                name: "unknown dependency",
                edit: |r| r.tasks[2].depends_on = vec!["ci-pipline".into()],
                gravity: Error,
                locus: Locus::Task(2),
                field: "depends_on",
                message: &["`deploy-worker` depends on `ci-pipline`"],
                help: "remove `ci-pipline` from depends_on",
            },
            Case {
                name: "self dependency",
                edit: |r| r.tasks[0].depends_on = vec!["health-checks".into()],
                gravity: Error,
                locus: Locus::Task(0),
                field: "depends_on",
                message: &["`health-checks` depends on itself"],
                help: "remove `health-checks`",
            },
            Case {
                name: "unknown level",
                edit: |r| r.tasks[0].level = Some(7),
                gravity: Error,
                locus: Locus::Task(0),
                field: "level",
                message: &["tagged level 7", "not a maturity level"],
                help: "`1`, `2`, `3`",
            },
            Case {
                name: "level without a maturity model",
                edit: |r| {
                    r.maturity = None;
                    r.tasks[1].level = None;
                    r.tasks[2].level = None;
                },
                gravity: Error,
                locus: Locus::Task(0),
                field: "level",
                message: &["`health-checks` is tagged level 1", "no [maturity] table"],
                help: "remove level",
            },
            Case {
                name: "level requiring a missing task",
                edit: |r| {
                    let m = r.maturity.as_mut().expect("maturity");
                    m.levels[1].requires.push("backups".into());
                },
                gravity: Error,
                locus: Locus::Level(1),
                field: "requires",
                message: &["level 2 (`Basic Automation`)", "task `backups`"],
                help: "remove `backups` from requires",
            },
        ]);
    }

    #[test]
    fn a_missing_phase_lists_at_most_five_phases() {
        let mut r = sample();
        for n in 0..8 {
            r.phases.push(Phase {
                id: format!("extra-{n}"),
                ..r.phases[0].clone()
            });
        }
        r.tasks[0].phase = "later".into();
        let problems = validate(&r);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let help = problems[0].help.as_deref().unwrap_or_default();
        assert!(help.contains("`extra-2` and 5 more"), "{help}");
        assert!(!help.contains("extra-3"), "{help}");
    }

    #[test]
    fn a_single_choice_is_named_as_such() {
        let mut r = sample();
        r.phases.truncate(1);
        r.tasks.truncate(2);
        r.tasks[1].phase = "nope".into();
        let problems = validate(&r);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let help = problems[0].help.as_deref().unwrap_or_default();
        assert!(help.starts_with("use the phase `week-1`, or add"), "{help}");
    }

    #[test]
    fn without_phases_the_help_says_to_add_one() {
        let mut r = sample();
        r.phases.clear();
        let problems = validate(&r);
        assert_eq!(problems.len(), 3, "one per task: {problems:#?}");
        let help = problems[0].help.as_deref().unwrap_or_default();
        assert!(help.contains("no [[phases]]"), "{help}");
        assert!(help.contains("id = \"week-1\""), "{help}");
    }

    #[test]
    fn every_dangling_reference_is_reported_not_just_the_first() {
        let mut r = sample();
        r.tasks[2].depends_on = vec!["a".into(), "ci-pipeline".into(), "b".into()];
        r.tasks[2].findings = vec!["x".into(), "y".into()];
        let fields: Vec<_> = validate(&r).iter().map(|p| (p.locus, p.field)).collect();
        assert_eq!(
            fields,
            vec![
                (Locus::Task(2), Some("findings")),
                (Locus::Task(2), Some("findings")),
                (Locus::Task(2), Some("depends_on")),
                (Locus::Task(2), Some("depends_on")),
            ]
        );
    }
}
