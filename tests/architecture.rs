//! The model stays pure: nothing under `src/model/` may reach for the terminal,
//! the file system, processes, the TOML document layer or a clock. Those belong
//! to `tui`, `store` and `cli`; keeping them out is what lets the model be
//! tested with plain values (and `today` passed in).

use std::fs;
use std::path::{Path, PathBuf};

/// What the model must not mention, and why, for the failure message.
const FORBIDDEN: &[(&str, &str)] = &[
    ("ratatui", "drawing belongs in tui/"),
    ("crossterm", "the terminal belongs in tui/"),
    ("std::fs", "files belong in store/"),
    ("std::io", "I/O belongs in store/ and cli/"),
    ("std::process", "processes belong in cli/"),
    ("toml_edit", "the TOML document belongs in store/"),
    ("Local::now", "the clock: pass `today` in"),
    ("Utc::now", "the clock: pass `today` in"),
    ("SystemTime", "the clock: pass `today` in"),
    ("Instant::now", "the clock: pass timings in from outside"),
];

/// Modules that `use std::{…}` may not name inside braces, which the plain
/// text search above would miss (`use std::{fs, io};`).
const FORBIDDEN_STD: &[&str] = &["fs", "io", "process"];

/// Every violation in `text` as `path:line: mentions `x` (why)`.
fn violations(path: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for (word, why) in FORBIDDEN {
            if line.contains(word) {
                found.push(format!("{path}:{}: mentions `{word}` ({why})", n + 1));
            }
        }
    }
    for (line, module) in braced_std_imports(text) {
        found.push(format!(
            "{path}:{line}: mentions `std::{module}` inside `std::{{…}}`"
        ));
    }
    found
}

/// (line, module) for each forbidden module named in a `std::{…}` group,
/// which may span lines.
fn braced_std_imports(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(at) = rest.find("std::{") {
        let open = at + "std::{".len();
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let line = text[..offset + at].matches('\n').count() + 1;
        for item in rest[open..open + close].split(',') {
            let module = item.trim().split("::").next().unwrap_or("").trim();
            if FORBIDDEN_STD.contains(&module) {
                found.push((line, module.to_string()));
            }
        }
        offset += open + close;
        rest = &text[offset..];
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_model_touches_no_files_terminals_or_clocks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/model"), &mut files);
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("roadmap.rs")),
        "src/model/ looks empty: {files:?}"
    );
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        found.extend(violations(&shown, &text));
    }
    assert!(
        found.is_empty(),
        "the model must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_names_the_file_and_line() {
    let text = "//! fine\nuse std::fs::read;\nlet t = chrono::Local::now();\n";
    assert_eq!(
        violations("src/model/x.rs", text),
        [
            "src/model/x.rs:2: mentions `std::fs` (files belong in store/)",
            "src/model/x.rs:3: mentions `Local::now` (the clock: pass `today` in)",
        ]
    );
    assert!(violations("a.rs", "use std::collections::HashMap;\n").is_empty());
}

#[test]
fn the_scan_sees_into_braced_imports() {
    let text =
        "use std::{\n    collections::HashMap,\n    io::Write,\n};\nuse std::{fmt, process};\n";
    assert_eq!(
        violations("m.rs", text),
        [
            "m.rs:1: mentions `std::io` inside `std::{…}`",
            "m.rs:5: mentions `std::process` inside `std::{…}`",
        ]
    );
}
