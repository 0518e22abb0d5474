//! The importer finding work it used to drop: items the report marks as
//! still to do (⏳) even when written as `name: value` or outside an
//! estimated plan: a pending mark ticks like an open checkbox.

#[path = "support/import.rs"]
mod support;
use support::*;

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
