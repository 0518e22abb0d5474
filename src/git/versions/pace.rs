//! What pace (`model::pace`) is measured from: the tasks checked off in a
//! file's history, each on the day its check-off was committed.
//!
//! The commit's date, not the task's `done_on`: `done_on` can be typed to
//! any day in the planner, so a pile of work checked off today could be
//! backdated into (or out of) the window, while the commit is when the
//! check-off reached the team and the history attests it. Work committed a
//! few days after it was finished only moves hours across the window's
//! edges. Left out: tasks already done in the file's first version (they
//! arrived done; the history cannot say when) and tasks open again now.

use super::Versions;
use crate::model::pace::CheckOff;
use crate::model::{Roadmap, Status};
use chrono::NaiveDate;
use std::collections::HashSet;

impl Versions {
    /// The date of the file's earliest commit (whether or not
    /// [`Versions::read_since`] loaded it); `None` when git holds none.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.first
    }

    /// The tasks checked off in the history, on their commits' days, with
    /// the middle of their estimates as they stood then, in hours under
    /// `now`'s calendar.
    pub fn check_offs(&self, now: &Roadmap) -> Vec<CheckOff> {
        let calendar = now.calendar();
        let open: HashSet<&str> = now
            .tasks
            .iter()
            .filter(|t| matches!(t.status, Status::Todo | Status::Doing))
            .map(|t| t.id.as_str())
            .collect();
        self.completions()
            .into_iter()
            .filter(|c| !c.first && !open.contains(c.task.as_str()))
            .map(|c| CheckOff {
                day: c.date,
                hours: c.effort.map(|e| e.in_hours(&calendar).mid()),
            })
            .collect()
    }
}
