//! `roadmap import REPORT --review`: every candidate the importer weighed,
//! kept or left out, beside the report, for the lead to decide before
//! anything is written.
//!
//! The same shape as the planner, smaller: keys become [`Action`]s through
//! the review's own key table (`keymap::REVIEW`); [`update`] steps the
//! [`Review`] and returns [`Effect`]s (write, leave) as data; [`draw`]
//! only draws; [`run`] owns the terminal. The state is the fixed
//! [`Source`] and one small [`state::Mark`] per candidate; undo and redo
//! replay the marks a step changed. [`outcome`] turns the marks into the
//! importer's decisions and the fields set, for the runner to save.

pub mod action;
pub mod draw;
pub mod fields;
pub mod outcome;
mod run;
pub mod settle;
pub mod source;
pub mod state;
pub mod tally;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_into;
pub mod update;

pub use action::{Action, Effect, Field, Msg};
pub use run::{run, Ended};
pub use source::Source;
pub use state::{Mode, Review, Side};
pub use update::update;

use crate::theme::Theme;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

/// Draws the review into an off-screen buffer (tests, benches).
pub fn render_buffer(state: &Review, width: u16, height: u16, theme: &Theme) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    if let Err(never) = terminal.draw(|frame| draw::draw(frame, state, theme)) {
        match never {}
    }
    terminal.backend().buffer().clone()
}

/// Feeds keys in the planner's notation (`"jjyD"`, `"p<C-u>high<enter>"`) through the review's
/// key table and [`update`], as the terminal would; returns the effects.
pub fn press(
    state: &mut Review,
    keys: &str,
) -> Result<Vec<Effect>, crate::tui::keymap::notation::BadNotation> {
    let mut effects = Vec::new();
    for key in crate::tui::keymap::notation::parse(keys)? {
        if let Some(action) = crate::tui::keymap::review_action(&state.mode, key) {
            effects.extend(update(state, action.into()));
        }
    }
    Ok(effects)
}
