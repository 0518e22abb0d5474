//! The importer finding work it used to drop: items the report marks as
//! still to do (⏳) even when written as `name: value` or outside an
//! estimated plan: a pending mark ticks like an open checkbox.

use roadmap::import::import_report;
use roadmap::model::validate::{has_errors, validate};
use roadmap::model::Roadmap;

fn import(md: &str) -> Roadmap {
    let outcome = import_report(md.as_bytes(), "report.md");
    let problems = validate(&outcome.roadmap);
    assert!(!has_errors(&problems), "{problems:#?}");
    outcome.roadmap
}

fn titles(r: &Roadmap) -> Vec<&str> {
    r.tasks.iter().map(|t| t.title.as_str()).collect()
}

#[test]
fn pending_marked_name_value_items_are_work() {
    let r = import(
        "# Review of Lantern\n\n\
         ## Plan\n\n\
         1. Rotate the signing keys (2h)\n\
         2. Pin the base images (3h)\n\
         3. Add rate limits to login (4h)\n\
         4. Turn on audit logging (1h)\n\n\
         ## Test coverage\n\n\
         ### Checks not run yet\n\n\
         - ⏳ **Load testing:** replay a peak day against staging\n\
         - ⏳ **Fuzzing:** feed the parser random frames\n\
         - ⏳ **Chaos drills:** kill a replica during a deploy\n",
    );
    let t = titles(&r);
    for want in [
        "Load testing",
        "Fuzzing",
        "Chaos drills",
        "Rotate the signing keys",
    ] {
        assert!(
            t.iter().any(|x| x.starts_with(want)),
            "no `{want}` in {t:?}"
        );
    }
}
