//! Numbers, dates and titles: the checks that need no index of ids.

use super::{is_blank, show, Locus, Problem};
use crate::model::kinds::Status;
use crate::model::roadmap::{Maturity, Roadmap, FORMAT_VERSION};

pub(super) fn check(r: &Roadmap, out: &mut Vec<Problem>) {
    project(r, out);
    if let Some(m) = &r.maturity {
        maturity(m, out);
    }
    findings(r, out);
    phases(r, out);
    tasks(r, out);
}

fn project(r: &Roadmap, out: &mut Vec<Problem>) {
    let p = &r.project;
    if r.version == 0 || r.version > FORMAT_VERSION {
        out.push(Problem::error(
            Locus::Root,
            "version",
            format!(
                "format version {} is not one this build reads (it reads {FORMAT_VERSION})",
                r.version
            ),
            format!("set version = {FORMAT_VERSION}, or upgrade roadmap if the file came from a newer one"),
        ));
    }
    if is_blank(&p.name) {
        out.push(Problem::error(
            Locus::Project,
            "name",
            "the project has no name".into(),
            "set name = \"…\" in [project]".into(),
        ));
    }
    if !(p.hours_per_day > 0.0 && p.hours_per_day <= 24.0) {
        out.push(Problem::error(
            Locus::Project,
            "hours_per_day",
            format!(
                "hours_per_day = {} is not a working day: it must be more than 0 and at most 24",
                show(p.hours_per_day)
            ),
            "set hours_per_day to the hours in one working day, usually 8".into(),
        ));
    }
    if !(p.days_per_week > 0.0 && p.days_per_week <= 7.0) {
        out.push(Problem::error(
            Locus::Project,
            "days_per_week",
            format!(
                "days_per_week = {} is not a working week: it must be more than 0 and at most 7",
                show(p.days_per_week)
            ),
            "set days_per_week to the days in one working week, usually 5".into(),
        ));
    }
}

fn maturity(m: &Maturity, out: &mut Vec<Problem>) {
    let max = m.scale.max();
    let scale_ok = max.is_finite() && max > 0.0;
    if !scale_ok {
        out.push(Problem::error(
            Locus::Maturity,
            "scale",
            format!("scale `{}` has no positive maximum", m.scale.as_file_str()),
            "write scale = \"percent\" or \"/N\" with N above 0, such as \"/10\"".into(),
        ));
    }
    let outside = |x: f64| scale_ok && !(0.0..=max).contains(&x);
    let range = format!("0 to {}", show(max));
    if outside(m.baseline) {
        out.push(Problem::error(
            Locus::Maturity,
            "baseline",
            format!(
                "baseline {} is outside the scale ({range})",
                show(m.baseline)
            ),
            format!("set baseline to the score before any work, between {range}"),
        ));
    }
    for (i, level) in m.levels.iter().enumerate() {
        let at = Locus::Level(i);
        let n = level.level;
        if is_blank(&level.name) {
            out.push(Problem::error(
                at,
                "name",
                format!("level {n} has no name"),
                "name it as the report does, such as \"Basic Automation\"".into(),
            ));
        }
        if outside(level.score) {
            out.push(Problem::error(
                at,
                "score",
                format!(
                    "level {n} has score {}, outside the scale ({range})",
                    show(level.score)
                ),
                format!(
                    "set score to the score reached when the level is complete, between {range}"
                ),
            ));
        }
        if let Some(min) = level.min_score.filter(|&x| outside(x)) {
            out.push(Problem::error(
                at,
                "min_score",
                format!(
                    "level {n} has min_score {}, outside the scale ({range})",
                    show(min)
                ),
                format!("set min_score between {range}, or remove it"),
            ));
        }
        let Some(prev) = i.checked_sub(1).map(|p| &m.levels[p]) else {
            continue;
        };
        if n < prev.level {
            out.push(Problem::error(
                at,
                "level",
                format!(
                    "level {n} comes after level {}: levels must be in ascending order",
                    prev.level
                ),
                format!("move level {n} before level {} in the file", prev.level),
            ));
        }
        if level.score < prev.score {
            out.push(Problem::error(
                at,
                "score",
                format!(
                    "level {n} reaches score {}, less than the {} of level {} before it",
                    show(level.score),
                    show(prev.score),
                    prev.level
                ),
                "a higher level cannot have a lower score: raise this one or lower the one before"
                    .into(),
            ));
        }
    }
}

