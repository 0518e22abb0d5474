//! Themes: meanings mapped to styles; built-ins embedded, user files win.
//!
//! Built-in themes live in `themes/*.toml` and are compiled in. A user theme is
//! `<config dir>/themes/NAME.toml` (the platform config directory of
//! `roadmap`, see [`user_dir`]); it layers over the built-in it `inherits`
//! (by default the built-in of the same name, else `dark`). A broken user theme
//! never stops the app: [`Theme::load`] falls back to the built-in and records
//! a warning in [`Theme::warnings`] for the caller to show.

mod meaning;
mod spec;

pub use meaning::Meaning;

use crate::model::{Priority, Severity, Status};
use ratatui::style::Style;
use std::path::{Path, PathBuf};

/// The theme used when none is named.
pub const DEFAULT_THEME: &str = "dark";

const BUILTINS: &[(&str, &str)] = &[
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
];

/// A resolved theme: one style per meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub description: String,
    styles: Vec<Style>,
    /// Problems met while loading (a broken user theme); shown, never fatal.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("unknown theme `{name}`; available: {}", available.join(", "))]
    Unknown {
        name: String,
        available: Vec<String>,
    },
    #[error("theme `{name}`: {message}")]
    Invalid { name: String, message: String },
}

/// Where a listed theme comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeSource {
    BuiltIn,
    /// A user file; it overrides the built-in of the same name if there is one.
    User(PathBuf),
}

/// One line of `roadmap themes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeInfo {
    pub name: String,
    pub description: String,
    pub source: ThemeSource,
    /// Why the theme cannot be used as written, if it cannot.
    pub problem: Option<String>,
}

impl Theme {
    /// The theme called `name`, from the user's theme directory or the built-ins.
    pub fn load(name: &str) -> Result<Theme, ThemeError> {
        Theme::load_from(name, user_dir().as_deref())
    }

    /// As [`Theme::load`], looking for user themes in `user_dir` (tests pass a temp dir).
    pub fn load_from(name: &str, user_dir: Option<&Path>) -> Result<Theme, ThemeError> {
        if let Some(path) = user_dir.map(|d| d.join(format!("{name}.toml"))) {
            if path.is_file() {
                return Ok(match load_user(name, &path) {
                    Ok(theme) => theme,
                    Err(message) => {
                        let fallback = if builtin_text(name).is_some() {
                            name
                        } else {
                            DEFAULT_THEME
                        };
                        let mut theme = builtin(fallback)?;
                        theme.warnings.push(format!(
                            "theme {}: {message}; using the built-in `{fallback}` theme instead",
                            path.display()
                        ));
                        theme
                    }
                });
            }
        }
        builtin(name)
    }

    /// The built-in default theme; cannot fail for a correct build (a test loads every built-in).
    pub fn fallback() -> Theme {
        builtin(DEFAULT_THEME).unwrap_or_else(|_| Theme {
            name: DEFAULT_THEME.into(),
            description: String::new(),
            styles: vec![Style::default(); Meaning::ALL.len()],
            warnings: Vec::new(),
        })
    }

    pub fn style(&self, meaning: Meaning) -> Style {
        self.styles
            .get(meaning.index())
            .copied()
            .unwrap_or_default()
    }

    pub fn priority(&self, p: Priority) -> Style {
        self.style(match p {
            Priority::Critical => Meaning::PriorityCritical,
            Priority::High => Meaning::PriorityHigh,
            Priority::Medium => Meaning::PriorityMedium,
            Priority::Low => Meaning::PriorityLow,
        })
    }

    pub fn status(&self, s: Status) -> Style {
        self.style(match s {
            Status::Todo => Meaning::StatusTodo,
            Status::Doing => Meaning::StatusDoing,
            Status::Done => Meaning::StatusDone,
            Status::Skipped => Meaning::StatusSkipped,
        })
    }

    pub fn severity(&self, s: Severity) -> Style {
        self.style(match s {
            Severity::Critical => Meaning::SeverityCritical,
            Severity::High => Meaning::SeverityHigh,
            Severity::Medium => Meaning::SeverityMedium,
            Severity::Low => Meaning::SeverityLow,
            Severity::Info => Meaning::SeverityInfo,
        })
    }

