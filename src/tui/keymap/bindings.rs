//! The key tables, one per mode. The help overlay lists these very tables,
//! so what it shows is what the keys do.

use crate::model::Status;
use crate::tui::action::Action;
use crate::tui::picker::Relation;
use crate::tui::review::{Action as Review, Field, Side};
use crate::tui::view::View;
use crossterm::event::{KeyCode, KeyModifiers};

/// A key as the tables write it.
pub type Key = (KeyCode, KeyModifiers);

pub(super) const fn k(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::NONE)
}
pub(super) const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::CONTROL)
}
pub(super) const fn code(c: KeyCode) -> Key {
    (c, KeyModifiers::NONE)
}
pub(super) const fn alt(c: KeyCode) -> Key {
    (c, KeyModifiers::ALT)
}
pub(super) const fn shift(c: KeyCode) -> Key {
    (c, KeyModifiers::SHIFT)
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding { keys, action, help }
}

/// The list and views.
pub const NORMAL: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "next row / scroll down",
    ),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "previous row / scroll up",
    ),
    bind(
        &[code(KeyCode::PageDown), ctrl('d')],
        Action::Page(1),
        "page down",
    ),
    bind(
        &[code(KeyCode::PageUp), ctrl('u')],
        Action::Page(-1),
        "page up",
    ),
    bind(&[k('g'), code(KeyCode::Home)], Action::Home, "first row"),
    bind(&[k('G'), code(KeyCode::End)], Action::End, "last row"),
    bind(
        &[k('h'), code(KeyCode::Left)],
        Action::Collapse,
        "fold the phase",
    ),
    bind(
        &[k('l'), code(KeyCode::Right)],
        Action::Expand,
        "unfold the phase",
    ),
    bind(
        &[k('}')],
        Action::ScrollDetails(3),
        "scroll the details pane down",
    ),
    bind(
        &[k('{')],
        Action::ScrollDetails(-3),
        "scroll the details pane up",
    ),
    bind(&[k('-')], Action::CollapseAll, "fold every phase"),
    bind(&[k('+'), k('=')], Action::ExpandAll, "unfold every phase"),
    bind(
        &[k('o')],
        Action::CycleSort,
        "sort by the next key (plan, priority, effort…)",
    ),
    bind(
        &[k('O')],
        Action::CycleGroup,
        "group by phase/owner/level/category (+Timeline)",
    ),
    bind(
        &[code(KeyCode::Enter)],
        Action::Submit,
        "edit the task / fold the phase",
    ),
    bind(&[code(KeyCode::Tab)], Action::CycleView(1), "next view"),
    bind(
        &[code(KeyCode::BackTab)],
        Action::CycleView(-1),
        "previous view",
    ),
    bind(&[k('1')], Action::ShowView(View::Roadmap), "Roadmap view"),
    bind(&[k('2')], Action::ShowView(View::Findings), "Findings view"),
    bind(&[k('3')], Action::ShowView(View::Maturity), "Maturity view"),
    bind(&[k('4')], Action::ShowView(View::Costs), "Costs view"),
    bind(
        &[k('5')],
        Action::ShowView(View::Timeline),
        "Timeline view (bars from the forecast)",
    ),
    bind(
        &[k('<')],
        Action::ShiftTime(-1),
        "Timeline: earlier (h, ← there too)",
    ),
    bind(
        &[k('>')],
        Action::ShiftTime(1),
        "Timeline: later (l, → there too)",
    ),
    bind(&[k('t')], Action::TimeToday, "Timeline: back to today"),
    bind(&[k('w')], Action::TimeScale, "Timeline: weeks or months"),
    bind(
        &[k('c')],
        Action::TimeDone,
        "Timeline: show / hide done tasks",
    ),
    bind(
        &[k(' ')],
        Action::ToggleDone,
        "toggle done (marked tasks; on a header, all)",
    ),
    bind(
        &[k('d')],
        Action::ToggleStatus(Status::Doing),
        "toggle doing",
    ),
    bind(
        &[k('x')],
        Action::ToggleStatus(Status::Skipped),
        "toggle skipped",
    ),
    bind(&[k('e')], Action::EditTask, "edit the task"),
    bind(
        &[k('E')],
        Action::EstimateNext,
        "estimate the next task without one",
    ),
    bind(&[k('a')], Action::AddTask, "add a task to this phase"),
    bind(
        &[k('D')],
        Action::DeleteTask,
        "delete the task (asks first)",
    ),
    bind(&[k('v')], Action::ToggleMark, "mark / unmark the task"),
    bind(
        &[shift(KeyCode::Down)],
        Action::ExtendMark(1),
        "mark this task and the next",
    ),
    bind(
        &[shift(KeyCode::Up)],
        Action::ExtendMark(-1),
        "mark this task and the previous",
    ),
    bind(
        &[k('B')],
        Action::BulkSet,
        "set fields on the marked tasks (owner=ana…)",
    ),
    bind(
        &[k('J'), alt(KeyCode::Down)],
        Action::ReorderTask(1),
        "move the task down in its phase",
    ),
    bind(
        &[k('K'), alt(KeyCode::Up)],
        Action::ReorderTask(-1),
        "move the task up in its phase",
    ),
    bind(
        &[k('m')],
        Action::MoveToPhase(1),
        "move the task to the next phase",
    ),
    bind(
        &[k('M')],
        Action::MoveToPhase(-1),
        "move the task to the previous phase",
    ),
    bind(
        &[k('b')],
        Action::Relate(Relation::DependsOn),
        "the task depends on… (pick tasks)",
    ),
    bind(
        &[k('F')],
        Action::Relate(Relation::Findings),
        "the task addresses… (pick findings)",
    ),
    bind(
        &[k('R')],
        Action::RenameTask,
        "rename the task's id (and every reference to it)",
    ),
    bind(
        &[k('P')],
        Action::ManagePhases,
        "phases: add, rename, dates, reorder, delete",
    ),
    bind(
        &[k('A')],
        Action::AddFinding,
        "add a finding (the findings: edit, delete)",
    ),
    bind(
        &[k('C')],
        Action::EditProject,
        "the project's name and settings",
    ),
    bind(
        &[ctrl('e')],
        Action::EditNotes,
        "edit the task's notes in $VISUAL / $EDITOR",
    ),
    bind(&[k('u')], Action::Undo, "undo"),
    bind(&[ctrl('r'), k('U')], Action::Redo, "redo"),
    bind(
        &[k('/')],
        Action::Search,
        "fuzzy search (title, id, category, notes)",
    ),
    bind(&[k('n')], Action::StepHit(1), "next search hit, best first"),
    bind(&[k('N')], Action::StepHit(-1), "previous search hit"),
    bind(
        &[k('f')],
        Action::Filter,
        "filter: priority, status, owner, level, category, phase, late, blocked…",
    ),
    bind(&[k('0')], Action::ClearFilters, "clear search and filters"),
    bind(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "clear the marks, else search and filters",
    ),
    bind(&[k('s')], Action::Save, "save"),
    bind(&[k('S')], Action::SaveAs, "save as: to another file"),
    bind(&[k('q'), ctrl('c')], Action::Quit, "quit (asks if unsaved)"),
    bind(&[k('?')], Action::Help, "this help"),
    bind(&[k('L')], Action::Log, "the log of this session's changes"),
    bind(
        &[k('W')],
        Action::WhatIf,
        "what-if: scenarios to a level or a budget, apply one",
    ),
];

