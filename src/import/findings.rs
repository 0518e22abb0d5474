//! Findings: scorecard tables (category / score / status), compliance tables
//! (current vs target), "Score: 1/10" under a section, and lists of
//! strengths and gaps.

use super::context::Context;
use super::draft::Drafts;
use super::outline::Item;
use super::score::{self, Score};
use super::text::{calm_case, clean_title, words};
use crate::model::{Finding, FindingKind, Severity};

/// Reads a table as a scorecard when it has a score column; returns whether
/// it did.
pub fn from_table(header: &[String], rows: &[(usize, Vec<String>)], out: &mut Drafts) -> bool {
    let head: Vec<String> = header.iter().map(|h| words(h).join(" ")).collect();
    let col = |pred: &dyn Fn(&str) -> bool| head.iter().position(|h| pred(h));
    let score_col = col(&|h| {
        h.contains("score") || h.contains("rating") || h.contains("grade") || h.contains("nota")
    })
    .or_else(|| col(&|h| h.starts_with("current")));
    let Some(score_col) = score_col else {
        return false;
    };
    let target_col = col(&|h| h.contains("target") || h.contains("standard") || h.contains("goal"));
    let status_col = col(&|h| h == "status" || h == "state" || h.contains("assessment"));
    let scored: Vec<_> = rows
        .iter()
        .filter(|(_, cells)| cells.get(score_col).and_then(|c| score::find(c)).is_some())
        .collect();
    if scored.is_empty() || scored.len() * 2 < rows.len() {
        return false;
    }
    for (_, cells) in scored {
        let category = clean_title(cells.first().map(String::as_str).unwrap_or(""));
        if category.is_empty() {
            continue;
        }
        let Some(s) = cells.get(score_col).and_then(|c| score::find(c)) else {
            continue;
        };
        let status = status_col
            .and_then(|i| cells.get(i))
            .map(String::as_str)
            .unwrap_or("");
        let target = target_col
            .and_then(|i| cells.get(i))
            .and_then(|c| score::find(c))
            .map(|t| t.value * s.max / t.max)
            .or(if target_col.is_some() && s.percent {
                Some(100.0)
            } else {
                None
            });
        let detail: Vec<String> = header
            .iter()
            .zip(cells)
            .enumerate()
            .filter(|(i, (_, c))| *i != 0 && !c.trim().is_empty())
            .map(|(_, (h, c))| format!("{}: {}", clean_title(h), c))
            .collect();
        let (kind, severity) = judge(status, Some(s));
        out.findings.push(Finding {
            id: String::new(),
            category: category.clone(),
            kind,
            severity,
            title: category,
            detail: Some(detail.join("; ")),
            score: Some(s.value),
            target,
            max: Some(s.max),
        });
    }
    true
}

/// Whether a status is good or bad, and how bad: from its marks and words,
/// and from the score when there is one.
fn judge(status: &str, score: Option<Score>) -> (FindingKind, Severity) {
    let ws = words(status);
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    let good = status.contains('✅')
        || has(&[
            "excellent",
            "good",
            "strong",
            "present",
            "active",
            "configured",
            "passed",
        ]);
    let bad = status.contains('❌')
        || status.contains('⚠')
        || has(&[
            "limited",
            "basic",
            "needs",
            "missing",
            "critical",
            "poor",
            "weak",
            "not",
            "no",
            "gaps",
            "inadequate",
        ]);
    let ratio = score.map(|s| s.ratio());
    // Marks decide when they agree; otherwise the score does.
    let strength = (good && !bad) || (good == bad && ratio.is_some_and(|r| r >= 0.75));
    let kind = if strength {
        FindingKind::Strength
    } else {
        FindingKind::Gap
    };
    let severity = match (kind, ratio) {
        (FindingKind::Strength, _) => Severity::Info,
        (_, Some(r)) if r < 0.3 => Severity::Critical,
        (_, Some(r)) if r < 0.5 => Severity::High,
        (_, Some(r)) if r < 0.7 => Severity::Medium,
        (_, Some(_)) => Severity::Low,
        (_, None) if status.contains('❌') || has(&["critical"]) => Severity::High,
        _ => Severity::Medium,
    };
    (kind, severity)
}

/// The area a section-level score belongs to: its level-2 heading, without
/// "Assessment" or "Analysis".
fn area_name(ctx: &Context) -> Option<String> {
    let area = ctx
        .sections
        .iter()
        .rev()
        .find(|s| s.level == 2 && !s.is_title)?;
    let name: Vec<&str> = area
        .title
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "assessment" | "analysis" | "review" | "audit"
            )
        })
        .collect();
    let name = calm_case(&name.join(" "));
    (!name.is_empty()).then_some(name)
}

