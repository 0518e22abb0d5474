//! What a report says about its project: the name (from a distinctive
//! part of the title or the subtitle), the audit date, and the summary (the
//! first prose paragraph of its executive summary).

use super::context::Context;
use super::draft::Drafts;
use super::outline::Line;
use super::text::{calm_case, clean_title, words};

/// Words every report title uses; a project's name is the other words.
const GENERIC: &[&str] = &[
    "comprehensive",
    "devops",
    "infrastructure",
    "audit",
    "report",
    "analysis",
    "assessment",
    "roadmap",
    "review",
    "results",
    "complete",
    "production-ready",
    "production-grade",
    "deployment",
    "security",
    "technical",
    "executive",
    "summary",
    "epic",
    "phase",
    "plan",
    "and",
    "of",
    "the",
    "for",
    "a",
    "final",
    "full",
    "devsecops",
    "sre",
    "cloud",
    "platform",
];

/// The project a title names: the part after " - " that is not generic
/// ("… Analysis & Roadmap - Editaliza"), or the leading non-generic words.
pub fn project_name(title: &str) -> Option<String> {
    title
        .split([' ', '\u{a0}'])
        .collect::<Vec<_>>()
        .join(" ")
        .rsplit(" - ")
        .find_map(leading_name)
}

/// "Fixia Marketplace Production-Ready Infrastructure Assessment" → "Fixia
/// Marketplace": the words before the first generic one.
pub fn leading_name(text: &str) -> Option<String> {
    let mut name = Vec::new();
    for word in text.split_whitespace() {
        let w = words(word);
        if w.is_empty() || w.iter().any(|w| GENERIC.contains(&w.as_str())) {
            break;
        }
        name.push(word);
    }
    let name = name.join(" ");
    let name = name.trim_end_matches([':', ',', '-']).trim();
    (!name.is_empty() && name.split_whitespace().count() <= 4).then(|| calm_case(name))
}

/// The first prose paragraph of an executive summary or overview.
pub fn summary(lines: &[Line], ctx: &Context, out: &mut Drafts) {
    const MAX: usize = 600;
    if out.summary.is_some() {
        return;
    }
    let in_summary = ctx.sections.iter().any(|s| {
        let ws = words(&s.title);
        ws.iter().any(|w| {
            matches!(
                w.as_str(),
                "summary" | "overview" | "introduction" | "resumo" | "resumen"
            )
        })
    });
    let text = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if !in_summary || text.split_whitespace().count() < 12 {
        return;
    }
    let mut kept = String::new();
    for word in text.split_whitespace() {
        if kept.len() + word.len() + 1 > MAX {
            kept.push('…');
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    out.summary = Some(kept);
}

/// Project name and audit date from "Project: …", "Audit Date: …".
pub fn metadata(line: &Line, out: &mut Drafts) {
    let Some((key, value)) = line.text.split_once(':') else {
        return;
    };
    let key = words(key).join(" ");
    let value = value.trim().trim_matches('*').trim();
    match key.as_str() {
        "project" | "project name" | "projeto" | "proyecto" | "projet" => {
            let name = value
                .split([' '])
                .take_while(|w| *w != "-" && *w != "–" && *w != "—")
                .collect::<Vec<_>>()
                .join(" ");
            if !name.is_empty() {
                out.project_name = Some(clean_title(&name));
            }
        }
        k if (k.contains("date") || k == "data" || k == "fecha") && out.audit_date.is_none() => {
            let token = value.split_whitespace().next().unwrap_or("");
            if let Ok(d) = chrono::NaiveDate::parse_from_str(token, "%Y-%m-%d") {
                out.audit_date = Some(d);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::import::draft::Drafts;
    use crate::import::outline::read;
    use crate::import::walk::walk;

    fn drafts(md: &str) -> Drafts {
        let mut out = Drafts::default();
        walk(&read(md), &mut out);
        out
    }

    #[test]
    fn the_project_is_named_from_the_title_or_its_subtitle() {
        let name = |md: &str| drafts(md).project_name;
        assert_eq!(
            name("# DevOps Infrastructure Analysis & Roadmap - Editaliza\n").as_deref(),
            Some("Editaliza")
        );
        assert_eq!(
            name("# COMPREHENSIVE DEVOPS AUDIT REPORT\n## Fixia Marketplace Production-Ready Assessment\n").as_deref(),
            Some("Fixia Marketplace")
        );
        assert_eq!(
            name("# DevOps & Infrastructure Roadmap\n## EXECUTIVE SUMMARY\n").as_deref(),
            Some("DevOps & Infrastructure Roadmap")
        );
        assert_eq!(
            name("# Audit\n**Project:** Americano - AI platform\n").as_deref(),
            Some("Americano")
        );
    }

    #[test]
    fn the_summary_is_the_first_paragraph_of_the_executive_summary() {
        let out = drafts("# Report\n\n## Executive Summary\n\n**Score: 7/10**\n\nThe platform has a solid foundation for production deployment with good security practices and containers.\n");
        assert!(out
            .summary
            .unwrap()
            .starts_with("The platform has a solid foundation"));
    }
}
