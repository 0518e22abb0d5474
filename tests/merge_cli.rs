//! `roadmap merge BASE OURS THEIRS [-o OUT]` through the binary: exit codes,
//! where the result goes, what stderr says, and that a conflicted result
//! loads and fails `roadmap validate`.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

const BASE: &str = include_str!("../src/store/testdata/sample.toml");

fn roadmap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_roadmap"))
}

/// Writes base, ours and theirs (base with textual edits) into `dir`.
fn three(dir: &Path, ours: &[(&str, &str)], theirs: &[(&str, &str)]) -> [PathBuf; 3] {
    let edit = |edits: &[(&str, &str)]| {
        edits.iter().fold(BASE.to_string(), |text, (from, to)| {
            assert!(text.contains(from), "{from:?} is in the sample");
            text.replacen(from, to, 1)
        })
    };
    let paths = ["base.toml", "ours.toml", "theirs.toml"].map(|n| dir.join(n));
    fs::write(&paths[0], BASE).unwrap();
    fs::write(&paths[1], edit(ours)).unwrap();
    fs::write(&paths[2], edit(theirs)).unwrap();
    paths
}

const CHECK_OFF: (&str, &str) = (
    "status = \"todo\"\neffort = \"4h\"",
    "status = \"done\"\ndone_on = 2025-11-03\neffort = \"4h\"",
);
const REESTIMATE: (&str, &str) = ("effort = \"1.5d\"", "effort = \"3d\"");

#[test]
fn a_clean_merge_exits_0_and_writes_both_changes_to_out() {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = three(dir.path(), &[CHECK_OFF], &[REESTIMATE]);
    let out = dir.path().join("out.toml");
    let ours_before = fs::read_to_string(&ours).unwrap();
    roadmap()
        .arg("merge")
        .args([&base, &ours])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<THEIRS>"));
    roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr("");
    let merged = fs::read_to_string(&out).unwrap();
    assert_eq!(
        merged,
        ours_before.replacen("effort = \"1.5d\"", "effort = \"3d\"", 1),
        "ours' text with exactly their line changed"
    );
    assert_eq!(
        fs::read_to_string(&ours).unwrap(),
        ours_before,
        "OURS untouched with -o"
    );
}

#[test]
fn without_out_the_merge_replaces_ours_as_git_expects() {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = three(dir.path(), &[REESTIMATE], &[CHECK_OFF]);
    roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .assert()
        .success();
    let merged = fs::read_to_string(&ours).unwrap();
    assert!(merged.contains("status = \"done\"\ndone_on = 2025-11-03\n"));
    assert!(merged.contains("effort = \"3d\""));
    assert!(merged.contains("# Health checks first: everything else depends on them."));
}

#[test]
fn a_conflict_exits_1_names_both_values_and_leaves_a_file_validate_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = three(
        dir.path(),
        &[("effort = \"4h\"", "effort = \"6h\"")],
        &[("effort = \"4h\"", "effort = \"2h\""), REESTIMATE],
    );
    let assert = roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .args(["--name", "roadmap.toml"])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        stderr.contains(
            "roadmap.toml: conflict in task `health-checks` field `effort`: ours \"6h\", theirs \"2h\" (base \"4h\")\n"
        ),
        "{stderr}"
    );
    let merged = fs::read_to_string(&ours).unwrap();
    assert!(merged.contains("effort = \"6h\""), "the field keeps ours");
    assert!(
        merged.contains("effort = \"3d\""),
        "the clean part is merged"
    );
    assert!(merged.contains(
        "conflict = { field = \"effort\", ours = \"6h\", theirs = \"2h\", base = \"4h\" }"
    ));
    roadmap().args(["status"]).arg(&ours).assert().success();
    let validate = roadmap().arg("validate").arg(&ours).assert().code(1);
    let report = String::from_utf8_lossy(&validate.get_output().stderr).to_string();
    assert!(
        report.contains("error: unresolved merge conflict in task `health-checks` field `effort`: ours \"6h\", theirs \"2h\" (base \"4h\")"),
        "{report}"
    );
    assert!(report.contains("deleting the conflict entry"), "{report}");
}

#[test]
fn a_broken_side_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = three(
        dir.path(),
        &[CHECK_OFF],
        &[("priority = \"high\"", "priority = \"urgent\"")],
    );
    let ours_before = fs::read_to_string(&ours).unwrap();
    let assert = roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("theirs.toml:"), "{stderr}");
    assert!(stderr.contains("urgent"), "{stderr}");
    assert_eq!(fs::read_to_string(&ours).unwrap(), ours_before);
}

#[test]
fn an_empty_base_means_no_common_ancestor() {
    let dir = tempfile::tempdir().unwrap();
    let [base, ours, theirs] = three(dir.path(), &[CHECK_OFF], &[]);
    fs::write(&base, "").unwrap();
    let assert = roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        stderr.contains("conflict in task `health-checks` field `status`: ours \"done\", theirs \"todo\" (base none)"),
        "{stderr}"
    );
    // Identical files with no ancestor merge cleanly.
    roadmap()
        .arg("merge")
        .args([&base, &theirs, &theirs])
        .arg("-o")
        .arg(dir.path().join("same.toml"))
        .assert()
        .success();
}
