//! The importer on reports unlike the seeds: other layouts, other languages,
//! other ways of writing priority, windows, effort and cost. The
//! recognisers are general, so these read as well as the seeds do.

#[path = "support/import.rs"]
mod support;
use support::*;

use roadmap::import::{import_report, WarningKind};
use roadmap::model::{Priority, Status};

#[test]
fn a_task_table_with_p_levels_windows_and_costs() {
    let r = import(
        "# Security review - Orbital\n\n\
         ## Action plan\n\n\
         | # | Action | Priority | Effort | Cost | When | Owner |\n\
         |---|---|---|---|---|---|---|\n\
         | 1 | Rotate leaked keys | P0 | 2h | | Next 48 Hours | Ana |\n\
         | 2 | Buy a WAF | P1 | 3 days | €1,200/year | Q1 2026 | |\n\
         | 3 | Pen test | P2 | 2 weeks | €8k | Q2 2026 | |\n",
    );
    assert_eq!(r.project.name, "Orbital");
    assert_eq!(r.project.currency, "EUR");
    let keys = task(&r, "Rotate leaked keys");
    assert_eq!(keys.priority, Priority::Critical);
    assert_eq!(keys.effort.map(|e| e.to_string()).as_deref(), Some("2h"));
    assert_eq!(window(&r, keys), Some("Next 48 Hours"));
    assert_eq!(keys.source_line, Some(7), "the table row's line");
    let waf = task(&r, "Buy a WAF");
    assert_eq!(waf.priority, Priority::High);
    assert_eq!(
        waf.cost_monthly.map(|m| m.to_string()).as_deref(),
        Some("100")
    );
    assert_eq!(window(&r, waf), Some("Q1 2026"));
    let pen = task(&r, "Pen test");
    assert_eq!(
        pen.cost_once.map(|m| m.to_string()).as_deref(),
        Some("8000")
    );
}

#[test]
fn emoji_priorities_follow_the_reports_legend() {
    let r = import(
        "# Platform audit\n\n\
         Legend: 🔴 High 🟠 Medium 🟢 Low\n\n\
         ## Next Steps\n\n\
         - 🔴 Patch the kernel (1 day)\n\
         - 🟠 Tidy IAM roles\n\
         - 🟢 Rename buckets\n",
    );
    assert_eq!(task(&r, "Patch the kernel").priority, Priority::High);
    assert_eq!(task(&r, "Tidy IAM roles").priority, Priority::Medium);
    assert_eq!(task(&r, "Rename buckets").priority, Priority::Low);
}

#[test]
fn a_portuguese_report_with_checkboxes_and_done_items() {
    let r = import(
        "# Auditoria de infraestrutura\n\n\
         ## Plano de ação\n\n\
         ### Prioridade: Alta (Semana 1-2)\n\n\
         - [x] Configurar backups automáticos (4 horas)\n\
         - [ ] Implementar monitoramento\n\n\
         ### Prioridade: Baixa (Mês 3)\n\n\
         □ Documentar runbooks\n",
    );
    let backups = task(&r, "Configurar backups automáticos");
    assert_eq!(backups.priority, Priority::High);
    assert_eq!(backups.status, Status::Done);
    assert_eq!(backups.effort.map(|e| e.to_string()).as_deref(), Some("4h"));
    assert_eq!(window(&r, backups), Some("Semana 1-2"));
    assert_eq!(task(&r, "Documentar runbooks").priority, Priority::Low);
}

#[test]
fn recommendation_blocks_written_as_lists() {
    let r = import(
        "# Review\n\n## Recommendations\n\n### Immediate (This Week)\n\n\
         #### Add rate limiting\n\n\
         - **Priority:** Critical\n\
         - **Effort:** 1.5 days\n\
         - **Cost:** $20/month\n\
         - **Action Items:**\n  - Put Redis in front of the API\n  - Alert on 429s\n",
    );
    let t = task(&r, "Add rate limiting");
    assert_eq!(t.priority, Priority::Critical);
    assert_eq!(t.effort.map(|e| e.to_string()).as_deref(), Some("1.5d"));
    assert_eq!(t.cost_monthly.map(|m| m.to_string()).as_deref(), Some("20"));
    assert!(t.notes.as_deref().unwrap_or("").contains("Alert on 429s"));
    assert_eq!(r.tasks.len(), 1, "the keyed items are one task, not four");
}