/// The filter menu.
pub const FILTER: &[Binding] = &[
    bind(&[k('j'), code(KeyCode::Down)], Action::Move(1), "next item"),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "previous item",
    ),
    bind(
        &[k(' '), code(KeyCode::Enter)],
        Action::ToggleItem,
        "flip the item",
    ),
    bind(
        &[k('0'), code(KeyCode::Backspace)],
        Action::ClearFilters,
        "clear every filter",
    ),
    bind(
        &[code(KeyCode::Esc), k('f'), k('q')],
        Action::Cancel,
        "close (filters stay on)",
    ),
];

/// Yes/no questions, and the message of a save that failed.
pub const CONFIRM: &[Binding] = &[
    bind(&[k('y'), code(KeyCode::Enter)], Action::Answer('y'), "yes"),
    bind(&[k('n'), code(KeyCode::Esc)], Action::Answer('n'), "no"),
    bind(
        &[k('a')],
        Action::Answer('a'),
        "save elsewhere (after a failed save)",
    ),
    bind(
        &[k('s')],
        Action::Answer('s'),
        "save, then quit (quit question)",
    ),
    bind(
        &[k('q')],
        Action::Quit,
        "quit without saving (quit question)",
    ),
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "scroll a long message down",
    ),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "scroll a long message up",
    ),
    bind(&[code(KeyCode::PageDown)], Action::Page(1), "page down"),
    bind(&[code(KeyCode::PageUp)], Action::Page(-1), "page up"),
];

/// The prompt after the file changed on disk under unsaved edits.
pub const CHANGED: &[Binding] = &[
    bind(
        &[k('m')],
        Action::Answer('m'),
        "merge the change on disk into yours",
    ),
    bind(
        &[k('k'), code(KeyCode::Esc)],
        Action::Answer('k'),
        "keep mine (saving asks before overwriting)",
    ),
    bind(
        &[k('t')],
        Action::Answer('t'),
        "take theirs (u brings yours back)",
    ),
];

