//! Everything a planning session knows. Drawing reads it; only `update`
//! changes it. Derived data (metrics, search hits, the row index) is kept
//! here and refreshed when its inputs change, never while drawing.

use super::editor::Editor;
use super::filter::Filters;
use super::input::Input;
use super::layout;
use super::rows::{self, Narrowing, Row, RowIndex};
use super::search::{self, Hits};
use super::view::View;
use crate::model::arrange::{GroupBy, SortBy};
use crate::model::change::{Change, References, TaskIndex};
use crate::model::dates::{self, DueBook, Late};
use crate::model::history::{History, Revision};
use crate::model::metrics::{Group, LiveMetrics, Metrics};
use crate::model::{Conflict, Roadmap, Task};
use crate::store::Loaded;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

/// What a change may have altered, so only what depends on it is recomputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Statuses (and `done_on`) of existing tasks.
    Status,
    /// Any field of existing tasks; none added, removed or moved between phases.
    Fields,
    /// Tasks added or removed.
    Structure,
}

/// What has the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    /// Typing a search; `before` is restored by Esc.
    Search {
        input: Input,
        before: String,
    },
    Filter {
        cursor: usize,
    },
    Edit(Box<Editor>),
    /// Choosing a task's dependencies or findings.
    Pick(Box<super::picker::Picker>),
    /// Typing a new id for task `id`; `error` says why the last one was refused.
    Rename {
        id: String,
        input: Input,
        error: Option<String>,
    },
    Confirm(Confirm),
    Help {
        scroll: usize,
    },
    /// The log of the session's changes, newest first.
    Log {
        scroll: usize,
    },
    /// Typing `key=value`s to set on every marked task.
    Bulk {
        input: Input,
    },
    /// The phases (`P`), findings (`A`) or project (`C`) dialog.
    Records(Box<super::records::Records>),
    /// Asking where to save a roadmap that has no file yet.
    SaveAs {
        input: Input,
        then_quit: bool,
    },
    /// The file changed on disk while there are unsaved changes: merge,
    /// keep mine or take theirs. `conflicts` are what merging would leave
    /// marked (empty: it merges cleanly). The version on disk waits in
    /// `State::incoming`.
    Changed {
        conflicts: Vec<Conflict>,
    },
    /// The roadmap's merge conflicts, listed to settle one by one: `o`
    /// keeps ours, `t` takes theirs for the one at `cursor`.
    Conflicts {
        cursor: usize,
    },
    /// The what-if scenarios and their form (`W`).
    Scenario(Box<super::scenario::Scenarios>),
}

/// A question that needs a yes or no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Deleting a task; `references` are what names it, which go with it.
    Delete {
        id: String,
        title: String,
        references: References,
    },
    /// Renaming task `old` to `new`; `references` are what names it,
    /// which are rewritten with it.
    Rename {
        old: String,
        new: String,
        references: References,
    },
    /// Quitting with unsaved changes.
    Quit,
    /// Saving over a change on disk the user chose to keep theirs over
    /// ("keep mine"): it is overwritten only once they say so.
    Overwrite { then_quit: bool },
    /// A save could not write the file (read-only, no room): why, and the
    /// way out, saving elsewhere. The changes stay in the planner, unsaved.
    SaveFailed {
        path: PathBuf,
        reason: String,
        /// Rows of the text scrolled past, when it is taller than the screen.
        scroll: usize,
    },
    /// A save refused for any other reason (the roadmap would not load
    /// back, the target exists): the store's whole message, to read and
    /// scroll. The changes stay in the planner, unsaved.
    NotSaved { reason: String, scroll: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Warning,
    Error,
}

/// The one-line message in the footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub tone: Tone,
}