#[test]
fn a_report_without_a_plan_still_gives_findings_and_a_clear_warning() {
    let outcome = import_report(
        "# Findings\n\n| Area | Score | Status |\n|---|---|---|\n| Backups | 2/10 | ❌ None |\n"
            .as_bytes(),
        "findings.md",
    );
    let r = &outcome.roadmap;
    assert!(r.tasks.is_empty());
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].score, Some(2.0));
    assert!(!outcome
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::NothingFound));

    let outcome = import_report(b"Just some prose about the weather.\n", "prose.md");
    let nothing: Vec<_> = outcome
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::NothingFound)
        .collect();
    assert_eq!(nothing.len(), 1);
    assert!(
        nothing[0].message.contains("Recommendations"),
        "says what would be read"
    );
}

#[test]
fn warnings_name_the_line_and_what_is_missing() {
    let outcome = import_report(
        "# Plan\n\n## Next Steps\n\n- Write docs\n\n#### Buy APM\n```\nPriority: someday\nEffort: 2 days\n```\n"
            .as_bytes(),
        "plan.md",
    );
    let find = |kind: WarningKind| outcome.warnings.iter().find(|w| w.kind == kind);
    let no_priority = find(WarningKind::NoPriority).expect("a task without priority");
    assert_eq!(no_priority.line, Some(5));
    assert!(no_priority.message.contains("Write docs"));
    let unparsed = find(WarningKind::UnparsedValue).expect("a priority that does not parse");
    assert_eq!(unparsed.line, Some(9));
    assert!(unparsed.message.contains("someday"));
    assert!(find(WarningKind::NoEffort).is_some());
}

#[test]
fn mojibake_in_a_windows_1252_report_is_repaired_in_titles() {
    // "✅ Done" and a red circle, UTF-8 read as Windows-1252 and Mac Roman.
    let r = import(
        "# Plan\n\n## Next Steps\n\n- [ ] Fix backups â€” now\n- [ ] \u{F8FF}üî¥ Rotate keys\n",
    );
    assert_eq!(r.tasks[0].title, "Fix backups — now");
    assert_eq!(
        r.tasks[1].title, "Rotate keys",
        "the marker is read, not kept"
    );
    assert_eq!(r.tasks[1].priority, Priority::Critical);
}

#[test]
fn an_upgrade_plan_per_version_keeps_every_version_and_reads_ticked_steps() {
    let r = import(
        "# App upgrade\n\n\
         Mark each step with ✅ when completed.\n\n\
         ## Upgrade steps\n\n\
         ### Upgrade To Rails 4.0.13\n\n\
         1. Create a `upgrade-to-rails-4.0` branch. ✅\n\
         2. Run `bundle update rails` ✅\n\
         3. Merge the branch. ✅\n\n\
         ### Upgrade To Rails 4.1.16\n\n\
         1. Create a `upgrade-to-rails-4.1` branch. ✅\n\
         2. Run `bundle update rails` ✅\n\
         3. Merge the branch.\n\n\
         ### Upgrade To Rails 5.0.7.2\n\n\
         1. Create a `upgrade-to-rails-5.0` branch.\n\
         2. Run `bundle update rails`\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Upgrade To Rails 4.0.13",
            "Upgrade To Rails 4.1.16",
            "Upgrade To Rails 5.0.7.2"
        ],
        "versions name different tasks"
    );
    assert_eq!(task(&r, "Upgrade To Rails 4.0.13").status, Status::Done);
    // One step is not ticked: the upgrade is not done.
    assert_eq!(task(&r, "Upgrade To Rails 4.1.16").status, Status::Todo);
    assert_eq!(task(&r, "Upgrade To Rails 5.0.7.2").status, Status::Todo);
}

