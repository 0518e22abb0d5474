//! Dates to columns for the Timeline view: which day each column of the
//! chart stands for, where a date falls, the axis labels, and how the chart
//! scrolls. Pure arithmetic on dates, so it is tested without a screen.
//!
//! The left edge is always a Monday: at the week scale a column is a day
//! and every seventh column starts a week; at the month scale a column is a
//! whole week (Monday to Sunday), so a bar never starts mid-column.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How much time a column stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    /// A column a day, labelled week by week.
    #[default]
    Weeks,
    /// A column a week, labelled month by month.
    Months,
}

impl Scale {
    pub fn days_per_column(self) -> i64 {
        match self {
            Scale::Weeks => 1,
            Scale::Months => 7,
        }
    }

    pub fn other(self) -> Scale {
        match self {
            Scale::Weeks => Scale::Months,
            Scale::Months => Scale::Weeks,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::Weeks => "weeks",
            Scale::Months => "months",
        }
    }
}

/// `day` moved by `n` days, stopping at the calendar's ends (a file's
/// dates are checked, but a window scrolled far enough must not panic).
pub fn add_days(day: NaiveDate, n: i64) -> NaiveDate {
    Duration::try_days(n)
        .and_then(|d| day.checked_add_signed(d))
        .unwrap_or(if n < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// The Monday on or before `day` (at the calendar's first day, that day).
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    add_days(day, -(day.weekday().num_days_from_monday() as i64))
}

/// Where the chart starts when it shows `today`: a little of the past, so
/// what is under way reads as under way (a week at the week scale, the
/// month so far at the month scale).
pub fn home(today: NaiveDate, scale: Scale) -> NaiveDate {
    match scale {
        Scale::Weeks => add_days(monday_of(today), -7),
        Scale::Months => monday_of(today.with_day(1).unwrap_or(today)),
    }
}

/// The dates `columns` columns show from `origin` (a Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub origin: NaiveDate,
    pub scale: Scale,
    pub columns: u16,
}

impl Window {
    pub fn new(origin: NaiveDate, scale: Scale, columns: u16) -> Window {
        Window {
            origin: monday_of(origin),
            scale,
            columns,
        }
    }

    /// The column `date` falls in, counted from the left edge; negative
    /// before it, `columns` or more past the right one.
    pub fn column(&self, date: NaiveDate) -> i64 {
        (date - self.origin)
            .num_days()
            .div_euclid(self.scale.days_per_column())
    }

    /// The column of `date` if it is on screen.
    pub fn visible(&self, date: NaiveDate) -> Option<u16> {
        let c = self.column(date);
        (0..self.columns as i64).contains(&c).then_some(c as u16)
    }

    /// The columns `from..=to` covers, cut to the screen; `None` when none
    /// of it is on screen.
    pub fn span(&self, from: NaiveDate, to: NaiveDate) -> Option<(u16, u16)> {
        let (a, b) = (self.column(from), self.column(to.max(from)));
        let last = self.columns as i64 - 1;
        if b < 0 || a > last || last < 0 {
            return None;
        }
        Some((a.max(0) as u16, b.min(last) as u16))
    }

    /// The first day column `col` stands for.
    pub fn date_at(&self, col: u16) -> NaiveDate {
        add_days(self.origin, col as i64 * self.scale.days_per_column())
    }

    /// The last day on screen.
    pub fn end(&self) -> NaiveDate {
        add_days(self.date_at(self.columns), -1)
    }

    /// The axis: the wide unit's labels (months at the week scale, years at
    /// the month scale) and the narrow unit's (the day each week starts,
    /// or the months), each at the column it starts in. The leftmost wide
    /// label is always given, so the year or month on screen is never a
    /// guess.
    pub fn ticks(&self) -> Ticks {
        let mut t = Ticks::default();
        for col in 0..self.columns {
            let first = self.date_at(col);
            let last = add_days(first, self.scale.days_per_column() - 1);
            match self.scale {
                Scale::Weeks => {
                    if first.weekday() == Weekday::Mon {
                        t.narrow.push((col, first.day().to_string()));
                    }
                    if col == 0 || first.day() == 1 {
                        t.wide.push((col, first.format("%b %Y").to_string()));
                    }
                }
                Scale::Months => {
                    // The column holding the 1st of a month starts it.
                    let starts_month = first.month() != last.month() || first.day() == 1;
                    let month = if starts_month && first.day() != 1 {
                        last
                    } else {
                        first
                    };
                    if starts_month {
                        t.narrow.push((col, month.format("%b").to_string()));
                    }
                    if col == 0 || (starts_month && month.month() == 1) {
                        t.wide.push((col, month.format("%Y").to_string()));
                    }
                }
            }
        }
        t
    }

    /// The window moved by `by` steps of a quarter screen (at least a
    /// week), left for negative.
    pub fn scrolled(&self, by: i64) -> NaiveDate {
        let weeks = (self.columns as i64 * self.scale.days_per_column() / 4 / 7).max(1);
        add_days(self.origin, by.saturating_mul(weeks * 7))
    }
}

