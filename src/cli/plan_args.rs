//! `roadmap plan`'s arguments: the budget and the level of a what-if.
//! Each value is checked here so a bad one is a usage error (exit 2) that
//! names the flag.

use crate::model::Money;
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Hours of work the budget allows (at the estimates' high end).
    #[arg(long, value_name = "H", value_parser = hours)]
    pub hours: Option<f64>,
    /// Finish by this day (YYYY-MM-DD): the hours the people can work until then.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub by: Option<NaiveDate>,
    /// One-time money the budget allows (`5000`, `5k`).
    #[arg(long, value_name = "AMOUNT", value_parser = amount)]
    pub once: Option<f64>,
    /// Monthly money the budget allows.
    #[arg(long, value_name = "AMOUNT", value_parser = amount)]
    pub monthly: Option<f64>,
    /// The maturity level to reach (default: the next one).
    #[arg(long, value_name = "N")]
    pub level: Option<u32>,
    /// Print the scenarios as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

fn hours(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(h) if h.is_finite() && h >= 0.0 => Ok(h),
        Ok(_) => Err(format!("`{text}` is not a number of hours at least 0")),
        Err(_) => Err(format!(
            "`{text}` is not a number of hours (write e.g. 40 or 12.5)"
        )),
    }
}

fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date (write it as YYYY-MM-DD)"))
}

/// One amount, not a range: a budget is a ceiling.
fn amount(text: &str) -> Result<f64, String> {
    let m = Money::parse(text).map_err(|e| e.to_string())?;
    if m.0.is_point() {
        Ok(m.0.high)
    } else {
        Err(format!(
            "`{text}` is a range; a budget is one amount (write e.g. 5000 or 5k)"
        ))
    }
}
