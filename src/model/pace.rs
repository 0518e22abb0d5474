//! Pace from history: the hours actually done per week lately, and when each
//! maturity level and the whole roadmap would be done if that pace held. The
//! second forecast beside the capacity one (`schedule`), which asks what the
//! people listed *could* do; this one asks what the history says they *did*.
//!
//! Pure arithmetic: the caller reads the dated check-offs (from git, see
//! `git::versions::Versions::check_offs`) and passes them in with today.
//!
//! - A task's hours are the middle of its estimate (`low + high) / 2`, as
//!   the effort percentages of the metrics use, in the project's calendar;
//!   done hours and remaining hours are measured the same way, so the ratio
//!   does not lean towards either end of the ranges. Unestimated tasks count
//!   no hours on either side and are counted apart.
//! - The window is the last `weeks` whole weeks ending today (today
//!   included): `today - 7 × weeks + 1 ..= today`, cut to start no earlier
//!   than the history does, so a history of three weeks is not divided by
//!   six. Pace is the hours in the window over its length in weeks.
//! - No pace (with the reason said) when the history covers fewer than
//!   [`MIN_DAYS`] days or nothing estimated was checked off in the window:
//!   a date from one busy afternoon, or from zero, would be invented.
//! - A level's date is today plus the remaining hours of its open tasks and
//!   the levels' below (a ladder is climbed in order, as `schedule` counts
//!   them: tagged with the level or gating it through `requires`) at that
//!   pace, in calendar days, rounded up.

use super::maturity::sorted_levels;
use super::{Roadmap, Status};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// Weeks of history measured unless asked otherwise.
pub const DEFAULT_WEEKS: u32 = 6;

/// The shortest history a pace is measured over: two weeks.
pub const MIN_DAYS: i64 = 14;

/// One task checked off: the day it counts for and its hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckOff {
    pub day: NaiveDate,
    /// The middle of its estimate in hours; `None` when unestimated.
    pub hours: Option<f64>,
}

/// The pace measured over the last weeks, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Pace {
    /// The weeks asked for.
    pub weeks: u32,
    /// The first and last day measured (the window, cut to the history).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Hours checked off in each of the `weeks` weeks, oldest first; a week
    /// before the history began holds 0.
    pub by_week: Vec<f64>,
    /// Hours checked off in the window, and how many tasks that was.
    pub hours_done: f64,
    pub tasks_done: usize,
    /// Tasks checked off in the window without an estimate (no hours).
    pub unestimated_done: usize,
    /// Hours a week; `None` when there is no pace, with `reason` saying why.
    pub hours_per_week: Option<f64>,
    pub reason: Option<String>,
}

impl Pace {
    /// No pace at all, for a reason found before measuring (the file is not
    /// in git, its history could not be read).
    pub fn unknown(weeks: u32, today: NaiveDate, reason: impl Into<String>) -> Pace {
        Pace {
            weeks,
            from: today,
            to: today,
            by_week: Vec::new(),
            hours_done: 0.0,
            tasks_done: 0,
            unestimated_done: 0,
            hours_per_week: None,
            reason: Some(reason.into()),
        }
    }

    /// The number of days measured.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }
}

