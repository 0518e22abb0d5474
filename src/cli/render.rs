//! `roadmap render [FILE] [--view V] [--width W --height H]`: one planner frame as
//! plain text, from the same drawing code as the interactive session.

use super::{args::RenderArgs, output, Failure, Outcome};
use crate::theme::Theme;
use crate::tui::{self, View};

pub fn run(args: RenderArgs) -> Outcome {
    let view: View = args
        .view
        .parse()
        .map_err(|e| Failure::usage(format!("{e}")))?;
    if args.width == 0 || args.height == 0 || args.width > 1000 || args.height > 1000 {
        return Err(Failure::usage(format!(
            "--width {} --height {}: both must be between 1 and 1000",
            args.width, args.height
        )));
    }
    let loaded = super::load_chosen(args.file, args.example, "render")?;
    let theme = Theme::load("dark").map_err(|e| Failure::invalid(e.to_string()))?;
    // The frame is drawn from sanitized text already.
    // The Timeline draws from today (`ROADMAP_TODAY` pins it); the other
    // views keep the frame they always drew, whatever the clock says.
    let today = match view {
        View::Timeline => super::today()?,
        _ => chrono::NaiveDate::MIN,
    };
    output::data(&tui::render_text_on(
        loaded.roadmap,
        view,
        args.width,
        args.height,
        &theme,
        today,
    ))
}
