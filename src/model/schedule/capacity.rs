//! Hours the people give the roadmap between two days: what a deadline is
//! worth in effort (`roadmap plan --by`), counted on the same calendars the
//! forecast books (weekdays worked, days off, focus).

use super::plan::Plan;
use super::worker::HORIZON_DAYS;
use crate::model::roadmap::Roadmap;
use chrono::NaiveDate;

/// Hours all people can work from `today` to `last`, both days included;
/// 0 when `last` is before `today`.
pub fn hours_until(roadmap: &Roadmap, today: NaiveDate, last: NaiveDate) -> f64 {
    let days = (last - today).num_days();
    if days < 0 {
        return 0.0;
    }
    let days = days.min(HORIZON_DAYS as i64);
    let plan = Plan::new(roadmap, today);
    plan.workers
        .iter()
        .map(|w| (0..=days).map(|d| w.capacity(d)).sum::<f64>())
        .sum()
}
