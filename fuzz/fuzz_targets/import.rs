//! Feeds arbitrary bytes to the markdown importer: it must never panic, and
//! what it returns must validate and serialise.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let outcome = roadmap::import::import_report(data, "fuzz.md");
    let problems = roadmap::model::validate::validate(&outcome.roadmap);
    assert!(
        !roadmap::model::validate::has_errors(&problems),
        "invalid roadmap: {problems:?}"
    );
    let _ = roadmap::import::report_json(&outcome);
    let _ = roadmap::store::to_toml(&outcome.roadmap);
});
