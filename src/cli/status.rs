//! `roadmap status [FILE] [--json] [--require-level N]`.

use super::{args::StatusArgs, default_file, load_or_example, print_warnings, Failure, Outcome};
use crate::export::status;
use crate::model::metrics::Metrics;

pub fn run(args: StatusArgs) -> Outcome {
    let file = default_file(args.file);
    let loaded = load_or_example(file.as_deref())?;
    print_warnings(&loaded);
    let metrics = Metrics::compute(&loaded.roadmap);
    if args.json {
        let value = status::json(&loaded.roadmap, &metrics);
        println!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        // File data (names, titles) never reaches the terminal raw.
        let text = status::text(&loaded.roadmap, &metrics);
        print!("{}", crate::tui::text::sanitize_lines(&text));
    }
    if let Some(required) = args.require_level {
        let reached = metrics
            .maturity
            .as_ref()
            .and_then(|m| m.level.as_ref())
            .map(|l| l.0)
            .unwrap_or(0);
        if reached < required {
            return Err(Failure::invalid(format!(
                "maturity level {reached} is below the required level {required}{}",
                metrics
                    .maturity_line()
                    .map(|l| format!(" ({l})"))
                    .unwrap_or_else(|| ": the roadmap has no [maturity] levels".into())
            )));
        }
    }
    Ok(())
}
