//! The filter menu: a checklist of priorities, statuses and the meeting's
//! questions (overdue, not estimated, blocked), and a choice each of owner,
//! level, category and phase. Changes apply as they are made, so the list
//! behind updates live.

use crate::model::{Priority, Status};
use crate::tui::action::Action;
use crate::tui::filter::Filters;
use crate::tui::state::{Mode, State};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterItem {
    Priority(Priority),
    Status(Status),
    Overdue,
    Unestimated,
    Blocked,
    AnyOwner,
    /// Index into `Filters::owners` of the plan.
    Owner(usize),
    AnyLevel,
    /// Index into `Filters::levels` of the plan.
    Level(usize),
    AnyCategory,
    /// Index into `Filters::categories` of the plan.
    Category(usize),
    AnyPhase,
    /// Index into `Metrics::by_phase`.
    Phase(usize),
}

/// The menu's items, top to bottom.
pub fn filter_items(state: &State) -> Vec<FilterItem> {
    Priority::ALL
        .iter()
        .map(|p| FilterItem::Priority(*p))
        .chain(Status::ALL.iter().map(|s| FilterItem::Status(*s)))
        .chain([
            FilterItem::Overdue,
            FilterItem::Unestimated,
            FilterItem::Blocked,
        ])
        .chain(owner_items(state))
        .chain(choice(
            Filters::levels(&state.roadmap.tasks).len(),
            FilterItem::AnyLevel,
            FilterItem::Level,
        ))
        .chain(choice(
            Filters::categories(&state.roadmap.tasks).len(),
            FilterItem::AnyCategory,
            FilterItem::Category,
        ))
        .chain(std::iter::once(FilterItem::AnyPhase))
        .chain((0..state.metrics.by_phase.len()).map(FilterItem::Phase))
        .collect()
}

/// "Owner any" and one item per owner, when the plan names any.
fn owner_items(state: &State) -> Vec<FilterItem> {
    let n = Filters::owners(&state.roadmap.tasks).len();
    choice(n, FilterItem::AnyOwner, FilterItem::Owner)
}

/// A choice of `n` values after its "any" item; nothing when there is no
/// value to choose (a plan with no levels has no level choice).
fn choice(n: usize, any: FilterItem, each: fn(usize) -> FilterItem) -> Vec<FilterItem> {
    if n == 0 {
        return Vec::new();
    }
    std::iter::once(any).chain((0..n).map(each)).collect()
}

/// `current` set to `value`, or back to any when it already was: choosing
/// the chosen item again lets go of it.
fn choose<T: PartialEq>(current: &mut Option<T>, value: Option<T>) {
    *current = if *current == value { None } else { value };
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Filter { cursor } = state.mode else {
        return;
    };
    let items = filter_items(state);
    match action {
        Action::Move(by) => {
            let last = items.len().saturating_sub(1) as isize;
            state.mode = Mode::Filter {
                cursor: (cursor as isize + by).clamp(0, last) as usize,
            };
        }
        Action::Home => state.mode = Mode::Filter { cursor: 0 },
        Action::End => {
            state.mode = Mode::Filter {
                cursor: items.len().saturating_sub(1),
            }
        }
        Action::ToggleItem | Action::Input(crate::tui::input::Edit::Insert(' ')) => {
            if let Some(item) = items.get(cursor) {
                toggle(state, *item);
            }
        }
        Action::ClearFilters | Action::Answer('0') => {
            state.filters = Default::default();
            state.rebuild_rows();
        }
        Action::Submit | Action::Cancel | Action::Filter | Action::Quit => {
            state.mode = Mode::Normal;
        }
        _ => {}
    }
}

fn toggle(state: &mut State, item: FilterItem) {
    match item {
        FilterItem::Priority(p) => state.filters.toggle_priority(p),
        FilterItem::Status(s) => state.filters.toggle_status(s),
        FilterItem::Overdue => {
            state.filters.overdue = match state.filters.overdue {
                Some(_) => None,
                None => Some(state.today),
            }
        }
        FilterItem::Unestimated => state.filters.unestimated ^= true,
        FilterItem::Blocked => state.filters.blocked ^= true,
        FilterItem::AnyOwner => state.filters.owner = None,
        FilterItem::Owner(i) => {
            let owner = Filters::owners(&state.roadmap.tasks).get(i).cloned();
            choose(&mut state.filters.owner, owner);
        }
        FilterItem::AnyLevel => state.filters.level = None,
        FilterItem::Level(i) => {
            let level = Filters::levels(&state.roadmap.tasks).get(i).copied();
            choose(&mut state.filters.level, level);
        }
        FilterItem::AnyCategory => state.filters.category = None,
        FilterItem::Category(i) => {
            let category = Filters::categories(&state.roadmap.tasks).get(i).cloned();
            choose(&mut state.filters.category, category);
        }
        FilterItem::AnyPhase => state.filters.phase = None,
        FilterItem::Phase(g) => {
            let key = state.metrics.by_phase.get(g).map(|g| g.key.clone());
            choose(&mut state.filters.phase, key);
        }
    }
    state.rebuild_rows();
}
