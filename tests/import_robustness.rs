//! The importer never panics and always yields a valid roadmap: empty,
//! binary, deeply nested, huge and random inputs, and every seed report
//! validates and survives a trip through the store.

use proptest::prelude::*;
use roadmap::import::{import_report, report_json, WarningKind};
use roadmap::model::validate::{has_errors, validate};
use std::path::Path;

fn assert_valid(bytes: &[u8], name: &str) -> roadmap::import::ImportOutcome {
    let outcome = import_report(bytes, name);
    let problems = validate(&outcome.roadmap);
    assert!(
        !has_errors(&problems),
        "{name}: the imported roadmap does not validate: {problems:#?}"
    );
    outcome
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    // The five seed reports are kept in the repository, as their authors wrote them.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("seed reports in {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 5, "five seed reports");
    out
}

#[test]
fn empty_input_gives_an_empty_valid_roadmap_and_a_warning() {
    let outcome = assert_valid(b"", "empty.md");
    assert!(outcome.roadmap.tasks.is_empty());
    assert!(outcome
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::NothingFound));
}

#[test]
fn binary_input_gives_an_empty_roadmap_and_a_not_text_warning() {
    let mut bytes = b"\x7fELF\x02\x01\x01\0\0\0".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 7919 % 256) as u8));
    let outcome = assert_valid(&bytes, "a.out");
    assert!(outcome.roadmap.tasks.is_empty());
    assert_eq!(outcome.warnings.len(), 1);
    assert_eq!(outcome.warnings[0].kind, WarningKind::NotText);
    assert!(outcome.warnings[0].message.contains("a.out"));
}

#[test]
fn a_list_nested_ten_thousand_levels_deep_is_read() {
    let mut doc = String::from("## Next Steps\n\n");
    doc.push_str(&"- ".repeat(10_000));
    doc.push_str("deep task\n");
    let outcome = assert_valid(doc.as_bytes(), "nested.md");
    assert!(outcome.roadmap.tasks.len() <= 1);

    // Indented nesting, the way editors write it, also at depth.
    let mut doc = String::from("## Next Steps\n\n");
    for depth in 0..2_000 {
        doc.push_str(&" ".repeat(depth * 2));
        doc.push_str("- item\n");
    }
    assert_valid(doc.as_bytes(), "indented.md");
}

#[test]
fn nested_block_quotes_do_not_overflow() {
    let doc = ">".repeat(10_000) + " - [ ] task\n";
    assert_valid(doc.as_bytes(), "quotes.md");
}

#[test]
fn a_huge_single_line_is_read_quickly() {
    let mut doc = String::from("## Next Steps\n\n- [ ] ");
    doc.push_str(&"word (4h) $50/month ✅ âœ… ".repeat(100_000));
    // Its speed is measured by `cargo bench --bench import` (pathological/huge-line).
    let outcome = assert_valid(doc.as_bytes(), "line.md");
    assert_eq!(outcome.roadmap.tasks.len(), 1);
}

#[test]
fn every_seed_validates_and_round_trips_through_the_store() {
    for (name, bytes) in seeds() {
        let outcome = assert_valid(&bytes, &name);
        let r = &outcome.roadmap;
        assert!(!r.tasks.is_empty(), "{name}: tasks");
        assert!(
            r.tasks.iter().all(|t| t.source_line.is_some()),
            "{name}: source lines"
        );
        let text = roadmap::store::to_toml(r);
        let loaded = roadmap::store::parse(&text, &name)
            .unwrap_or_else(|e| panic!("{name}: the written roadmap does not load: {e:?}\n{text}"));
        assert_eq!(
            &loaded.roadmap, r,
            "{name}: what is written is what is read"
        );
        let json = report_json(&outcome);
        assert_eq!(json["tasks"], r.tasks.len());
    }
}

#[test]
fn no_seed_keeps_mojibake() {
    for (name, bytes) in seeds() {
        let text = roadmap::store::to_toml(&import_report(&bytes, &name).roadmap);
        for garbage in ["âœ", "ğŸ", "ðŸ", "‚Ä", "Ã", "â”", "‚úÖ", "üî", "ï¸", "âš"]
        {
            assert!(
                !text.contains(garbage),
                "{name}: `{garbage}` survived the import"
            );
        }
    }
}