/// Axis labels: (column, text), left to right.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticks {
    pub wide: Vec<(u16, String)>,
    pub narrow: Vec<(u16, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_left_edge_is_a_monday_and_days_map_to_columns() {
        // 2025-11-05 is a Wednesday.
        let w = Window::new(d(2025, 11, 5), Scale::Weeks, 20);
        assert_eq!(w.origin, d(2025, 11, 3));
        assert_eq!(w.column(d(2025, 11, 3)), 0);
        assert_eq!(w.column(d(2025, 11, 10)), 7);
        assert_eq!(w.column(d(2025, 11, 2)), -1);
        assert_eq!(w.visible(d(2025, 11, 22)), Some(19));
        assert_eq!(w.visible(d(2025, 11, 23)), None);
        assert_eq!(w.date_at(7), d(2025, 11, 10));
        assert_eq!(w.end(), d(2025, 11, 22));
    }

    #[test]
    fn a_month_scale_column_is_a_week() {
        let w = Window::new(d(2025, 11, 3), Scale::Months, 10);
        assert_eq!(w.column(d(2025, 11, 9)), 0);
        assert_eq!(w.column(d(2025, 11, 10)), 1);
        // Before the edge rounds down, not towards zero.
        assert_eq!(w.column(d(2025, 11, 2)), -1);
        assert_eq!(w.column(d(2025, 10, 27)), -1);
        assert_eq!(w.column(d(2025, 10, 26)), -2);
    }

    #[test]
    fn spans_are_cut_to_the_screen() {
        let w = Window::new(d(2025, 11, 3), Scale::Weeks, 10);
        assert_eq!(w.span(d(2025, 11, 4), d(2025, 11, 6)), Some((1, 3)));
        assert_eq!(w.span(d(2025, 10, 1), d(2025, 11, 4)), Some((0, 1)));
        assert_eq!(w.span(d(2025, 11, 10), d(2026, 1, 1)), Some((7, 9)));
        assert_eq!(w.span(d(2025, 10, 1), d(2025, 11, 2)), None);
        assert_eq!(w.span(d(2025, 11, 13), d(2025, 12, 1)), None);
        // A finish before its start (a zero-length task) is one column.
        assert_eq!(w.span(d(2025, 11, 5), d(2025, 11, 4)), Some((2, 2)));
        let none = Window::new(d(2025, 11, 3), Scale::Weeks, 0);
        assert_eq!(none.span(d(2025, 11, 3), d(2025, 11, 3)), None);
    }

    #[test]
    fn week_ticks_name_each_monday_and_each_month() {
        let w = Window::new(d(2025, 11, 24), Scale::Weeks, 14);
        let t = w.ticks();
        assert_eq!(t.narrow, vec![(0, "24".to_string()), (7, "1".to_string())]);
        assert_eq!(
            t.wide,
            vec![(0, "Nov 2025".to_string()), (7, "Dec 2025".to_string())]
        );
    }

    #[test]
    fn month_ticks_start_where_the_first_of_the_month_falls() {
        // Columns: Dec 1-7, 8, 15, 22, 29 (holds Jan 1), Jan 5…
        let w = Window::new(d(2025, 12, 1), Scale::Months, 6);
        let t = w.ticks();
        assert_eq!(
            t.narrow,
            vec![(0, "Dec".to_string()), (4, "Jan".to_string())]
        );
        assert_eq!(
            t.wide,
            vec![(0, "2025".to_string()), (4, "2026".to_string())]
        );
    }

    #[test]
    fn the_ends_of_the_calendar_do_not_panic() {
        let w = Window::new(NaiveDate::MIN, Scale::Months, 80);
        assert_eq!(w.column(NaiveDate::MIN), 0);
        assert_eq!(w.scrolled(-3), w.origin);
        let _ = w.ticks();
        let far = Window::new(NaiveDate::MAX, Scale::Weeks, 80);
        let _ = far.end();
        assert_eq!(far.scrolled(i64::MAX), NaiveDate::MAX);
        let _ = far.ticks();
        let _ = home(NaiveDate::MIN, Scale::Weeks);
    }

    #[test]
    fn home_shows_a_little_past_and_scrolling_moves_whole_weeks() {
        assert_eq!(home(d(2025, 11, 5), Scale::Weeks), d(2025, 10, 27));
        assert_eq!(home(d(2025, 11, 5), Scale::Months), d(2025, 10, 27));
        let w = Window::new(d(2025, 11, 3), Scale::Weeks, 56);
        assert_eq!(w.scrolled(1), d(2025, 11, 17));
        assert_eq!(w.scrolled(-1), d(2025, 10, 20));
        // Narrower than four weeks still moves a week.
        let narrow = Window::new(d(2025, 11, 3), Scale::Weeks, 5);
        assert_eq!(narrow.scrolled(1), d(2025, 11, 10));
        let months = Window::new(d(2025, 11, 3), Scale::Months, 40);
        assert_eq!(months.scrolled(1), d(2026, 1, 12));
    }
}
