//! Everything a user can do, as values. Keys and mouse events become actions
//! through the keymap, and reach `update` as `Msg::Action`. Also the ways a
//! session is stopped from outside ([`Stop`]).

use super::input::Edit;
use super::view::View;
use crate::model::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    // Moving around.
    /// Move the selection (or scroll a view) by this many rows.
    Move(isize),
    /// Move by this many screens.
    Page(isize),
    Home,
    End,
    /// Scroll the details pane by this many rows (`}`, `{`).
    ScrollDetails(isize),
    /// Next (+1) or previous (-1) view.
    CycleView(isize),
    ShowView(View),
    /// Collapse the phase under the cursor (or the selected task's phase).
    Collapse,
    Expand,
    /// Enter on a phase header: collapse or expand it.
    ToggleCollapse,
    CollapseAll,
    ExpandAll,
    /// Sort the list by the next key (`o`): plan order, priority, effort…
    CycleSort,
    /// Group the list by the next field (`O`): phase, owner, level, category.
    /// In the Timeline: by phase or by person.
    CycleGroup,
    /// The Timeline: move the time window by this many quarter screens,
    /// back for negative (`<`, `>`; `h`, `l` there too).
    ShiftTime(isize),
    /// The Timeline: back to the window around today (`t`).
    TimeToday,
    /// The Timeline: weeks or months (`w`).
    TimeScale,
    /// The Timeline: show or leave out the done tasks (`c`).
    TimeDone,

    // Changing tasks.
    ToggleDone,
    /// Set a status, or back to todo if the task already has it (`d`, `x`).
    ToggleStatus(Status),
    Undo,
    Redo,
    EditTask,
    /// The estimating pass: the next open task with no estimate, its effort
    /// field open (`E`).
    EstimateNext,
    AddTask,
    DeleteTask,
    /// Mark or unmark the selected task (`v`).
    ToggleMark,
    /// Mark the selected task and the next (+1) or previous (-1) one,
    /// moving there (shift-↓ / shift-↑).
    ExtendMark(isize),
    /// Set fields on every marked task, typed as `key=value` (`b`).
    BulkSet,
    /// Move the task up (-1) or down (+1) within its phase (`K`, `J`).
    ReorderTask(isize),
    /// Move the task to the next (+1) or previous (-1) phase (`m`, `M`).
    MoveToPhase(isize),
    /// Give the task a new id, with every reference to it (`R`).
    RenameTask,
    /// Edit the task's notes in `$VISUAL` / `$EDITOR` (ctrl-e), from the
    /// list or the editor's notes field.
    EditNotes,
    /// Choose the task's dependencies or findings in the picker (`b`, `F`).
    Relate(super::picker::Relation),
    /// The phases: add, rename, date, reorder, delete (`P`).
    ManagePhases,
    /// Add a finding, the findings listed to edit or delete (`A`).
    AddFinding,
    /// The project's name and settings (`C`).
    EditProject,
    Save,
    /// Save to another file, asking for its name (`S`).
    SaveAs,
    Quit,

    // Overlays.
    Help,
    /// The log of the session's changes (`L`).
    Log,
    /// The what-if scenarios, to apply one (`W`).
    WhatIf,
    Search,
    /// The next (+1) or previous (-1) search hit in rank order (`n`, `N`).
    StepHit(isize),
    /// In the search prompt: read the titles alone, or every field again
    /// (ctrl-t).
    ToggleTitles,
    Filter,
    ClearFilters,

    // Inside overlays and prompts.
    Input(Edit),
    /// Enter: accept the form, the search, the answer.
    Submit,
    /// Esc: back out without applying.
    Cancel,
    NextField,
    PrevField,
    /// Space in the filter menu: flip the item under the cursor.
    ToggleItem,
    /// A typed answer to a confirmation (`y`, `n`, `s`).
    Answer(char),

    // Mouse.
    Click {
        column: u16,
        row: u16,
    },
    /// Wheel: rows to scroll, negative is up.
    Scroll(isize),
}

/// Something other than the user's keys ends the session: the run loop
/// restores the terminal, writes unsaved work to a recovery file and exits
/// with [`Stop::exit_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// A signal asking the planner to stop: SIGTERM, SIGHUP, SIGINT or
    /// SIGQUIT, by number.
    Signal(i32),
    /// The terminal went away (its window closed, the connection dropped)
    /// without a hang-up signal reaching the planner: reading it gives
    /// end of input.
    Closed,
}

impl Stop {
    /// The shell's convention: 128 plus the signal's number; a closed
    /// terminal counts as the hang-up it is (129).
    pub fn exit_code(self) -> i32 {
        match self {
            Stop::Signal(n) => 128 + n,
            Stop::Closed => 128 + 1,
        }
    }
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The numbers are the same on every Unix for these four.
        match self {
            Stop::Signal(1) => f.write_str("stopped by SIGHUP"),
            Stop::Signal(2) => f.write_str("stopped by SIGINT"),
            Stop::Signal(3) => f.write_str("stopped by SIGQUIT"),
            Stop::Signal(15) => f.write_str("stopped by SIGTERM"),
            Stop::Signal(n) => write!(f, "stopped by signal {n}"),
            Stop::Closed => f.write_str("stopped: the terminal closed"),
        }
    }
}