/// The list of merge conflicts, settled one by one.
pub const CONFLICTS: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "next conflict",
    ),
    bind(
        &[k('k'), code(KeyCode::Up)],
        Action::Move(-1),
        "previous conflict",
    ),
    bind(
        &[k('o')],
        Action::Answer('o'),
        "keep ours for this conflict",
    ),
    bind(
        &[k('t')],
        Action::Answer('t'),
        "take theirs for this conflict",
    ),
    bind(
        &[code(KeyCode::Enter), code(KeyCode::Esc)],
        Action::Cancel,
        "close the list (the rest stay marked)",
    ),
];

/// The dependencies and findings picker; any other key types in its query.
pub const PICKER: &[Binding] = &[
    bind(
        &[k(' '), code(KeyCode::Tab)],
        Action::ToggleItem,
        "add or remove the item under the cursor",
    ),
    bind(
        &[code(KeyCode::Enter)],
        Action::Submit,
        "apply the list (one step, u undoes)",
    ),
    bind(
        &[code(KeyCode::Esc)],
        Action::Cancel,
        "close, changing nothing",
    ),
    bind(&[code(KeyCode::Down)], Action::Move(1), "next item"),
    bind(&[code(KeyCode::Up)], Action::Move(-1), "previous item"),
    bind(&[code(KeyCode::PageDown)], Action::Page(1), "page down"),
    bind(&[code(KeyCode::PageUp)], Action::Page(-1), "page up"),
];

/// The phases and findings lists (`P`, `A`).
pub const RECORDS: &[Binding] = &[
    bind(&[k('j'), code(KeyCode::Down)], Action::Move(1), "next"),
    bind(&[k('k'), code(KeyCode::Up)], Action::Move(-1), "previous"),
    bind(&[k('g'), code(KeyCode::Home)], Action::Home, "first"),
    bind(&[k('G'), code(KeyCode::End)], Action::End, "last"),
    bind(&[k('a')], Action::AddTask, "add one after the cursor"),
    bind(
        &[code(KeyCode::Enter), k('e'), k('r')],
        Action::Submit,
        "edit: id, name, dates… (a new id follows into the tasks)",
    ),
    bind(
        &[k('D')],
        Action::DeleteTask,
        "delete (asks where a phase's tasks go)",
    ),
    bind(&[k('J')], Action::ReorderTask(1), "move the phase down"),
    bind(&[k('K')], Action::ReorderTask(-1), "move the phase up"),
    bind(&[k('u')], Action::Undo, "undo"),
    bind(&[code(KeyCode::Esc), k('q')], Action::Cancel, "close"),
];

/// The help overlay.
pub const HELP: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "scroll down",
    ),
    bind(&[k('k'), code(KeyCode::Up)], Action::Move(-1), "scroll up"),
    bind(&[code(KeyCode::PageDown)], Action::Page(1), "page down"),
    bind(&[code(KeyCode::PageUp)], Action::Page(-1), "page up"),
    bind(
        &[k('?'), k('q'), code(KeyCode::Esc), code(KeyCode::Enter)],
        Action::Cancel,
        "close",
    ),
];

/// The log of changes.
pub const LOG: &[Binding] = &[
    bind(
        &[k('j'), code(KeyCode::Down)],
        Action::Move(1),
        "scroll down",
    ),
    bind(&[k('k'), code(KeyCode::Up)], Action::Move(-1), "scroll up"),
    bind(&[code(KeyCode::PageDown)], Action::Page(1), "page down"),
    bind(&[code(KeyCode::PageUp)], Action::Page(-1), "page up"),
    bind(
        &[k('L'), k('q'), code(KeyCode::Esc), code(KeyCode::Enter)],
        Action::Cancel,
        "close",
    ),
];

/// Typing in the search box, the editor and the save-as prompt.
pub const TEXT_HELP: &[(&str, &str)] = &[
    (
        "enter",
        "accept (search: keep the results; editor: apply every field)",
    ),
    (
        "esc",
        "cancel (search: restore the previous query; editor: discard)",
    ),
    (
        "tab / ↓, shift-tab / ↑",
        "editor: next / previous field (search: move the selection)",
    ),
    (
        "← / →",
        "move the cursor; on phase, priority and status, change the choice",
    ),
    ("ctrl-t", "search: the titles only, or every field again"),
    (
        "alt-enter",
        "editor notes: a new line (↑/↓ move between its lines)",
    ),
    ("ctrl-e", "editor notes: edit them in $VISUAL / $EDITOR"),
    ("ctrl-w / ctrl-u", "delete a word / the whole field"),
];

