//! The Timeline view's state: the forecast it draws, cached until the
//! roadmap changes, its rows, the selection, the time window, the scale
//! and the grouping. The forecast is computed once per change of the
//! roadmap and only while the Timeline is showing; a big roadmap's is
//! computed off the UI thread like its search hits (see `deferred`), the
//! last one drawn meanwhile with "updating…" beside it.

pub mod rows;
pub mod scale;

use crate::model::schedule::{self, Forecast};
use crate::tui::effect::Effect;
use crate::tui::state::State;
use crate::tui::view::View;
use chrono::NaiveDate;
pub use rows::{Grouping, Line, Model};
pub use scale::{Scale, Window};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The last forecast made; it may be of an older roadmap while a new
    /// one is being made (`stale`).
    pub forecast: Option<Arc<Forecast>>,
    /// The rows of `forecast` under `grouping`.
    pub model: Model,
    /// The roadmap changed since `forecast` was made.
    stale: bool,
    /// Tasks were added, removed or moved since `model` was built: its
    /// positions may name other tasks, so it is not drawn nor selected
    /// from until the new forecast comes.
    shifted: bool,
    /// Counts the changes, so a forecast that comes back for an older
    /// roadmap is told apart.
    generation: u64,
    requested: Option<u64>,
    pub grouping: Grouping,
    pub scale: Scale,
    /// Done tasks are left out (`c`); shown by default.
    pub hide_done: bool,
    /// Selected row and first row drawn.
    pub cursor: usize,
    pub offset: usize,
    /// The id of the task selected, kept across new forecasts and
    /// groupings that move its row (an id: positions move when tasks are
    /// added, removed or reordered).
    pub selected: Option<String>,
    /// The left edge of the chart; `None` until scrolled (then today's
    /// [`scale::home`]).
    pub origin: Option<NaiveDate>,
}

impl Timeline {
    /// Any change of the roadmap: the bars must move.
    pub fn invalidate(&mut self) {
        self.stale = true;
        self.generation += 1;
    }

    /// Tasks were added, removed or moved in the file: the rows' positions
    /// are out of date too.
    pub fn reshaped(&mut self) {
        self.invalidate();
        self.shifted = true;
    }

    /// The rows name tasks by positions that may have moved.
    pub fn shifted(&self) -> bool {
        self.shifted
    }

    /// A forecast for a newer roadmap is on its way.
    pub fn pending(&self) -> bool {
        self.stale && self.requested == Some(self.generation)
    }

    /// The forecast to draw is of the roadmap as it is.
    pub fn current(&self) -> bool {
        !self.stale && self.forecast.is_some()
    }

    /// The left edge of the chart.
    pub fn origin(&self, today: NaiveDate) -> NaiveDate {
        self.origin
            .unwrap_or_else(|| scale::home(today, self.scale))
    }

    /// The task on the selected row, if it is a task's.
    pub fn selected_task(&self) -> Option<usize> {
        if self.shifted {
            return None;
        }
        match self.model.lines.get(self.cursor)? {
            Line::Task(i) => Some(*i as usize),
            Line::Group(_) => None,
        }
    }

    /// Keeps the cursor on a row and the row within `height` rows drawn.
    pub fn clamp(&mut self, height: usize) {
        let len = self.model.lines.len();
        self.cursor = self.cursor.min(len.saturating_sub(1));
        let h = height.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + h {
            self.offset = self.cursor + 1 - h;
        }
        self.offset = self.offset.min(len.saturating_sub(h));
    }

    /// New rows (a new forecast or grouping): the same task stays selected.
    fn remodel(&mut self, roadmap: &crate::model::Roadmap, height: usize) {
        let Some(f) = &self.forecast else {
            return;
        };
        self.model = rows::build(roadmap, f, self.grouping, !self.hide_done);
        self.shifted = false;
        let task = self.selected.as_deref().map(|id| roadmap.task_index(id));
        match task.flatten().and_then(|i| self.model.row_of(i)) {
            Some(row) => self.cursor = row,
            None if task.is_none() => {
                // First showing: the first task rather than a header.
                self.cursor = self
                    .model
                    .lines
                    .iter()
                    .position(|l| matches!(l, Line::Task(_)))
                    .unwrap_or(0);
            }
            None => {}
        }
        self.clamp(height);
    }
}

/// Rows of tasks the Timeline shows at a terminal of `size` (the body less
/// the axis above and the two lines below).
pub fn rows_shown(size: (u16, u16)) -> usize {
    let body = crate::tui::layout::areas(size.0, size.1, View::Timeline).body;
    (body.height as usize).saturating_sub(AXIS + BELOW)
}

/// Lines of axis above the rows and of the selected task and legend below.
pub const AXIS: usize = 3;
pub const BELOW: usize = 2;

impl State {
    /// The effect asking for the Timeline's forecast, or the forecast made
    /// here and now when the roadmap is small: only while the Timeline is
    /// showing, once per change of the roadmap.
    pub(crate) fn timeline_request(&mut self) -> Option<Effect> {
        if self.view != View::Timeline || self.timeline.current() {
            return None;
        }
        let t = &mut self.timeline;
        if !(t.stale || t.forecast.is_none()) || t.requested == Some(t.generation) {
            return None;
        }
        if self.deferred.enabled {
            t.requested = Some(t.generation);
            t.stale = true;
            return Some(Effect::Forecast {
                generation: t.generation,
                roadmap: Arc::clone(&self.roadmap),
                today: self.today,
            });
        }
        let f = schedule::forecast(&self.roadmap, self.today);
        let generation = self.timeline.generation;
        self.timeline_ready(generation, f);
        None
    }

    /// A forecast made elsewhere; true if it is of the roadmap as it is.
    pub fn timeline_ready(&mut self, generation: u64, forecast: Forecast) -> bool {
        if generation != self.timeline.generation {
            return false;
        }
        let height = rows_shown(self.size);
        let t = &mut self.timeline;
        t.forecast = Some(Arc::new(forecast));
        t.stale = false;
        t.requested = None;
        t.remodel(&self.roadmap, height);
        self.timeline_selected();
        true
    }

    /// The selection moved: remember which task it is on (a header keeps
    /// the task before it).
    pub(crate) fn timeline_selected(&mut self) {
        if let Some(i) = self.timeline.selected_task() {
            self.timeline.selected = self.roadmap.tasks.get(i).map(|t| t.id.clone());
        }
    }

    /// Show or leave out the done tasks (`c` in the Timeline).
    pub fn timeline_toggle_done(&mut self) {
        let height = rows_shown(self.size);
        let t = &mut self.timeline;
        t.hide_done = !t.hide_done;
        t.remodel(&self.roadmap, height);
        self.timeline_selected();
    }

    /// Group by phase or by person (`O` in the Timeline).
    pub fn timeline_regroup(&mut self) {
        let height = rows_shown(self.size);
        let t = &mut self.timeline;
        t.grouping = t.grouping.other();
        t.remodel(&self.roadmap, height);
        self.timeline_selected();
    }
}