    /// Resolves a spec layered over `parent` specs (outermost last).
    fn resolve(name: &str, layers: &[&spec::ThemeSpec]) -> Theme {
        let styles: Vec<Style> = Meaning::ALL
            .iter()
            .map(|m| resolve_one(*m, layers))
            .collect();
        let description = layers
            .iter()
            .rev()
            .find_map(|l| l.description.clone())
            .unwrap_or_default();
        Theme {
            name: name.to_string(),
            description,
            styles,
            warnings: Vec::new(),
        }
    }
}

/// A meaning's style: its parent's style patched with the topmost layer's own setting.
fn resolve_one(meaning: Meaning, layers: &[&spec::ThemeSpec]) -> Style {
    let inherited = meaning
        .parent()
        .map(|p| resolve_one(p, layers))
        .unwrap_or_default();
    match layers.iter().rev().find_map(|l| l.styles.get(&meaning)) {
        Some(own) => inherited.patch(*own),
        None => inherited,
    }
}

fn builtin_text(name: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

fn builtin_spec(name: &str) -> Result<spec::ThemeSpec, ThemeError> {
    let text = builtin_text(name).ok_or_else(|| ThemeError::Unknown {
        name: name.to_string(),
        available: BUILTINS.iter().map(|(n, _)| n.to_string()).collect(),
    })?;
    spec::parse(text).map_err(|message| ThemeError::Invalid {
        name: name.to_string(),
        message,
    })
}

fn builtin(name: &str) -> Result<Theme, ThemeError> {
    let spec = builtin_spec(name)?;
    Ok(Theme::resolve(name, &[&spec]))
}

fn load_user(name: &str, path: &Path) -> Result<Theme, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read it: {e}"))?;
    let user = spec::parse(&text)?;
    let parent_name = user.inherits.clone().unwrap_or_else(|| {
        if builtin_text(name).is_some() {
            name.to_string()
        } else {
            DEFAULT_THEME.to_string()
        }
    });
    let parent = builtin_spec(&parent_name).map_err(|e| format!("`inherits`: {e}"))?;
    Ok(Theme::resolve(name, &[&parent, &user]))
}

/// The platform config directory of `roadmap` (e.g. `~/.config/roadmap`).
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "roadmap").map(|d| d.config_dir().to_path_buf())
}

/// Where user themes live: `<config dir>/themes`.
pub fn user_dir() -> Option<PathBuf> {
    config_dir().map(|d| d.join("themes"))
}

/// The theme named in the user's `<config dir>/config.toml` (`theme = "light"`), if any.
pub fn configured_name() -> Option<String> {
    let text = std::fs::read_to_string(config_dir()?.join("config.toml")).ok()?;
    configured_name_in(&text)
}

fn configured_name_in(config: &str) -> Option<String> {
    let table: toml::Table = config.parse().ok()?;
    table.get("theme")?.as_str().map(str::to_string)
}

/// Every theme: built-ins, then user themes, sorted by name within each.
pub fn list() -> Vec<ThemeInfo> {
    list_in(user_dir().as_deref())
}

/// As [`list`], with user themes from `user_dir`.
pub fn list_in(user_dir: Option<&Path>) -> Vec<ThemeInfo> {
    let mut out: Vec<ThemeInfo> = BUILTINS
        .iter()
        .map(|(name, text)| {
            let parsed = spec::parse(text);
            ThemeInfo {
                name: name.to_string(),
                description: parsed
                    .as_ref()
                    .ok()
                    .and_then(|s| s.description.clone())
                    .unwrap_or_default(),
                source: ThemeSource::BuiltIn,
                problem: parsed.err(),
            }
        })
        .collect();
    let mut user: Vec<ThemeInfo> = user_dir
        .and_then(|d| std::fs::read_dir(d).ok())
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_string();
            let (description, problem) = match load_user(&name, &path) {
                Ok(t) => (t.description, None),
                Err(e) => (String::new(), Some(e)),
            };
            Some(ThemeInfo {
                name,
                description,
                source: ThemeSource::User(path),
                problem,
            })
        })
        .collect();
    user.sort_by(|a, b| a.name.cmp(&b.name));
    out.extend(user);
    out
}

#[cfg(test)]
mod tests;
