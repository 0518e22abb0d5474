//! Keys of the Timeline view: the selection moves through its rows, the
//! chart through time (`<` `>`, `h` `l`, `t` back to today), `w` switches
//! weeks and months, `O` phases and people, `c` shows or hides done tasks.

use crate::tui::action::Action;
use crate::tui::state::{State, Tone};
use crate::tui::timeline::{rows_shown, Window};

pub fn handle(state: &mut State, action: Action) {
    let height = rows_shown(state.size);
    match action {
        Action::Move(by) | Action::Scroll(by) => move_by(state, by, height),
        Action::Page(pages) => move_by(state, pages * (height.max(2) as isize - 1), height),
        Action::Home => move_by(state, isize::MIN / 2, height),
        Action::End => move_by(state, isize::MAX / 2, height),
        Action::Collapse => shift(state, -1),
        Action::Expand => shift(state, 1),
        Action::ShiftTime(by) => shift(state, by),
        Action::TimeToday => state.timeline.origin = None,
        Action::TimeScale => {
            let t = &mut state.timeline;
            t.scale = t.scale.other();
            // Keep the same day at the left edge, as near as the scale allows.
            t.origin = t.origin.map(crate::tui::timeline::scale::monday_of);
            state.say(
                Tone::Info,
                format!("Timeline in {}", state.timeline.scale.name()),
            );
        }
        Action::TimeDone => {
            state.timeline_toggle_done();
            let shown = if state.timeline.hide_done {
                "left out"
            } else {
                "shown"
            };
            state.say(Tone::Info, format!("Timeline: done tasks {shown}"));
        }
        Action::CycleGroup => {
            state.timeline_regroup();
            state.say(
                Tone::Info,
                format!("Timeline by {}", state.timeline.grouping.name()),
            );
        }
        _ => {}
    }
}

/// A click `y` rows into the Timeline's body: a row of the chart selects it.
pub fn click(state: &mut State, y: u16) {
    let height = rows_shown(state.size);
    let Some(k) = (y as usize).checked_sub(crate::tui::timeline::AXIS) else {
        return;
    };
    let t = &mut state.timeline;
    if k < height && t.offset + k < t.model.lines.len() {
        t.cursor = t.offset + k;
        t.clamp(height);
        state.timeline_selected();
    }
}

fn move_by(state: &mut State, by: isize, height: usize) {
    let t = &mut state.timeline;
    let last = t.model.lines.len().saturating_sub(1) as isize;
    t.cursor = (t.cursor as isize).saturating_add(by).clamp(0, last.max(0)) as usize;
    t.clamp(height);
    state.timeline_selected();
}

/// Moves the chart by `by` quarter screens.
fn shift(state: &mut State, by: isize) {
    let columns = crate::tui::draw::timeline::chart_columns(state.size.0);
    let t = &state.timeline;
    let window = Window::new(t.origin(state.today), t.scale, columns);
    state.timeline.origin = Some(window.scrolled(by as i64));
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