#[test]
fn a_summary_table_of_estimated_changes_is_the_plan_even_when_marked_done() {
    let r = import(
        "# Cost review\n\n\
         ## Summary of all opportunities\n\n\
         | Change | Status | Monthly Savings | % of Bill | Effort | Risk |\n\
         |---|---|---|---|---|---|\n\
         | **NAT Gateway → NAT Instance** | ✅ DONE | ~$27-29 | 33-35% | 30 min | Low |\n\
         | **VPC Endpoints (both envs)** | ✅ DONE | ~$41-42 | 50% | 20 min | Low |\n\
         | **S3 Versioning (both envs)** | ⏳ TODO | ~$0-1 | <1% | 10 min | Low |\n",
    );
    let nat = task(&r, "NAT Gateway → NAT Instance");
    assert_eq!(nat.status, Status::Done);
    assert_eq!(nat.effort.map(|e| e.to_string()).as_deref(), Some("30min"));
    assert_eq!(task(&r, "VPC Endpoints (both envs)").status, Status::Done);
}

#[test]
fn a_lead_under_a_task_heading_does_not_cut_the_heading_off_from_its_steps() {
    // "**Goal:** Reduce …" reads as a lead; the "**Strategy:**" label after it
    // must hand the body back to the task heading, whose steps the list is.
    let r = import(
        "# Debt plan\n\n\
         ## Action plan\n\n\
         ### P1.1: Split the storage module\n\n\
         **Goal:** Reduce storage.ts from 9,000 to 3,500 lines\n\n\
         **Strategy:**\n\
         1. Identify the methods to move\n\
         2. Move them in batches\n\
         3. Test after each batch\n\n\
         ### P1.2: Remove the remaining any types\n\n\
         **Goal:** Reduce any types from 30 to 20\n\n\
         **Strategy:**\n\
         1. List them by category\n\
         2. Replace them with strict types\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Split the storage module", "Remove the remaining any types"],
        "the numbered strategy steps are steps of their heading"
    );
}

#[test]
fn a_detail_heading_and_a_longer_plan_line_with_all_its_words_are_one_task() {
    // The plan names the action with more words than the finding did; every
    // key word of the shorter title is in the longer, so it is one action.
    let r = import(
        "# Security advisors\n\n\
         ## Findings\n\n\
         ### Stale session tokens never expire\n\n\
         **Fix:** Rotate stale session tokens\n\n\
         ## Recommended action plan\n\n\
         ### Before launch (critical)\n\n\
         1. Rotate stale session tokens in the auth dashboard nightly\n\
         2. Turn on breach alerts for admin accounts\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("Rotate stale session tokens")),
        "{titles:?}"
    );
}

#[test]
fn a_findings_recommendation_list_is_the_steps_of_one_fix() {
    let r = import(
        "# Code audit\n\n\
         ## Security issues\n\n\
         ### 7. **No CSRF protection**\n\
         **Location:** API routes\n\n\
         **Risk:**\n\
         - Forged POST requests\n\n\
         **Recommendation:**\n\
         - Use the framework's CSRF middleware\n\
         - Verify the origin header\n\
         - Use SameSite cookies\n\n\
         ### 8. **Secrets in logs**\n\
         **Location:** lib/log.ts\n\n\
         **Recommendation:**\n\
         - Redact tokens before logging\n\
         - Add a log scrubber test\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["No CSRF protection", "Secrets in logs"],
        "each finding is one fix; its recommendation lines are the steps"
    );
}

