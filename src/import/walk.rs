//! Walks the outline in document order, keeping the section context, for
//! what is not the plan: the project's name, summary and date, scored
//! findings from scorecards, lists of gaps and score lines. The plan itself is
//! read by [`super::plan`].

use super::context::{Context, Section};
use super::draft::Drafts;
use super::outline::{Block, Line};
use super::priority::{self, Legend};
use super::text::{calm_case, starts_with_ci, words};
use super::window::Horizon;
use super::{findings, project};
use crate::model::Priority;

/// The usual reading of a horizon when a report gives no priority:
/// what must happen now is the most urgent.
pub fn horizon_priority(h: Horizon) -> Priority {
    match h {
        Horizon::Immediate => Priority::Critical,
        Horizon::Short => Priority::High,
        Horizon::Medium => Priority::Medium,
        Horizon::Long => Priority::Low,
    }
}

/// Learns the document's emoji legend from every heading and short line.
pub(super) fn learn_legend(blocks: &[Block]) -> Legend {
    let mut legend = Legend::default();
    for block in blocks {
        match block {
            Block::Heading { line, .. } => legend.learn(&line.text),
            Block::Paragraph { lines } => lines.iter().for_each(|l| legend.learn_markers(&l.text)),
            // A legend written as a list: "- **P1 (CRITICAL):** blocks launch".
            Block::List { items, .. } => items.iter().for_each(|i| {
                let head = i.line.text.split([':', '：']).next().unwrap_or("");
                legend.learn(head)
            }),
            _ => {}
        }
    }
    legend
}

/// The document's title: its only level-1 heading, or its first heading
/// when that is the first block.
pub(super) fn title_index(blocks: &[Block]) -> Option<usize> {
    let h1: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::Heading { level: 1, .. }))
        .map(|(i, _)| i)
        .collect();
    if h1.len() == 1 {
        return Some(h1[0]);
    }
    matches!(blocks.first(), Some(Block::Heading { .. })).then_some(0)
}

/// A paragraph that introduces what follows: a bold line, or a short line
/// ending in a colon, that is not itself `Key: value`.
pub(super) fn is_label(line: &Line) -> bool {
    let text = line.text.trim();
    let short = text.split_whitespace().count() <= 12;
    let ends_colon = text
        .trim_end_matches(|c: char| c == '*' || c.is_whitespace())
        .ends_with(':');
    let keyed_value = text
        .split_once(':')
        .is_some_and(|(_, v)| !v.trim().trim_matches('*').trim().is_empty());
    short && (line.all_strong || ends_colon) && (ends_colon || !keyed_value)
}

pub fn walk(blocks: &[Block], out: &mut Drafts) {
    let legend = learn_legend(blocks);
    let title_at = title_index(blocks);
    let mut ctx = Context::default();
    let mut name_pending = false;
    for (index, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading { level, line } => {
                let mut section = Section::read(*level, &line.text, line.line, &legend);
                if Some(index) == title_at {
                    section.is_title = true;
                    if out.project_name.is_none() && !section.title.is_empty() {
                        let distinct = project::project_name(&section.title);
                        name_pending = distinct.is_none();
                        out.project_name =
                            Some(distinct.unwrap_or_else(|| calm_case(&section.title)));
                    }
                } else if std::mem::take(&mut name_pending) {
                    // A generic title ("Audit Report") is often followed by
                    // a subtitle that names the project.
                    if let Some(name) = project::leading_name(&section.title) {
                        out.project_name = Some(name);
                    }
                }
                ctx.enter(section);
            }
            Block::Paragraph { lines } => paragraph(lines, &mut ctx, &legend, out),
            Block::List { items, .. } => {
                let checkboxes = items.iter().any(|i| i.checked.is_some());
                if !ctx.is_plan() && !checkboxes {
                    findings::from_list(items, &ctx, out);
                }
            }
            Block::Table { header, rows, .. } => {
                findings::from_table(header, rows, out);
            }
            Block::Code { .. } => {}
        }
    }
}

fn paragraph(lines: &[Line], ctx: &mut Context, legend: &Legend, out: &mut Drafts) {
    if lines.len() == 1 && is_label(&lines[0]) {
        let section = Section::read(7, &lines[0].text, lines[0].line, legend);
        if !section.title.is_empty() {
            ctx.label(section);
        }
        return;
    }
    project::summary(lines, ctx, out);
    for line in lines {
        project::metadata(line, out);
        let text = line.text.trim();
        // "**Priority: Critical**" right under a heading sets its priority.
        let ws = if starts_with_ci(text, "priori") {
            words(text)
        } else {
            Vec::new()
        };
        if ws
            .first()
            .is_some_and(|w| w == "priority" || w == "prioridade" || w == "prioridad")
            && ws.len() <= 3
        {
            if let Some(p) = priority::from_words(text) {
                ctx.set_priority(p);
                continue;
            }
        }
        findings::from_score_line(text, ctx, out);
    }
}
