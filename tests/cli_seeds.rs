//! The five seed reports end to end through the binary: the curated roadmap of
//! each validates and reports the counts its report states, and `roadmap
//! import` of each report gives a file that validates, renders in the planner
//! and has a maturity model.

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use std::path::Path;
use support::{roadmap, status_json as status};

#[test]
fn validate_accepts_every_curated_roadmap() {
    let mut files: Vec<_> = std::fs::read_dir("roadmaps")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 6, "five seeds and the bundled example");
    roadmap().arg("validate").args(&files).assert().success();
}

#[test]
fn status_of_jewelshot_counts_its_priority_matrix_and_ladder() {
    let v = status(Path::new("roadmaps/jewelshot.toml"));
    assert_eq!(v["tasks_total"], 32);
    let p = &v["priorities"];
    let counts: Vec<u64> = ["critical", "high", "medium", "low"]
        .iter()
        .map(|k| p[k]["total"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [7, 8, 9, 8]);
    let scores: Vec<f64> = v["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["score"].as_f64().unwrap())
        .collect();
    assert_eq!(scores, [30.0, 60.0, 85.0, 98.0]);
    assert_eq!(v["maturity_level"], 1);
    assert_eq!(v["maturity_score"], 30.0);
    assert_eq!(v["next_level"], 2);
}

#[test]
fn status_of_americano_matches_the_reports_hours_per_band() {
    // Section 10: CRITICAL "40-60 hours" (16+8+4+12+12 = 52), HIGH "60-80 hours"
    // (20+8+12+16+12 = 68), MEDIUM "100-120 hours" (24+16+20+20+20+16 = 116).
    let v = status(Path::new("roadmaps/americano.toml"));
    let p = &v["priorities"];
    assert_eq!(p["critical"]["effort_total_hours"], 52.0);
    assert_eq!(p["high"]["effort_total_hours"], 68.0);
    assert_eq!(p["medium"]["effort_total_hours"], 116.0);
    assert_eq!(v["effort_total_hours"], 236.0);
}

#[test]
fn checking_off_jewelshots_first_seven_tasks_reaches_level_two() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy("roadmaps/jewelshot.toml", &file).unwrap();
    let before = status(&file);
    let ids: Vec<String> = before["next_level_tasks_open"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 7);
    roadmap()
        .arg("check")
        .arg(&file)
        .args(&ids)
        .assert()
        .success();
    let after = status(&file);
    assert_eq!(after["maturity_level"], 2);
    assert_eq!(after["maturity_name"], "Basic Automation");
    assert_eq!(after["maturity_score"], 60.0);
    assert_eq!(after["tasks_done"], 7);
}

#[test]
fn every_seed_imports_validates_renders_and_has_a_maturity_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut seeds: Vec<_> = std::fs::read_dir("tests/seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5);
    for seed in seeds {
        let out = dir
            .path()
            .join(seed.file_stem().unwrap())
            .with_extension("toml");
        let report = out.with_extension("json");
        roadmap()
            .arg("import")
            .arg(&seed)
            .arg("-o")
            .arg(&out)
            .arg("--report")
            .arg(&report)
            .assert()
            .success();
        roadmap().arg("validate").arg(&out).assert().success();
        let v = status(&out);
        assert!(
            v["tasks_total"].as_u64().unwrap() >= 4,
            "{}",
            seed.display()
        );
        assert!(
            v["maturity_score"].is_number(),
            "{}: no maturity model",
            seed.display()
        );
        let json: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert!(json.is_object());
        let frame = roadmap()
            .arg("render")
            .arg(&out)
            .args(["--width", "80", "--height", "24"])
            .output()
            .unwrap();
        assert!(frame.status.success());
        let text = String::from_utf8(frame.stdout).unwrap();
        assert_eq!(text.lines().count(), 24);
        for garbage in ["âœ", "ðŸ", "ğŸ", "‚Ä", "Ã"] {
            assert!(
                !text.contains(garbage),
                "{}: mojibake {garbage} on screen",
                seed.display()
            );
            assert!(!std::fs::read_to_string(&out).unwrap().contains(garbage));
        }
    }
}
