//! `roadmap themes`: built-in and user themes, and where user themes go.

use super::{output, Outcome};
use crate::theme::{self, ThemeSource};

pub fn run() -> Outcome {
    for info in theme::list() {
        let source = match &info.source {
            ThemeSource::BuiltIn => "built-in".to_string(),
            ThemeSource::User(path) => format!("user: {}", path.display()),
        };
        let problem = info
            .problem
            .as_ref()
            .map(|p| format!("  [unusable: {p}]"))
            .unwrap_or_default();
        // User themes are files: their names and descriptions are data.
        output::line(&format!(
            "{:<16} {:<40} ({source}){problem}",
            info.name, info.description
        ))?;
    }
    Ok(())
}
