//! Lines of a report that look like items but are not work: the importer
//! leaves them out, so a lead does not delete them before the meeting.

#[path = "support/import.rs"]
mod support;

use support::*;

#[test]
fn contents_entries_roll_ups_and_number_lists_are_not_tasks() {
    let r = import(
        "# Audit of Lantern\n\n\
         ## Contents\n\n\
         1. [Critical issues (P0)](#critical-issues-p0)\n\
         2. [High priority (P1)](#high-priority-p1)\n\n\
         ## Critical issues (P0)\n\n\
         - [ ] Rotate the signing keys (2h)\n\
         - [ ] Pin the base images (3h)\n\n\
         ## High priority (P1)\n\n\
         - [ ] Add rate limits to login (4h)\n\n\
         ## Owners\n\n\
         | Role | Name | Tasks |\n\
         |---|---|---|\n\
         | DevOps | Ana | 1.1, 2.1 |\n\
         | QA | Ben | 3.2 |\n\n\
         ## Next steps\n\n\
         ### This month\n\n\
         1. [ ] Complete all P0 items\n\
         2. [ ] Address majority of P1 tasks\n",
    );
    assert_eq!(
        titles(&r),
        [
            "Rotate the signing keys",
            "Pin the base images",
            "Add rate limits to login"
        ]
    );
}

#[test]
fn a_maturity_ladder_describes_levels_and_a_communication_plan_is_not_the_plan() {
    let r = import(
        "# DevOps review of Lantern\n\n\
         ## Maturity roadmap\n\n\
         ### Level 3: Continuous Integration (target: 4-6 weeks)\n\n\
         - PR checks automated\n\
         - Preview deployments\n\
         - Add a smoke test to every deploy\n\n\
         ## Implementation timeline\n\n\
         ### Week 1: critical fixes\n\n\
         - Day 1: Fix the build error\n\
         - Day 2: Health check endpoint\n\n\
         ### Week 2-3: testing\n\n\
         - E2E tests in CI\n\
         - Coverage reporting\n\n\
         ## Communication plan\n\n\
         **Weekly updates (every Friday):**\n\n\
         - Current progress vs. timeline\n\
         - Blockers and risks\n",
    );
    let t = titles(&r);
    for want in [
        "Fix the build error",
        "Health check endpoint",
        "E2E tests in CI",
    ] {
        assert!(t.iter().any(|x| x.contains(want)), "no `{want}` in {t:?}");
    }
    for not in [
        "PR checks automated",
        "Preview deployments",
        "Current progress",
        "Blockers and risks",
    ] {
        assert!(!t.iter().any(|x| x.contains(not)), "`{not}` in {t:?}");
    }
    // The level is the maturity model's, not a phase of the plan.
    assert!(
        r.phases.iter().all(|p| !p.name.contains("Level")),
        "{:?}",
        r.phases
    );
}

#[test]
fn a_plan_items_day_slots_batches_and_code_mappings_are_its_steps() {
    // One plan item with its breakdown: "Day 1-2", a code block, "Day 3-5",
    // a batch label (a `name: value` fact) and the calls it moves. Only the
    // item is the task; a lead reads it, not its twelve lines.
    let r = import(
        "# Debt reduction plan\n\n\
         ## Prioritised action plan\n\n\
         ### P1.1: Split storage.ts\n\n\
         **Day 1-2: Analysis**\n\
         ```bash\n\
         # 1. Find the methods to move\n\
         npm run analyse\n\
         # - AO operations (6 methods) → AoRepository\n\
         # - Offer operations (6 methods) → OfferRepository\n\
         ```\n\n\
         **Day 3-5: Migration by batch**\n\n\
         **Batch 1: AO operations (6 methods)**\n\
         - ✅ `getAos()` → `AoRepository.findAll()`\n\
         - ✅ `createAo()` → `AoRepository.create()`\n\n\
         ### P1.2: Remove the remaining any types\n\n\
         - Replace `any` in the SQL helpers\n",
    );
    assert_eq!(
        titles(&r),
        ["Split storage.ts", "Remove the remaining any types"]
    );
}

