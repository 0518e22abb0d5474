//! The same edit made from the shell and in the planner gives the same
//! bytes: `roadmap set` against the editor form, `roadmap rm
//! --drop-references` against `D`. Both go through the model's changes
//! and the store's save, so a diff reviewer cannot tell them apart.

#[path = "support/cli.rs"]
mod support;

use chrono::NaiveDate;
use roadmap::tui::editor::position;
use roadmap::tui::App;
use std::fs;
use std::path::{Path, PathBuf};
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

/// Two copies of the small fixture: one for the shell, one for the planner.
fn twins() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (shell, planner) = (
        dir.path().join("shell.toml"),
        dir.path().join("planner.toml"),
    );
    fs::write(&shell, SMALL).unwrap();
    fs::write(&planner, SMALL).unwrap();
    (dir, shell, planner)
}

/// The planner on `file`, with the day `support::roadmap` pins.
fn planner(file: &Path) -> App {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    App::open(file, today, 120, 40).expect("the roadmap loads")
}

fn press(app: &mut App, keys: &str) {
    app.press(keys).expect("valid key notation");
}

fn tabs(from: &str, to: &str) -> String {
    let n = position(to).unwrap() - position(from).unwrap();
    "<tab>".repeat(n)
}

#[test]
fn set_writes_what_the_editor_writes() {
    let (_dir, shell, file) = twins();
    roadmap()
        .arg("set")
        .arg(&shell)
        .args(["backups", "effort=2-3d", "owner=ana"])
        .assert()
        .success();

    let mut app = planner(&file);
    // The first task is selected; `e` opens its form on the title.
    let first = "title";
    press(&mut app, "e");
    press(&mut app, &tabs(first, "effort"));
    press(&mut app, "<C-u>2-3d");
    press(&mut app, &tabs("effort", "owner"));
    press(&mut app, "<C-u>ana<enter>s");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        fs::read_to_string(&shell).unwrap()
    );
    assert_ne!(
        fs::read_to_string(&file).unwrap(),
        SMALL,
        "the planner saved"
    );
}

#[test]
fn rm_with_its_references_writes_what_delete_writes() {
    let (_dir, shell, file) = twins();
    roadmap()
        .arg("rm")
        .arg(&shell)
        .args(["ci-pipeline", "--drop-references"])
        .assert()
        .success();

    let mut app = planner(&file);
    press(&mut app, "jDys");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        fs::read_to_string(&shell).unwrap()
    );
    assert_ne!(
        fs::read_to_string(&file).unwrap(),
        SMALL,
        "the planner saved"
    );
}
