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

/// Runs the driver as git does, with the file's name and git's labels.
fn as_git(dir: &Path, [base, ours, theirs]: &[PathBuf; 3]) -> assert_cmd::assert::Assert {
    roadmap()
        .current_dir(dir)
        .arg("merge")
        .args([base, ours, theirs])
        .args(["--name", "roadmap.toml"])
        .args(["--ours-label", "HEAD", "--base-label", "1a2b3c4"])
        .args(["--theirs-label", "side"])
        .assert()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).to_string()
}

#[test]
fn a_side_that_does_not_load_gets_the_line_merge_never_ours_alone() {
    let dir = tempfile::tempdir().unwrap();
    let paths = three(
        dir.path(),
        &[CHECK_OFF],
        &[("priority = \"high\"", "priority = \"urgent\"")],
    );
    let theirs = fs::read_to_string(&paths[2]).unwrap();
    let ours_before = fs::read_to_string(&paths[1]).unwrap();
    let assert = as_git(dir.path(), &paths).code(1);
    let said = stderr(&assert);
    // Both changes are in the file: git's line merge, as for any text file.
    assert_eq!(
        fs::read_to_string(&paths[1]).unwrap(),
        ours_before.replacen("priority = \"high\"", "priority = \"urgent\"", 1)
    );
    assert!(
        said.starts_with(
            "roadmap.toml: cannot merge by task: their version (side) does not load:\n  \
             roadmap.toml (theirs: side):77:12: error: unknown priority `urgent`"
        ),
        "names the real file and the side, never git's temporary copy: {said}"
    );
    assert!(said.contains("`git show :3:roadmap.toml` prints"), "{said}");
    assert!(
        said.contains(
            "merged line by line instead, as git merges other files: the changes did not overlap"
        ),
        "{said}"
    );
    assert!(
        said.contains("check it with `roadmap validate roadmap.toml`, then `git add roadmap.toml`"),
        "{said}"
    );
    assert!(!said.contains("nothing was changed"), "{said}");
    assert!(
        !said.contains(".toml:") || !said.contains("theirs.toml"),
        "{said}"
    );
    assert!(theirs.contains("urgent"));
}

#[test]
fn overlapping_changes_beside_a_broken_side_are_marked_as_git_would() {
    let dir = tempfile::tempdir().unwrap();
    let paths = three(
        dir.path(),
        &[("effort = \"4h\"", "effort = \"6h\"")],
        &[("effort = \"4h\"", "effort = 2h\nbroken = ")],
    );
    let assert = as_git(dir.path(), &paths).code(1);
    let said = stderr(&assert);
    let merged = fs::read_to_string(&paths[1]).unwrap();
    assert!(
        merged.contains(
            "<<<<<<< HEAD\neffort = \"6h\"\n=======\neffort = 2h\nbroken = \n>>>>>>> side\n"
        ),
        "{merged}"
    );
    assert!(
        said.contains("invalid TOML"),
        "why the side does not load: {said}"
    );
    assert!(
        said.contains("1 conflict between `<<<<<<< HEAD` and `>>>>>>> side` lines"),
        "{said}"
    );
    // The file cannot pass for merged: every command says what it holds.
    let validate = roadmap().arg("validate").arg(&paths[1]).assert().code(1);
    assert!(
        stderr(&validate).contains("error: the file holds git conflict markers"),
        "{}",
        stderr(&validate)
    );
}

#[test]
fn a_file_that_is_no_roadmap_at_all_is_merged_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let paths = ["base.toml", "ours.toml", "theirs.toml"].map(|n| dir.path().join(n));
    let tool = |name: &str, version: &str| {
        format!("[tool]\nname = \"{name}\"\n\n[more]\nkind = \"cli\"\n\n[release]\nversion = \"{version}\"\n")
    };
    fs::write(&paths[0], tool("x", "1")).unwrap();
    fs::write(&paths[1], tool("y", "1")).unwrap();
    fs::write(&paths[2], tool("x", "2")).unwrap();
    let assert = as_git(dir.path(), &paths).code(1);
    assert_eq!(fs::read_to_string(&paths[1]).unwrap(), tool("y", "2"));
    assert!(
        stderr(&assert).contains("the base version (1a2b3c4) does not load"),
        "{}",
        stderr(&assert)
    );
}