#[test]
fn the_checklist_under_a_plan_items_fact_line_is_still_its_breakdown() {
    // "Batch 1: AO operations" states a fact and is left out; the boxes
    // under it are still the breakdown of P1.1, not three more tasks.
    let r = import(
        "# Debt reduction plan\n\n\
         ## Prioritised action plan\n\n\
         ### P1.1: Split storage.ts\n\n\
         **Batch 1: AO operations (6 methods)**\n\
         - [ ] Move getAos to the AO repository\n\
         - [ ] Move createAo to the AO repository\n\
         - [ ] Move deleteAo to the AO repository\n\n\
         ### P1.2: Remove the remaining any types\n\n\
         - Replace `any` in the SQL helpers\n",
    );
    assert_eq!(
        titles(&r),
        ["Split storage.ts", "Remove the remaining any types"]
    );
}

#[test]
fn a_next_step_that_names_only_a_bucket_of_the_plan_is_not_a_task() {
    let r = import(
        "# Tech debt review of Lantern\n\n\
         ## Phase 1 (critical)\n\n\
         - [ ] Rotate the signing keys (2h)\n\
         - [ ] Pin the base images (3h)\n\n\
         ## Phase 2 (high priority)\n\n\
         - [ ] Add rate limits to login (4h)\n\n\
         ## Next steps\n\n\
         ### This week\n\n\
         1. Start Phase 1 critical fixes\n\
         2. Complete Phase 2 (high priority)\n\
         3. Implementar apenas P1\n",
    );
    assert_eq!(
        titles(&r),
        [
            "Rotate the signing keys",
            "Pin the base images",
            "Add rate limits to login"
        ]
    );
}

#[test]
fn a_list_of_recommended_tools_names_products_not_work() {
    let r = import(
        "# Security audit of Lantern\n\n\
         ## Security recommendations\n\n\
         ### Immediate actions (this week)\n\n\
         1. Add a CSP header to the web app\n\
         2. Rotate the signing keys\n\n\
         ### Recommended tools\n\n\
         - **Sentry** - error tracking\n\
         - **Snyk** - dependency scanning\n\
         - **Cloudflare WAF** - edge protection\n",
    );
    assert_eq!(
        titles(&r),
        ["Add a CSP header to the web app", "Rotate the signing keys"]
    );
}

#[test]
fn a_plan_line_that_its_finding_s_remediation_spells_out_is_that_finding_s_fix() {
    let r = import(
        "# Security audit of Lantern\n\n\
         ## Findings\n\n\
         ### C-01: Signing Keys Committed to the Repository\n\n\
         **Severity:** CRITICAL\n\n\
         **Issue:**\n\
         The release signing keys sit in the repository.\n\n\
         **Remediation:**\n\
         1. Remove the keys from the git history with filter-repo\n\
         2. Rotate every release credential today\n\
         3. Store secrets in the vault from now on\n\n\
         ### C-02: Login Has No Rate Limit\n\n\
         **Severity:** HIGH\n\n\
         **Remediation:**\n\
         1. Add a sliding window limiter to the login route\n\
         2. Alert on bursts of failed logins\n\n\
         ## Recommendations\n\n\
         ### Immediate Actions (This Week)\n\n\
         1. Remove signing keys from git history and rotate credentials\n\
         2. Add a sliding window limiter to login\n",
    );
    let t = titles(&r);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t.contains(&"Remove signing keys from git history and rotate credentials"));
}

