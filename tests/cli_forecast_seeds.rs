//! `roadmap forecast` on every curated seed roadmap: it answers (exit 0,
//! text and JSON), every open task is placed once or named as unscheduled,
//! no task starts before an open task it depends on finishes, the end is the
//! last finish and the critical path ends there, and unestimated work is
//! counted, never silently zero. Today is pinned (`support::roadmap`).

#[path = "support/cli.rs"]
mod support;

use roadmap::model::Status;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use support::roadmap;

const SEEDS: [&str; 6] = [
    "americano",
    "editaliza",
    "fixia",
    "jewelshot",
    "phase5-node-app",
    "example",
];

fn path(seed: &str) -> String {
    format!("{}/roadmaps/{seed}.toml", env!("CARGO_MANIFEST_DIR"))
}

fn forecast_json(seed: &str) -> Value {
    let out = roadmap()
        .args(["forecast", &path(seed), "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{seed}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["forecast"].clone()
}

#[test]
fn every_seed_roadmap_has_a_forecast_that_places_all_its_open_work() {
    for seed in SEEDS {
        let text = std::fs::read_to_string(path(seed)).unwrap();
        let r = roadmap::store::parse(&text, &path(seed)).unwrap().roadmap;
        let open: Vec<_> = r
            .tasks
            .iter()
            .filter(|t| matches!(t.status, Status::Todo | Status::Doing))
            .collect();
        assert!(!open.is_empty(), "{seed}: a seed with open work");
        let f = forecast_json(seed);
        let tasks = f["tasks"].as_array().unwrap();
        let placed: Vec<&str> = tasks.iter().map(|t| t["id"].as_str().unwrap()).collect();
        let unscheduled: Vec<&str> = f["unscheduled"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let mut seen: Vec<&str> = placed.iter().chain(&unscheduled).copied().collect();
        seen.sort_unstable();
        let before = seen.len();
        seen.dedup();
        assert_eq!(before, seen.len(), "{seed}: a task placed twice");
        let wanted: BTreeSet<&str> = open.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), wanted, "{seed}");

        // Dependencies first.
        let finish: HashMap<&str, &str> = tasks
            .iter()
            .map(|t| (t["id"].as_str().unwrap(), t["finish_low"].as_str().unwrap()))
            .collect();
        for t in &open {
            let Some(start) = tasks.iter().find(|x| x["id"] == t.id.as_str()) else {
                continue;
            };
            for dep in &t.depends_on {
                if let Some(done) = finish.get(dep.as_str()) {
                    assert!(
                        start["start_low"].as_str().unwrap() >= *done,
                        "{seed}: {} starts before {dep} finishes",
                        t.id
                    );
                }
            }
        }

        // The end is the last finish, and the critical path leads to it.
        let last = tasks
            .iter()
            .map(|t| t["finish_high"].as_str().unwrap())
            .max()
            .unwrap();
        assert_eq!(f["end_high"], last, "{seed}");
        let path_ids = f["critical_path"].as_array().unwrap();
        let tail = path_ids.last().expect("a critical path").as_str().unwrap();
        let tail_finish = tasks.iter().find(|t| t["id"] == tail).unwrap();
        assert_eq!(tail_finish["finish_high"], last, "{seed}");

        // Unestimated work is counted and named.
        let unestimated = open.iter().filter(|t| t.effort.is_none()).count();
        assert_eq!(f["unestimated"], unestimated, "{seed}");
        assert_eq!(
            f["unestimated_ids"].as_array().unwrap().len(),
            unestimated,
            "{seed}"
        );

        // And people read the same forecast.
        let out = roadmap().args(["forecast", &path(seed)]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{seed}");
        let text = String::from_utf8(out.stdout).unwrap();
        let end = format!("End: {}", f["end_low"].as_str().unwrap());
        assert!(text.contains(&end), "{seed}: no `{end}` in\n{text}");
    }
}