#[test]
fn an_unreadable_base_is_merged_by_line_as_if_there_were_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = three(dir.path(), &[CHECK_OFF], &[REESTIMATE]);
    paths[0] = dir.path().join("a-directory");
    fs::create_dir(&paths[0]).unwrap();
    let assert = as_git(dir.path(), &paths).code(1);
    let said = stderr(&assert);
    assert!(said.contains("the base version cannot be read"), "{said}");
    let merged = fs::read_to_string(&paths[1]).unwrap();
    // With no base every difference conflicts; both sides are in the file.
    assert!(merged.contains("<<<<<<< HEAD\nstatus = \"done\"\ndone_on = 2025-11-03\n=======\nstatus = \"todo\"\n>>>>>>> side\n"), "{merged}");
    assert!(
        merged.contains("effort = \"1.5d\"\n=======\neffort = \"3d\"\n")
            || merged.contains("effort = \"3d\""),
        "{merged}"
    );
}

#[test]
fn an_unreadable_theirs_leaves_ours_inside_markers_not_as_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = three(dir.path(), &[CHECK_OFF], &[]);
    let ours_before = fs::read_to_string(&paths[1]).unwrap();
    paths[2] = dir.path().join("gone.toml");
    let assert = as_git(dir.path(), &paths).code(1);
    let said = stderr(&assert);
    assert!(
        said.contains("their version (side) cannot be read"),
        "{said}"
    );
    assert!(
        said.contains("`git show :3:roadmap.toml` prints it"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(&paths[1]).unwrap(),
        format!("<<<<<<< HEAD\n{ours_before}=======\n>>>>>>> side (could not be read)\n")
    );
}

#[test]
fn an_unreadable_ours_writes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = three(dir.path(), &[], &[CHECK_OFF]);
    paths[1] = dir.path().join("missing.toml");
    let assert = as_git(dir.path(), &paths).code(1);
    assert!(
        stderr(&assert).starts_with("roadmap.toml: cannot read our version (HEAD) ("),
        "{}",
        stderr(&assert)
    );
    assert!(stderr(&assert).contains("nothing was written"));
    assert!(!paths[1].exists());
}

#[test]
fn a_merge_that_cannot_be_written_says_ours_lacks_their_changes() {
    let dir = tempfile::tempdir().unwrap();
    let paths = three(dir.path(), &[CHECK_OFF], &[REESTIMATE]);
    let ours_before = fs::read(&paths[1]).unwrap();
    // A file size limit below the merge's size: every write fails like a
    // full disk's, the item merge's and the line merge's alike.
    let out = std::process::Command::new("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 1; exec \"$@\"", "sh"])
        .arg(env!("CARGO_BIN_EXE_roadmap"))
        .arg("merge")
        .args(&paths)
        .args(["--name", "roadmap.toml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("cannot merge by task: the merge cannot be written"),
        "{said}"
    );
    assert!(
        said.contains(
            "still holds our version only, without their changes; do not commit it as it is"
        ),
        "{said}"
    );
    assert!(said.contains("`git checkout -m roadmap.toml`"), "{said}");
    assert_eq!(fs::read(&paths[1]).unwrap(), ours_before, "ours is whole");
}

