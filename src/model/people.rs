//! The people who do the work, as `[[people]]` tables name them: how many
//! hours a week each gives the roadmap and which days they are away. The
//! schedule (`model::schedule`) books their hours; a task's `owner` names
//! one of them, and an unowned task goes to whoever of them is free first.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// How tasks' `owner` fields name the person; unique in a roadmap.
    pub name: String,
    pub hours_per_week: f64,
    /// The share of those hours that goes to roadmap tasks (0 to 1);
    /// none means all of them.
    pub focus: Option<f64>,
    /// Days away, as written: `2026-12-24..2027-01-01` (both days
    /// included) or one day `2027-02-10`. Read with [`DayRange::parse`].
    pub off: Vec<String>,
}

impl Person {
    pub fn new(name: impl Into<String>, hours_per_week: f64) -> Person {
        Person {
            name: name.into(),
            hours_per_week,
            focus: None,
            off: Vec::new(),
        }
    }

    /// The hours a week the roadmap gets: `hours_per_week × focus`.
    pub fn weekly_hours(&self) -> f64 {
        self.hours_per_week * self.focus.unwrap_or(1.0)
    }

    /// The days off that read as ranges; validation reports the others.
    pub fn days_off(&self) -> Vec<DayRange> {
        self.off
            .iter()
            .filter_map(|text| DayRange::parse(text).ok())
            .collect()
    }
}

/// Days from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DayRange {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DayRange {
    /// `2026-12-24..2027-01-01` or a single day `2027-02-10`; the error says
    /// what is wrong in words a person fixing the file can act on.
    pub fn parse(text: &str) -> Result<DayRange, String> {
        let date = |part: &str| {
            NaiveDate::parse_from_str(part.trim(), "%Y-%m-%d")
                .map_err(|_| format!("`{}` is not a date (write e.g. `2026-12-24`)", part.trim()))
        };
        let (first, last) = match text.split_once("..") {
            Some((a, b)) => (date(a)?, date(b)?),
            None => {
                let day = date(text)?;
                (day, day)
            }
        };
        if last < first {
            return Err(format!("`{text}` ends before it starts"));
        }
        Ok(DayRange { first, last })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ranges_and_single_days_read() {
        let r = DayRange::parse("2026-12-24..2027-01-01").unwrap();
        assert_eq!((r.first, r.last), (d("2026-12-24"), d("2027-01-01")));
        assert!(r.contains(d("2026-12-31")) && !r.contains(d("2027-01-02")));
        let one = DayRange::parse(" 2027-02-10 ").unwrap();
        assert_eq!((one.first, one.last), (d("2027-02-10"), d("2027-02-10")));
    }

    #[test]
    fn bad_ranges_say_why() {
        assert_eq!(
            DayRange::parse("2027-01-05..2027-01-01").unwrap_err(),
            "`2027-01-05..2027-01-01` ends before it starts"
        );
        assert_eq!(
            DayRange::parse("christmas").unwrap_err(),
            "`christmas` is not a date (write e.g. `2026-12-24`)"
        );
        assert!(DayRange::parse("2027-01-01..soon").is_err());
    }

    #[test]
    fn focus_scales_the_week() {
        let mut p = Person::new("ana", 40.0);
        assert_eq!(p.weekly_hours(), 40.0);
        p.focus = Some(0.5);
        assert_eq!(p.weekly_hours(), 20.0);
    }
}
