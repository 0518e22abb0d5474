//! `roadmap export FILE --format toml|markdown|json|csv [-o OUT]`.

use super::{args::ExportArgs, print_warnings, Failure, Outcome};
use crate::export::{self, Format};
use crate::model::metrics::Metrics;
use crate::store;

pub fn run(args: ExportArgs) -> Outcome {
    let loaded = store::load(&args.file)?;
    print_warnings(&loaded);
    let roadmap = &loaded.roadmap;
    let metrics = Metrics::compute(roadmap);
    let text = match args.format {
        Format::Toml => store::to_toml(roadmap),
        Format::Markdown => export::markdown::render(roadmap, &metrics),
        Format::Json => export::json::render(roadmap, &metrics),
        Format::Csv => export::csv::render(roadmap, &metrics),
    };
    // Markdown and CSV on stdout usually land on a terminal: their file data
    // is escaped there (JSON and TOML escape control characters themselves).
    // Written to a file with -o they keep the data as it is.
    let text = match (args.format, &args.output) {
        (Format::Markdown | Format::Csv, None) => {
            crate::tui::text::sanitize_lines(&text).into_owned()
        }
        _ => text,
    };
    write_output(args.output.as_deref(), &text)
}

/// Writes to OUT atomically, or to stdout.
pub fn write_output(output: Option<&std::path::Path>, text: &str) -> Outcome {
    match output {
        Some(path) => store::write_atomic(path, text.as_bytes()).map_err(|e| {
            Failure::invalid(format!(
                "{}: cannot write: {e}; check the directory exists and is writable",
                path.display()
            ))
        }),
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            Ok(())
        }
    }
}
