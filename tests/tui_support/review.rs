//! Helpers of the import review's snapshot tests: a review opened on a
//! report as `roadmap import --review` opens it, its screen, its keys.

use roadmap::import::ImportOutcome;
use roadmap::tui::buffer_text;
use roadmap::tui::review::{self, Review};

/// The import of `bytes` and its decoded text, read once as the CLI does.
pub fn imported(bytes: &[u8], name: &str) -> (ImportOutcome, String) {
    let (outcome, text) = roadmap::import::import_report_and_text(bytes, name);
    (outcome, text.expect("a text report"))
}

pub fn screen(state: &Review) -> String {
    buffer_text(&review::render_buffer(
        state,
        state.width,
        state.height,
        &super::theme(),
    ))
}

pub fn press(state: &mut Review, keys: &str) {
    review::press(state, keys).expect("valid key notation");
}
