//! Feeds arbitrary text to the TOML loader: it must never panic; a refusal
//! must carry at least one error; what it accepts must save back unchanged
//! and load back the same from its canonical form. And the fast loader (split
//! at `[[tasks]]`, plain reader, two threads) must agree with the whole-document
//! reference path: the same roadmap, or the same refusal.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/reference.rs"]
mod reference;
use reference::same_as_reference;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text);
});

fn check(text: &str) {
    same_as_reference(text);
    let loaded = match roadmap::store::parse(text, "fuzz.toml") {
        Ok(loaded) => loaded,
        Err(err) => {
            assert!(err.errors().count() > 0, "a refusal without an error");
            for d in &err.diagnostics {
                let _ = d.to_string();
            }
            return;
        }
    };
    let same = roadmap::store::render(&loaded, &loaded.roadmap).expect("an unchanged save");
    assert_eq!(same, text.strip_prefix('\u{feff}').unwrap_or(text));
    let canonical = roadmap::store::to_toml(&loaded.roadmap);
    let back = roadmap::store::parse(&canonical, "canon.toml").expect("canonical form loads");
    assert_eq!(back.roadmap, loaded.roadmap);
}