#[test]
fn git_labels_name_the_sides_of_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let paths = three(
        dir.path(),
        &[("effort = \"4h\"", "effort = \"6h\"")],
        &[("effort = \"4h\"", "effort = \"2h\"")],
    );
    let assert = roadmap()
        .arg("merge")
        .args(&paths)
        .args(["--name", "roadmap.toml", "--ours-label", "HEAD"])
        .args(["--base-label", "parent of 9f8e7d6 (Two hours)"])
        .args(["--theirs-label", "9f8e7d6 (Two hours)"])
        .assert()
        .code(1);
    let said = stderr(&assert);
    assert!(
        said.contains(
            "roadmap.toml: conflict in task `health-checks` field `effort`: HEAD \"6h\", 9f8e7d6 (Two hours) \"2h\" (base \"4h\")\n"
        ),
        "{said}"
    );
    assert!(
        said.contains("(`ours` is HEAD, `theirs` is 9f8e7d6 (Two hours))"),
        "{said}"
    );
    // Old git leaves the placeholders as they are: no labels then.
    let paths = three(
        dir.path(),
        &[("effort = \"4h\"", "effort = \"6h\"")],
        &[("effort = \"4h\"", "effort = \"2h\"")],
    );
    let assert = roadmap()
        .arg("merge")
        .args(&paths)
        .args(["--name", "roadmap.toml", "--ours-label", "%X"])
        .args(["--base-label", "%S", "--theirs-label", "%Y"])
        .assert()
        .code(1);
    assert!(
        stderr(&assert).contains("field `effort`: ours \"6h\", theirs \"2h\" (base \"4h\")"),
        "{}",
        stderr(&assert)
    );
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

#[test]
fn a_check_off_follows_a_task_the_other_side_renamed() {
    let dir = tempfile::tempdir().unwrap();
    let paths = three(
        dir.path(),
        &[("id = \"backups\"", "id = \"nightly-backups\"")],
        &[(
            "status = \"todo\"\neffort = \"1.5d\"",
            "status = \"done\"\ndone_on = 2025-11-03\neffort = \"1.5d\"",
        )],
    );
    let assert = as_git(dir.path(), &paths).success();
    assert_eq!(
        stderr(&assert),
        "roadmap.toml: note: task `backups` is `nightly-backups` in HEAD: side's changes to it were kept under `nightly-backups`\n"
    );
    let merged = fs::read_to_string(&paths[1]).unwrap();
    assert!(
        merged.contains("id = \"nightly-backups\"\nphase = \"month-2\"\ntitle = \"Nightly database backups\"\npriority = \"medium\"\nstatus = \"done\"\ndone_on = 2025-11-03\n"),
        "{merged}"
    );
    assert!(!merged.contains("id = \"backups\""), "{merged}");
    roadmap().arg("validate").arg(&paths[1]).assert().success();
}

#[test]
fn two_tasks_added_under_one_id_are_both_kept() {
    let dir = tempfile::tempdir().unwrap();
    let added = |title: &str| {
        format!("\n[[tasks]]\nid = \"new-task\"\nphase = \"month-2\"\ntitle = \"{title}\"\nstatus = \"todo\"\n")
    };
    let [base, ours, theirs] = three(dir.path(), &[], &[]);
    let mut ours_text = fs::read_to_string(&ours).unwrap();
    ours_text.push_str(&added("Rotate the API keys"));
    fs::write(&ours, &ours_text).unwrap();
    let mut theirs_text = fs::read_to_string(&theirs).unwrap();
    theirs_text.push_str(&added("Load test the checkout"));
    fs::write(&theirs, &theirs_text).unwrap();
    let paths = [base, ours, theirs];
    let assert = as_git(dir.path(), &paths).success();
    assert_eq!(
        stderr(&assert),
        "roadmap.toml: note: both sides added task `new-task`, with different titles: kept both, side's as `new-task-2`\n"
    );
    let merged = fs::read_to_string(&paths[1]).unwrap();
    assert!(
        merged.contains("id = \"new-task\"\nphase = \"month-2\"\ntitle = \"Rotate the API keys\""),
        "{merged}"
    );
    assert!(
        merged.contains(
            "id = \"new-task-2\"\nphase = \"month-2\"\ntitle = \"Load test the checkout\""
        ),
        "{merged}"
    );
    assert!(!merged.contains("conflict ="), "{merged}");
    roadmap().arg("validate").arg(&paths[1]).assert().success();
}
