//! The layering, checked on every path the source names: each top-level
//! module of `src/` is a layer, and a layer may reach only the layers below
//! it (docs/ARCHITECTURE.md draws the graph):
//!
//! - `model` reaches nothing of the project, and nothing of the world: no
//!   files, environment, processes, threads, clocks or terminal. That is what
//!   lets it be tested with plain values (and `today` passed in).
//! - `store`, `import`, `export`, `theme` and `git` reach the model only.
//! - `tui` and `cli` sit on top; `cli` may start `tui`, never the reverse.
//!
//! Paths are read by `support/rust_paths.rs` (comments and strings skipped,
//! `{…}` groups expanded, `super::` resolved), so `use crate::{model, tui}`
//! and `super::super::tui` count as much as `use crate::tui`.

#[path = "support/rust_paths.rs"]
mod rust_paths;

use rust_paths::{module_of, paths, Path as RustPath};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Each layer and the layers it may reach (besides itself).
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("store", &["model"]),
    ("import", &["model"]),
    ("export", &["model"]),
    ("theme", &["model"]),
    ("git", &["model"]),
    (
        "tui",
        &["model", "store", "import", "export", "theme", "git"],
    ),
    (
        "cli",
        &["model", "store", "import", "export", "theme", "git", "tui"],
    ),
];

/// What the model may not use from the standard library, and why.
const MODEL_STD: &[(&str, &str)] = &[
    ("fs", "files belong in store/"),
    ("io", "I/O belongs in store/ and cli/"),
    ("net", "the network is no part of a plan"),
    ("env", "the environment is read in cli/"),
    ("process", "processes belong in cli/ and git/"),
    ("thread", "threads belong in store/ and tui/"),
];

/// Crates the model may not use, and why.
const MODEL_CRATES: &[(&str, &str)] = &[
    ("ratatui", "drawing belongs in tui/"),
    ("crossterm", "the terminal belongs in tui/"),
    ("signal_hook", "signals belong in tui/"),
    ("rustix", "the system belongs in tui/ and store/"),
    ("notify", "watching files belongs in tui/"),
    ("tempfile", "files belong in store/"),
    (
        "directories",
        "the user's folders belong in theme/ and cli/",
    ),
    ("fs4", "file locks belong in store/"),
    ("xattr", "file attributes belong in store/"),
    ("toml", "the TOML text belongs in store/"),
    ("toml_edit", "the TOML document belongs in store/"),
];

/// Clocks, by the names that read them.
const CLOCKS: &[&str] = &["Local", "Utc", "Instant", "SystemTime", "UNIX_EPOCH"];

fn allowed(from: &str, to: &str) -> Option<bool> {
    let (_, reach) = LAYERS.iter().find(|(layer, _)| *layer == from)?;
    Some(from == to || reach.contains(&to))
}

/// Every rule `path` breaks, as `file:line: names `path` (why)`.
fn check(file: &str, path: &RustPath) -> Vec<String> {
    let Some(layer) = path.module.first().map(String::as_str) else {
        return Vec::new();
    };
    let at = |why: String| format!("{file}:{}: names `{}` ({why})", path.line, path.text());
    let mut found = Vec::new();
    if let Some(full) = path.in_crate() {
        match full.first().map(String::as_str) {
            None => found.push(at("the crate root itself".into())),
            Some(to) => match allowed(layer, to) {
                Some(true) => {}
                Some(false) => found.push(at(format!("{layer} may not reach {to}"))),
                None if LAYERS.iter().any(|(l, _)| *l == to) => {}
                None => found.push(at(format!("{layer} is not a known layer"))),
            },
        }
    }
    if layer == "model" {
        found.extend(model_rules(path).into_iter().map(at));
    }
    found
}

