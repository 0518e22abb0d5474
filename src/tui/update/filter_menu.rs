//! The filter menu: a checklist of priorities and statuses and a choice of
//! phase. Changes apply as they are made, so the list behind updates live.

use crate::model::{Priority, Status};
use crate::tui::action::Action;
use crate::tui::state::{Mode, State};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterItem {
    Priority(Priority),
    Status(Status),
    Overdue,
    Unestimated,
    AnyOwner,
    /// Index into `Filters::owners` of the plan.
    Owner(usize),
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
        .chain([FilterItem::Overdue, FilterItem::Unestimated])
        .chain(owner_items(state))
        .chain(std::iter::once(FilterItem::AnyPhase))
        .chain((0..state.metrics.by_phase.len()).map(FilterItem::Phase))
        .collect()
}

/// "Owner any" and one item per owner, when the plan names any.
fn owner_items(state: &State) -> Vec<FilterItem> {
    let n = crate::tui::filter::Filters::owners(&state.roadmap.tasks).len();
    if n == 0 {
        return Vec::new();
    }
    std::iter::once(FilterItem::AnyOwner)
        .chain((0..n).map(FilterItem::Owner))
        .collect()
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
        FilterItem::AnyOwner => state.filters.owner = None,
        FilterItem::Owner(i) => {
            let owner = crate::tui::filter::Filters::owners(&state.roadmap.tasks)
                .get(i)
                .cloned();
            state.filters.owner = if state.filters.owner == owner {
                None
            } else {
                owner
            };
        }
        FilterItem::AnyPhase => state.filters.phase = None,
        FilterItem::Phase(g) => {
            let key = state.metrics.by_phase.get(g).map(|g| g.key.clone());
            state.filters.phase = if state.filters.phase == key {
                None
            } else {
                key
            };
        }
    }
    state.rebuild_rows();
}