#[test]
fn ids_are_stable_and_unique() {
    for (name, bytes) in seeds() {
        let a = import_report(&bytes, &name).roadmap;
        let b = import_report(&bytes, &name).roadmap;
        let ids: Vec<&str> = a.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            b.tasks.iter().map(|t| t.id.as_str()).collect::<Vec<_>>()
        );
        let unique: std::collections::HashSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{name}: duplicate ids");
    }
}

#[test]
fn bom_and_crlf_change_nothing() {
    for (name, bytes) in seeds() {
        let plain = import_report(&bytes, &name).roadmap;
        let text = String::from_utf8_lossy(&bytes).replace('\n', "\r\n");
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(text.as_bytes());
        assert_eq!(import_report(&with_bom, &name).roadmap, plain, "{name}");
    }
}

/// Markdown-ish text built from the pieces reports are made of.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("# ".to_string()),
        Just("## ".to_string()),
        Just("### Phase 1 (Week 1-2)\n".to_string()),
        Just("- ".to_string()),
        Just("- [ ] ".to_string()),
        Just("- [x] ".to_string()),
        Just("1. ".to_string()),
        Just("  ".to_string()),
        Just("\n".to_string()),
        Just("| a | b |\n|---|---|\n".to_string()),
        Just("```\n".to_string()),
        Just("**".to_string()),
        Just("Priority: HIGH\n".to_string()),
        Just("Effort: 3 days\n".to_string()),
        Just("Cost: $50/month\n".to_string()),
        Just("(16 hours)".to_string()),
        Just("Level 2: Basic (60%)\n".to_string()),
        Just("âœ… ‚úÖ ğŸ”´ ".to_string()),
        Just("🔴 CRITICAL ".to_string()),
        Just("> ".to_string()),
        "[a-zA-Z0-9 :/%$()\\-]{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_markdown_never_panics_and_always_validates(doc in markdownish()) {
        let outcome = import_report(doc.as_bytes(), "random.md");
        let problems = validate(&outcome.roadmap);
        prop_assert!(!has_errors(&problems), "{:#?}\n---\n{}", problems, doc);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let outcome = import_report(&bytes, "random.bin");
        prop_assert!(!has_errors(&validate(&outcome.roadmap)));
    }
}

#[test]
fn many_tasks_sharing_a_slug_and_many_phases_stay_fast() {
    let mut doc = String::new();
    for week in 1..=3_000 {
        doc.push_str(&format!("## Week {week}\n\n"));
        doc.push_str(&format!(
            "- [ ] Implement the monitoring of the production services, item {week}\n\n"
        ));
    }
    // Its speed is measured by `cargo bench --bench import` (pathological/similar-titles).
    let outcome = assert_valid(doc.as_bytes(), "many.md");
    assert_eq!(outcome.roadmap.tasks.len(), 3_000);
    assert_eq!(outcome.roadmap.phases.len(), 3_000);
    let ids: std::collections::HashSet<&str> = outcome
        .roadmap
        .tasks
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids.len(), 3_000);
}

/// The review's one decode gives what the two calls it replaces gave: the
/// same outcome as `import_report`, the same text as `report_text`, and no
/// text for bytes that are not a report.
#[test]
fn importing_with_the_text_matches_importing_and_decoding_apart() {
    for (name, bytes) in seeds() {
        let (outcome, text) = roadmap::import::import_report_and_text(&bytes, &name);
        let alone = import_report(&bytes, &name);
        assert_eq!(
            format!("{:?}", outcome.roadmap),
            format!("{:?}", alone.roadmap),
            "{name}"
        );
        assert_eq!(outcome.warnings, alone.warnings, "{name}");
        assert_eq!(outcome.candidates, alone.candidates, "{name}");
        assert_eq!(text, roadmap::import::report_text(&bytes), "{name}");
        assert!(text.is_some_and(|t| !t.is_empty()), "{name}");
    }
    let binary = [0u8, 159, 146, 150, 0, 0, 1, 2];
    let (outcome, text) = roadmap::import::import_report_and_text(&binary, "x.bin");
    assert_eq!(text, None);
    assert_eq!(outcome.warnings[0].kind, WarningKind::NotText);
    assert!(outcome.roadmap.tasks.is_empty());
}
