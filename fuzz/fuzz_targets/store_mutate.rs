//! Structure-aware loader fuzzing: the input is a list of edits applied to a
//! valid roadmap (a value replaced by fuzzer text, a line dropped or
//! duplicated), so most inputs get past the TOML syntax and reach the
//! decoder, the cross-table checks and the save path. The fast loader (which
//! reads such near-valid files) must agree with the whole-document reference.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/reference.rs"]
mod reference;
use reference::same_as_reference;

const SEED: &str = include_str!("../../roadmaps/example.toml");

fuzz_target!(|data: &[u8]| {
    let mut lines: Vec<String> = SEED.lines().map(str::to_string).collect();
    // Each edit is 3 bytes of header (kind, line, length) then `length` bytes of text.
    let mut rest = data;
    while rest.len() >= 3 && !lines.is_empty() {
        let (kind, at, len) = (rest[0], rest[1] as usize, rest[2] as usize);
        rest = &rest[3..];
        let len = len.min(rest.len());
        let piece = String::from_utf8_lossy(&rest[..len]).into_owned();
        rest = &rest[len..];
        let i = (at * lines.len() / 256).min(lines.len() - 1);
        match kind % 4 {
            // Replace the value after `=`, keeping the key.
            0 => {
                if let Some((key, _)) = lines[i].split_once('=') {
                    lines[i] = format!("{key}= {piece}");
                }
            }
            1 => {
                lines.remove(i);
            }
            2 => {
                let copy = lines[i].clone();
                lines.insert(i, copy);
            }
            _ => lines.insert(i, piece),
        }
    }
    let text = lines.join("\n");
    same_as_reference(&text);
    let loaded = match roadmap::store::parse(&text, "fuzz.toml") {
        Ok(loaded) => loaded,
        Err(err) => {
            assert!(err.errors().count() > 0, "a refusal without an error");
            return;
        }
    };
    let same = roadmap::store::render(&loaded, &loaded.roadmap).expect("an unchanged save");
    assert_eq!(same, text);
    let canonical = roadmap::store::to_toml(&loaded.roadmap);
    let back = roadmap::store::parse(&canonical, "canon.toml").expect("canonical form loads");
    assert_eq!(back.roadmap, loaded.roadmap);
    let _ = roadmap::model::metrics::Metrics::compute(&loaded.roadmap);
});
