//! Figures as the screen shows them: hours in a natural unit, money with the
//! project's currency, percentages without noise.

use crate::model::effort::natural_range;
use crate::model::money::format_amount;
use crate::model::{Calendar, Range, Task};

pub fn hours(range: Range, cal: &Calendar) -> String {
    natural_range(range, cal)
}

pub fn money(range: Range, currency: &str) -> String {
    format_amount(range, currency)
}

/// The model's one rounding rule (`status` and the exports use it too).
pub fn percent(p: f64) -> String {
    crate::model::range::format_percent(p)
}

/// One-time and monthly cost in one short cell: `$400-850`, `$50/mo`, `$1k+$50/mo`.
pub fn task_cost(task: &Task, currency: &str) -> String {
    let once = task.cost_once.map(|m| money(m.0, currency));
    let monthly = task
        .cost_monthly
        .map(|m| format!("{}/mo", money(m.0, currency)));
    match (once, monthly) {
        (Some(o), Some(m)) => format!("{o}+{m}"),
        (Some(o), None) => o,
        (None, Some(m)) => m,
        (None, None) => String::new(),
    }
}

/// One-time plus monthly, for totals: `$1.2k + $50/mo`.
pub fn once_and_monthly(once: Range, monthly: Range, currency: &str) -> String {
    match (once.is_zero(), monthly.is_zero()) {
        (true, true) => money(Range::ZERO, currency),
        (false, true) => money(once, currency),
        (true, false) => format!("{}/mo", money(monthly, currency)),
        (false, false) => format!(
            "{} + {}/mo",
            money(once, currency),
            money(monthly, currency)
        ),
    }
}
