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

/// `roadmap WORDS… FILE ARGS…` must succeed.
fn shell_edit(file: &Path, words: &[&str], args: &[&str]) {
    roadmap()
        .args(words)
        .arg(file)
        .args(args)
        .assert()
        .success();
}

fn same_bytes(planner: &Path, shell: &Path) {
    let (p, s) = (
        fs::read_to_string(planner).unwrap(),
        fs::read_to_string(shell).unwrap(),
    );
    assert_eq!(p, s);
    assert_ne!(p, SMALL, "the planner saved");
}

#[test]
fn phase_add_and_set_write_what_the_phases_dialog_writes() {
    let (_dir, shell, file) = twins();
    shell_edit(
        &shell,
        &["phase", "add"],
        &["q3", "name=Third quarter", "window=Q3"],
    );
    shell_edit(
        &shell,
        &["phase", "set"],
        &["now", "id=sprint-1", "name=Sprint 1", "end=2026-12-04"],
    );
    let mut app = planner(&file);
    // The cursor is on `now`; `G` goes to the last phase, `a` adds after it.
    press(
        &mut app,
        "PGa<C-u>Third quarter<tab>Q3<S-tab><S-tab><C-u>q3<enter>",
    );
    // Back to the first phase: id, name and end date.
    press(
        &mut app,
        "g<enter><C-u>Sprint 1<S-tab><C-u>sprint-1<tab><tab><tab><tab>2026-12-04<enter><esc>s",
    );
    same_bytes(&file, &shell);
}

#[test]
fn phase_rm_with_move_to_writes_what_the_delete_question_writes() {
    let (_dir, shell, file) = twins();
    shell_edit(&shell, &["phase", "rm"], &["now", "--move-to", "later"]);
    let mut app = planner(&file);
    press(&mut app, "PD<enter><esc>s");
    same_bytes(&file, &shell);
}

#[test]
fn finding_add_and_project_set_write_what_the_dialogs_write() {
    let (_dir, shell, file) = twins();
    shell_edit(
        &shell,
        &["finding", "add"],
        &[
            "no-alerts",
            "category=Monitoring",
            "title=Nobody is paged",
            "severity=high",
        ],
    );
    shell_edit(&shell, &["finding", "rm"], &["cicd", "--drop-references"]);
    shell_edit(
        &shell,
        &["project", "set"],
        &["name=Big Shop", "currency=EUR"],
    );
    let mut app = planner(&file);
    // The form opens on the title; the id is four fields up, the category three.
    press(
        &mut app,
        "ANobody is paged<S-tab><C-u>high<S-tab><S-tab>Monitoring<S-tab><C-u>no-alerts<enter>",
    );
    // `cicd` is the second finding: delete it with its references.
    press(&mut app, "gjD<enter><esc>");
    press(
        &mut app,
        "C<C-u>Big Shop<tab><tab><tab><tab><C-u>EUR<enter>s",
    );
    same_bytes(&file, &shell);
}
