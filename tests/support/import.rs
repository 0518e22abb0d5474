//! Importing a report written for a test, and finding what it gave: shared
//! by the importer's test files.
#![allow(dead_code)]

use roadmap::import::import_report;
use roadmap::model::validate::{has_errors, validate};
use roadmap::model::{Roadmap, Task};

/// Imports `md` and checks the roadmap validates.
pub fn import(md: &str) -> Roadmap {
    let outcome = import_report(md.as_bytes(), "report.md");
    let problems = validate(&outcome.roadmap);
    assert!(!has_errors(&problems), "{problems:#?}");
    outcome.roadmap
}

/// The task titled `title`; the panic lists the titles there are.
pub fn task<'a>(r: &'a Roadmap, title: &str) -> &'a Task {
    r.tasks
        .iter()
        .find(|t| t.title == title)
        .unwrap_or_else(|| panic!("no task `{title}` in {:?}", titles(r)))
}

pub fn titles(r: &Roadmap) -> Vec<&str> {
    r.tasks.iter().map(|t| t.title.as_str()).collect()
}

/// The window of the phase a task is in.
pub fn window<'a>(r: &'a Roadmap, t: &Task) -> Option<&'a str> {
    r.phase(&t.phase).and_then(|p| p.window.as_deref())
}
