//! `roadmap forecast [FILE | --example] [--json]`: when each phase and
//! maturity level will be done with the people the file lists, from today
//! (`ROADMAP_TODAY` pins it). Exit codes as `status`: 0, 1 for a file that
//! does not load, 2 for a usage error.

use super::{args::ForecastArgs, envelope, load_chosen, output, print_warnings, Outcome};
use crate::export::forecast;
use crate::model::schedule;
use chrono::NaiveDate;
use serde_json::json;

pub fn run(args: ForecastArgs, today: NaiveDate) -> Outcome {
    let loaded = load_chosen(args.file.clone(), args.example, "forecast")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    let f = schedule::forecast(r, today);
    if args.json {
        let file = match (&args.file, args.example) {
            (Some(file), false) => file.display().to_string(),
            _ => super::EXAMPLE_NAME.to_string(),
        };
        envelope::print(
            "forecast",
            true,
            json!({"file": file, "forecast": forecast::json(r, &f, true)}),
        )
    } else {
        output::text(&forecast::text(r, &f))
    }
}