/// Why the model may not name `path`, if it may not.
fn model_rules(path: &RustPath) -> Vec<String> {
    let s: Vec<&str> = path.segments.iter().map(String::as_str).collect();
    let mut why = Vec::new();
    if let ["std" | "core" | "alloc", module, ..] = s.as_slice() {
        if let Some((_, reason)) = MODEL_STD.iter().find(|(m, _)| m == module) {
            why.push(reason.to_string());
        }
        if *module == "time" && s[2..].iter().any(|n| CLOCKS.contains(n) || *n == "*") {
            why.push("the clock: pass `today` and timings in".into());
        }
    }
    if let Some((_, reason)) = s
        .first()
        .and_then(|c| MODEL_CRATES.iter().find(|(k, _)| k == c))
    {
        why.push(reason.to_string());
    }
    if s.first() == Some(&"chrono")
        && s[1..]
            .iter()
            .any(|n| CLOCKS.contains(n) || *n == "offset" || *n == "*")
    {
        why.push("the clock: pass `today` in".into());
    }
    if s.windows(2)
        .any(|w| CLOCKS.contains(&w[0]) && w[1] == "now")
    {
        why.push("the clock: pass `today` in".into());
    }
    why.dedup();
    why
}

/// Every violation in `text`, a file of module `module` shown as `file`.
fn violations(file: &str, module: &[String], text: &str) -> Vec<String> {
    paths(text, module)
        .iter()
        .flat_map(|p| check(file, p))
        .collect()
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

/// Files that `#[path = "…"] mod name;` places in another module than
/// their own path says (test files beside the code, fixtures under
/// `tests/`), keyed by their full path.
fn placed_by_attribute(root: &Path, files: &[PathBuf]) -> HashMap<PathBuf, Vec<String>> {
    let mut placed = HashMap::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap_or_default();
        let module = module_of(&relative(root, file));
        let mut target: Option<String> = None;
        for line in text.lines().map(str::trim) {
            if let Some(rest) = line.strip_prefix("#[path = \"") {
                target = rest.strip_suffix("\"]").map(str::to_string);
                continue;
            }
            if line.starts_with("#[") {
                continue;
            }
            if let Some(to) = target.take() {
                let name = line
                    .trim_start_matches("pub(crate) ")
                    .trim_start_matches("pub ")
                    .strip_prefix("mod ")
                    .and_then(|r| r.strip_suffix(';'));
                if let (Some(name), Some(dir)) = (name, file.parent()) {
                    let mut full = module.clone();
                    full.push(name.to_string());
                    let path = dir.join(to);
                    let path = path.canonicalize().unwrap_or(path);
                    placed.insert(path, full);
                }
            }
        }
    }
    placed
}

fn relative(root: &Path, file: &Path) -> String {
    file.strip_prefix(root.join("src"))
        .unwrap_or(file)
        .display()
        .to_string()
}

#[test]
fn every_layer_reaches_only_the_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(
        files.len() > 100 && files.iter().any(|f| f.ends_with("model/roadmap.rs")),
        "src/ looks wrong: {} files",
        files.len()
    );
    let placed = placed_by_attribute(root, &files);
    let mut scanned: Vec<PathBuf> = files.clone();
    scanned.extend(placed.keys().filter(|p| !files.contains(p)).cloned());
    let mut found = Vec::new();
    for file in &scanned {
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        let module = match placed.get(&file.canonicalize().unwrap_or(file.clone())) {
            Some(module) => module.clone(),
            None => module_of(&relative(root, file)),
        };
        // The crate root and the binary name the layers to declare them.
        if module.is_empty() {
            continue;
        }
        let text = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        found.extend(violations(&shown, &module, &text));
    }
    assert!(
        found.is_empty(),
        "edges outside the layering:\n{}",
        found.join("\n")
    );
}

fn module(path: &str) -> Vec<String> {
    path.split("::").map(str::to_string).collect()
}

#[test]
fn every_edge_between_layers_outside_the_graph_is_caught() {
    for (from, reach) in LAYERS {
        for (to, _) in LAYERS {
            let line = format!("use crate::{to}::Thing;\n");
            let found = violations("f.rs", &module(&format!("{from}::x")), &line);
            if from == to || reach.contains(to) {
                assert!(found.is_empty(), "{from} → {to} is allowed: {found:?}");
            } else {
                assert_eq!(
                    found,
                    [format!(
                        "f.rs:1: names `crate::{to}::Thing` ({from} may not reach {to})"
                    )],
                    "{from} → {to}"
                );
            }
        }
    }
}