fn findings(r: &Roadmap, out: &mut Vec<Problem>) {
    for (i, f) in r.findings.iter().enumerate() {
        let at = Locus::Finding(i);
        if is_blank(&f.title) {
            out.push(Problem::error(
                at,
                "title",
                format!("finding `{}` has no title", f.id),
                "give it a title saying what the audit found".into(),
            ));
        }
        let max = f.max.filter(|m| m.is_finite() && *m > 0.0);
        if let Some(bad) = f.max.filter(|_| max.is_none()) {
            out.push(Problem::error(
                at,
                "max",
                format!(
                    "finding `{}` has max {}; a maximum must be above 0",
                    f.id,
                    show(bad)
                ),
                "set max to the top of the report's scale, such as 10, or remove it".into(),
            ));
        }
        for (field, value) in [("score", f.score), ("target", f.target)] {
            let Some(value) = value else { continue };
            let problem = if !(value >= 0.0 && value.is_finite()) {
                format!("finding `{}` has {field} {}, below 0", f.id, show(value))
            } else if let Some(max) = max.filter(|&m| value > m) {
                format!(
                    "finding `{}` has {field} {}, above its max {}",
                    f.id,
                    show(value),
                    show(max)
                )
            } else {
                continue;
            };
            out.push(Problem::error(
                at,
                field,
                problem,
                format!("set {field} between 0 and max, as the report scores it"),
            ));
        }
    }
}

fn phases(r: &Roadmap, out: &mut Vec<Problem>) {
    for (i, p) in r.phases.iter().enumerate() {
        if is_blank(&p.name) {
            out.push(Problem::error(
                Locus::Phase(i),
                "name",
                format!("phase `{}` has no name", p.id),
                "name it as the plan does, such as \"Critical fixes\"".into(),
            ));
        }
        if let (Some(start), Some(end)) = (p.start, p.end) {
            if start > end {
                out.push(Problem::error(
                    Locus::Phase(i),
                    "start",
                    format!("phase `{}` starts on {start}, after it ends on {end}", p.id),
                    "swap start and end, or correct the dates".into(),
                ));
            }
        }
    }
}

