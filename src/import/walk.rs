//! Walks the outline in document order, keeping the section context, and
//! hands each block to the recogniser that understands it.

use super::context::{is_procedure, Context, Section, Stance};
use super::draft::{Drafts, PhaseDraft, PrioritySource, TaskDraft};
use super::outline::{Block, Item, Line};
use super::priority::{self, Legend};
use super::text::{calm_case, starts_with_ci, words};
use super::window::Horizon;
use super::{findings, project, recommendation, tables, tasks, WarningKind};
use crate::model::Priority;

/// Puts a task in its phase and fills what the context says about it.
pub fn place(task: &mut TaskDraft, ctx: &Context, out: &mut Drafts) {
    if let Some(section) = ctx.phase() {
        if let Some(&i) = out.phase_at_line.get(&section.line) {
            task.phase = Some(i);
        } else {
            let phase = PhaseDraft {
                name: section.phase_name(),
                window: section.window.clone(),
                horizon: section.horizon,
                priority: section.priority,
                line: section.line,
                mentions: Vec::new(),
            };
            task.phase = Some(out.phase_index(phase));
        }
    }
    if task.priority.is_none() {
        if let Some(p) = ctx.priority() {
            task.priority = Some((p, PrioritySource::Section));
        } else if let Some(h) = ctx.phase().and_then(|s| s.horizon) {
            task.priority = Some((horizon_priority(h), PrioritySource::Horizon));
        }
    }
    if task.category.is_none() {
        task.category = ctx.category();
    }
}

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
fn learn_legend(blocks: &[Block]) -> Legend {
    let mut legend = Legend::default();
    for block in blocks {
        match block {
            Block::Heading { line, .. } => legend.learn(&line.text),
            Block::Paragraph { lines } => lines.iter().for_each(|l| legend.learn(&l.text)),
            _ => {}
        }
    }
    legend
}

