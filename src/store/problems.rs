//! Runs the model's validation on a decoded roadmap and reports each problem
//! at the line:col of the value that causes it.

use super::decode::{Decoder, Table};
use super::diagnostic::Severity;
use super::locate::{Locator, Place};
use crate::model::validate::{self, Locus};
use crate::model::Roadmap;

pub(crate) fn report_problems(roadmap: &Roadmap, root: &Table<'_>, d: &mut Decoder<'_>) {
    let mut locator = Locator::new(root);
    for problem in validate::validate(roadmap) {
        let place = match problem.locus {
            Locus::Project => Place::Project,
            Locus::Maturity => Place::Maturity,
            Locus::Level(i) => Place::Level(i),
            Locus::Finding(i) => Place::Finding(i),
            Locus::Phase(i) => Place::Phase(i),
            Locus::Task(i) => Place::Task(i),
        };
        // `version` is a root key although the model files it under the project.
        let place = if problem.field == Some("version") {
            Place::Root
        } else {
            place
        };
        let severity = match problem.severity {
            validate::Severity::Error => Severity::Error,
            validate::Severity::Warning => Severity::Warning,
        };
        let span = locator.span_of(place, problem.field, &problem.message);
        if problem.field == Some(validate::CONFLICT_KEY) {
            // Reported as errors, yet the file must load so they can be settled.
            d.standing_error(span, problem.message, problem.help);
        } else {
            d.report(severity, span, problem.message, problem.help);
        }
    }
}
