//! A review's decisions laid over the importer's: candidates the lead kept
//! or left out, and mentions merged into another as the same action. They
//! are applied after the importer decided and merged, before attributes are
//! inherited, so a candidate kept by hand gets its phase and category the
//! way any kept one does.

use super::candidate::{Candidate, Verdict};
use crate::import::Decisions;

pub fn overrule(cands: &mut [Candidate], decisions: &Decisions) {
    let n = cands.len();
    for &i in decisions.keep.iter().filter(|&&i| i < n) {
        let c = &mut cands[i];
        c.same_as = None;
        match c.verdict.as_mut() {
            Some(v) if v.keep => {}
            Some(v) => {
                v.keep = true;
                v.reason = "kept in the review".into();
                v.confidence = 1.0;
            }
            None => {
                c.verdict = Some(Verdict {
                    keep: true,
                    reason: "kept in the review".into(),
                    confidence: 1.0,
                })
            }
        }
    }
    for &i in decisions.drop.iter().filter(|&&i| i < n) {
        let c = &mut cands[i];
        let v = c.verdict.get_or_insert_with(|| Verdict {
            keep: false,
            reason: String::new(),
            confidence: 1.0,
        });
        v.keep = false;
        v.reason = "left out in the review".into();
        v.confidence = 1.0;
    }
    for &(from, into) in &decisions.merge {
        if from >= n || into >= n || from == into {
            continue;
        }
        let other = cands[from].clone();
        let target = &mut cands[into];
        target.attrs.fill_from(&other.attrs);
        let note = format!("Also at line {}: {}", other.line, other.title);
        if !target.notes.contains(&note) {
            target.notes.push(note);
        }
        let line = target.line;
        cands[from].same_as = Some(into);
        if let Some(v) = cands[from].verdict.as_mut() {
            v.reason = format!("merged in the review into line {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{import_report, import_reviewed, Decisions};

    const REPORT: &[u8] = b"# Plan\n\n## Next Steps\n\n- [ ] Add health checks (4h)\n- [ ] Rotate keys\n- [ ] Write the runbook (2h)\n";

    #[test]
    fn a_review_keeps_drops_and_merges() {
        let plain = import_report(REPORT, "plan.md");
        let at = |title: &str| {
            plain
                .candidates
                .iter()
                .position(|c| c.title.contains(title))
                .expect(title)
        };
        let (health, rotate, runbook) = (at("health"), at("Rotate"), at("runbook"));
        let reviewed = import_reviewed(
            REPORT,
            "plan.md",
            &Decisions {
                keep: vec![],
                drop: vec![rotate],
                merge: vec![(runbook, health)],
            },
        );
        let tasks = &reviewed.roadmap.tasks;
        assert_eq!(tasks.len(), 1, "{tasks:#?}");
        assert!(tasks[0].title.contains("health"));
        let notes = tasks[0].notes.as_deref().unwrap_or("");
        assert!(
            notes.contains("Also at line 7: Write the runbook"),
            "{notes}"
        );
        let left = &reviewed.candidates[rotate];
        assert!(!left.kept);
        assert_eq!(left.reason, "left out in the review");
        assert_eq!(reviewed.candidates[runbook].same_as, Some(health));
    }
}
