//! `roadmap [FILE] [--theme NAME]`: the interactive planner.

use super::{default_file, load_or_example, Failure, Outcome};
use crate::theme::Theme;
use chrono::NaiveDate;
use std::path::PathBuf;

pub fn run(file: Option<PathBuf>, theme: Option<&str>, today: NaiveDate) -> Outcome {
    let file = default_file(file);
    let loaded = load_or_example(file.as_deref())?;
    let theme = match Theme::load(theme.unwrap_or("dark")) {
        Ok(t) => t,
        Err(e) => {
            return Err(Failure::usage(format!(
                "{e}; run `roadmap themes` to list them"
            )))
        }
    };
    crate::tui::run(file, loaded, theme, today).map_err(|e| Failure::invalid(format!("{e:#}")))
}