pub struct State {
    /// Shared so that figures can be computed off the UI thread from a
    /// snapshot; changes go through `Arc::make_mut`.
    pub roadmap: Arc<Roadmap>,
    /// Kept up to date change by change through `live` (see `figures_follow`).
    pub metrics: Metrics,
    /// What `metrics` needs to be updated in place rather than recomputed.
    live: LiveMetrics,
    /// The open tasks' due dates, kept like `metrics`, so the header's
    /// overdue count never walks the tasks (see [`State::late`]).
    due: DueBook,
    /// Task id → position, kept right by every change the session applies
    /// (`edits` applies through it), so changes and drawing a task's
    /// dependencies never search the whole plan.
    pub(crate) index: TaskIndex,
    /// Search hits being scored off the UI thread.
    pub deferred: super::deferred::Deferred,
    pub today: NaiveDate,
    /// Where `s` saves; `None` for the bundled example until "save as".
    pub path: Option<PathBuf>,
    pub view: View,
    pub mode: Mode,
    pub rows: RowIndex,
    /// Selected row of the Roadmap view.
    pub cursor: usize,
    /// First row drawn in the Roadmap view.
    pub offset: usize,
    /// Scroll of the other views, by `View::index`.
    pub scroll: [usize; 5],
    /// The Timeline view: its cached forecast, rows, window and selection.
    pub timeline: super::timeline::Timeline,
    pub collapsed: HashSet<String>,
    /// Ids of the tasks marked (`v`, shift-↑/↓) to change together.
    pub marked: HashSet<String>,
    /// How the list is sorted within its groups, and grouped: a view over
    /// the tasks, never their order in the file.
    pub sort: SortBy,
    pub group: GroupBy,
    pub filters: Filters,
    pub query: String,
    /// The fields the search reads: all, or the titles alone (ctrl-t).
    pub search_fields: search::Fields,
    pub hits: Option<Hits>,
    /// The query `hits` answers (it lags `query` while a search is pending).
    pub hits_query: String,
    pub message: Option<Message>,
    /// The terminal size, for layout-dependent actions (paging, clicks).
    pub size: (u16, u16),
    /// Every edit of the session, to undo and redo, and the revision the
    /// roadmap is at.
    pub history: History,
    /// The revision the file on disk holds; `None` when no revision does (a
    /// change on disk was merged into unsaved edits, or kept out of them).
    saved_revision: Option<Revision>,
    /// The file as last loaded or saved: what saves patch, and the base of
    /// a three-way merge with a change on disk. `None` in tests that need no file.
    pub file: Option<Loaded>,
    /// A version of the file on disk that changed under unsaved edits,
    /// waiting for the user to choose what to do with it.
    pub incoming: Option<Loaded>,
    /// The user kept their version over a change on disk: the next save
    /// asks before overwriting it.
    pub confirm_overwrite: bool,
    /// A save is under way that the user asked to quit after ("save and
    /// quit"): the session ends when it succeeds, and not when it fails.
    pub(crate) quit_after_save: bool,
    /// Where the roadmap stood after each commit of its file, oldest first,
    /// for the Maturity view's burn-up chart; empty outside a repository
    /// or until the history has been read off the UI thread.
    pub burnup: Vec<crate::git::versions::Point>,
    /// The day each task this session reopened had been done: checking it
    /// off again gives that day back instead of writing today's.
    pub(crate) reopened: HashMap<String, NaiveDate>,
    /// The planning keys: the built-in ones with the user's `[keys]`
    /// remappings. The help and the footer are drawn from them.
    pub keys: Arc<super::keymap::Keymap>,
    /// The details pane scrolled this many rows, for this row (another
    /// row selected shows its details from the top).
    pub details_scroll: Option<(Row, usize)>,
    /// Every step of the session in words, oldest first (`L` shows it).
    pub log: Vec<LogEntry>,
}

/// One step of the session, as the log of changes shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// What the step was: the history's label (`check off ci`), with
    /// `undo: ` or `redo: ` before it when it was one.
    pub what: String,
    /// One line per task and field it changed.
    pub lines: Vec<String>,
}

/// The log keeps the newest this many steps.
pub const LOG_LENGTH: usize = 1_000;

