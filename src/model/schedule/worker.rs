//! One person's calendar as the scheduler books it: hours per working day,
//! the weekdays they work, the days they are away, and how far their time
//! is booked. Time is counted in days from the forecast's first day, with
//! fractions: 2.5 is noon of the third day, and booking `h` hours on a day
//! of capacity `c` moves the cursor by `h / c`.

use super::super::people::DayRange;
use chrono::{Datelike, NaiveDate};

/// No schedule runs past this many days (about 200 years): a bound that
/// keeps a person with no capacity left from looping, never reached by a
/// real plan.
pub(crate) const HORIZON_DAYS: f64 = 73_000.0;

/// Fractions of a day closer than this to a whole day are that day: the
/// sums of `h / c` must not make a Friday finish read as Saturday.
const SNAP: f64 = 1e-9;

#[derive(Debug, Clone)]
pub(crate) struct Worker {
    pub name: String,
    /// Hours a working day gives the roadmap.
    pub daily: f64,
    /// Which weekdays are worked, Monday first.
    pub weekdays: [bool; 7],
    /// The weekday of day 0, Monday = 0.
    first_weekday: usize,
    /// Days off as day numbers, both ends included, sorted.
    off: Vec<(i64, i64)>,
    /// Booked up to here.
    pub at: f64,
    /// The task that booked `at`, for the critical path.
    pub last: Option<usize>,
}

impl Worker {
    /// `weekly` hours spread over the first `ceil(days_per_week)` weekdays.
    pub fn new(
        name: &str,
        weekly: f64,
        days_per_week: f64,
        off: &[DayRange],
        today: NaiveDate,
    ) -> Worker {
        let days = (days_per_week.ceil() as usize).clamp(1, 7);
        let mut weekdays = [false; 7];
        weekdays[..days].iter_mut().for_each(|d| *d = true);
        let mut off: Vec<(i64, i64)> = off
            .iter()
            .map(|r| ((r.first - today).num_days(), (r.last - today).num_days()))
            .filter(|&(_, last)| last >= 0)
            .collect();
        off.sort_unstable();
        Worker {
            name: name.to_string(),
            daily: if weekly.is_finite() && weekly > 0.0 {
                weekly / days as f64
            } else {
                0.0
            },
            weekdays,
            first_weekday: today.weekday().num_days_from_monday() as usize,
            off,
            at: 0.0,
            last: None,
        }
    }

    /// Hours the person gives the roadmap on day `day`.
    pub fn capacity(&self, day: i64) -> f64 {
        let weekday = (self.first_weekday + day.rem_euclid(7) as usize) % 7;
        if !self.weekdays[weekday] || self.is_off(day) {
            return 0.0;
        }
        self.daily
    }

    fn is_off(&self, day: i64) -> bool {
        // The ranges are few; the last one starting on or before `day` is
        // the only one that can hold it unless ranges overlap, so scan.
        self.off.iter().any(|&(a, b)| a <= day && day <= b)
    }

    /// Where `hours` of work starting no earlier than `ready` would start
    /// and finish on this person's calendar, without booking it.
    pub fn fit(&self, ready: f64, hours: f64) -> (f64, f64) {
        let mut t = snap(self.at.max(ready));
        // Start at the first instant the person works.
        while t < HORIZON_DAYS {
            let day = t.floor();
            if self.capacity(day as i64) > 0.0 {
                break;
            }
            t = day + 1.0;
        }
        let start = t;
        let mut need = hours.max(0.0);
        while need > 0.0 && t < HORIZON_DAYS {
            let day = t.floor();
            let c = self.capacity(day as i64);
            if c > 0.0 {
                let avail = c * (day + 1.0 - t);
                if need <= avail {
                    t = snap(t + need / c);
                    break;
                }
                need -= avail;
            }
            t = day + 1.0;
        }
        (start, t.min(HORIZON_DAYS))
    }
}

fn snap(t: f64) -> f64 {
    let whole = t.round();
    if (t - whole).abs() < SNAP {
        whole
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn a_week_of_forty_hours_is_five_days_of_eight() {
        let w = Worker::new("a", 40.0, 5.0, &[], monday());
        assert_eq!(w.daily, 8.0);
        assert_eq!(w.capacity(4), 8.0, "friday");
        assert_eq!(w.capacity(5), 0.0, "saturday");
        assert_eq!(w.fit(0.0, 12.0), (0.0, 1.5));
        // 40 hours from Wednesday noon end Wednesday noon a week later.
        assert_eq!(w.fit(2.5, 40.0), (2.5, 9.5));
    }

    #[test]
    fn work_starts_after_a_weekend_and_skips_days_off() {
        let off = [DayRange::parse("2026-12-08..2026-12-09").unwrap()];
        let w = Worker::new("a", 40.0, 5.0, &off, monday());
        // Saturday ready: starts Monday the 14th.
        assert_eq!(w.fit(5.0, 0.0), (7.0, 7.0));
        // 16 hours from Monday: Monday, then Thursday (Tue and Wed off).
        assert_eq!(w.fit(0.0, 16.0), (0.0, 4.0));
    }
}
