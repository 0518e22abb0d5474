//! The interactive planning session (docs/ARCHITECTURE.md draws it).
//!
//! The shape: keys and mouse events become [`Action`]s through the
//! [`keymap`]; [`update()`] takes a [`Msg`] (an action, a resize, or the
//! result of an effect) to the [`State`] and returns [`Effect`]s (save,
//! quit, redraw) as data, doing no I/O; the views in [`draw`] are pure
//! functions of the state. The [`executor`] performs the effects and feeds
//! their results back as messages, for the terminal ([`run`]) and for the
//! headless harness ([`App`]) alike.

pub mod action;
pub mod app;
pub mod deferred;
pub mod draw;
pub mod editor;
pub mod edits;
pub mod effect;
pub mod executor;
pub mod external;
pub mod filter;
pub mod input;
mod inputs;
pub mod keymap;
pub mod layout;
pub mod msg;
pub mod open;
pub mod picker;
pub mod records;
pub mod recovery;
pub mod resolve;
pub mod review;
pub mod rows;
mod run;
pub mod scenario;
pub mod search;
pub mod state;
pub mod terminal;
pub mod text;
pub mod textarea;
mod threads;
pub mod timeline;
pub mod update;
pub mod view;
mod watch;
mod worker;

pub use action::{Action, Stop};
pub use app::App;
pub use effect::{Effect, SaveRequest};
pub use msg::{Msg, SaveFailure, SaveResult, Saved};
pub use open::DEFER_SEARCH_FROM;
pub use recovery::Stopped;
pub use run::run;
pub use state::State;
pub use update::update;
pub use view::View;

use crate::model::Roadmap;
use crate::theme::Theme;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;
use std::sync::Arc;

/// Draws `state` into an off-screen buffer of the given size.
pub fn render_buffer(state: &State, width: u16, height: u16, theme: &Theme) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    let result = terminal.draw(|frame| draw::draw(frame, state, theme));
    if let Err(never) = result {
        match never {}
    }
    terminal.backend().buffer().clone()
}

/// One frame of `view` as plain text, drawn by the same code as the terminal
/// (for `roadmap render`, the README and tests). Lines keep no trailing spaces.
pub fn render_text(
    roadmap: impl Into<Arc<Roadmap>>,
    view: View,
    width: u16,
    height: u16,
    theme: &Theme,
) -> String {
    render_text_on(roadmap, view, width, height, theme, chrono::NaiveDate::MIN)
}

/// [`render_text`] on `today`, which the Timeline draws its bars from.
pub fn render_text_on(
    roadmap: impl Into<Arc<Roadmap>>,
    view: View,
    width: u16,
    height: u16,
    theme: &Theme,
    today: chrono::NaiveDate,
) -> String {
    let mut state = State::new(roadmap, None, today);
    state.view = view;
    update(&mut state, Msg::Resize { width, height });
    buffer_text(&render_buffer(&state, width, height, theme))
}

/// A buffer's text, one line per row, wide characters counted once.
pub fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::with_capacity(area.area() as usize * 2);
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            skip = text::width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
use crate::model;
#[cfg(test)]
#[path = "../../tests/tui_support/fixture.rs"]
pub(crate) mod fixture;
