//! The session's state for a loaded file, as the terminal and the
//! headless harness both start it.

use super::state::{State, Tone};
use crate::store::Loaded;
use crate::theme::Theme;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::Arc;

/// From this many tasks on, search hits are scored off the UI thread so a
/// keypress redraws at once and the hits follow a moment later. (Figures
/// are updated in place from each change at any size.)
pub const DEFER_SEARCH_FROM: usize = 5_000;

/// The state of a session on `loaded` (the file at `path`; `None` for the
/// bundled example), with the first word in the footer. The working
/// roadmap and the file's (the save baseline) are one allocation until the
/// first edit, so a big roadmap is not copied just to be looked at.
pub fn session(path: Option<PathBuf>, loaded: Loaded, theme: &Theme, today: NaiveDate) -> State {
    let mut state = State::new(Arc::clone(&loaded.roadmap), path, today);
    state.deferred.enabled = state.roadmap.tasks.len() >= DEFER_SEARCH_FROM;
    greet(&mut state, &loaded, theme);
    state.file = Some(loaded);
    state
}

fn greet(state: &mut State, loaded: &Loaded, theme: &Theme) {
    if state.path.is_none() {
        state.say(
            Tone::Info,
            "The bundled example roadmap: s asks for a file to save it to",
        );
    }
    if let Some(w) = theme.warnings.first() {
        state.say(Tone::Warning, w.clone());
    } else if !loaded.warnings.is_empty() {
        state.say(
            Tone::Warning,
            format!(
                "{} warnings in the file: {} (roadmap validate lists them all)",
                loaded.warnings.len(),
                loaded.warnings[0].message
            ),
        );
    }
}