/// "Score: 1/10" in a section: a finding for the section's area. The status
/// stated in a heading of the same section ("Status: ❌ CRITICAL") judges it.
pub fn from_score_line(text: &str, ctx: &Context, out: &mut Drafts) -> bool {
    if !super::text::starts_with_ci(text, "score") {
        return false;
    }
    let ws = words(text);
    if ws.first().map(String::as_str) != Some("score") {
        return false;
    }
    let (Some(s), Some(area)) = (score::find(text), area_name(ctx)) else {
        return false;
    };
    let status = ctx
        .sections
        .iter()
        .rev()
        .find(|s| s.title.to_lowercase().starts_with("status"))
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let (kind, severity) = judge(&status, Some(s));
    out.findings.push(Finding {
        id: String::new(),
        category: area.clone(),
        kind,
        severity,
        title: area,
        detail: (!status.is_empty()).then_some(status),
        score: Some(s.value),
        target: None,
        max: Some(s.max),
    });
    true
}

/// Items under a "Strengths" or "Gaps"/"Missing"/"Risks" section, one
/// finding each; returns whether the section was such a list.
pub fn from_list(items: &[Item], ctx: &Context, out: &mut Drafts) -> bool {
    let Some(section) = ctx.record() else {
        return false;
    };
    let ws = words(&section.title);
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    let kind = if has(&["strengths", "strength", "positives"]) {
        FindingKind::Strength
    } else if has(&["risks", "risk"]) {
        FindingKind::Risk
    } else if has(&[
        "gaps",
        "gap",
        "missing",
        "weaknesses",
        "issues",
        "bottlenecks",
        "problems",
        "blockers",
    ]) {
        FindingKind::Gap
    } else {
        return false;
    };
    let severity = match kind {
        FindingKind::Strength => Severity::Info,
        _ if has(&["critical", "blockers"]) => Severity::Critical,
        _ if has(&["high"]) => Severity::High,
        _ if has(&["minor", "low"]) => Severity::Low,
        _ => Severity::Medium,
    };
    let category = area_name(ctx).unwrap_or_else(|| calm_case(&section.title));
    for item in items {
        let title = item
            .line
            .strong_lead
            .as_deref()
            .map(clean_title)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| clean_title(&item.line.text));
        if title.is_empty() {
            continue;
        }
        let detail = (title != clean_title(&item.line.text)).then(|| clean_title(&item.line.text));
        out.findings.push(Finding {
            id: String::new(),
            category: category.clone(),
            kind,
            severity,
            title,
            detail,
            score: None,
            target: None,
            max: None,
        });
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (line, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn a_scorecard_table_gives_findings() {
        let header: Vec<String> = ["Category", "Score", "Status", "Notes"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = vec![
            row(
                3,
                &[
                    "CI/CD Pipeline",
                    "95/100",
                    "✅ EXCELLENT",
                    "Advanced automation",
                ],
            ),
            row(4, &["Monitoring", "45/100", "⚠️ Limited", "no APM"]),
        ];
        let mut out = Drafts::default();
        assert!(from_table(&header, &rows, &mut out));
        assert_eq!(out.findings.len(), 2);
        assert_eq!(out.findings[0].kind, FindingKind::Strength);
        assert_eq!(out.findings[0].score, Some(95.0));
        assert_eq!(out.findings[0].max, Some(100.0));
        assert_eq!(out.findings[1].kind, FindingKind::Gap);
        assert_eq!(out.findings[1].severity, Severity::High);
    }

    #[test]
    fn a_compliance_table_gives_targets() {
        let header: Vec<String> = ["Category", "World-Class Standard", "Current State", "Gap"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = vec![row(
            3,
            &[
                "CI/CD Automation",
                "100% automated pipeline",
                "10% (test infra only)",
                "-90%",
            ],
        )];
        let mut out = Drafts::default();
        assert!(from_table(&header, &rows, &mut out));
        assert_eq!(out.findings[0].score, Some(10.0));
        assert_eq!(out.findings[0].target, Some(100.0));
        assert_eq!(out.findings[0].severity, Severity::Critical);
    }

    #[test]
    fn tables_without_scores_are_left_alone() {
        let header: Vec<String> = ["Service", "Provider"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut out = Drafts::default();
        assert!(!from_table(
            &header,
            &[row(2, &["Queue", "Upstash"])],
            &mut out
        ));
    }
}
