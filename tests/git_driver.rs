//! The merge driver where git runs it in the wild: from a client whose PATH
//! has no roadmap, after the binary was moved or replaced by an older one,
//! on a side that does not load, in a rebase. However it goes, the other
//! side's changes end up in the file, or the merge stops with markers.

mod git_support;

use git_support::{copy_program, edit, Sandbox};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

const ROADMAP: &str = include_str!("../src/store/testdata/sample.toml");

/// Both clones set up by `bin` (git-setup records its path), `.gitattributes`
/// committed and shared.
fn set_up_with(sandbox: &Sandbox, bin: &Path) -> (PathBuf, PathBuf) {
    let (alice, bob) = sandbox.shared(ROADMAP);
    sandbox.run(bin, &alice).arg("git-setup").assert().success();
    sandbox.git(&alice, &["add", ".gitattributes"]);
    sandbox.git(&alice, &["commit", "-qm", "Merge roadmaps by task"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    sandbox.git(&bob, &["pull", "-q", "origin", "main"]);
    sandbox.run(bin, &bob).arg("git-setup").assert().success();
    (alice, bob)
}

/// A copy of roadmap in the sandbox, to be moved away or replaced.
fn copy_of_roadmap(sandbox: &Sandbox) -> PathBuf {
    let dir = sandbox.path("tools");
    fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("roadmap");
    copy_program(env!("CARGO_BIN_EXE_roadmap").as_ref(), &bin);
    bin
}

fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Alice checks off `health-checks` and pushes; Bob, on the next line,
/// re-estimates it and commits: plain git conflicts here, roadmap does not.
fn neighbouring_edits(sandbox: &Sandbox, alice: &Path, bob: &Path) {
    sandbox
        .roadmap(alice)
        .args(["check", "roadmap.toml", "health-checks"])
        .assert()
        .success();
    sandbox.git(alice, &["commit", "-qam", "Health checks done"]);
    sandbox.git(alice, &["push", "-q", "origin", "main"]);
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"4h\"",
        "effort = \"5h\"",
    );
    sandbox.git(bob, &["commit", "-qam", "Five hours"]);
}

/// Alice checks off `health-checks`, Bob `backups`: lines far apart.
fn distant_check_offs(sandbox: &Sandbox, alice: &Path, bob: &Path) {
    sandbox
        .roadmap(alice)
        .args(["check", "roadmap.toml", "health-checks"])
        .assert()
        .success();
    sandbox.git(alice, &["commit", "-qam", "Health checks done"]);
    sandbox.git(alice, &["push", "-q", "origin", "main"]);
    sandbox
        .roadmap(bob)
        .args(["check", "roadmap.toml", "backups"])
        .assert()
        .success();
    sandbox.git(bob, &["commit", "-qam", "Backups done"]);
}

fn done(sandbox: &Sandbox, dir: &Path, id: &str) -> bool {
    let out = sandbox
        .roadmap(dir)
        .args(["export", "roadmap.toml", "--format", "csv"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.starts_with(&format!("{id},")) && l.contains(",done,"))
}

#[test]
fn a_client_without_roadmap_on_its_path_still_merges_by_task() {
    let sandbox = Sandbox::new();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_roadmap"));
    let (alice, bob) = set_up_with(&sandbox, &bin);
    neighbouring_edits(&sandbox, &alice, &bob);
    let pull = sandbox.git_elsewhere("bob", &bob, &["pull", "origin", "main"]);
    assert!(pull.status.success(), "{}", said(&pull));
    let text = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(
        text.contains("status = \"done\"\ndone_on = 2025-11-20\neffort = \"5h\"\n"),
        "both edits of the task: {text}"
    );
    assert_eq!(sandbox.git(&bob, &["status", "--porcelain"]), "");
}

#[test]
fn a_driver_that_is_gone_leaves_what_git_s_line_merge_makes() {
    let sandbox = Sandbox::new();
    let bin = copy_of_roadmap(&sandbox);
    let (alice, bob) = set_up_with(&sandbox, &bin);
    fs::remove_file(&bin).unwrap();

    // Lines far apart: git's line merge takes both, as it would without a driver.
    distant_check_offs(&sandbox, &alice, &bob);
    let pull = sandbox.git_elsewhere("bob", &bob, &["pull", "origin", "main"]);
    let out = said(&pull);
    assert!(pull.status.success(), "{out}");
    assert!(
        out.contains("roadmap: the merge driver could not run (exit 127); roadmap.toml is merged line by line (git merge-file) instead: reinstall roadmap and run roadmap git-setup"),
        "{out}"
    );
    assert!(done(&sandbox, &bob, "health-checks") && done(&sandbox, &bob, "backups"));

    // Neighbouring lines: git stops with its markers; both edits are there.
    sandbox.git(&bob, &["push", "-q", "origin", "main"]);
    sandbox.git(&alice, &["pull", "-q", "origin", "main"]);
    edit(
        &alice.join("roadmap.toml"),
        "effort = \"1.5d\"",
        "effort = \"2d\"",
    );
    sandbox.git(&alice, &["commit", "-qam", "Two days"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"1.5d\"",
        "effort = \"3d\"",
    );
    sandbox.git(&bob, &["commit", "-qam", "Three days"]);
    let pull = sandbox.git_elsewhere("bob", &bob, &["pull", "origin", "main"]);
    assert!(!pull.status.success(), "{}", said(&pull));
    let text = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(
        text.contains("<<<<<<< HEAD\neffort = \"3d\"\n=======\neffort = \"2d\"\n>>>>>>> "),
        "{text}"
    );
    let validate = sandbox
        .roadmap(&bob)
        .args(["validate", "roadmap.toml"])
        .assert()
        .code(1);
    let report = String::from_utf8_lossy(&validate.get_output().stderr).to_string();
    assert!(
        report.contains("roadmap.toml:") && report.contains("git conflict markers"),
        "{report}"
    );
}

#[test]
fn an_older_roadmap_that_refuses_the_flags_falls_back_to_the_line_merge() {
    let sandbox = Sandbox::new();
    let bin = copy_of_roadmap(&sandbox);
    let (alice, bob) = set_up_with(&sandbox, &bin);
    // What an old build says to flags it does not know, with nothing written.
    let old = sandbox.path("old-roadmap.sh");
    fs::write(
        &old,
        "#!/bin/sh\necho \"error: unexpected argument '--ours-label' found\" >&2\nexit 2\n",
    )
    .unwrap();
    copy_program(&old, &bin);
    distant_check_offs(&sandbox, &alice, &bob);
    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    let out = said(&pull);
    assert!(pull.status.success(), "{out}");
    assert!(out.contains("could not run (exit 2)"), "{out}");
    assert!(done(&sandbox, &bob, "health-checks") && done(&sandbox, &bob, "backups"));
}

#[test]
fn a_side_that_does_not_load_stops_git_with_both_sides_in_the_file() {
    let sandbox = Sandbox::new();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_roadmap"));
    let (alice, bob) = set_up_with(&sandbox, &bin);
    // Alice writes a priority roadmap does not know, by hand.
    edit(
        &alice.join("roadmap.toml"),
        "priority = \"high\"",
        "priority = \"urgent\"",
    );
    sandbox.git(&alice, &["commit", "-qam", "Urgent"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    sandbox
        .roadmap(&bob)
        .args(["check", "roadmap.toml", "health-checks"])
        .assert()
        .success();
    sandbox.git(&bob, &["commit", "-qam", "Health checks done"]);

    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    let out = said(&pull);
    assert!(!pull.status.success(), "git stops: {out}");
    assert!(
        out.contains("roadmap.toml: cannot merge by task: their version (")
            && out.contains("does not load:\n  roadmap.toml (theirs: ")
            && out.contains("error: unknown priority `urgent`"),
        "names the file, the side and the line: {out}"
    );
    assert!(!out.contains(".merge_file_"), "{out}");
    assert!(!out.contains("nothing was changed"), "{out}");
    let text = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(
        text.contains("priority = \"urgent\""),
        "theirs is in: {text}"
    );
    assert!(
        text.contains("status = \"done\"\ndone_on = 2025-11-20\n"),
        "ours is in: {text}"
    );
    assert!(
        sandbox
            .git(&bob, &["status", "--porcelain"])
            .contains("UU roadmap.toml"),
        "git marks the file unmerged"
    );
}

#[test]
fn a_rebase_names_the_sides_by_git_s_labels() {
    let sandbox = Sandbox::new();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_roadmap"));
    let (alice, bob) = set_up_with(&sandbox, &bin);
    edit(
        &alice.join("roadmap.toml"),
        "effort = \"4h\"",
        "effort = \"6h\"",
    );
    sandbox.git(&alice, &["commit", "-qam", "Six hours"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"4h\"",
        "effort = \"2h\"",
    );
    sandbox.git(&bob, &["commit", "-qam", "Two hours"]);
    let bobs = sandbox.git(&bob, &["rev-parse", "--short", "HEAD"]);
    let rebase = sandbox.git_as("bob", &bob, &["pull", "--rebase", "origin", "main"]);
    let out = said(&rebase);
    assert!(!rebase.status.success(), "{out}");
    // In a rebase git's "ours" is upstream and "theirs" Bob's own commit:
    // the labels say which is which.
    assert!(
        out.contains(&format!(
            "roadmap.toml: conflict in task `health-checks` field `effort`: HEAD \"6h\", {} (Two hours) \"2h\" (base \"4h\")",
            bobs.trim()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "(`ours` is HEAD, `theirs` is {} (Two hours))",
            bobs.trim()
        )),
        "{out}"
    );
}
