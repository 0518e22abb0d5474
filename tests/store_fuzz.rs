//! Nothing the store is given makes it panic, and whatever it accepts it can
//! save and format: random text, random bytes, and the sample file with
//! random damage done to it.

use proptest::prelude::*;
use roadmap::model::Status;
use roadmap::store::{format_canonical, load, parse, render, to_toml, LoadError};

const SAMPLE: &str = include_str!("../src/store/testdata/sample.toml");

/// Every diagnostic names the file and, when it has a line, one that exists.
fn check_diagnostics(err: &LoadError, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!err.diagnostics.is_empty());
    prop_assert!(err.errors().count() > 0, "a failed load has an error");
    let lines = text.lines().count().max(1) + 1;
    for d in &err.diagnostics {
        prop_assert_eq!(d.file.as_str(), "fuzz.toml");
        if let Some(line) = d.line {
            prop_assert!(
                line >= 1 && line <= lines,
                "line {} of {}: {}",
                line,
                lines,
                d
            );
        }
        prop_assert!(!d.to_string().is_empty());
    }
    Ok(())
}

/// What the store promises for text it accepted: unchanged it renders
/// byte for byte, canonical and formatted forms load back the same, and a
/// check-off saves.
fn check_accepted(text: &str) -> Result<(), TestCaseError> {
    let loaded = match parse(text, "fuzz.toml") {
        Ok(loaded) => loaded,
        Err(err) => return check_diagnostics(&err, text),
    };
    let fail = |e: String| TestCaseError::fail(format!("{e}\n--- text ---\n{text}"));
    let same = render(&loaded, &loaded.roadmap).map_err(|e| fail(e.to_string()))?;
    prop_assert_eq!(same.as_str(), text.strip_prefix('\u{feff}').unwrap_or(text));
    let canonical =
        parse(&to_toml(&loaded.roadmap), "canon.toml").map_err(|e| fail(e.to_string()))?;
    prop_assert_eq!(&canonical.roadmap, &loaded.roadmap);
    let formatted = format_canonical(text, "fuzz.toml").map_err(|e| fail(e.to_string()))?;
    let reformatted = parse(&formatted, "fmt.toml").map_err(|e| fail(e.to_string()))?;
    prop_assert_eq!(&reformatted.roadmap, &loaded.roadmap);
    let mut checked = (*loaded.roadmap).clone();
    if let Some(t) = checked.tasks.iter_mut().find(|t| t.status != Status::Done) {
        t.status = Status::Done;
        t.done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 3);
        let saved = render(&loaded, &checked).map_err(|e| fail(e.to_string()))?;
        let back = parse(&saved, "saved.toml").map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(&back.roadmap, &checked);
    }
    Ok(())
}

/// One small piece of damage: a character inserted, removed or replaced.
#[derive(Debug, Clone)]
enum Damage {
    Insert(usize, char),
    Remove(usize),
    Replace(usize, char),
}

fn damage() -> impl Strategy<Value = Damage> {
    let c = prop_oneof![
        prop::sample::select(vec![
            '[', ']', '{', '}', '"', '\'', '=', '#', '\n', ',', '.', ' ', '0', '9', '-', 'x', 'é',
            '\t', '\\'
        ]),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), c.clone()).prop_map(|(i, c)| Damage::Insert(i, c)),
        any::<usize>().prop_map(Damage::Remove),
        (any::<usize>(), c).prop_map(|(i, c)| Damage::Replace(i, c)),
    ]
}

fn damaged(text: &str, damage: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damage {
        match *d {
            Damage::Insert(i, c) => chars.insert(i % (chars.len() + 1), c),
            Damage::Remove(i) if !chars.is_empty() => {
                chars.remove(i % chars.len());
            }
            Damage::Replace(i, c) if !chars.is_empty() => {
                let at = i % chars.len();
                chars[at] = c;
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        check_accepted(&text)?;
    }

    #[test]
    fn a_damaged_sample_is_refused_precisely_or_handled_fully(
        damage in prop::collection::vec(damage(), 1..4),
    ) {
        check_accepted(&damaged(SAMPLE, &damage))?;
    }

    #[test]
    fn random_bytes_on_disk_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("fuzz.toml");
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Err(err) = load(&path) {
            prop_assert!(err.errors().count() > 0);
            prop_assert!(err.to_string().starts_with(&path.display().to_string()));
        }
    }
}