#[test]
fn a_plan_line_that_cites_a_finding_by_its_id_is_that_findings_fix() {
    let r = import(
        "# Security audit of Lantern\n\n\
         ## Critical vulnerabilities\n\n\
         ### CRIT-01: Stub authentication accepts any token\n\n\
         **File:** `api/deps.py`\n\n\
         Any bearer string is let through.\n\n\
         ### CRIT-02: Missing authorization on documents\n\n\
         **File:** `api/routes.py`\n\n\
         User A reads the documents of user B.\n\n\
         ### CRIT-03: Debug mode in production\n\n\
         Stack traces reach the client.\n\n\
         ## Immediate action items\n\n\
         ### Priority 1 (must fix before production)\n\n\
         1. **Implement proper authentication** (CRIT-01)\n\
         2. **Add authorization checks** (CRIT-02)\n\
         3. **Harden the deployment** (CRIT-02, CRIT-03)\n",
    );
    let t = titles(&r);
    // The findings the plan cites are not tasks of their own.
    assert!(
        !t.contains(&"Stub authentication accepts any token"),
        "{t:?}"
    );
    assert!(!t.contains(&"Missing authorization on documents"), "{t:?}");
    assert!(
        t.contains(&"Implement proper authentication (CRIT-01)"),
        "{t:?}"
    );
    // A line that names two findings fixes neither alone: CRIT-03 stays.
    assert!(t.contains(&"Debug mode in production"), "{t:?}");
}

#[test]
fn a_cited_id_does_not_keep_the_fix_apart_from_its_other_mentions() {
    let r = import(
        "# Security audit of Lantern\n\n\
         ## Critical vulnerabilities\n\n\
         ### CRIT-02: Missing authorization on documents\n\n\
         User A reads the documents of user B.\n\n\
         ## Security checklist\n\n\
         - [ ] Add authorization checks to documents (RBAC/ABAC)\n\
         - [ ] Turn off debug output\n\n\
         ## Immediate action items\n\n\
         ### Priority 1 (must fix before production)\n\n\
         1. **Add authorization checks to documents** (CRIT-02)\n\
         2. **Rotate the signing keys**\n",
    );
    let t = titles(&r);
    // The checklist, the plan and the finding name one piece of work.
    let auth = t.iter().filter(|x| x.contains("uthoriz")).count();
    assert_eq!(auth, 1, "{t:?}");
}

#[test]
fn every_line_that_cites_a_finding_joins_it_not_only_the_first() {
    // The first citation takes the finding into its task; the second must
    // still find that task, not the finding's emptied place.
    let r = import(
        "# Security audit of Lantern\n\n\
         ## Action plan\n\n\
         ### Week 1\n\n\
         1. **Switch on real token checks** (CRIT-01)\n\
         2. **Pin the base images**\n\n\
         ## Critical vulnerabilities\n\n\
         ### CRIT-01: Stub authentication accepts any token\n\n\
         Any bearer string is let through.\n\n\
         ### CRIT-02: Debug mode in production\n\n\
         Stack traces reach the client.\n\n\
         ## Roadmap\n\n\
         ### Phase 1\n\n\
         1. **Implement proper authentication** (CRIT-01)\n\
         2. **Turn off debug output**\n",
    );
    let t = titles(&r);
    assert!(
        !t.iter().any(|x| x.contains("proper authentication")),
        "{t:?}"
    );
    assert!(
        t.contains(&"Switch on real token checks (CRIT-01)"),
        "{t:?}"
    );
}

/// A phased plan stays phased when its tasks are best stated by the
/// findings they fix: each action votes once, staged when any of its
/// mentions sits in a stage, and the generic next steps stay out.
#[test]
fn actions_stated_in_findings_still_vote_for_their_stage() {
    let r = import(
        "# Code audit\n\n\
         ## Findings\n\n\
         ### 1. Backups are missing\n\
         - Enable automated database backups [High]\n\n\
         ### 2. Secrets in the repository\n\
         - Move the API keys to a secret store [Critical]\n\n\
         ### 3. No rate limiting\n\
         - Add rate limiting to the login route [High]\n\n\
         ### 4. Slow dashboard\n\
         - Cache the dashboard queries [Medium]\n\n\
         ## Roadmap\n\n\
         ### Phase 1 (Week 1)\n\
         - Move the API keys to a secret store\n\
         - Enable automated database backups\n\n\
         ### Phase 2 (Weeks 2-3)\n\
         - Add rate limiting to the login route\n\
         - Cache the dashboard queries\n\n\
         ## Recommended next steps\n\
         - Schedule a team retrospective\n\
         - Review the onboarding guide\n\
         - Share the audit with stakeholders\n",
    );
    let t = titles(&r);
    assert!(t.contains(&"Cache the dashboard queries"), "{t:?}");
    assert!(!t.contains(&"Schedule a team retrospective"), "{t:?}");
}

