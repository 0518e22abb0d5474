//! Runs the model's validation on a decoded roadmap and reports each problem
//! at the line:col of the value that causes it.

use super::decode::{Decoder, Table};
use super::locate::Locator;
use crate::model::validate;
use crate::model::Roadmap;

pub(crate) fn report_problems(roadmap: &Roadmap, root: &Table<'_>, d: &mut Decoder<'_>) {
    let mut locator = Locator::new(root);
    for problem in validate::validate(roadmap) {
        let span = locator.span_of(problem.locus, problem.field, &problem.message);
        if problem.field == Some(validate::CONFLICT_KEY) {
            // Reported as errors, yet the file must load so they can be settled.
            d.standing_error(span, problem.message, problem.help);
        } else {
            d.report(problem.gravity, span, problem.message, problem.help);
        }
    }
}
