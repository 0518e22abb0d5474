use super::*;
use crate::import::outline::read;

fn titles(md: &str) -> Vec<String> {
    gather(&read(md), &Legend::default())
        .candidates
        .iter()
        .map(|c| c.title.clone())
        .collect()
}

#[test]
fn items_rows_headings_and_leads_are_candidates() {
    let md = "# Audit\n\n## Plan\n\n- [ ] Add health checks (4h)\n  - /health endpoint\n\n| Task | Effort |\n|---|---|\n| Rotate keys | 1h |\n\n### 3. Enable backups\n\n**Priority:** High\n\n**Fix:** Turn on PITR\n";
    assert_eq!(
        titles(md),
        [
            "Add health checks",
            "/health endpoint",
            "Rotate keys",
            "Enable backups",
            "Turn on PITR"
        ]
    );
    let g = gather(&read(md), &Legend::default());
    let backups = &g.candidates[3];
    assert_eq!(
        backups.attrs.priority.map(|p| p.0),
        Some(crate::model::Priority::High)
    );
    assert_eq!(g.candidates[1].parent, Some(0));
    assert_eq!(g.candidates[4].parent, Some(3));
}

#[test]
fn a_table_of_contents_is_not_work() {
    let md = "# Audit\n\n## Contents\n\n1. [Critical issues](#critical-issues)\n   - [Rotate keys](#rotate-keys)\n2. [High priority](#high-priority)\n\n## Critical issues\n\n- Rotate keys\n";
    // The section's own heading holds its items; the contents list adds none.
    assert_eq!(titles(md), ["Rotate keys"]);
}

#[test]
fn keyed_items_describe_their_parent() {
    let md =
        "## Plan\n\n- Enable backups\n  - Priority: Critical\n  - Effort: 2 days\n  - Owner: Ana\n";
    let g = gather(&read(md), &Legend::default());
    assert_eq!(g.candidates.len(), 1);
    let c = &g.candidates[0];
    assert_eq!(c.attrs.effort.map(|e| e.to_string()).as_deref(), Some("2d"));
    assert_eq!(c.attrs.owner.as_deref(), Some("Ana"));
}

#[test]
fn a_priority_line_under_a_section_is_its_banner() {
    let md = "# Report\n\n## Phase 1: Foundation (Weeks 1-4)\n**Priority: Critical**\n\n- [ ] Implement Redis\n";
    let g = gather(&read(md), &Legend::default());
    let at = g.candidates[0].section;
    assert_eq!(
        g.sections.priority(at),
        Some(crate::model::Priority::Critical)
    );
}

#[test]
fn a_large_report_read_in_two_halves_reads_as_in_one() {
    let mut md = String::from("# Audit\n\n");
    for n in 0..1_500 {
        md.push_str(&format!(
            "## Area {n}\n\n### {n}. Fix thing {n}\n\n**Priority:** High\n\n- [ ] Step a\n- [ ] Step b\n\n"
        ));
    }
    let blocks = read(&md);
    assert!(split_point(&blocks, title_index(&blocks)).is_some());
    let halves = gather(&blocks, &Legend::default());
    let mut whole = walk(&blocks, &Legend::default(), title_index(&blocks));
    whole.sections.finish();
    assert_eq!(halves.candidates, whole.candidates);
    assert_eq!(halves.sections.list.len(), whole.sections.list.len());
    for (a, b) in halves.sections.list.iter().zip(&whole.sections.list) {
        assert_eq!((a.parent, a.role, a.task), (b.parent, b.role, b.task));
    }
}

#[test]
fn plans_in_fences_are_read() {
    let md = "## Roadmap\n\n```\nPhase 1 (Week 1-2)\n├── Add health checks (4h)\n└── Setup backups\n```\n";
    assert_eq!(titles(md), ["Add health checks", "Setup backups"]);
}

#[test]
fn a_lead_after_a_lead_sits_in_the_same_heading() {
    // The second day's lead follows the first's code block: both are steps
    // of the heading, not a top-level task of their own.
    let md = "## Plan\n\n### P1.1: Split storage.ts\n\n**Day 1-2: Analyse**\n```bash\nnpm run analyse\n```\n\n**Day 3-5: Migrate by batch**\n";
    let g = gather(&read(md), &Legend::default());
    let titles: Vec<&str> = g.candidates.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles[1..],
        ["Day 1-2: Analyse", "Day 3-5: Migrate by batch"]
    );
    assert_eq!(g.candidates[1].parent, Some(0));
    assert_eq!(g.candidates[2].parent, Some(0));
}

#[test]
fn a_total_under_a_table_of_tasks_does_not_make_its_heading_a_task() {
    let table = "| # | Task | Effort |\n|---|---|---|\n| 1.1 | Remove backup files | 15 min |\n| 1.2 | Fix OTP placeholder | 2 hours |\n";
    let summed = format!(
        "# Plan\n\n## Priority 1\n\n### Must be completed before launch\n\n{table}\n**Total P1 Effort:** 13-17 hours\n**Deadline:** End of Week 2\n"
    );
    assert_eq!(
        titles(&summed),
        ["Remove backup files", "Fix OTP placeholder"]
    );
    // The same block naming the heading's own estimate still makes it one.
    let own = "# Plan\n\n## Work\n\n### Move the database\n\n**Effort:** 3 days\n**Deadline:** End of Week 2\n";
    assert_eq!(titles(own), ["Move the database"]);
}

#[test]
fn a_goal_in_bold_is_a_note_not_a_task() {
    let md = "# Plan\n\n## Phase 2 (Week 2)\n\n**Objectif:** Réduire le score de 40 % à 25 %\n\n- [ ] Split storage-poc.ts\n\n## Phase 3\n\n> **Mục tiêu:** Thiết kế giao diện\n\n- [ ] Wireframes\n";
    assert_eq!(titles(md), ["Split storage-poc.ts", "Wireframes"]);
}

#[test]
fn a_dated_record_line_opens_no_task() {
    let md = "# 优化实施计划\n\n**版本**: v1.0\n**创建日期**: 2026-02-09\n**预估工时**: 40-120人天\n\n## 阶段1\n\n- [ ] 数据库索引优化\n";
    assert_eq!(titles(md), ["数据库索引优化"]);
}
