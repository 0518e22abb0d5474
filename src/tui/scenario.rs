//! The scenario dialog (`W`): a small form for the what-if's budget and
//! level, and the scenarios it gives side by side (`model::whatif`),
//! recomputed as the form changes. Enter applies the chosen scenario: its
//! tasks move into the phase `next`, one undoable change.
//!
//! On a big roadmap an answer takes longer than a keystroke may (the budget
//! search runs up to its work budget), so from [`DEFER_WHATIF_FROM`] open
//! tasks, or wherever the session defers its search, the answer is made on
//! the worker like the Timeline's forecast: each new reading of the form
//! (or change of the roadmap) is a new `generation`, the dialog keeps the
//! last table meanwhile and says "computing…", an answer to an older
//! generation is dropped, and enter waits for the answer to the form shown.

use super::effect::Effect;
use super::input::Input;
use crate::model::whatif::{plan, Ask, WhatIf};
use crate::model::{Money, Roadmap};
use chrono::NaiveDate;
use std::sync::Arc;

/// The form's fields, in order.
pub const FIELDS: [&str; 5] = ["hours", "by", "once", "monthly", "level"];

/// From this many open tasks on, the scenarios are computed off the UI
/// thread. `cargo bench --bench whatif -- plan_by_size` (`roadmap gen`'s
/// plan, every task open, Level 4 on a tenth of the hours): 1.5 ms at 100
/// open tasks, then 44 ms at 150, where the budget search starts to run into
/// its work budget, and 40 to 84 ms from there on; a frame is 16 ms.
/// Smaller roadmaps answer at once, so their dialog never shows a stale table.
pub const DEFER_WHATIF_FROM: usize = 100;

/// An answer, or why the roadmap cannot be asked.
pub type Answer = Result<WhatIf, String>;

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
    /// Answers are made on the worker (a big roadmap).
    pub deferred: bool,
    /// Counts the readings of the form and the changes of the roadmap, so
    /// an answer made for older inputs is told apart.
    generation: u64,
    /// The generation `answer` is for.
    answered: u64,
    /// The generation asked of the worker, if any.
    requested: Option<u64>,
    /// The last reading of the form that read.
    ask: Option<Ask>,
    /// The roadmap's change count (`Deferred::changes`) the answer is for.
    pub(crate) changes: u64,
}

impl Scenarios {
    /// The dialog on `r`, answering here and now unless `deferred`.
    pub fn new(r: &Roadmap, today: NaiveDate, deferred: bool) -> Scenarios {
        let mut s = Scenarios {
            fields: Default::default(),
            focus: 0,
            chosen: 0,
            answer: None,
            error: None,
            deferred,
            generation: 0,
            answered: 0,
            requested: None,
            ask: None,
            changes: 0,
        };
        s.recompute(r, today);
        s
    }

    /// Should a dialog on `r` be answered off the UI thread? Always where
    /// the session defers its work, else from [`DEFER_WHATIF_FROM`] open tasks.
    pub fn defers(r: &Roadmap, session_defers: bool) -> bool {
        session_defers
            || r.tasks.iter().filter(|t| !t.status.is_closed()).count() >= DEFER_WHATIF_FROM
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

    /// Reads the form and answers it (or asks for the answer, when
    /// deferred), or says why it does not read: the last answer is kept
    /// meanwhile.
    pub fn recompute(&mut self, r: &Roadmap, today: NaiveDate) {
        match self.ask(today) {
            Ok(ask) => {
                self.error = None;
                self.generation += 1;
                self.ask = Some(ask);
                if !self.deferred {
                    self.answer = Some(plan(r, &ask, today).map_err(|e| e.to_string()));
                    self.answered = self.generation;
                }
            }
            Err(why) => self.error = Some(why),
        }
    }

    /// An answer for a newer reading of the form (or roadmap) than the one
    /// shown is being made.
    pub fn pending(&self) -> bool {
        self.answered != self.generation
    }

    /// The answer shown is the answer to the form as it reads now.
    pub fn current(&self) -> bool {
        self.error.is_none() && !self.pending()
    }

    /// The effect asking the worker for the answer to the form as it
    /// reads, once per reading.
    pub(crate) fn request(&mut self, roadmap: &Arc<Roadmap>, today: NaiveDate) -> Option<Effect> {
        let ask = self.ask?;
        if !self.pending() || self.requested == Some(self.generation) {
            return None;
        }
        self.requested = Some(self.generation);
        Some(Effect::WhatIf {
            generation: self.generation,
            ask,
            roadmap: Arc::clone(roadmap),
            today,
        })
    }

    /// An answer made on the worker; true if it is for the inputs as they
    /// are (else it is dropped).
    pub fn ready(&mut self, generation: u64, answer: Answer) -> bool {
        if generation != self.generation {
            return false;
        }
        self.answer = Some(answer);
        self.answered = generation;
        true
    }

    /// The tasks of the chosen scenario, if it has an answer.
    pub fn chosen_tasks(&self) -> Option<&[usize]> {
        let w = self.answer.as_ref()?.as_ref().ok()?;
        let s = w.scenarios.get(self.chosen)?;
        s.answer.as_ref().ok().map(|p| &p.tasks[..])
    }
}
