//! `roadmap status [FILE | --example] [--json] [--require-level N [--strict]]`.

use super::{args::StatusArgs, output, print_warnings, Outcome};
use crate::export::status;
use crate::model::metrics::Metrics;

pub fn run(args: StatusArgs, today: chrono::NaiveDate) -> Outcome {
    // The file load_chosen reads: FILE, else ./roadmap.toml; none for --example.
    let path = (!args.example)
        .then(|| args.file.clone())
        .map(|file| file.unwrap_or_else(|| std::path::PathBuf::from("roadmap.toml")));
    let loaded = match super::load_chosen(args.file, args.example, "status") {
        Ok(loaded) => loaded,
        Err(mut failure) => {
            if let Some(required) = args.require_level {
                failure.message.push_str(&format!(
                    "\n--require-level {required} not checked: the roadmap did not load"
                ));
            }
            return Err(failure);
        }
    };
    print_warnings(&loaded);
    let metrics = Metrics::compute(&loaded.roadmap);
    if args.json {
        let mut value = status::json(&loaded.roadmap, &metrics);
        // Added beside the older keys, which stay as they were (a contract).
        let f = crate::model::schedule::forecast(&loaded.roadmap, today);
        value["forecast"] = crate::export::forecast::json(&loaded.roadmap, &f, false);
        let pace = super::pace::read(
            path.as_deref(),
            &loaded.roadmap,
            today,
            crate::model::pace::DEFAULT_WEEKS,
        );
        value["pace"] = crate::export::pace::json(&pace);
        output::data(&(crate::export::json_text::to_string_pretty(&value) + "\n"))?;
    } else {
        // File data (names, titles) never reaches the terminal raw.
        output::text(&status::text(&loaded.roadmap, &metrics))?;
    }
    match args.require_level {
        Some(required) => super::gate::require_level(&loaded, &metrics, required, args.strict),
        None => Ok(()),
    }
}
