//! Figures in words, once for every output (`status`, the markdown export,
//! the planner), so each says what its numbers cover: how many tasks an
//! effort share stands on, and work left that carries no estimate.

use super::effort::{natural_range, Calendar};
use super::metrics::Progress;
use super::range::{format_percent, Range};

/// The effort share and what it covers: `effort 40 %` when every counted
/// task is estimated, `effort 40 % of 12 estimated (18 not estimated)` when
/// some are not, `no effort estimates` when none is.
pub fn effort_share(p: &Progress) -> String {
    match p.percent_by_effort_known() {
        None => "no effort estimates".to_string(),
        Some(share) if p.tasks_unestimated() == 0 => format!("effort {}", format_percent(share)),
        Some(share) => format!(
            "effort {} of {} estimated ({} not estimated)",
            format_percent(share),
            p.tasks_estimated,
            p.tasks_unestimated()
        ),
    }
}

/// [`effort_share`] in fewer cells, for a narrow screen:
/// `effort 40 % (12/30 est.)` when some tasks are not estimated.
pub fn effort_share_short(p: &Progress) -> String {
    match p.percent_by_effort_known() {
        Some(share) if p.tasks_unestimated() > 0 => format!(
            "effort {} ({}/{} est.)",
            format_percent(share),
            p.tasks_estimated,
            p.tasks_counted()
        ),
        _ => effort_share(p),
    }
}

/// The effort left where a few cells must do: `8h`, or `≥8h` when open
/// tasks without an estimate come on top; `None` when nothing left is
/// estimated but some open work is not (never "0h").
pub fn effort_left_short(
    remaining: Range,
    open_unestimated: usize,
    cal: &Calendar,
) -> Option<String> {
    match (open_unestimated, remaining.is_zero()) {
        (0, _) => Some(natural_range(remaining, cal)),
        (_, true) => None,
        (_, false) => Some(format!("≥{}", natural_range(remaining, cal))),
    }
}

/// The effort share in a sentence about progress: `40 % by effort`, or
/// `no effort estimates` (never a 0 % share of nothing). What the share
/// covers goes beside the effort sums (`Roadmap::estimate_coverage_note`).
pub fn by_effort(p: &Progress) -> String {
    match p.percent_by_effort_known() {
        Some(share) => format!("{} by effort", format_percent(share)),
        None => "no effort estimates".to_string(),
    }
}

/// The effort left, never `0h` for work nobody estimated: `8h`,
/// `8h + 3 tasks not estimated`, `1 task not estimated`. Read as
/// "… left".
pub fn effort_left(remaining: Range, open_unestimated: usize, cal: &Calendar) -> String {
    let tasks = match open_unestimated {
        1 => "1 task not estimated".to_string(),
        n => format!("{n} tasks not estimated"),
    };
    match (open_unestimated, remaining.is_zero()) {
        (0, _) => natural_range(remaining, cal),
        (_, true) => tasks,
        (_, false) => format!("{} + {tasks}", natural_range(remaining, cal)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(counted: usize, estimated: usize, done: f64, total: f64) -> Progress {
        Progress {
            tasks_total: counted,
            tasks_estimated: estimated,
            effort_done: Range::point(done),
            effort_total: Range::point(total),
            ..Progress::default()
        }
    }

    #[test]
    fn an_effort_share_names_the_tasks_it_stands_on() {
        assert_eq!(effort_share(&progress(5, 5, 2.0, 5.0)), "effort 40 %");
        assert_eq!(
            effort_share(&progress(30, 12, 2.0, 5.0)),
            "effort 40 % of 12 estimated (18 not estimated)"
        );
        assert_eq!(
            effort_share(&progress(3, 0, 0.0, 0.0)),
            "no effort estimates"
        );
        assert_eq!(progress(3, 0, 0.0, 0.0).percent_by_effort_known(), None);
    }

    #[test]
    fn work_without_an_estimate_is_never_zero_hours_left() {
        let cal = Calendar::default();
        assert_eq!(effort_left(Range::point(8.0), 0, &cal), "8h");
        assert_eq!(effort_left(Range::ZERO, 0, &cal), "0h");
        assert_eq!(
            effort_left_short(Range::point(8.0), 2, &cal).as_deref(),
            Some("≥8h")
        );
        assert_eq!(effort_left_short(Range::ZERO, 2, &cal), None);
        assert_eq!(
            effort_left_short(Range::ZERO, 0, &cal).as_deref(),
            Some("0h")
        );
        assert_eq!(effort_left(Range::ZERO, 1, &cal), "1 task not estimated");
        assert_eq!(
            effort_left(Range::point(8.0), 3, &cal),
            "8h + 3 tasks not estimated"
        );
    }
}
