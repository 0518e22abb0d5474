//! `roadmap forecast [FILE | --example] [--weeks N] [--json]`: when each
//! phase and maturity level will be done with the people the file lists,
//! from today (`ROADMAP_TODAY` pins it); and beside it, when each level and
//! the end would be done at the pace of the last N weeks of the file's git
//! history (`model::pace`). Exit codes as `status`: 0, 1 for a file that
//! does not load, 2 for a usage error.

use super::{args::ForecastArgs, envelope, load_chosen, output, print_warnings, Outcome};
use crate::export::{forecast, pace};
use crate::model::schedule;
use chrono::NaiveDate;
use serde_json::json;
use std::path::PathBuf;

pub fn run(args: ForecastArgs, today: NaiveDate) -> Outcome {
    let loaded = load_chosen(args.file.clone(), args.example, "forecast")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    let f = schedule::forecast(r, today);
    // The file load_chosen read: FILE, else ./roadmap.toml; none for --example.
    let path = (!args.example).then(|| {
        args.file
            .clone()
            .unwrap_or_else(|| PathBuf::from("roadmap.toml"))
    });
    let p = super::pace::read(path.as_deref(), r, today, args.weeks);
    if args.json {
        let file = match (&args.file, args.example) {
            (Some(file), false) => file.display().to_string(),
            _ => super::EXAMPLE_NAME.to_string(),
        };
        envelope::print(
            "forecast",
            true,
            json!({"file": file, "forecast": forecast::json(r, &f, true), "pace": pace::json(&p)}),
        )
    } else {
        output::text(&(forecast::text(r, &f) + &pace::text(&p)))
    }
}
