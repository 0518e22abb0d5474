//! `roadmap git-setup`: the .gitattributes lines and the driver config,
//! written once however often it runs, and a clear refusal outside git.

mod git_support;

use git_support::Sandbox;
use std::fs;

fn config(sandbox: &Sandbox, dir: &std::path::Path, key: &str) -> String {
    sandbox
        .git(dir, &["config", "--local", "--get", key])
        .trim_end()
        .to_string()
}

#[test]
fn writes_attributes_and_config_once() {
    let sandbox = Sandbox::new();
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    fs::write(repo.join(".gitattributes"), "*.png binary").unwrap();

    let first = sandbox.roadmap(&repo).arg("git-setup").assert().success();
    let said = String::from_utf8_lossy(&first.get_output().stdout).to_string();
    assert!(
        said.contains("added `roadmap.toml merge=roadmap`"),
        "{said}"
    );
    let attributes = fs::read_to_string(repo.join(".gitattributes")).unwrap();
    assert_eq!(
        attributes,
        "*.png binary\n*.roadmap.toml merge=roadmap\nroadmap.toml merge=roadmap\nroadmaps/*.toml merge=roadmap\n"
    );
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_roadmap"))
        .canonicalize()
        .unwrap();
    let driver = config(&sandbox, &repo, "merge.roadmap.driver");
    assert!(
        driver.starts_with(&format!(
            "'{}' merge %O %A %B --name %P --ours-label %X --base-label %S --theirs-label %Y; ",
            bin.display()
        )),
        "the absolute path, whatever PATH git has: {driver}"
    );
    assert!(
        driver.ends_with("git merge-file -L %X -L %S -L %Y %A %O %B || exit 1"),
        "{driver}"
    );
    assert!(
        said.contains(&format!(
            "git runs {} to merge roadmap files",
            bin.display()
        )),
        "{said}"
    );
    let warned = String::from_utf8_lossy(&first.get_output().stderr).to_string();
    assert!(
        warned.contains(&format!(
            "warning: {} is in a cargo build directory",
            bin.display()
        )) && warned.contains("run `roadmap git-setup` again"),
        "{warned}"
    );
    assert!(config(&sandbox, &repo, "merge.roadmap.name").starts_with("roadmap"));
    let check = sandbox.git(
        &repo,
        &[
            "check-attr",
            "merge",
            "--",
            "roadmaps/acme.toml",
            "x/roadmap.toml",
            "a.toml",
        ],
    );
    assert_eq!(
        check,
        "roadmaps/acme.toml: merge: roadmap\nx/roadmap.toml: merge: roadmap\na.toml: merge: unspecified\n"
    );

    let config_file = fs::read(repo.join(".git/config")).unwrap();
    let second = sandbox.roadmap(&repo).arg("git-setup").assert().success();
    let said = String::from_utf8_lossy(&second.get_output().stdout).to_string();
    assert!(said.contains("already set up"), "{said}");
    assert_eq!(
        fs::read_to_string(repo.join(".gitattributes")).unwrap(),
        attributes
    );
    assert_eq!(fs::read(repo.join(".git/config")).unwrap(), config_file);
}

#[test]
fn works_from_a_subdirectory_with_the_patterns_given() {
    let sandbox = Sandbox::new();
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    let sub = repo.join("plans");
    fs::create_dir_all(&sub).unwrap();
    sandbox
        .roadmap(&sub)
        .args([
            "git-setup",
            "--pattern",
            "plans/*.toml",
            "--pattern",
            "ops.toml",
        ])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(repo.join(".gitattributes")).unwrap(),
        "plans/*.toml merge=roadmap\nops.toml merge=roadmap\n"
    );
    sandbox
        .roadmap(&repo)
        .args(["git-setup", "--pattern", "two words"])
        .assert()
        .code(2);
}

#[test]
fn refuses_outside_a_repository_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let plain = sandbox.path("plain");
    fs::create_dir_all(&plain).unwrap();
    sandbox
        .roadmap(&plain)
        .arg("git-setup")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("is not inside a git repository"));
    assert!(!plain.join(".gitattributes").exists());
}

#[test]
fn an_installed_binary_is_recorded_without_a_warning_and_an_old_driver_is_replaced() {
    let sandbox = Sandbox::new();
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    // A driver as git-setup wrote it before it recorded the path.
    sandbox.git(
        &repo,
        &[
            "config",
            "merge.roadmap.driver",
            "roadmap merge %O %A %B --name %P",
        ],
    );
    let bin_dir = sandbox.path("bin");
    fs::create_dir_all(&bin_dir).unwrap();
    let bin = bin_dir.join("roadmap");
    git_support::copy_program(env!("CARGO_BIN_EXE_roadmap").as_ref(), &bin);
    // Where the system keeps its temporary files is elsewhere: this copy
    // stays where it is.
    let out = sandbox
        .run(&bin, &repo)
        .env("TMPDIR", "/nonexistent-temporary-directory")
        .arg("git-setup")
        .assert()
        .success()
        .stderr("");
    let said = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let bin = bin.canonicalize().unwrap();
    assert!(
        said.contains(&format!("git runs {}", bin.display())),
        "{said}"
    );
    assert!(config(&sandbox, &repo, "merge.roadmap.driver")
        .starts_with(&format!("'{}' merge ", bin.display())));
}

#[test]
fn a_binary_under_a_path_git_config_cannot_hold_is_refused_before_anything_is_written() {
    use std::os::unix::ffi::OsStrExt;
    let sandbox = Sandbox::new();
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    let dir = sandbox
        .dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"tools-\xff"));
    fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("roadmap");
    git_support::copy_program(env!("CARGO_BIN_EXE_roadmap").as_ref(), &bin);
    let config_before = fs::read(repo.join(".git/config")).unwrap();
    sandbox
        .run(&bin, &repo)
        .arg("git-setup")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "is not UTF-8, which git's config cannot hold",
        ))
        .stderr(predicates::str::contains("run git-setup again"));
    assert!(!repo.join(".gitattributes").exists());
    assert_eq!(fs::read(repo.join(".git/config")).unwrap(), config_before);
}