impl State {
    /// A shared `roadmap` (the file's as loaded) is not copied until the
    /// first edit.
    pub fn new(roadmap: impl Into<Arc<Roadmap>>, path: Option<PathBuf>, today: NaiveDate) -> State {
        let roadmap = roadmap.into();
        let index = TaskIndex::build(&roadmap.tasks);
        let (live, metrics) = LiveMetrics::new(&roadmap, &index);
        let due = DueBook::new(&roadmap.tasks);
        let mut state = State {
            roadmap,
            metrics,
            live,
            due,
            index,
            deferred: Default::default(),
            today,
            path,
            view: View::Roadmap,
            mode: Mode::Normal,
            rows: RowIndex::default(),
            cursor: 0,
            offset: 0,
            scroll: [0; 5],
            timeline: Default::default(),
            collapsed: HashSet::new(),
            marked: HashSet::new(),
            sort: SortBy::Plan,
            group: GroupBy::Phase,
            filters: Filters::default(),
            query: String::new(),
            search_fields: Default::default(),
            hits: None,
            hits_query: String::new(),
            message: None,
            size: (80, 24),
            history: History::new(),
            saved_revision: None,
            file: None,
            incoming: None,
            confirm_overwrite: false,
            quit_after_save: false,
            burnup: Vec::new(),
            reopened: HashMap::new(),
            keys: Default::default(),
            log: Vec::new(),
            details_scroll: None,
        };
        state.mark_saved();
        state.rebuild_rows();
        // Start on the first task rather than the first phase header.
        state.cursor = state
            .rows
            .rows
            .iter()
            .position(|r| matches!(r, Row::Task(_)))
            .unwrap_or(0);
        state
    }

