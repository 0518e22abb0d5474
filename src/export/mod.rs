//! Exporters: the roadmap out for sharing, as markdown, JSON, CSV or an HTML
//! report (TOML goes
//! through the store's canonical writer), and the `status` summaries.
//! Each takes the roadmap and its metrics and returns text; none touches files.

pub mod csv;
pub mod forecast;
pub mod html;
pub mod json;
pub mod json_text;
pub mod markdown;
pub mod pace;
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
    Html,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_lowercase().as_str() {
            "toml" => Ok(Format::Toml),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            other => Err(format!(
                "unknown format `{other}`; allowed: toml, markdown, json, csv, html"
            )),
        }
    }
}