#[test]
fn a_count_of_findings_per_severity_is_not_a_list_of_tasks() {
    let r = import(
        "# Code audit\n\n\
         ## Action plan\n\n\
         | Task | Priority | Effort |\n\
         |---|---|---|\n\
         | Rotate the leaked key | Critical | 1h |\n\
         | Add rate limiting | High | 4h |\n\n\
         ## Summary\n\n\
         | Severity | Count | Description |\n\
         |---|---|---|\n\
         | 🔴 Critical | 5 | Must fix immediately - security issues |\n\
         | 🟠 High | 5 | Fix soon - data integrity issues |\n\
         | 🟡 Medium | 9 | Fix when possible - performance issues |\n\
         | 🟢 Low | 13 | Improve over time - code quality |\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["Rotate the leaked key", "Add rate limiting"]);
}

#[test]
fn a_ranked_plan_item_is_not_a_theme_of_the_unranked_details_it_repeats() {
    // The detail section lists the ARIA changes; the plan ranks them under
    // a priority banner. The plan items are the tasks, the details their steps.
    let r = import(
        "# Accessibility audit\n\n\
         ## 5. ARIA recommendations\n\n\
         - Add role=\"navigation\" to all nav sections\n\
         - Add role=\"complementary\" to all sidebars\n\n\
         ## 9. Fixes required\n\n\
         ### Priority 2: HIGH (Week 2)\n\n\
         1. **Add ARIA landmarks**\n\
         \x20  - role=\"navigation\" on all nav sections\n\
         \x20  - role=\"complementary\" on all sidebars\n\
         2. **Trap focus in modals**\n\
         \x20  - Focus stays in the open modal\n",
    );
    let landmarks = task(&r, "Add ARIA landmarks");
    assert_eq!(landmarks.priority, Priority::High);
}

#[test]
fn an_owner_column_gives_the_task_its_owner_and_a_risk_level_its_priority() {
    let r = import(
        "# Controls review\n\n\
         ## Findings and recommendations\n\n\
         | Finding ID | Description | Risk Level | Recommendation | Owner |\n\
         |---|---|---|---|---|\n\
         | F01 | No MFA on the payroll system | High | Enforce MFA on every admin login | IT |\n\
         | F02 | Restores never tried | Medium | Run a quarterly restore drill | Ops team |\n\
         | F03 | Staff click phishing links | Low | Run phishing awareness training | TBD |\n",
    );
    let mfa = task(&r, "Enforce MFA on every admin login");
    assert_eq!(mfa.owner.as_deref(), Some("IT"));
    assert_eq!(mfa.priority, Priority::High);
    let drill = task(&r, "Run a quarterly restore drill");
    assert_eq!(drill.owner.as_deref(), Some("Ops team"));
    assert_eq!(drill.priority, Priority::Medium);
    let training = task(&r, "Run phishing awareness training");
    assert_eq!(training.owner, None, "TBD names nobody");
    assert_eq!(training.priority, Priority::Low);
}

#[test]
fn a_fenced_form_to_copy_is_an_example_not_the_plan() {
    let r = import(
        "# Process review\n\n\
         ## Recommendations\n\n\
         ### 1. Add a merge request form\n\n\
         **File**: `.gitlab/merge_request_templates/default.md`\n\n\
         ```markdown\n\
         ## Kind of change\n\
         - [ ] Bug fix\n\
         - [ ] New feature\n\n\
         ## Checks\n\
         <!-- tick what applies -->\n\
         - [ ] Lint passes locally\n\
         - [ ] Changelog entry written\n\
         ```\n\n\
         **Priority**: High\n\n\
         ### 2. Add a bug report form\n\n\
         ```md\n\
         ---\n\
         name: Bug report\n\
         labels: bug\n\
         ---\n\
         - [ ] Steps to reproduce given\n\
         ```\n\n\
         **Priority**: Medium\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Add a merge request form", "Add a bug report form"],
        "{titles:?}"
    );
}

#[test]
fn stage_headings_inside_acceptance_criteria_hold_criteria() {
    let r = import(
        "# Release plan\n\n\
         ## Phase 1: Hardening\n\n\
         - [ ] Enable rate limiting on the login route\n\
         - [ ] Rotate the staging database password\n\n\
         ## Success Criteria\n\n\
         ### Phase 1 is complete when\n\n\
         - [ ] Every route answers under load\n\
         - [ ] No secret older than 90 days\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Enable rate limiting on the login route",
            "Rotate the staging database password"
        ],
        "{titles:?}"
    );
}

#[test]
fn a_heading_among_estimated_sibling_headings_is_the_task_over_its_checklist() {
    let r = import(
        "# Shop rebuild\n\n\
         ## Stage 2: Storefront (3 weeks)\n\n\
         ### 2.1 Cart rewrite (4 days)\n\
         - [ ] Move totals to the server\n\
         - [ ] Keep carts across sessions\n\n\
         ### 2.2 Search page (3 days)\n\
         - [ ] Typo-tolerant matching\n\n\
         ### 2.3 Checkout flow (5 days)\n\
         - [ ] Card form with inline errors\n\n\
         ### 2.4 Page speed\n\
         - [ ] Compress product photos\n\
         - [ ] Split the bundle per page\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Cart rewrite", "Search page", "Checkout flow", "Page speed"],
        "{titles:?}"
    );
}