/// The document's title: its only level-1 heading, or its first heading
/// when that is the first block.
fn title_index(blocks: &[Block]) -> Option<usize> {
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
fn is_label(line: &Line) -> bool {
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

/// Per-heading bookkeeping for "section skipped" warnings.
#[derive(Default)]
struct SectionTally {
    title: String,
    line: usize,
    plan: bool,
    tasks_before: usize,
    content: bool,
}

pub fn walk(blocks: &[Block], out: &mut Drafts) {
    let legend = learn_legend(blocks);
    let title_at = title_index(blocks);
    let mut ctx = Context::default();
    let mut tally: Option<SectionTally> = None;
    let mut name_pending = false;
    for (index, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading { level, line } => {
                close_tally(tally.take(), out);
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
                tally = Some(SectionTally {
                    title: section.title.clone(),
                    line: line.line,
                    plan: section.stance == Stance::Plan && !section.is_title,
                    tasks_before: out.tasks.len(),
                    content: false,
                });
                ctx.enter(section);
            }
            Block::Paragraph { lines } => paragraph(lines, &mut ctx, &legend, out),
            Block::List { items, .. } => {
                mark_content(&mut tally);
                list(items, &ctx, &legend, out);
            }
            Block::Table { header, rows, .. } => {
                mark_content(&mut tally);
                if !tables::from_table(header, rows, &ctx, &legend, out) {
                    findings::from_table(header, rows, out);
                }
            }
            Block::Code { lines, .. } => {
                mark_content(&mut tally);
                let refs: Vec<&Line> = lines.iter().collect();
                keyed_block(&refs, &ctx, out);
            }
        }
    }
    close_tally(tally, out);
}

fn mark_content(tally: &mut Option<SectionTally>) {
    if let Some(t) = tally.as_mut() {
        t.content = true;
    }
}

fn close_tally(tally: Option<SectionTally>, out: &mut Drafts) {
    let Some(t) = tally else { return };
    if t.plan && t.content && out.tasks.len() == t.tasks_before {
        out.warn(
            Some(t.line),
            WarningKind::SectionSkipped,
            format!(
                "section `{}` reads like part of the plan, but holds no task list, task table or recommendation block the importer understands",
                t.title
            ),
        );
    }
}

/// Keyed lines (`Priority: HIGH`, `Effort: 3 days`…) as a recommendation
/// titled by the heading above; a lone priority sets the section's.
fn keyed_block(lines: &[&Line], ctx: &Context, out: &mut Drafts) -> bool {
    let entries = recommendation::entries(lines);
    if entries.is_empty() {
        return false;
    }
    if !recommendation::is_recommendation(&entries) {
        return false;
    }
    let Some(heading) = ctx.heading() else {
        return false;
    };
    let line = entries.first().map(|e| e.line).unwrap_or(heading.line);
    let mut title = calm_case(&heading.title);
    if title.is_empty() {
        title = format!("Recommendation at line {line}");
    }
    let mut task = recommendation::to_task(&entries, title, line, out);
    if let Some(owner) = recommendation::owner(&entries) {
        task.notes.push(format!("Owner: {owner}"));
    }
    place(&mut task, ctx, out);
    if task.category.as_deref() == Some(task.title.as_str()) {
        // The heading that titles the block is not an area of work.
        task.category = None;
    }
    out.tasks.push(task);
    true
}

fn paragraph(lines: &[Line], ctx: &mut Context, legend: &Legend, out: &mut Drafts) {
    if lines.len() == 1 && is_label(&lines[0]) {
        let section = Section::read(7, &lines[0].text, lines[0].line, legend);
        if !section.title.is_empty() {
            ctx.label(section);
        }
        return;
    }
    let refs: Vec<&Line> = lines.iter().collect();
    if keyed_block(&refs, ctx, out) {
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
        if findings::from_score_line(text, ctx, out) {
            continue;
        }
        // "□ Task" and "☐ Task": checkbox glyphs written as text.
        if let Some(rest) = text.strip_prefix(['□', '☐', '☑', '☒', '✓', '✔']) {
            let checked = !text.starts_with(['□', '☐']);
            if text.starts_with(['✓', '✔']) && !ctx.is_plan() {
                continue;
            }
            let item = Item {
                line: Line {
                    text: rest.trim().to_string(),
                    ..line.clone()
                },
                extra: Vec::new(),
                checked: Some(checked),
                children: Vec::new(),
            };
            list(std::slice::from_ref(&item), ctx, legend, out);
        }
    }
}

fn list(items: &[Item], ctx: &Context, legend: &Legend, out: &mut Drafts) {
    // A list of keyed items is a recommendation block written as a list.
    let mut lines: Vec<&Line> = Vec::new();
    for item in items {
        lines.push(&item.line);
        for child in &item.children {
            if let Block::List { items, .. } = child {
                lines.extend(items.iter().map(|i| &i.line));
            }
        }
    }
    if keyed_block(&lines, ctx, out) {
        return;
    }
    let checkboxes = items.iter().any(|i| i.checked.is_some());
    if ctx.is_plan() {
        tasks::from_list(items, ctx, legend, out);
    } else if checkboxes {
        if let Some(record) = ctx.record() {
            let why = if is_procedure(&record.title) {
                Some("it is a procedure to follow each time, not work to plan")
            } else if items.iter().all(|i| i.checked == Some(true)) {
                Some("every item is checked and the section reads as a record of work done, not a plan")
            } else {
                None
            };
            if let Some(why) = why {
                out.warn(
                    items.first().map(|i| i.line.line),
                    WarningKind::SectionSkipped,
                    format!("checklist under `{}` skipped: {why}", record.title),
                );
                return;
            }
        }
        tasks::from_list(items, ctx, legend, out);
    } else {
        findings::from_list(items, ctx, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline::read;

    fn drafts(md: &str) -> Drafts {
        let mut out = Drafts::default();
        walk(&read(md), &mut out);
        out
    }

    #[test]
    fn lists_under_plan_headings_are_tasks_and_others_are_not() {
        let out = drafts("# Report\n\n## Current State\n\n- Jest configured\n- Playwright configured\n\n## Recommendations\n\n### IMMEDIATE (This Week)\n\n1. **Implement monitoring**\n2. **Security hardening**\n");
        let titles: Vec<&str> = out.tasks.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(titles, ["Implement monitoring", "Security hardening"]);
        assert_eq!(out.phases.len(), 1);
        assert_eq!(out.phases[0].name, "Immediate");
        assert_eq!(out.phases[0].window.as_deref(), Some("This Week"));
        assert_eq!(
            out.tasks[0].priority,
            Some((Priority::Critical, PrioritySource::Horizon))
        );
    }

    #[test]
    fn labels_set_the_context() {
        let out = drafts("## 1. CI/CD\n\n### Recommendations\n\n**IMMEDIATE (CRITICAL):**\n\n1. **GitHub Actions CI/CD Pipeline:**\n\n**SHORT-TERM (1-2 weeks):**\n- Add semantic-release\n");
        assert_eq!(out.tasks.len(), 2);
        assert_eq!(out.tasks[0].title, "GitHub Actions CI/CD Pipeline");
        assert_eq!(out.tasks[0].priority.map(|p| p.0), Some(Priority::Critical));
        assert_eq!(out.tasks[1].priority.map(|p| p.0), Some(Priority::High));
        assert_eq!(
            out.phases[out.tasks[1].phase.unwrap()].window.as_deref(),
            Some("1-2 weeks")
        );
    }

    #[test]
    fn a_priority_line_under_a_phase_heading_applies_to_its_tasks() {
        let out = drafts("## Roadmap\n\n### Phase 1: Foundation (Weeks 1-4)\n**Priority: Critical**\n\n#### Infrastructure\n- [ ] Implement Redis\n");
        assert_eq!(out.tasks[0].priority.map(|p| p.0), Some(Priority::Critical));
        assert_eq!(out.tasks[0].category.as_deref(), Some("Infrastructure"));
        assert_eq!(out.phases[0].name, "Phase 1: Foundation");
    }

    #[test]
    fn completed_checklists_in_record_sections_are_skipped_with_a_warning() {
        let out = drafts("## Summary\n\n### ✅ Successfully Analyzed\n- [x] Deployment configuration\n- [x] CI/CD pipeline\n");
        assert!(out.tasks.is_empty());
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].kind, WarningKind::SectionSkipped);
    }

    #[test]
    fn procedure_checklists_are_skipped_with_a_warning() {
        let out = drafts("## Deployment\n\n#### Pre-Deployment Checks:\n- [ ] All tests passed\n- [ ] Backup completed\n");
        assert!(out.tasks.is_empty());
        assert!(out.warnings[0].message.contains("procedure"));
    }

    #[test]
    fn recommendation_blocks_in_code_are_tasks() {
        let out = drafts("## Recommendations\n\n### **IMMEDIATE ENHANCEMENTS (Week 1-2)**\n\n#### **1. Enhanced Monitoring**\n```typescript\nPriority: HIGH\nImpact: Operational Excellence\nEffort: 3 days\nCost: $50/month additional\n\nAction Items:\n  - Implement New Relic or DataDog APM\n```\n");
        assert_eq!(out.tasks.len(), 1);
        let t = &out.tasks[0];
        assert_eq!(t.title, "Enhanced Monitoring");
        assert_eq!(t.line, 7, "the line of `Priority: HIGH`");
        assert_eq!(
            out.phases[t.phase.unwrap()].window.as_deref(),
            Some("Week 1-2")
        );
    }
}