/// A key of the import review (`roadmap import --review`), which has its
/// own actions: it decides what a roadmap will be, not how one changes.
pub struct ReviewBinding {
    pub keys: &'static [Key],
    pub action: Review,
    pub help: &'static str,
}

const fn review(keys: &'static [Key], action: Review, help: &'static str) -> ReviewBinding {
    ReviewBinding { keys, action, help }
}

/// The review's list of candidates.
pub const REVIEW: &[ReviewBinding] = &[
    review(
        &[k('j'), code(KeyCode::Down)],
        Review::Move(1),
        "next candidate",
    ),
    review(
        &[k('k'), code(KeyCode::Up)],
        Review::Move(-1),
        "previous candidate",
    ),
    review(
        &[code(KeyCode::PageDown), ctrl('d')],
        Review::Page(1),
        "page down",
    ),
    review(
        &[code(KeyCode::PageUp), ctrl('u')],
        Review::Page(-1),
        "page up",
    ),
    review(
        &[k('g'), code(KeyCode::Home)],
        Review::Home,
        "first candidate",
    ),
    review(&[k('G'), code(KeyCode::End)], Review::End, "last candidate"),
    review(
        &[k(']'), code(KeyCode::Tab)],
        Review::Section(1),
        "next section",
    ),
    review(
        &[k('['), code(KeyCode::BackTab)],
        Review::Section(-1),
        "previous section",
    ),
    review(&[k('y')], Review::Keep, "keep the candidate"),
    review(&[k('d')], Review::Drop, "leave the candidate out"),
    review(&[k('Y')], Review::KeepSection, "keep the whole section"),
    review(
        &[k('D')],
        Review::DropSection,
        "leave the whole section out",
    ),
    review(&[k('p')], Review::Set(Field::Priority), "set the priority"),
    review(&[k('P')], Review::Set(Field::Phase), "set the phase"),
    review(&[k('e')], Review::Set(Field::Effort), "set the effort"),
    review(&[k('c')], Review::Set(Field::Cost), "set the one-time cost"),
    review(
        &[k('m')],
        Review::Merge,
        "merge into another candidate (same action)",
    ),
    review(
        &[k('o')],
        Review::Settle(Side::Team),
        "--into: keep the team's value of the conflicting field",
    ),
    review(
        &[k('t')],
        Review::Settle(Side::Report),
        "--into: take the report's value of the conflicting field",
    ),
    review(
        &[k('r')],
        Review::Removed,
        "--into: the tasks no longer in the report",
    ),
    review(&[k('u')], Review::Undo, "undo"),
    review(&[ctrl('r'), k('U')], Review::Redo, "redo"),
    review(&[k('w')], Review::Write, "write the kept set and open it"),
    review(
        &[k('q'), ctrl('c')],
        Review::Quit,
        "leave (asks; nothing is written)",
    ),
];

/// The review's "leave without writing?" question.
pub const REVIEW_QUIT: &[ReviewBinding] = &[
    review(
        &[k('y'), k('q'), code(KeyCode::Enter)],
        Review::Answer(true),
        "leave, writing nothing",
    ),
    review(&[k('n'), code(KeyCode::Esc)], Review::Answer(false), "stay"),
];

/// The chooser of a row's conflicts and the list of removed tasks: each
/// item decided in place, every decision undoable.
pub const REVIEW_CHOOSE: &[ReviewBinding] = &[
    review(&[k('j'), code(KeyCode::Down)], Review::Move(1), "next item"),
    review(
        &[k('k'), code(KeyCode::Up)],
        Review::Move(-1),
        "previous item",
    ),
    review(
        &[k('o')],
        Review::Settle(Side::Team),
        "conflict: keep the team's value",
    ),
    review(
        &[k('t')],
        Review::Settle(Side::Report),
        "conflict: take the report's value",
    ),
    review(&[k('y')], Review::Keep, "removed task: keep it"),
    review(
        &[k('d')],
        Review::Drop,
        "removed task: delete it (only a todo one)",
    ),
    review(&[k('u')], Review::Undo, "undo"),
    review(&[ctrl('r'), k('U')], Review::Redo, "redo"),
    review(
        &[code(KeyCode::Esc), code(KeyCode::Enter), k('q'), k('r')],
        Review::Cancel,
        "back to the list",
    ),
];

/// Choosing the candidate to merge into; other keys type in its query.
pub const REVIEW_PICK: &[ReviewBinding] = &[
    review(&[code(KeyCode::Down)], Review::Move(1), "next candidate"),
    review(&[code(KeyCode::Up)], Review::Move(-1), "previous candidate"),
    review(&[code(KeyCode::Enter)], Review::Submit, "merge into it"),
    review(
        &[code(KeyCode::Esc)],
        Review::Cancel,
        "close, merging nothing",
    ),
];
