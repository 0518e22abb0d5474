//! The forecast: when each open task, phase and maturity level will be done
//! with the people the roadmap has. Pure and deterministic: it takes the day
//! to start from (the CLI reads `ROADMAP_TODAY` or the clock) and reads no
//! file, so the same roadmap and day give the same dates.
//!
//! How it schedules (list scheduling, no backfilling):
//! - Open tasks (todo, doing) are taken in phase order (the file's
//!   `[[phases]]` order), then priority (critical first), then file order;
//!   a task is taken only once every open task it `depends_on` is placed,
//!   and starts no earlier than the latest of their finishes.
//! - A task whose `owner` is one of the `[[people]]` is booked on their
//!   calendar; any other goes to the team pool: whoever of the people would
//!   finish it first (among equals the one free soonest, then the first
//!   listed). Without `[[people]]` one person works the project's
//!   `hours_per_day × days_per_week` ([`Forecast::assumed_team`]).
//! - A person works `hours_per_week × focus` hours a week, spread over the
//!   first `ceil(days_per_week)` weekdays, none on their days `off`, one task
//!   at a time.
//! - It runs twice, with every estimate's low end and then its high end,
//!   giving each date as a low..high pair. Who does what is settled by the
//!   low run and kept for the high one, so the pair is one plan's spread.
//! - Unestimated tasks take no time; they are listed in
//!   [`Forecast::unestimated`] so no report passes them off as free.
//! - The critical path is the chain that sets the high end: from the task
//!   finishing last, back through whatever held each start (its latest
//!   dependency or its person's previous task).

mod capacity;
mod plan;
mod summary;
mod worker;

#[cfg(test)]
mod tests;

pub use capacity::hours_until;

use super::roadmap::Roadmap;
use chrono::NaiveDate;

/// A low and a high date, from the low and high ends of the estimates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub low: NaiveDate,
    pub high: NaiveDate,
}

/// One open task's place in the forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskForecast {
    pub id: String,
    /// Its position in `roadmap.tasks`.
    pub index: usize,
    /// The person booked: a position in [`Forecast::people`] (the one
    /// `team` without `[[people]]`). A number, not a name: a forecast of
    /// 100,000 tasks should not copy a name per task.
    pub person: usize,
    pub start: Dates,
    /// The last day worked on it.
    pub finish: Dates,
    /// On the chain that sets the end.
    pub critical: bool,
    /// Its high finish passes its `due`.
    pub at_risk: bool,
    /// False for a task with no `effort`: it was given no time.
    pub estimated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PhaseForecast {
    pub id: String,
    pub name: String,
    /// Its open tasks placed; 0 means nothing left to forecast.
    pub open: usize,
    pub start: Option<Dates>,
    pub finish: Option<Dates>,
    /// The phase's `end`, when it has one.
    pub end: Option<NaiveDate>,
    /// The high finish passes `end`.
    pub at_risk: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LevelForecast {
    pub level: u32,
    pub name: String,
    /// Open tasks of this level and the ones below (a ladder is climbed in
    /// order): tagged with the level or gating it through `requires`.
    pub open: usize,
    /// When the last of them is done; none when none is open. Score gates
    /// (`min_score`) are the status's concern, not the calendar's.
    pub finish: Option<Dates>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// The first day of the forecast.
    pub today: NaiveDate,
    /// True when the roadmap has no `[[people]]` and the project's calendar
    /// stood for one person.
    pub assumed_team: bool,
    /// The people booked, with the hours a week each gives.
    pub people: Vec<(String, f64)>,
    /// Every open task placed, in the roadmap's order.
    pub tasks: Vec<TaskForecast>,
    /// Every phase, in the roadmap's order.
    pub phases: Vec<PhaseForecast>,
    /// Every maturity level, in ladder order.
    pub levels: Vec<LevelForecast>,
    /// When the last open task is done; none with nothing open.
    pub end: Option<Dates>,
    /// The chain that sets the end, first task first.
    pub critical_path: Vec<String>,
    /// Tasks, then phases, whose high finish passes their `due` / `end`.
    pub at_risk: Vec<String>,
    /// Open tasks with no estimate, in the roadmap's order.
    pub unestimated: Vec<String>,
    /// Open tasks that could not be placed (a dependency loop, which the
    /// file's validation reports as an error).
    pub unscheduled: Vec<String>,
}

impl Forecast {
    pub fn task(&self, id: &str) -> Option<&TaskForecast> {
        self.tasks.iter().find(|t| t.id == id)
    }

    /// The name of the person booked for `task`.
    pub fn who(&self, task: &TaskForecast) -> &str {
        self.people.get(task.person).map_or("", |(name, _)| name)
    }

    pub fn phase(&self, id: &str) -> Option<&PhaseForecast> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// "no [[people]]: one person at 8 h × 5 days = 40 h a week", the
    /// note every report shows when the team was assumed.
    pub fn team_note(&self, roadmap: &Roadmap) -> Option<String> {
        self.assumed_team.then(|| {
            let p = &roadmap.project;
            format!(
                "no [[people]] in the file: one person at hours_per_day × days_per_week = {} h × {} days = {} h a week",
                super::range::format_number(p.hours_per_day),
                super::range::format_number(p.days_per_week),
                super::range::format_number(p.hours_per_day * p.days_per_week)
            )
        })
    }
}

/// The forecast of `roadmap` from `today`.
pub fn forecast(roadmap: &Roadmap, today: NaiveDate) -> Forecast {
    let plan = plan::Plan::new(roadmap, today);
    let low = plan.run(plan::End::Low, None);
    let high = plan.run(plan::End::High, Some(&low.who));
    summary::summarise(roadmap, today, &plan, &low, &high)
}