fn tasks(r: &Roadmap, out: &mut Vec<Problem>) {
    for (i, t) in r.tasks.iter().enumerate() {
        if is_blank(&t.title) {
            out.push(Problem::error(
                Locus::Task(i),
                "title",
                format!("task `{}` has no title", t.id),
                "give it a title saying what is to be done".into(),
            ));
        }
        if let Some(day) = t.done_on.filter(|_| t.status != Status::Done) {
            out.push(Problem::warning(
                Locus::Task(i),
                "done_on",
                format!(
                    "task `{}` has done_on = {day} but its status is {}",
                    t.id, t.status
                ),
                "set status = \"done\", or remove done_on".into(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{date, run, Case};
    use super::super::{Gravity::*, Locus};
    use crate::model::kinds::Status;
    use crate::model::roadmap::{Roadmap, Scale};

    fn levels(r: &mut Roadmap) -> &mut Vec<crate::model::roadmap::Level> {
        &mut r
            .maturity
            .as_mut()
            .expect("the sample has a maturity model")
            .levels
    }

    #[test]
    fn values_outside_their_bounds_are_reported() {
        run(&[
            Case {
                name: "version from the future",
                edit: |r| r.version = 9,
                gravity: Error,
                locus: Locus::Root,
                field: "version",
                message: &["version 9"],
                help: "set version = 1",
            },
            Case {
                name: "nameless project",
                edit: |r| r.project.name = "  ".into(),
                gravity: Error,
                locus: Locus::Project,
                field: "name",
                message: &["no name"],
                help: "[project]",
            },
            Case {
                name: "zero hours per day",
                edit: |r| r.project.hours_per_day = 0.0,
                gravity: Error,
                locus: Locus::Project,
                field: "hours_per_day",
                message: &["hours_per_day = 0"],
                help: "usually 8",
            },
            Case {
                name: "25 hours per day",
                edit: |r| r.project.hours_per_day = 25.0,
                gravity: Error,
                locus: Locus::Project,
                field: "hours_per_day",
                message: &["25", "at most 24"],
                help: "usually 8",
            },
            Case {
                name: "NaN days per week",
                edit: |r| r.project.days_per_week = f64::NAN,
                gravity: Error,
                locus: Locus::Project,
                field: "days_per_week",
                message: &["NaN"],
                help: "usually 5",
            },
            Case {
                name: "8 days per week",
                edit: |r| r.project.days_per_week = 8.0,
                gravity: Error,
                locus: Locus::Project,
                field: "days_per_week",
                message: &["= 8", "at most 7"],
                help: "usually 5",
            },
            Case {
                name: "baseline over the scale",
                edit: |r| r.maturity.as_mut().expect("maturity").baseline = 130.0,
                gravity: Error,
                locus: Locus::Maturity,
                field: "baseline",
                message: &["baseline 130", "0 to 100"],
                help: "between 0 to 100",
            },
            Case {
                name: "a scale with no maximum",
                edit: |r| r.maturity.as_mut().expect("maturity").scale = Scale::OutOf(0.0),
                gravity: Error,
                locus: Locus::Maturity,
                field: "scale",
                message: &["`/0`"],
                help: "\"/10\"",
            },
            Case {
                name: "level score over a /10 scale",
                edit: |r| {
                    let m = r.maturity.as_mut().expect("maturity");
                    m.scale = Scale::OutOf(10.0);
                    m.baseline = 3.0;
                    for (level, score) in m.levels.iter_mut().zip([4.0, 6.0, 8.5]) {
                        level.score = score;
                        level.min_score = None;
                    }
                    m.levels[2].score = 11.0;
                },
                gravity: Error,
                locus: Locus::Level(2),
                field: "score",
                message: &["level 3", "score 11", "0 to 10"],
                help: "between 0 to 10",
            },
            Case {
                name: "negative min_score",
                edit: |r| levels(r)[1].min_score = Some(-5.0),
                gravity: Error,
                locus: Locus::Level(1),
                field: "min_score",
                message: &["min_score -5"],
                help: "or remove it",
            },
            Case {
                name: "nameless level",
                edit: |r| levels(r)[0].name.clear(),
                gravity: Error,
                locus: Locus::Level(0),
                field: "name",
                message: &["level 1 has no name"],
                help: "Basic Automation",
            },
            Case {
                name: "levels out of order",
                edit: |r| {
                    levels(r)[0].level = 5;
                    r.tasks[0].level = Some(5);
                },
                gravity: Error,
                locus: Locus::Level(1),
                field: "level",
                message: &["level 2 comes after level 5"],
                help: "move level 2 before level 5",
            },
            Case {
                name: "a score that drops",
                edit: |r| levels(r)[2].score = 50.0,
                gravity: Error,
                locus: Locus::Level(2),
                field: "score",
                message: &["level 3 reaches score 50", "60 of level 2"],
                help: "cannot have a lower score",
            },
            Case {
                name: "finding score above max",
                edit: |r| r.findings[0].score = Some(12.0),
                gravity: Error,
                locus: Locus::Finding(0),
                field: "score",
                message: &["`ci-cd`", "score 12", "max 10"],
                help: "between 0 and max",
            },
            Case {
                name: "finding target above max",
                edit: |r| r.findings[1].target = Some(10.5),
                gravity: Error,
                locus: Locus::Finding(1),
                field: "target",
                message: &["target 10.5", "max 10"],
                help: "between 0 and max",
            },
            Case {
                name: "negative finding score without a max",
                edit: |r| {
                    r.findings[1].max = None;
                    r.findings[1].score = Some(-1.0);
                },
                gravity: Error,
                locus: Locus::Finding(1),
                field: "score",
                message: &["score -1, below 0"],
                help: "between 0 and max",
            },
            Case {
                name: "a zero max",
                edit: |r| {
                    r.findings[0].max = Some(0.0);
                },
                gravity: Error,
                locus: Locus::Finding(0),
                field: "max",
                message: &["max 0"],
                help: "such as 10",
            },
            Case {
                name: "untitled finding",
                edit: |r| r.findings[0].title = "\n".into(),
                gravity: Error,
                locus: Locus::Finding(0),
                field: "title",
                message: &["`ci-cd` has no title"],
                help: "give it a title",
            },
            Case {
                name: "phase ending before it starts",
                edit: |r| r.phases[0].end = Some(date(2025, 10, 1)),
                gravity: Error,
                locus: Locus::Phase(0),
                field: "start",
                message: &["`week-1`", "2025-10-20", "2025-10-01"],
                help: "swap start and end",
            },
            Case {
                name: "nameless phase",
                edit: |r| r.phases[1].name.clear(),
                gravity: Error,
                locus: Locus::Phase(1),
                field: "name",
                message: &["`month-2` has no name"],
                help: "name it",
            },
            Case {
                name: "untitled task",
                edit: |r| r.tasks[2].title.clear(),
                gravity: Error,
                locus: Locus::Task(2),
                field: "title",
                message: &["`deploy-worker` has no title"],
                help: "give it a title",
            },
            Case {
                name: "done_on on an open task",
                edit: |r| r.tasks[2].status = Status::Doing,
                gravity: Warning,
                locus: Locus::Task(2),
                field: "done_on",
                message: &["done_on = 2025-10-22", "status is doing"],
                help: "status = \"done\"",
            },
        ]);
    }

    #[test]
    fn single_day_phases_and_equal_scores_are_fine() {
        let mut r = super::super::fixture::sample();
        r.phases[0].end = r.phases[0].start;
        levels(&mut r)[1].score = 41.0;
        assert_eq!(super::super::validate(&r), Vec::new());
    }
}
