//! Validation: every problem of a roadmap at once, each with where it is and what to do.
//!
//! [`validate`] never stops at the first problem: a person fixing a file by hand
//! wants the whole list, in the order they will meet the problems reading the
//! file top to bottom. Each problem names its place as a [`Locus`] (an index into
//! the roadmap's vectors) and the key at fault, so the store can turn it into
//! `file:line:col` without the model knowing about files.
//!
//! The checks are split by kind: [`ids`] (empty, malformed, duplicate ids and
//! level numbers), [`references`] (every id that must name something),
//! [`cycles`] (dependency loops, found without recursion) and [`values`]
//! (numbers, dates and titles).

mod conflicts;
mod cycles;
mod ids;
mod index;
mod people;
mod references;
mod values;

#[cfg(test)]
mod fixture;

pub use conflicts::CONFLICT_KEY;
pub use ids::is_slug;

use super::roadmap::Roadmap;
use index::Index;
use std::fmt;

/// How grave a problem of a file is: errors make it invalid (it does not
/// load), warnings are worth a look. Validation and the store's
/// diagnostics share it. (A finding's `Severity`, critical to low, is
/// something else: how bad the audited system's problem is.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gravity {
    Error,
    Warning,
}

impl Gravity {
    pub fn as_str(self) -> &'static str {
        match self {
            Gravity::Error => "error",
            Gravity::Warning => "warning",
        }
    }
}

impl fmt::Display for Gravity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in a roadmap (and so in its file) something is: a problem, a
/// value the store looks up. Indices point into the roadmap's vectors
/// (`Level(i)` is `maturity.levels[i]`, the file's `[[maturity.levels]]`
/// number `i`). The variants are declared in the order the tables appear
/// in a file, so sorting by locus sorts by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locus {
    /// The file's top level, outside any table: `version`.
    Root,
    Project,
    Maturity,
    Level(usize),
    Finding(usize),
    Phase(usize),
    Person(usize),
    Task(usize),
}

/// One thing wrong with a roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub gravity: Gravity,
    pub locus: Locus,
    /// The key at fault as written in the file (`depends_on`), when there is one.
    pub field: Option<&'static str>,
    /// What is wrong, naming the offending value.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Problem {
    pub fn error(locus: Locus, field: &'static str, message: String, help: String) -> Problem {
        Problem {
            gravity: Gravity::Error,
            locus,
            field: Some(field),
            message,
            help: Some(help),
        }
    }

    pub fn warning(locus: Locus, field: &'static str, message: String, help: String) -> Problem {
        Problem {
            gravity: Gravity::Warning,
            ..Problem::error(locus, field, message, help)
        }
    }

    pub fn is_error(&self) -> bool {
        self.gravity == Gravity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.gravity, self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// True when any problem is an error, i.e. the file is invalid.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(Problem::is_error)
}

/// Every problem of `roadmap`, ordered by where it is in the file
/// (project, maturity, levels, findings, phases, tasks; each in file order).
///
/// Runs in time linear in the size of the roadmap and without recursion, so a
/// 100,000-task file or a 10,000-deep dependency chain is checked quickly and
/// cannot overflow the stack.
pub fn validate(roadmap: &Roadmap) -> Vec<Problem> {
    let index = Index::new(roadmap);
    let mut problems = Vec::new();
    values::check(roadmap, &mut problems);
    ids::check(roadmap, &index, &mut problems);
    references::check(roadmap, &index, &mut problems);
    cycles::check(roadmap, &index, &mut problems);
    conflicts::check(roadmap, &index, &mut problems);
    people::check(roadmap, &mut problems);
    // Stable: problems on the same key keep the order the checks found them.
    problems.sort_by_key(|p| (p.locus, key_rank(p.locus, p.field)));
    problems
}

/// Where a key sits within its table in the canonical layout (the order of
/// `docs/FORMAT.md`), so problems of one table read top to bottom.
fn key_rank(locus: Locus, field: Option<&str>) -> usize {
    let keys: &[&str] = match locus {
        Locus::Root => &["version"],
        Locus::Project => &["name", "hours_per_day", "days_per_week"],
        Locus::Maturity => &["baseline", "scale"],
        Locus::Level(_) => &["level", "name", "score", "requires", "min_score"],
        Locus::Finding(_) => &["id", "title", "score", "target", "max"],
        Locus::Phase(_) => &["id", "name", "start", "end"],
        Locus::Person(_) => &["name", "hours_per_week", "focus", "off"],
        Locus::Task(_) => &[
            "id",
            "phase",
            "title",
            "level",
            "findings",
            "depends_on",
            "done_on",
        ],
    };
    field
        .and_then(|f| keys.iter().position(|k| *k == f))
        .unwrap_or(keys.len())
}

/// Empty or only white space. Stops at the first visible character, which
/// matters when it runs over every title of a 100,000-task file.
fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// A number as it would be written in the file: `60`, `2.5`, `NaN`.
fn show(value: f64) -> String {
    let rounded = super::range::format_number(value);
    if rounded.parse::<f64>().ok() == Some(value) {
        rounded
    } else {
        value.to_string()
    }
}

/// Up to `limit` items as `` `a`, `b`, `c` ``, with "and N more" after.
fn list_some<'a>(items: impl ExactSizeIterator<Item = &'a str>, limit: usize) -> String {
    let total = items.len();
    let mut text = items
        .take(limit)
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if total > limit {
        text.push_str(&format!(" and {} more", total - limit));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::fixture::sample;
    use super::*;

    #[test]
    fn a_sound_roadmap_has_no_problems() {
        assert_eq!(validate(&sample()), Vec::new());
    }

    #[test]
    fn problems_come_in_file_order() {
        let mut r = sample();
        r.tasks[1].title.clear();
        r.phases[0].name.clear();
        r.project.hours_per_day = 0.0;
        r.findings[1].title.clear();
        if let Some(m) = r.maturity.as_mut() {
            m.levels[2].name.clear();
            m.baseline = -1.0;
        }
        let loci: Vec<Locus> = validate(&r).iter().map(|p| p.locus).collect();
        assert_eq!(
            loci,
            vec![
                Locus::Project,
                Locus::Maturity,
                Locus::Level(2),
                Locus::Finding(1),
                Locus::Phase(0),
                Locus::Task(1)
            ]
        );
    }

    #[test]
    fn problems_of_one_table_follow_its_key_order() {
        let mut r = sample();
        r.tasks[1].done_on = r.tasks[2].done_on;
        r.tasks[1].level = Some(9);
        r.tasks[1].title.clear();
        r.tasks[1].phase = "later".into();
        r.tasks[1].id = "CI".into();
        r.tasks[2].depends_on.clear();
        let fields: Vec<_> = validate(&r).iter().filter_map(|p| p.field).collect();
        assert_eq!(fields, ["id", "phase", "title", "level", "done_on"]);
    }

    #[test]
    fn problems_print_with_their_help() {
        let p = Problem::warning(Locus::Task(0), "id", "odd".into(), "fix it".into());
        assert_eq!(p.to_string(), "warning: odd\n  help: fix it");
        assert!(!has_errors(&[p]));
    }

    #[test]
    fn numbers_show_as_written() {
        assert_eq!(show(60.0), "60");
        assert_eq!(show(2.5), "2.5");
        assert_eq!(show(100.004), "100.004");
        assert_eq!(show(f64::NAN), "NaN");
        assert_eq!(
            list_some(["a", "b", "c"].into_iter(), 2),
            "`a`, `b` and 1 more"
        );
    }
}
