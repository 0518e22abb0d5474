//! `status --require-level N` gates on the file it is given, and each way of
//! failing is told apart: no roadmap here (the bundled example is used only
//! with `--example`), a file that does not load, unsettled merge conflicts,
//! no such level, or below it.

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use std::fs;
use std::path::PathBuf;
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

fn small(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn a_gate_in_a_folder_without_a_roadmap_fails_instead_of_gating_on_the_example() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["status", "--require-level", "1"][..],
        &["status"][..],
        &["render"][..],
    ] {
        roadmap()
            .current_dir(dir.path())
            .args(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(
                "no roadmap.toml in this folder: give the roadmap's path",
            ))
            .stderr(predicate::str::contains("`--example`"));
    }
    roadmap()
        .current_dir(dir.path())
        .args(["status", "--require-level", "1", "--example"])
        .assert()
        .success();
    roadmap()
        .current_dir(dir.path())
        .args(["render", "--example", "--width", "60", "--height", "10"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Harbor Tickets"));
    // ./roadmap.toml is still the default.
    fs::write(dir.path().join("roadmap.toml"), SMALL).unwrap();
    roadmap()
        .current_dir(dir.path())
        .args(["status", "--require-level", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Small Shop"));
}

#[test]
fn example_and_a_file_together_are_a_usage_error() {
    let (_dir, path) = small(SMALL);
    roadmap()
        .args(["status", "--example"])
        .arg(&path)
        .assert()
        .code(2);
}

#[test]
fn below_the_level_names_both_levels() {
    let (_dir, path) = small(SMALL);
    roadmap()
        .args(["status", "--require-level", "2"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "small.toml: maturity is at level 1 (Ad hoc), below the required level 2 \
             (Repeatable): Level 1 Ad hoc 20 % → Level 2 Repeatable at 60 % (0 of 2 tasks)",
        ));
}

#[test]
fn a_level_the_roadmap_does_not_define_is_said_so() {
    let (_dir, path) = small(SMALL);
    roadmap()
        .args(["status", "--require-level", "7"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--require-level 7 failed: the roadmap defines levels 1, 2, not level 7",
        ));
    let start = SMALL.find("[maturity]").unwrap();
    let end = SMALL.find("[[findings]]").unwrap();
    let without = format!("{}{}", &SMALL[..start], &SMALL[end..]).replace("level = 2\n", "");
    let (_dir, path) = small(&without);
    roadmap().arg("validate").arg(&path).assert().success();
    roadmap()
        .args(["status", "--require-level", "1"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the roadmap defines no maturity levels (no [maturity] table)",
        ));
}

#[test]
fn an_invalid_file_is_not_below_the_level_it_is_invalid() {
    let (_dir, path) = small(&SMALL.replace("priority = \"high\"", "priority = \"urgent\""));
    roadmap()
        .args(["status", "--require-level", "1"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("small.toml:"))
        .stderr(predicate::str::contains("critical, high, medium, low"))
        .stderr(predicate::str::contains(
            "--require-level 1 not checked: the roadmap did not load",
        ))
        .stderr(predicate::str::contains("below").not());
}

#[test]
fn unsettled_merge_conflicts_fail_the_gate() {
    let with_conflict = SMALL.replacen(
        "effort = \"4h\"",
        "effort = \"4h\"\nconflict = { field = \"effort\", ours = \"4h\", theirs = \"6h\" }",
        1,
    );
    assert_ne!(with_conflict, SMALL);
    let (_dir, path) = small(&with_conflict);
    roadmap()
        .args(["status", "--require-level", "1"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--require-level 1 not checked: the file has 1 unresolved merge conflict",
        ));
    roadmap().args(["status"]).arg(&path).assert().success();
}