/// "Fix", "resolve", "address" say a problem is to be made right, not which
/// work does it: "Fix dashboard pagination" and "Resolve dashboard
/// pagination" are one action.
#[test]
fn fix_verbs_do_not_tell_two_actions_apart() {
    let r = import(
        "# Audit\n\n\
         ## Recommendations\n\n\
         - Fix dashboard pagination (High)\n\
         - Resolve webhook retries (Medium)\n\
         - Rotate the signing keys (Low)\n\n\
         ## Roadmap\n\n\
         - Resolve dashboard pagination\n\
         - Address webhook retries\n\
         - Write the runbook\n",
    );
    let t = titles(&r);
    assert_eq!(r.tasks.len(), 4, "{t:?}");
    assert_eq!(
        task(&r, "Fix dashboard pagination").priority,
        roadmap::model::Priority::High
    );
}

/// "TypeScript Configuration Errors ⚠️ SEVERITY: HIGH" names the same work
/// as "Fix TypeScript configuration" in the plan: the severity label grades
/// the finding and says nothing of the work.
#[test]
fn a_trailing_severity_label_does_not_keep_a_finding_apart_from_its_fix() {
    let r = import(
        "# Code audit\n\n\
         ## Critical issues (Priority 1 - fix immediately)\n\n\
         ### 1. TypeScript Configuration Errors ⚠️ SEVERITY: HIGH\n\
         The compiler target is too old for the code.\n\n\
         ### 2. Hardcoded Encryption Key Fallback 🔒 SEVERITY: CRITICAL\n\
         The key falls back to a constant.\n\n\
         ### 3. Next.js Image Domains Not Configured 🖼️ SEVERITY: MEDIUM\n\
         Remote images fail to load.\n\n\
         ## Action plan\n\n\
         ### Week 1 (Critical Fixes)\n\
         - Fix TypeScript configuration\n\
         - Remove hardcoded encryption fallback\n\
         - Add Next.js image domains\n",
    );
    let t = titles(&r);
    assert_eq!(r.tasks.len(), 3, "{t:?}");
    assert!(t.iter().all(|x| !x.contains("SEVERITY")), "{t:?}");
}

#[test]
fn a_plain_list_under_a_label_beside_the_phase_s_tasks_describes_them() {
    let r = import(
        "# Launch plan for Lantern\n\n\
         ## Roadmap\n\n\
         ### Phase 3: Real authentication (Week 4)\n\n\
         - [ ] JWT token validation\n\
         - [ ] Password hashing\n\n\
         **Auth flow:**\n\
         1. User registration with email\n\
         2. Identity verification\n\
         3. Token-based API access\n\n\
         ### Phase 4: Payments (Week 5)\n\n\
         **Steps:**\n\
         1. Stripe integration\n\
         2. Invoice emails\n",
    );
    assert_eq!(
        titles(&r),
        [
            "JWT token validation",
            "Password hashing",
            "Stripe integration",
            "Invoice emails"
        ]
    );
}

