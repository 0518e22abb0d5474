//! `roadmap import`'s warnings and report as a person meets them: one
//! summary line per kind by default, every warning with `-v`, none with
//! `-q`, and the left-out candidates in the `--report` JSON with a reason.

#[path = "support/cli.rs"]
mod cli;

use cli::roadmap;

const REPORT: &str = "# Plan\n\n## Next Steps\n\n- [ ] Add health checks\n- [ ] Rotate keys\n- [ ] Write runbooks\n\n## Success Metrics\n\n- Uptime above 99.9 %\n";

fn report_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.md");
    std::fs::write(&path, REPORT).unwrap();
    (dir, path)
}

fn stderr_of(args: &[&str], path: &std::path::Path) -> String {
    let out = roadmap()
        .arg("import")
        .arg(path)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn warnings_of_one_kind_are_one_line_by_default_and_every_line_with_v() {
    let (_dir, path) = report_file();
    let summary = stderr_of(&[], &path);
    let no_effort: Vec<&str> = summary.lines().filter(|l| l.contains("effort")).collect();
    assert_eq!(no_effort.len(), 1, "{summary}");
    assert!(
        no_effort[0].contains("3 tasks have no effort estimate in the report (first at line 5)"),
        "{summary}"
    );
    assert!(no_effort[0].contains("-v lists them"), "{summary}");

    let verbose = stderr_of(&["-v"], &path);
    let each: Vec<&str> = verbose
        .lines()
        .filter(|l| l.contains("no effort estimate"))
        .collect();
    assert_eq!(each.len(), 3, "{verbose}");
    assert!(each[0].contains("audit.md:5: warning:"), "{verbose}");

    assert_eq!(stderr_of(&["-q"], &path), "");
}

#[test]
fn quiet_and_verbose_together_are_a_usage_error() {
    let (_dir, path) = report_file();
    roadmap()
        .arg("import")
        .arg(&path)
        .args(["-q", "-v"])
        .assert()
        .code(2);
}

#[test]
fn the_report_lists_what_was_left_out_and_why() {
    let (dir, path) = report_file();
    let out = dir.path().join("plan.toml");
    let json = dir.path().join("report.json");
    let err = roadmap()
        .arg("import")
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .arg("--report")
        .arg(&json)
        .output()
        .unwrap();
    assert!(err.status.success());
    let said = String::from_utf8(err.stderr).unwrap();
    assert!(said.contains("3 tasks in 1 phases"), "{said}");
    assert!(said.contains("1 of 4 candidates left out"), "{said}");
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let left = report["candidates_left_out"].as_array().unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["line"], 11);
    assert!(
        left[0]["reason"].as_str().unwrap().contains("metric"),
        "{}",
        left[0]
    );
    assert!(left[0]["confidence"].as_f64().unwrap() > 0.5);
}