#[test]
fn the_model_may_not_reach_the_session_the_store_the_environment_or_threads() {
    let model = module("model::roadmap");
    let lines = [
        ("use crate::tui::State;", "model may not reach tui"),
        ("use crate::store::Loaded;", "model may not reach store"),
        (
            "let v = std::env::var(\"HOME\");",
            "the environment is read in cli/",
        ),
        (
            "std::thread::spawn(|| ());",
            "threads belong in store/ and tui/",
        ),
        ("use std::fs::read;", "files belong in store/"),
        ("use std::{collections::HashMap, io::Write};", "I/O belongs"),
        ("use std::process::Command;", "processes belong"),
        ("let t = chrono::Local::now();", "the clock"),
        ("let t = Utc::now();", "the clock"),
        ("use std::time::{Duration, Instant};", "the clock"),
        ("let t = SystemTime::now();", "the clock"),
        ("use ratatui::style::Style;", "drawing belongs in tui/"),
        (
            "use crossterm::event::Event;",
            "the terminal belongs in tui/",
        ),
        (
            "use toml_edit::Value;",
            "the TOML document belongs in store/",
        ),
    ];
    for (line, why) in lines {
        let found = violations("src/model/roadmap.rs", &model, line);
        assert!(
            found.len() == 1 && found[0].contains(why),
            "`{line}` must be refused for {why:?}: {found:?}"
        );
    }
    let fine = "use std::collections::HashMap;\nuse std::time::Duration;\nuse chrono::NaiveDate;\nuse super::roadmap::Roadmap;\n";
    assert_eq!(violations("m.rs", &model, fine), Vec::<String>::new());
}

#[test]
fn groups_super_and_inline_modules_are_followed() {
    let store = module("store::merge::save");
    // A group naming two layers, across lines.
    let text = "use crate::{\n    model::Roadmap,\n    tui::State,\n};\n";
    assert_eq!(
        violations("s.rs", &store, text),
        ["s.rs:3: names `crate::tui::State` (store may not reach tui)"]
    );
    // `super` climbing out of the layer, to the root and down again.
    let text = "use super::super::super::cli::run;\nuse super::super::Loaded;\n";
    assert_eq!(
        violations("s.rs", &store, text),
        ["s.rs:1: names `super::super::super::cli::run` (store may not reach cli)"]
    );
    // An inline module is one more level to climb.
    let text = "mod tests {\n    use super::super::super::super::tui::x;\n}\nuse super::super::super::model::y;\n";
    assert_eq!(
        violations("s.rs", &store, text),
        ["s.rs:2: names `super::super::super::super::tui::x` (store may not reach tui)"]
    );
}

#[test]
fn comments_strings_and_characters_are_not_code() {
    let model = module("model::x");
    let text = r####"
// use crate::tui::State;
/* std::fs::read /* nested crate::cli */ still a comment */
/// See `crate::store::load`.
let a = "crate::tui::State";
let b = r#"std::process::Command "quoted" "#;
let c = '"'; let d = '\''; let e: &'static str = "std::env";
fn f<'a>(x: &'a str) -> &'a str { x }
"####;
    assert_eq!(violations("m.rs", &model, text), Vec::<String>::new());
    let after = format!("{text}use crate::tui::State;\n");
    assert_eq!(
        violations("m.rs", &model, &after),
        ["m.rs:9: names `crate::tui::State` (model may not reach tui)"]
    );
}

#[test]
fn files_map_to_their_modules() {
    assert_eq!(
        module_of("store/merge/save.rs"),
        module("store::merge::save")
    );
    assert_eq!(module_of("store/mod.rs"), module("store"));
    assert!(module_of("lib.rs").is_empty());
}