    /// Unsaved changes exist: the roadmap is not at the revision saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.history.current_revision())
    }

    /// How many steps (undos or redos) the roadmap is from the file: what
    /// quitting without saving would lose. `None` when no step leads back
    /// (a change on disk was merged in, or the history was cleared).
    pub fn unsaved_steps(&self) -> Option<usize> {
        self.history.steps_to(self.saved_revision?)
    }

    /// The file on disk now holds the roadmap as it is.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.history.current_revision());
    }

    /// The roadmap differs from the file whatever the history says: no
    /// revision, past or to come, is the file's.
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = None;
    }

    /// Adds a step to the log of changes; `inverse` takes it back.
    pub(crate) fn log_step(&mut self, what: String, inverse: &Change) {
        let lines = crate::model::change::describe(&self.roadmap, &self.index, inverse);
        if self.log.len() >= LOG_LENGTH {
            self.log.remove(0);
        }
        self.log.push(LogEntry { what, lines });
    }

    /// How far the details pane of the selected row is scrolled.
    pub fn details_offset(&self) -> usize {
        match (self.details_scroll, self.selected_row()) {
            (Some((row, n)), Some(selected)) if row == selected => n,
            _ => 0,
        }
    }

    /// Scrolls the details pane of the selected row. The pane stops at its
    /// last line when drawn; this stops near there too (the lines the
    /// task's lists and notes can take, with narrow-pane wrapping), so
    /// scrolling back up never has to undo a long overshoot.
    pub fn scroll_details(&mut self, by: isize) {
        let Some(row) = self.selected_row() else {
            return;
        };
        let most = match row {
            Row::Task(i) => self.roadmap.tasks.get(i as usize).map_or(0, |t| {
                let notes = t.notes.as_deref().unwrap_or("");
                12 + 2 * (t.findings.len() + t.depends_on.len())
                    + notes.lines().count()
                    + notes.len() / 30
            }),
            Row::Phase(_) => 40,
        };
        let n = (self.details_offset() as isize + by).clamp(0, most as isize) as usize;
        self.details_scroll = Some((row, n));
    }

    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            tone,
        });
    }

    pub fn selected_row(&self) -> Option<Row> {
        self.rows.rows.get(self.cursor).copied()
    }

    pub fn selected_task_index(&self) -> Option<usize> {
        if self.view == View::Timeline {
            return self.timeline.selected_task();
        }
        match self.selected_row()? {
            Row::Task(i) => Some(i as usize),
            Row::Phase(_) => None,
        }
    }

    pub fn selected_task(&self) -> Option<&Task> {
        self.roadmap.tasks.get(self.selected_task_index()?)
    }

    /// The group headers the list's `Row::Phase` rows index: the phases,
    /// or the owners, levels or categories the list is grouped by.
    pub fn groups(&self) -> &[Group] {
        match self.group {
            GroupBy::Phase => &self.metrics.by_phase,
            _ => &self.rows.headers,
        }
    }

    /// The key of the group the cursor is in (its header, or a task under it).
    pub fn current_group_key(&self) -> Option<String> {
        let at = self.rows.phase_of(self.cursor)?;
        match self.rows.rows.get(at)? {
            Row::Phase(g) => self.groups().get(*g as usize).map(|g| g.key.clone()),
            Row::Task(_) => None,
        }
    }

    /// The list is sorted or grouped other than by plan and phase.
    pub fn arranged(&self) -> bool {
        (self.sort, self.group) != (SortBy::Plan, GroupBy::Phase)
    }

    /// The phase id under the cursor (of the header, or of the selected
    /// task's group; with other groups, the selected task's phase).
    pub fn current_phase(&self) -> Option<String> {
        if self.group != GroupBy::Phase {
            return self.selected_task().map(|t| t.phase.clone());
        }
        let at = self.rows.phase_of(self.cursor)?;
        match self.rows.rows.get(at)? {
            Row::Phase(g) => self
                .metrics
                .by_phase
                .get(*g as usize)
                .map(|g| g.key.clone()),
            Row::Task(_) => None,
        }
    }

    /// After the tasks changed: recompute what depends on what changed. The
    /// row index is rebuilt only when the list's shape can have changed, so a
    /// check-off in a 100,000-task plan does not walk the whole plan twice.
    pub fn refresh(&mut self, scope: Scope) {
        let searching = !self.query.is_empty();
        if searching && scope == Scope::Structure {
            // Hits are indexed by task position, which just shifted: recompute
            // them now rather than show the wrong tasks while waiting.
            let fields = self.search_fields;
            self.hits = Some(search::hits_among(&self.roadmap, &self.query, fields, None));
            self.hits_query = self.query.clone();
        } else if searching && scope == Scope::Fields {
            self.search_stale(false);
        }
        let narrowed = searching || self.filters.is_active();
        if scope == Scope::Structure {
            self.timeline.reshaped();
        }
        match scope {
            Scope::Structure => self.rebuild_rows(),
            // `figures_follow` moved the edited tasks in the list when it
            // could; a filter may read any field, so a narrowed list is
            // assembled again from the groups and order it kept.
            _ if self.rows.is_stale() => self.rebuild_rows(),
            _ if narrowed || self.rows.is_unassembled() => self.narrow_rows(),
            _ => {}
        }
    }

    /// `change` (or its inverse) was just applied through `index`: bring the
    /// figures up to date in place. A change that reshapes the phases (one
    /// the plan does not list) also reshapes the list.
    pub(crate) fn figures_follow(&mut self, change: &Change) {
        let phases = self.metrics.by_phase.len();
        self.timeline.invalidate();
        self.deferred.changes += 1;
        self.live
            .update(&mut self.metrics, &self.roadmap, &self.index, change);
        let index = &self.index;
        self.due.follow(&self.roadmap, change, |id| index.get(id));
        let keep = self.selected_row();
        self.rows.follow(&rows::Edit {
            roadmap: &self.roadmap,
            inverse: change,
            now: &|id| index.get(id),
            collapsed: &self.collapsed,
            phases: &self.metrics.by_phase,
            narrowed: self.hits.is_some() || self.filters.is_active(),
        });
        // The selected task may have moved in the sort: keep it selected.
        if let Some(pos) = keep.and_then(|r| self.rows.position(r)) {
            self.cursor = pos;
        }
        self.clamp_cursor();
        if self.metrics.by_phase.len() != phases {
            self.rebuild_rows();
        }
    }

    /// Overdue tasks and phases past their end today, from the figures
    /// kept up to date: what [`dates::late`] says, without its walk.
    pub fn late(&self) -> Late {
        let open: HashMap<&str, usize> = self
            .metrics
            .by_phase
            .iter()
            .map(|g| {
                let p = &g.progress;
                (
                    g.key.as_str(),
                    p.tasks_total - p.tasks_done - p.tasks_skipped,
                )
            })
            .collect();
        dates::late_from(
            self.due.overdue(self.today),
            &self.roadmap.phases,
            |id| open.get(id).copied().unwrap_or(0),
            self.today,
        )
    }

    /// The task with this id (the first, if a broken file repeats an id).
    pub fn task_by_id(&self, id: &str) -> Option<&Task> {
        match self.index.get(id) {
            Some(i) => self.roadmap.tasks.get(i),
            // Repeated (or absent): the rare broken file pays a scan.
            None => self.roadmap.tasks.iter().find(|t| t.id == id),
        }
    }

    /// Position of the task with this id (the first, if repeated).
    fn position_of(&self, id: &str) -> Option<u32> {
        let at = match self.index.get(id) {
            Some(i) => i,
            None => self.roadmap.tasks.iter().position(|t| t.id == id)?,
        };
        Some(at as u32)
    }

    /// Replaces the whole roadmap (a reload, a merge) and keeps the view:
    /// the selected task (by id), the scroll, folded phases, filters and
    /// the search stay as they were.
    pub fn adopt(&mut self, roadmap: impl Into<Arc<Roadmap>>) {
        let roadmap = roadmap.into();
        let selected = self.selected_task().map(|t| t.id.clone());
        let phase = self.current_group_key();
        let offset = self.offset;
        self.index = TaskIndex::build(&roadmap.tasks);
        (self.live, self.metrics) = LiveMetrics::new(&roadmap, &self.index);
        self.due = DueBook::new(&roadmap.tasks);
        self.roadmap = roadmap;
        self.timeline.invalidate();
        self.deferred.changes += 1;
        self.refresh(Scope::Structure);
        self.offset = offset;
        let task_row = selected.and_then(|id| self.position_of(&id)).map(Row::Task);
        let phase_row = phase.and_then(|id| {
            let g = self.groups().iter().position(|g| g.key == id)?;
            Some(Row::Phase(g as u32))
        });
        if !task_row.is_some_and(|r| self.select(r)) && !phase_row.is_some_and(|r| self.select(r)) {
            self.clamp_cursor();
        }
    }

    /// Selects the best match of the search, if it is listed.
    pub fn select_best_hit(&mut self) {
        if let Some(best) = self.hits.as_ref().and_then(|h| h.best) {
            self.select(Row::Task(best as u32));
        }
    }

    /// After filters, search, collapsing or tasks changed: rebuild the list,
    /// keeping the selection on the same row when it is still there.
    pub fn rebuild_rows(&mut self) {
        self.relist(true);
    }

    /// As [`State::rebuild_rows`] when only the search or the filters
    /// changed: each task's group comes from the last rebuild.
    pub fn narrow_rows(&mut self) {
        self.relist(false);
    }

    fn relist(&mut self, from_scratch: bool) {
        let keep = self.selected_row();
        let n = Narrowing {
            filters: &self.filters,
            hits: self.hits.as_ref(),
            blocked: &self.metrics.blocked,
            collapsed: &self.collapsed,
            sort: self.sort,
            group: self.group,
        };
        if from_scratch {
            self.rows = RowIndex::build(&self.roadmap, &self.metrics.by_phase, &n);
        } else {
            self.rows.narrow(&self.roadmap, &self.metrics.by_phase, &n);
        }
        if let Some(pos) = keep.and_then(|r| self.rows.position(r)) {
            self.cursor = pos;
        }
        self.clamp_cursor();
    }

    pub fn select(&mut self, row: Row) -> bool {
        match self.rows.position(row) {
            Some(pos) => {
                self.cursor = pos;
                self.clamp_cursor();
                true
            }
            None => false,
        }
    }

    /// Rows the Roadmap view's list shows at the current size (whichever
    /// view is showing, so the list is where it was when one comes back).
    pub fn list_height(&self) -> usize {
        layout::areas(self.size.0, self.size.1, View::Roadmap)
            .list
            .height as usize
    }

    /// Keeps the cursor on a row and the row on screen.
    pub fn clamp_cursor(&mut self) {
        let len = self.rows.len();
        self.cursor = self.cursor.min(len.saturating_sub(1));
        let h = self.list_height().max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + h {
            self.offset = self.cursor + 1 - h;
        }
        self.offset = self.offset.min(len.saturating_sub(h));
    }
}
