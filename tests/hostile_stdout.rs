//! Text from files and file names never reaches the terminal raw, on any
//! command: control characters (C0, DEL, C1 such as CSI U+009B) and bidi
//! overrides in a theme, a file name echoed by `check`/`uncheck`/`fmt`/
//! `import`/`merge --name`, or a value in JSON or TOML written to stdout are
//! shown escaped (JSON `\u0085`, TOML `\u0085`, text as visible symbols).
#![cfg(unix)]

#[path = "support/cli.rs"]
mod support;

use std::fs;
use std::path::Path;
use std::process::Output;
use support::roadmap;

const SMALL: &str = include_str!("fixtures/small.toml");

/// The hostile characters, as TOML escapes and as the raw characters.
const ESCAPED: &str = r"\u001b[31m\u0085\u009b2J\u007f\u202e";
const RAW: [char; 5] = ['\u{1b}', '\u{85}', '\u{9b}', '\u{7f}', '\u{202e}'];

/// Fails if `out` carries any raw hostile character, on stdout or stderr.
fn assert_clean(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        for c in RAW {
            assert!(
                !text.contains(c),
                "{what}: raw U+{:04X} on {stream}: {text:?}",
                c as u32
            );
        }
    }
}

fn hostile_roadmap(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("plan.toml");
    let text = SMALL.replacen(
        "name = \"Small Shop\"",
        &format!("name = \"Small {ESCAPED} Shop\""),
        1,
    );
    let text = text.replacen(
        "title = \"Nightly database backups\"",
        &format!("title = \"Backups {ESCAPED}\""),
        1,
    );
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn json_and_toml_on_stdout_escape_what_could_drive_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_roadmap(dir.path());
    let status = roadmap()
        .args(["status", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(status.status.success());
    assert_clean("status --json", &status);
    let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(
        json["project"], "Small \u{1b}[31m\u{85}\u{9b}2J\u{7f}\u{202e} Shop",
        "the value is the same"
    );
    for format in ["json", "toml", "markdown", "csv"] {
        let out = roadmap()
            .arg("export")
            .arg(&path)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        assert_clean(&format!("export --format {format}"), &out);
    }
    // The TOML on stdout loads back to the same roadmap.
    let toml = roadmap()
        .arg("export")
        .arg(&path)
        .args(["--format", "toml"])
        .output()
        .unwrap();
    let back = roadmap::store::parse(std::str::from_utf8(&toml.stdout).unwrap(), "out").unwrap();
    assert_eq!(
        back.roadmap.project.name,
        roadmap::store::load(&path).unwrap().roadmap.project.name
    );
}

#[test]
fn an_import_on_stdout_escapes_the_reports_text() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("audit.md");
    fs::write(
        &report,
        "# Audit\n\n## Critical (this week)\n\n- [ ] Rotate the key \u{85}\u{9b}2J\u{202e} now (2h)\n",
    )
    .unwrap();
    let out = roadmap().arg("import").arg(&report).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean("import", &out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Rotate the key"));
}

#[test]
fn file_names_echoed_by_commands_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "plan\u{1b}[31m\u{85}\u{202e}.toml";
    let path = dir.path().join(name);
    fs::write(&path, SMALL).unwrap();
    for args in [&["check"][..], &["uncheck"]] {
        let out = roadmap()
            .arg(args[0])
            .arg(&path)
            .arg("backups")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_clean(args[0], &out);
        assert!(String::from_utf8_lossy(&out.stdout).contains("plan␛[31m"));
    }
    fs::write(&path, SMALL.replace("version = 1\n", "version    =    1\n")).unwrap();
    let out = roadmap().arg("fmt").arg(&path).output().unwrap();
    assert!(out.status.success());
    assert_clean("fmt", &out);
    let report = dir.path().join("audit\u{9b}2J.md");
    fs::write(
        &report,
        "# Audit\n\n## Critical\n\n- [ ] Add backups (2h)\n",
    )
    .unwrap();
    let imported = dir.path().join("out\u{85}.toml");
    let out = roadmap()
        .arg("import")
        .arg(&report)
        .arg("-o")
        .arg(&imported)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_clean("import -o", &out);
    let missing = dir.path().join("missing\u{202e}.toml");
    let out = roadmap().arg("validate").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_clean("validate of a missing file", &out);
}

#[test]
fn merge_name_is_escaped_in_conflict_lines() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| {
        let p = dir.path().join(name);
        fs::write(&p, text).unwrap();
        p
    };
    let base = write("base.toml", SMALL.to_string());
    let ours = write(
        "ours.toml",
        SMALL.replacen("effort = \"4h\"", "effort = \"5h\"", 1),
    );
    let theirs = write(
        "theirs.toml",
        SMALL.replacen("effort = \"4h\"", "effort = \"6h\"", 1),
    );
    let out = roadmap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .args(["--name", "plan\u{1b}[2J\u{85}\u{202e}.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a conflict");
    assert_clean("merge --name", &out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("plan␛[2J"));
}

#[test]
fn themes_lists_a_user_theme_escaped() {
    let home = tempfile::tempdir().unwrap();
    let themes = home.path().join("roadmap/themes");
    fs::create_dir_all(&themes).unwrap();
    fs::write(
        themes.join("evil.toml"),
        format!("name = \"evil\"\ndescription = \"Looks {ESCAPED} fine\"\ninherits = \"dark\"\n"),
    )
    .unwrap();
    let out = roadmap()
        .arg("themes")
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_clean("themes", &out);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains("evil"), "{listed}");
    assert!(listed.contains("Looks ␛[31m"), "{listed}");
}
