//! Where `import`, `export` and `gen` write: never over their own input,
//! never over an existing file without `--force`, `-o -` for stdout, and a
//! device or a named pipe is written to rather than replaced. An import
//! that recognised nothing writes nothing unless `--force`.
//!
//! Each refusal exits 1, says what to do, and leaves every file as it was.
#![cfg(unix)]

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

/// A folder with `plan.toml` (the small fixture with a task checked off: a
/// roadmap with progress) and a seed audit report `audit.md`.
fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, SMALL).unwrap();
    roadmap()
        .arg("check")
        .arg(&plan)
        .arg("backups")
        .assert()
        .success();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds/000_30afc8abca608966.txt");
    let report = dir.path().join("audit.md");
    fs::copy(seed, &report).unwrap();
    (dir, plan, report)
}

#[test]
fn import_over_a_roadmap_with_progress_is_refused_unless_forced() {
    let (_dir, plan, report) = folder();
    let before = fs::read(&plan).unwrap();
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&plan)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "{}: already exists; nothing was written: give another path, or --force to replace it",
            plan.display()
        )));
    assert_eq!(fs::read(&plan).unwrap(), before);
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&plan)
        .arg("--force")
        .assert()
        .success();
    assert_ne!(fs::read(&plan).unwrap(), before);
    roadmap().arg("validate").arg(&plan).assert().success();
}

#[test]
fn import_of_the_roadmap_itself_is_refused_even_with_force() {
    let (dir, plan, _report) = folder();
    let before = fs::read(&plan).unwrap();
    // The same file by another spelling of its path, too.
    let other_spelling = dir.path().join(".").join("plan.toml");
    for out in [&plan, &other_spelling] {
        roadmap()
            .arg("import")
            .arg(&plan)
            .arg("-o")
            .arg(out)
            .arg("--force")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("-o names the input"))
            .stderr(predicate::str::contains("nothing was written"));
    }
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn import_of_a_binary_writes_nothing() {
    let (dir, plan, _report) = folder();
    let before = fs::read(&plan).unwrap();
    let binary = dir.path().join("logo.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 7 % 251) as u8));
    fs::write(&binary, bytes).unwrap();
    let fresh = dir.path().join("fresh.toml");
    roadmap()
        .arg("import")
        .arg(&binary)
        .arg("-o")
        .arg(&fresh)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing recognisable"));
    assert!(!fresh.exists());
    // Over the roadmap it is refused twice over: the file exists, and
    // nothing was recognised.
    roadmap()
        .arg("import")
        .arg(&binary)
        .arg("-o")
        .arg(&plan)
        .assert()
        .code(1);
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn import_refuses_a_report_json_over_the_roadmap_it_writes() {
    let (dir, _plan, report) = folder();
    let out = dir.path().join("new.toml");
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg("--report")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--report names the input"));
    assert!(!out.exists());
    let json = dir.path().join("report.json");
    fs::write(&json, "{}").unwrap();
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg("--report")
        .arg(&json)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("report.json: already exists"));
    assert_eq!(fs::read_to_string(&json).unwrap(), "{}");
    assert!(
        !out.exists(),
        "nothing is written when one output is refused"
    );
}

#[test]
fn export_over_its_own_input_is_refused_even_with_force() {
    let (dir, plan, _report) = folder();
    let before = fs::read(&plan).unwrap();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&plan, &link).unwrap();
    for out in [&plan, &link] {
        roadmap()
            .arg("export")
            .arg(&plan)
            .args(["--format", "csv", "-o"])
            .arg(out)
            .arg("--force")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("-o names the input"));
    }
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn export_and_gen_over_an_existing_file_need_force() {
    let (dir, plan, _report) = folder();
    let out = dir.path().join("out.csv");
    fs::write(&out, "keep me\n").unwrap();
    roadmap()
        .arg("export")
        .arg(&plan)
        .args(["--format", "csv", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("out.csv: already exists"));
    roadmap()
        .args(["gen", "--tasks", "3", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force to replace it"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me\n");
    roadmap()
        .arg("export")
        .arg(&plan)
        .args(["--format", "csv", "-o"])
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(fs::read_to_string(&out)
        .unwrap()
        .starts_with("id,phase,title"));
    roadmap()
        .args(["gen", "--tasks", "3", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(fs::read_to_string(&out).unwrap().contains("[[tasks]]"));
}

#[test]
fn a_dash_is_stdout_and_no_file_named_dash_is_made() {
    let (dir, plan, report) = folder();
    roadmap()
        .current_dir(dir.path())
        .arg("export")
        .arg(&plan)
        .args(["--format", "json", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"tasks\""));
    roadmap()
        .current_dir(dir.path())
        .arg("import")
        .arg(&report)
        .args(["-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[[tasks]]"));
    roadmap()
        .current_dir(dir.path())
        .args(["gen", "--tasks", "2", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[[tasks]]"));
    assert!(!dir.path().join("-").exists());
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo (coreutils) is needed"
    );
}

#[test]
fn a_named_pipe_as_output_gets_the_data_and_stays_a_pipe() {
    let (dir, plan, _report) = folder();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    for args in [
        vec!["export", plan.to_str().unwrap(), "--format", "csv"],
        vec!["gen", "--tasks", "2"],
    ] {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
        };
        roadmap()
            .args(&args)
            .arg("-o")
            .arg(&fifo)
            .assert()
            .success();
        let got = reader.join().unwrap();
        assert!(
            got.contains("id,phase") || got.contains("[[tasks]]"),
            "{got}"
        );
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

/// `-o /dev/null` must leave /dev/null a device. As root the test makes a
/// null device of its own to write to, so a regression cannot turn the
/// machine's /dev/null into a file; as anyone else /dev/null is safe.
#[test]
fn a_device_as_output_is_written_to_and_stays_a_device() {
    let (dir, plan, report) = folder();
    let own = dir.path().join("null");
    let made = std::process::Command::new("mknod")
        .arg(&own)
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let device = if made {
        own
    } else {
        PathBuf::from("/dev/null")
    };
    roadmap()
        .arg("export")
        .arg(&plan)
        .args(["--format", "toml", "-o"])
        .arg(&device)
        .assert()
        .success();
    roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&device)
        .assert()
        .success();
    roadmap()
        .args(["gen", "--tasks", "2", "-o"])
        .arg(&device)
        .assert()
        .success();
    assert!(fs::metadata(&device).unwrap().file_type().is_char_device());
    if made {
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 3, "nothing made beside the device: {names:?}");
    }
}

/// A full device as the output: the write error is reported, exit 1.
#[test]
fn a_full_device_as_output_fails_loudly() {
    let (_dir, plan, _report) = folder();
    roadmap()
        .arg("export")
        .arg(&plan)
        .args(["--format", "json", "-o", "/dev/full"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "/dev/full: not written: cannot write to /dev/full: the disk is full",
        ));
}
