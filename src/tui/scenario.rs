//! The scenario dialog (`W`): a small form for the what-if's budget and
//! level, and the scenarios it gives side by side (`model::whatif`),
//! recomputed as the form changes. Enter applies the chosen scenario: its
//! tasks move into the phase `next`, one undoable change.

use super::input::Input;
use crate::model::whatif::{plan, Ask, WhatIf};
use crate::model::{Money, Roadmap};
use chrono::NaiveDate;

/// The form's fields, in order.
pub const FIELDS: [&str; 5] = ["hours", "by", "once", "monthly", "level"];

#[derive(Debug, Clone, PartialEq)]
pub struct Scenarios {
    pub fields: [Input; 5],
    /// The field being typed in.
    pub focus: usize,
    /// The scenario Enter applies (0 least effort, 1 least money, 2 budget).
    pub chosen: usize,
    /// The answer for the form as last read; kept while a field is being
    /// typed and does not read yet.
    pub answer: Option<Result<WhatIf, String>>,
    /// Why the form does not read, if it does not.
    pub error: Option<String>,
}

impl Scenarios {
    pub fn new(r: &Roadmap, today: NaiveDate) -> Scenarios {
        let mut s = Scenarios {
            fields: Default::default(),
            focus: 0,
            chosen: 0,
            answer: None,
            error: None,
        };
        s.recompute(r, today);
        s
    }

    /// The form as an [`Ask`], or what is wrong with a field.
    pub fn ask(&self, today: NaiveDate) -> Result<Ask, String> {
        let text = |i: usize| Some(self.fields[i].text.trim()).filter(|t| !t.is_empty());
        let number = |i: usize| -> Result<Option<f64>, String> {
            text(i)
                .map(|t| match t.parse::<f64>() {
                    Ok(h) if h.is_finite() && h >= 0.0 => Ok(h),
                    _ => Err(format!("hours: `{t}` is not a number of hours (e.g. 40)")),
                })
                .transpose()
        };
        let amount = |i: usize| -> Result<Option<f64>, String> {
            text(i)
                .map(|t| match Money::parse(t) {
                    Ok(m) if m.0.is_point() => Ok(m.0.high),
                    _ => Err(format!("{}: `{t}` is not one amount (e.g. 5k)", FIELDS[i])),
                })
                .transpose()
        };
        let by = text(1)
            .map(|t| match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                Ok(d) if d >= today => Ok(d),
                Ok(_) => Err(format!("by: {t} is before today")),
                Err(_) => Err(format!("by: `{t}` is not a date (YYYY-MM-DD)")),
            })
            .transpose()?;
        let level = text(4)
            .map(|t| {
                t.parse::<u32>()
                    .map_err(|_| format!("level: `{t}` is not a level number"))
            })
            .transpose()?;
        Ok(Ask {
            hours: number(0)?,
            by,
            once: amount(2)?,
            monthly: amount(3)?,
            level,
        })
    }

    /// Reads the form and answers it, or says why it does not read.
    pub fn recompute(&mut self, r: &Roadmap, today: NaiveDate) {
        match self.ask(today) {
            Ok(ask) => {
                self.error = None;
                self.answer = Some(plan(r, &ask, today).map_err(|e| e.to_string()));
            }
            Err(why) => self.error = Some(why),
        }
    }

    /// The tasks of the chosen scenario, if it has an answer.
    pub fn chosen_tasks(&self) -> Option<&[usize]> {
        let w = self.answer.as_ref()?.as_ref().ok()?;
        let s = w.scenarios.get(self.chosen)?;
        s.answer.as_ref().ok().map(|p| &p.tasks[..])
    }
}
