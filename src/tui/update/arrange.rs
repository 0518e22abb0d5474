//! `o` and `O`: the order and the grouping of the Roadmap view's list. A
//! view over the tasks: the file's order never changes.

use crate::model::arrange::GroupBy;
use crate::tui::action::Action;
use crate::tui::rows::Row;
use crate::tui::state::{State, Tone};
use crate::tui::view::View;

pub fn handle(state: &mut State, action: Action) {
    state.view = View::Roadmap;
    match action {
        Action::CycleSort => state.sort = state.sort.next(),
        Action::CycleGroup => state.group = state.group.next(),
        _ => return,
    }
    let task = state.selected_task_index();
    if action == Action::CycleGroup {
        // Folds name the groups of the grouping left behind.
        state.collapsed.clear();
    }
    state.rebuild_rows();
    match task {
        Some(t) => {
            state.select(Row::Task(t as u32));
        }
        None => state.clamp_cursor(),
    }
    let group = if state.group == GroupBy::Phase {
        String::new()
    } else {
        format!(", grouped by {}", state.group.name())
    };
    state.say(
        Tone::Info,
        format!(
            "Sorted by {}{group} · the file keeps its order",
            state.sort.name()
        ),
    );
}