fn plus_days(day: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        day.checked_add_days(Days::new(n as u64))
            .unwrap_or(NaiveDate::MAX)
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// "the last 6 weeks", "the last week".
pub fn window_words(weeks: u32) -> String {
    if weeks == 1 {
        "the last week".into()
    } else {
        format!("the last {weeks} weeks")
    }
}

/// The first day of the last `weeks` weeks to `today` (today included).
pub fn window_start(today: NaiveDate, weeks: u32) -> NaiveDate {
    plus_days(today, 1 - 7 * i64::from(weeks.max(1)))
}

/// The pace of `done` over the last `weeks` weeks to `today`, for a
/// history whose first version is dated `history_from`.
pub fn measure(done: &[CheckOff], history_from: NaiveDate, today: NaiveDate, weeks: u32) -> Pace {
    let weeks = weeks.max(1);
    let window_from = window_start(today, weeks);
    let from = window_from.max(history_from).min(today);
    let mut by_week = vec![0.0; weeks as usize];
    let (mut hours_done, mut tasks_done, mut unestimated_done) = (0.0, 0, 0);
    for c in done.iter().filter(|c| c.day >= from && c.day <= today) {
        tasks_done += 1;
        match c.hours {
            Some(h) => {
                hours_done += h;
                by_week[((c.day - window_from).num_days() / 7) as usize] += h;
            }
            None => unestimated_done += 1,
        }
    }
    let mut pace = Pace {
        weeks,
        from,
        to: today,
        by_week,
        hours_done,
        tasks_done,
        unestimated_done,
        hours_per_week: None,
        reason: None,
    };
    // The history's length, not the window's: `--weeks 1` on a long
    // history is a fair question.
    let history_days = ((today - history_from).num_days() + 1).max(0);
    if history_days < MIN_DAYS {
        pace.reason = Some(format!(
            "no pace yet: the file's git history covers {history_days} day{} (it takes {MIN_DAYS})",
            if history_days == 1 { "" } else { "s" }
        ));
    } else if hours_done <= 0.0 {
        pace.reason = Some(format!(
            "no pace yet: nothing estimated was checked off in {}",
            window_words(weeks)
        ));
    } else {
        pace.hours_per_week = Some(hours_done * 7.0 / pace.days() as f64);
    }
    pace
}

/// Where one level (or the end) stands at the pace.
#[derive(Debug, Clone, PartialEq)]
pub struct PaceTarget {
    /// The level's number and name; `None` for the end of the roadmap.
    pub level: Option<u32>,
    pub name: String,
    /// Open tasks counted (this level and the ones below), and their hours.
    pub open: usize,
    pub hours_left: f64,
    /// Open tasks counted that carry no estimate (no hours).
    pub unestimated: usize,
    /// The day it would be done; `None` with nothing open or no pace.
    pub date: Option<NaiveDate>,
}

/// The second forecast: the pace, and each level's and the end's date at it.
#[derive(Debug, Clone, PartialEq)]
pub struct PaceForecast {
    pub pace: Pace,
    pub levels: Vec<PaceTarget>,
    pub end: PaceTarget,
}

/// The day `hours` are done from `today` at `per_week` hours a week:
/// today plus the calendar days it takes, rounded up.
pub fn date_at(today: NaiveDate, hours: f64, per_week: f64) -> NaiveDate {
    let days = (hours / per_week * 7.0).ceil();
    if !days.is_finite() || days > 3_000_000.0 {
        return NaiveDate::MAX;
    }
    plus_days(today, days as i64)
}

/// The middle of `task`'s estimate in hours under `r`'s calendar.
pub fn task_hours(r: &Roadmap, task: &super::Task) -> Option<f64> {
    task.effort.map(|e| e.in_hours(&r.calendar()).mid())
}

/// Each level's and the end's date for `r` at `pace` from `today`.
pub fn forecast(r: &Roadmap, pace: Pace, today: NaiveDate) -> PaceForecast {
    let open: Vec<bool> = r
        .tasks
        .iter()
        .map(|t| matches!(t.status, Status::Todo | Status::Doing))
        .collect();
    let hours: Vec<Option<f64>> = r.tasks.iter().map(|t| task_hours(r, t)).collect();
    let target = |level: Option<u32>, name: String, picked: &mut dyn Iterator<Item = usize>| {
        let (mut n, mut h, mut u) = (0, 0.0, 0);
        for i in picked {
            n += 1;
            match hours[i] {
                Some(x) => h += x,
                None => u += 1,
            }
        }
        let date = match pace.hours_per_week {
            Some(per_week) if n > 0 => Some(date_at(today, h, per_week)),
            _ => None,
        };
        PaceTarget {
            level,
            name,
            open: n,
            hours_left: h,
            unestimated: u,
            date,
        }
    };
    let mut levels = Vec::new();
    if let Some(maturity) = &r.maturity {
        let position: HashMap<&str, usize> = r
            .tasks
            .iter()
            .enumerate()
            .rev()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        let mut counted = vec![false; r.tasks.len()];
        let mut picked: Vec<usize> = Vec::new();
        for level in sorted_levels(maturity) {
            let tagged = (0..r.tasks.len()).filter(|&i| r.tasks[i].level == Some(level.level));
            let gates = level
                .requires
                .iter()
                .filter_map(|id| position.get(id.as_str()).copied());
            for i in tagged.chain(gates).collect::<Vec<_>>() {
                if open[i] && !std::mem::replace(&mut counted[i], true) {
                    picked.push(i);
                }
            }
            levels.push(target(
                Some(level.level),
                level.name.clone(),
                &mut picked.iter().copied(),
            ));
        }
    }
    let end = target(
        None,
        "End".into(),
        &mut (0..r.tasks.len()).filter(|&i| open[i]),
    );
    PaceForecast { pace, levels, end }
}

#[cfg(test)]
#[path = "pace_tests.rs"]
mod tests;
