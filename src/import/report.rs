//! The `--report JSON` of an import: what was found, and the warnings.

use super::plan::Candidate;
use super::{CandidateReport, ImportOutcome, WarningKind};
use crate::model::Roadmap;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Every candidate as the report shows it, with the task each kept one became.
pub fn candidates(cands: &[Candidate], roadmap: &Roadmap) -> Vec<CandidateReport> {
    let by_line: HashMap<u32, &str> = roadmap
        .tasks
        .iter()
        .filter_map(|t| t.source_line.map(|l| (l, t.id.as_str())))
        .collect();
    cands
        .iter()
        .map(|c| {
            let verdict = c.verdict.as_ref();
            let kept = c.kept();
            CandidateReport {
                line: c.line,
                title: c.title.clone(),
                kept,
                task: kept
                    .then(|| u32::try_from(c.line).ok().and_then(|l| by_line.get(&l)))
                    .flatten()
                    .map(|s| s.to_string()),
                reason: verdict.map_or_else(String::new, |v| v.reason.clone()),
                confidence: verdict.map_or(0.0, |v| (v.confidence * 100.0).round() / 100.0),
                section: c.section_title.clone(),
                same_as: c.same_as,
                priority: c.attrs.priority.map(|(p, _)| p),
                effort: c.attrs.effort,
                cost_once: c.attrs.cost_once,
                cost_monthly: c.attrs.cost_monthly,
            }
        })
        .collect()
}

/// Counts of what was imported, and every warning with its line and kind.
pub fn report_json(outcome: &ImportOutcome) -> Value {
    let r = &outcome.roadmap;
    let mut by_kind = Map::new();
    for w in &outcome.warnings {
        let key = serde_json::to_value(w.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let count = by_kind.entry(key).or_insert(json!(0));
        *count = json!(count.as_u64().unwrap_or(0) + 1);
    }
    let count = |kind: WarningKind| outcome.warnings.iter().filter(|w| w.kind == kind).count();
    json!({
        "project": r.project.name,
        "source": r.project.source,
        "phases": r.phases.len(),
        "tasks": r.tasks.len(),
        "tasks_done": r.tasks.iter().filter(|t| t.status.is_closed()).count(),
        "tasks_with_effort": r.tasks.iter().filter(|t| t.effort.is_some()).count(),
        "tasks_with_cost": r.tasks.iter().filter(|t| t.cost_once.is_some() || t.cost_monthly.is_some()).count(),
        "tasks_without_priority": count(WarningKind::NoPriority),
        "tasks_without_effort": count(WarningKind::NoEffort),
        "findings": r.findings.len(),
        "maturity_levels": r.maturity.as_ref().map(|m| m.levels.len()),
        "warning_counts": Value::Object(by_kind),
        "warnings": outcome.warnings,
        "candidates_left_out": outcome.candidates.iter().filter(|c| !c.kept).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use crate::import::import_report;

    #[test]
    fn the_report_counts_and_lists_warnings() {
        let outcome = import_report(
            b"# Plan\n\n## Next Steps\n\n- [ ] Add health checks (4h)\n- [ ] Rotate keys\n",
            "plan.md",
        );
        let v = super::report_json(&outcome);
        assert_eq!(v["tasks"], 2);
        assert_eq!(v["tasks_with_effort"], 1);
        assert_eq!(v["tasks_without_effort"], 1);
        assert_eq!(v["warning_counts"]["no_effort"], 1);
        assert_eq!(v["warnings"][0]["kind"], "no_priority");
        assert!(v["warnings"][0]["line"].is_number());
    }
}
