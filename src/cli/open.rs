//! `roadmap [FILE] [--theme NAME]`: the interactive planner.

use super::{default_file, load_or_example, Failure, Outcome};
use crate::theme::{self, Theme};
use crate::tui::keymap::Keymap;
use crate::tui::Stopped;
use chrono::NaiveDate;
use std::path::PathBuf;

pub fn run(file: Option<PathBuf>, theme: Option<&str>, today: NaiveDate) -> Outcome {
    let file = default_file(file);
    let loaded = load_or_example(file.as_deref())?;
    let theme = pick_theme(theme)?;
    let keys = configured_keys()?;
    crate::tui::run(file, loaded, theme, keys, today).map_err(|e| {
        match e.downcast_ref::<Stopped>() {
            // A signal or a closed terminal: 128 + the signal, as shells expect.
            Some(stopped) => Failure {
                code: stopped.exit_code(),
                message: format!("roadmap {stopped}"),
            },
            None => Failure::invalid(format!("{e:#}")),
        }
    })
}

/// `--theme` wins and must exist; else the `theme` of the user's config.toml,
/// which falls back to `dark` with a warning when it names no theme, since a
/// stale setting should never keep the planner from opening.
pub(super) fn pick_theme(flag: Option<&str>) -> Result<Theme, Failure> {
    if let Some(name) = flag {
        return Theme::load(name)
            .map_err(|e| Failure::usage(format!("{e}; run `roadmap themes` to list them")));
    }
    let Some(configured) = theme::configured_name() else {
        return Theme::load("dark").map_err(|e| Failure::invalid(e.to_string()));
    };
    match Theme::load(&configured) {
        Ok(t) => Ok(t),
        Err(e) => {
            super::output::note(&format!("warning: config.toml: {e}; using the dark theme"));
            Theme::load("dark").map_err(|e| Failure::invalid(e.to_string()))
        }
    }
}

/// The planning keys with the `[keys]` table of the user's config.toml
/// applied. A bad entry stops the planner before it opens, naming the
/// file, the line, the value and what is accepted: a key that silently did
/// nothing would be worse.
fn configured_keys() -> Result<Keymap, Failure> {
    let Some(path) = theme::config_dir().map(|d| d.join("config.toml")) else {
        return Ok(Keymap::default());
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Keymap::default()),
        Err(e) => {
            return Err(Failure::invalid(format!(
                "{}: error: cannot read it: {e}",
                path.display()
            )))
        }
    };
    Keymap::from_config(&text).map_err(|e| {
        Failure::invalid(format!(
            "{}:{}: error: {}\n  help: {}",
            path.display(),
            e.line,
            e.message,
            e.help
        ))
    })
}
