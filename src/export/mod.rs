//! Exporters: the roadmap out for sharing, as markdown, JSON or CSV (TOML goes
//! through the store's canonical writer), and the `status` summaries.
//! Each takes the roadmap and its metrics and returns text; none touches files.

pub mod csv;
pub mod forecast;
pub mod json;
pub mod json_text;
pub mod markdown;
pub mod status;
pub mod whatif;

use std::str::FromStr;

/// The formats `roadmap export --format` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Markdown,
    Json,
    Csv,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_lowercase().as_str() {
            "toml" => Ok(Format::Toml),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(format!(
                "unknown format `{other}`; allowed: toml, markdown, json, csv"
            )),
        }
    }
}