#[test]
fn a_share_in_an_identified_finding_heading_sizes_it_and_its_lists_are_its_steps() {
    let r = import(
        "# Security audit of Lantern\n\n\
         ## P0 Critical Findings (Must Fix Before Launch)\n\n\
         ### C-01: Missing Rate Limiting on 79% of API Routes\n\
         **Severity:** CRITICAL\n\n\
         **Issue:**\n\
         74 of 94 routes lack rate limiting, which leaves them open to:\n\
         - Brute force attacks\n\
         - Credential stuffing\n\
         - API abuse\n\n\
         **Remediation:**\n\
         1. Implement token bucket rate limiting\n\
         2. Add a WAF in front of the API\n\n\
         ### C-02: Session Tokens Never Expire\n\
         **Severity:** CRITICAL\n\n\
         **Remediation:**\n\
         1. Expire sessions after 24 hours\n",
    );
    let t = titles(&r);
    assert!(
        t.contains(&"Missing Rate Limiting on 79% of API Routes"),
        "{t:?}"
    );
    assert!(!t.contains(&"Brute force attacks"), "{t:?}");
    assert!(
        !t.contains(&"Implement token bucket rate limiting"),
        "{t:?}"
    );
}

#[test]
fn a_progress_table_of_the_plans_work_restates_it_in_any_language() {
    let r = import(
        "# Optimization plan\n\n\
         ## Phase 1: Backend (2 weeks)\n\n\
         ### Add Redis caching (3 days)\n\
         Cache the hot queries.\n\n\
         ### Add database indexes (2 days)\n\
         Index the order tables.\n\n\
         ## Progress tracking\n\n\
         ### 快速优化（2周）进度\n\n\
         | 任务 | 计划 | 实际 | 状态 |\n\
         |------|------|------|------|\n\
         | 技术栈检查 | 2天 | - | ⏳ |\n\
         | 安全增强 | 3天 | - | ⏳ |\n\n\
         ### Remediation Progress Log\n\n\
         | Date | Item | Change | Owner |\n\
         |------|------|--------|-------|\n\
         | 2026-01-16 | AUDIT-01-003 | Added security headers | Ana |\n",
    );
    let t = titles(&r);
    assert!(t.contains(&"Add Redis caching"), "{t:?}");
    assert!(t.contains(&"Add database indexes"), "{t:?}");
    assert!(!t.contains(&"技术栈检查"), "{t:?}");
    assert!(!t.contains(&"安全增强"), "{t:?}");
    assert!(!t.iter().any(|x| x.contains("security headers")), "{t:?}");
}

#[test]
fn milestones_of_success_and_expected_improvements_are_outcomes() {
    let r = import(
        "# Performance plan\n\n\
         ## Action plan\n\n\
         - [ ] Add composite indexes (4h)\n\
         - [ ] Cache the dashboard queries (1d)\n\n\
         **Estimated Improvements:**\n\
         - With async migration (3 months): 10x faster\n\
         - Quick wins (1 week): 3x faster\n\n\
         ## Success milestones\n\n\
         **Week 4**: Production build working\n\
         **Month 6**: $25k monthly revenue\n\n\
         ## Mejoras esperadas\n\n\
         - Tiempo de respuesta reducido a la mitad\n",
    );
    let t = titles(&r);
    assert_eq!(
        t,
        ["Add composite indexes", "Cache the dashboard queries"],
        "{t:?}"
    );
}

#[test]
fn a_list_of_bare_names_that_restates_the_plan_adds_no_tasks() {
    let r = import(
        "# Audit of Fleetbook\n\n\
         ## Action plan\n\n\
         ### Implement maintenance alerts driven by vehicle mileage (3h)\n\n\
         Warn the driver before the service interval runs out.\n\n\
         ### Export the driving log to PDF for inspections (4h)\n\n\
         One page per month, signed by the driver.\n\n\
         ### Rotate the database credentials (1h)\n\n\
         The old password is in the repository history.\n\n\
         ## Summary of priorities\n\n\
         | Priority | Task | Time |\n\
         |---|---|---|\n\
         | P2 | Maintenance Alerts | 3h |\n\
         | P3 | PDF Export | 4h |\n",
    );
    // The summary's rows restate the plan's headings: they lend their
    // priority, and the worded heading titles the task.
    let mut found = titles(&r);
    found.sort_unstable();
    assert_eq!(
        found,
        [
            "Export the driving log to PDF for inspections",
            "Implement maintenance alerts driven by vehicle mileage",
            "Rotate the database credentials"
        ]
    );
}
