//! What the importer takes as the unit of work, and which mentions it joins:
//! a ranked bold lead over plain checkboxes, a finding and the plan's fix
//! for it, a heading that only holds fields, a date that is no estimate.

#[path = "support/import.rs"]
mod support;
use roadmap::model::Priority;
use support::*;

#[test]
fn a_ranked_lead_over_plain_checkboxes_is_one_task() {
    let r = import(
        "# Security audit\n\n\
         ## Remediation plan\n\n\
         ### Sprint 1 (1 week)\n\n\
         **P0: Race conditions in invoice numbers**\n\
         - [ ] Make the counter update atomic\n\
         - [ ] Add a concurrency test (50 parallel requests)\n\
         - **Owner:** Backend lead\n\
         - **ETA:** 3 days\n\n\
         **P1: Sign documents in a worker thread**\n\
         - [ ] Add a worker pool\n\
         - [ ] Move signing to the pool\n",
    );
    assert_eq!(
        titles(&r),
        [
            "Race conditions in invoice numbers",
            "Sign documents in a worker thread"
        ]
    );
    let first = task(&r, "Race conditions in invoice numbers");
    assert_eq!(first.priority, Priority::Critical);
    // "ETA: 3 days" says when it lands, not how long it takes.
    assert_eq!(first.effort, None, "{first:?}");
}

#[test]
fn a_lead_whose_items_carry_their_own_rank_still_groups_them() {
    // The parent ranks nothing of its own: its boxes are the tasks.
    let r = import(
        "# Plan\n\n\
         ## Remediation plan\n\n\
         **Sprint 1**\n\
         - [ ] Rotate the signing keys (P0)\n\
         - [ ] Pin the base images (P1)\n",
    );
    assert_eq!(
        titles(&r),
        ["Rotate the signing keys", "Pin the base images"]
    );
}

#[test]
fn a_finding_and_the_plans_fix_for_it_are_one_task() {
    // The problem's words and the remedy's share only what they are about
    // ("session", "tokens", "expire"): too few for two wordings of one
    // action, enough for a finding and its fix.
    let r = import(
        "# Security review\n\n\
         ## Findings\n\n\
         ### 1. Session tokens never expire (HIGH)\n\n\
         Tokens issued at login stay valid for ever.\n\n\
         ## Remediation plan\n\n\
         - [ ] Add an expiry to session tokens\n\
         - [ ] Rotate the signing keys (1h)\n",
    );
    assert_eq!(
        titles(&r),
        ["Add an expiry to session tokens", "Rotate the signing keys"]
    );
    // The finding's rank reaches the task that fixes it.
    let fix = task(&r, "Add an expiry to session tokens");
    assert_eq!(fix.priority, Priority::High, "{fix:?}");
}

#[test]
fn the_plans_own_instruction_titles_the_task_over_the_remedy_under_its_finding() {
    // The remedy written under the finding is how the work is done; the
    // plan's list names the work and its estimate: it keeps the title.
    let r = import(
        "# Code review\n\n\
         ## Findings\n\n\
         ### CRIT-001: Authorization bypass in tenant endpoints\n\n\
         Any provider can read another tenant's jobs.\n\n\
         **Recommended Fix**: Create middleware requireProvider to verify tenant ownership\n\n\
         **Effort**: 1 day\n\n\
         ## Recommendations by priority\n\n\
         ### Immediate (this week)\n\n\
         1. **CRIT-001**: Fix authorization bypass in tenant endpoints (1 day)\n\
         2. **CRIT-002**: Add rate limiting to guest routes (4 hours)\n",
    );
    assert!(
        titles(&r).contains(&"Fix authorization bypass in tenant endpoints"),
        "{:?}",
        titles(&r)
    );
    assert!(!titles(&r)
        .iter()
        .any(|t| t.starts_with("Create middleware")));
}

#[test]
fn a_heading_that_only_holds_fields_is_not_work() {
    let r = import(
        "# Audit\n\n\
         ## Plan\n\n\
         ### 1. Rotate the signing keys\n\n\
         The keys have not changed since 2021.\n\n\
         #### Priority\n\n\
         **Severity:** Critical\n\n\
         **Effort:** 4 hours\n\n\
         ### 2. Pin the base images\n\n\
         **Effort:** 1 hour\n",
    );
    let t = titles(&r);
    assert!(!t.contains(&"Priority"), "{t:?}");
    assert!(t.contains(&"Pin the base images"), "{t:?}");
}

#[test]
fn a_labelled_item_that_says_what_to_do_is_work_whatever_its_numbers() {
    let r = import(
        "# Audit\n\n\
         ## High priority\n\n\
         - [ ] **Load Testing** - Run k6 against staging\n\
         - [ ] **Performance Budget** - Enforce Lighthouse score >90\n\n\
         ## Targets\n\n\
         - Lighthouse score >90\n",
    );
    let t = titles(&r);
    assert!(t.iter().any(|x| x.contains("Performance Budget")), "{t:?}");
    assert_eq!(t.len(), 2, "{t:?}");
}

#[test]
fn moscow_labels_over_nested_lists_are_buckets_not_tasks() {
    // "- Must" › actions, "- Should" › actions, "- Acceptatie" › checks:
    // the labels rank the work under them; the criteria are not work.
    let r = import(
        "# Verbeterplan\n\n\
         ## Architectuur\n\n\
         - Must\n  \
           - Vervang directe aanroepen door de container\n  \
           - Voeg een CI-guard toe tegen imports in services\n\
         - Should\n  \
           - Convergeren op een enige UI-facade\n\
         - Acceptatie\n  \
           - Alle guards groen\n  \
           - Nul directe aanroepen buiten de container\n",
    );
    assert_eq!(
        titles(&r),
        [
            "Vervang directe aanroepen door de container",
            "Voeg een CI-guard toe tegen imports in services",
            "Convergeren op een enige UI-facade",
        ]
    );
    assert_eq!(
        task(&r, "Vervang directe aanroepen door de container").priority,
        Priority::High
    );
    assert_eq!(
        task(&r, "Convergeren op een enige UI-facade").priority,
        Priority::Medium
    );
}

#[test]
fn a_buckets_items_are_work_however_they_are_worded() {
    // "Versleuteling: SQLCipher …" under "Must" names the work; it is not
    // a record's field.
    let r = import(
        "# Verbeterplan\n\n\
         ## Database\n\n\
         - Must\n  \
           - Versleuteling: SQLCipher of field-level encryptie\n  \
           - Migratiepad: idempotent, automigratie in dev\n  \
           - Alle queries geparameteriseerd\n\
         - Acceptatie\n  \
           - Injection tests slagen\n",
    );
    assert_eq!(r.tasks.len(), 3, "{:?}", titles(&r));
    assert!(r.tasks.iter().all(|t| t.priority == Priority::High));
}

#[test]
fn a_checklist_heading_where_the_plan_estimates_its_level_is_one_task() {
    // Most "#### x.y" items of the plan carry "(N days)": that level is the
    // unit the report plans, in the one phase that estimates nothing too,
    // and a checklist under it is its breakdown.
    let r = import(
        "# Master plan\n\n\
         ## Roadmap\n\n\
         ### Phase 1: Backend (3 weeks)\n\n\
         #### 1.1 Environment Setup (2 days)\n\
         - [ ] Create the repository\n\
         - [ ] Configure CI\n\n\
         #### 1.2 Authentication (5 days)\n\
         - [ ] JWT login\n\
         - [ ] Password reset\n\n\
         ### Phase 2: Frontend (3 weeks)\n\n\
         #### 2.1 Project Setup (2 days)\n\
         - [ ] Vite scaffold\n\
         - [ ] Lint rules\n\n\
         #### 2.2 Core Components (5 days)\n\
         - [ ] Buttons and forms\n\
         - [ ] Layout shell\n\n\
         ### Phase 3: Launch (1 week)\n\n\
         #### 3.1 Pre-Launch Checklist\n\
         - [ ] Domain configuration\n\
         - [ ] SSL certificate\n\
         - [ ] Error monitoring (Sentry)\n\n\
         #### 3.2 Launch Day\n\
         - [ ] Production deployment\n\
         - [ ] Smoke testing\n",
    );
    let titles = titles(&r);
    assert!(titles.contains(&"Pre-Launch Checklist"), "{titles:?}");
    assert!(titles.contains(&"Launch Day"), "{titles:?}");
    assert!(!titles.contains(&"SSL certificate"), "{titles:?}");
    assert!(!titles.contains(&"Smoke testing"), "{titles:?}");
    assert_eq!(titles.len(), 6, "{titles:?}");
}

#[test]
fn a_bold_block_whose_checklist_closes_with_its_estimate_is_one_task() {
    // The one "Owner | Duration" line at the end of the list sizes the whole
    // block: the block is the task, its boxes are its steps.
    let r = import(
        "# Roadmap\n\n\
         ## Phase 4: Launch (Week 7-8)\n\n\
         #### Thursday-Friday (2 days)\n\
         **Final QA & Bug Fixes**\n\
         - [ ] Run full regression test suite\n\
         - [ ] Fix any critical bugs discovered\n\
         - [ ] Security vulnerability scan\n\
         - *Owner: QA Team | Duration: 2d*\n\n\
         #### Wednesday (1 day)\n\
         **Soft Launch**\n\
         - [ ] Enable access for internal users\n\
         - [ ] Gather feedback\n\
         - *Owner: Operations | Duration: 1d*\n",
    );
    assert_eq!(titles(&r), ["Final QA & Bug Fixes", "Soft Launch"]);
    let qa = task(&r, "Final QA & Bug Fixes");
    assert_eq!(
        qa.effort.map(|e| e.to_string()).as_deref(),
        Some("2d"),
        "{qa:?}"
    );
}

#[test]
fn bold_fields_on_one_line_are_each_read() {
    // The outline joins "**Priority:** High **Effort:** 2 days": each field
    // still describes the task, and the priority is not "High Effort: …".
    let r = import(
        "# Audit\n\n## Plan\n\n\
         ### Task 1: Add rate limiting\n\n\
         **Priority:** High **Effort:** 2 days **Owner:** Backend\n\n\
         ### Task 2: Rotate secrets\n\n\
         **Приоритет:**[WARNING] ВЫСОКИЙ**Сроки:**1 неделя**Ответственный:**DevOps\n",
    );
    let limit = task(&r, "Add rate limiting");
    assert_eq!(limit.priority, Priority::High, "{limit:?}");
    let effort = |t: &roadmap::model::Task| t.effort.map(|e| e.to_string());
    assert_eq!(effort(limit).as_deref(), Some("2d"));
    assert_eq!(limit.owner.as_deref(), Some("Backend"));
    // Fields glued where a converter lost the line breaks.
    let rotate = task(&r, "Rotate secrets");
    assert_eq!(rotate.priority, Priority::High, "{rotate:?}");
    assert_eq!(effort(rotate).as_deref(), Some("1w"));
}

#[test]
fn the_time_a_task_is_given_is_its_effort_only_when_nothing_estimates_it() {
    let r = import(
        "# Audit\n\n## Remediation plan\n\n\
         ### 1. Validate wallet addresses\n\n\
         **Timeline:** 2 days\n\
         **Effort:** 4 hours\n\n\
         ### 2. Add a deduplication key\n\n\
         **Timeline:** 1 day\n\n\
         ### 3. Harden the gateway\n\n\
         **Timeline:** 2 days (Option 1) or 5 days (Option 2)\n",
    );
    let effort = |title| task(&r, title).effort.map(|e| e.to_string());
    assert_eq!(effort("Validate wallet addresses").as_deref(), Some("4h"));
    assert_eq!(effort("Add a deduplication key").as_deref(), Some("1d"));
    // A window with words beside its duration is no estimate.
    assert_eq!(effort("Harden the gateway"), None);
}

#[test]
fn a_headings_effort_field_after_its_action_field_sizes_the_heading() {
    // "**Action:** …" opens a lead-in that is a step of the heading; the
    // "**Effort:**" field after it is the heading's.
    let r = import(
        "# Audit\n\n\
         ## Fixes\n\n\
         ### CRIT-002: Rotate keys in vault\n\
         **File:** k8s.yaml\n\
         **Action:** Remove the Secret resource\n\
         **Effort:** 2 hours\n\n\
         ### CRIT-004: Drop the table\n\
         **File:** k8s.yaml\n\
         **Reason:** Security risk\n\
         **Effort:** 15 mins\n",
    );
    assert_eq!(titles(&r), ["Rotate keys in vault", "Drop the table"]);
    let effort = |t: &str| task(&r, t).effort.map(|e| e.to_string());
    assert_eq!(effort("Rotate keys in vault").as_deref(), Some("2h"));
    assert_eq!(effort("Drop the table").as_deref(), Some("15min"));
}

/// "6" under "Hours" is six hours and "2" under "预估(人天)" two days: the
/// header names the unit the cells leave out.
#[test]
fn a_bare_number_in_an_effort_column_takes_the_unit_its_header_names() {
    let r = import(
        "# Remediation plan\n\n\
         | Task | Priority | Hours |\n\
         |------|----------|-------|\n\
         | Rotate the signing keys | High | 6 |\n\
         | Add rate limiting to login | Medium | 2-3 |\n\n\
         ## 修复计划\n\n\
         | 任务 | 优先级 | 预估(人天) |\n\
         |------|--------|-----------|\n\
         | 拆分 AuthContext | 高 | 2 |\n",
    );
    let effort = |t: &str| task(&r, t).effort.map(|e| e.to_string());
    assert_eq!(effort("Rotate the signing keys").as_deref(), Some("6h"));
    assert_eq!(
        effort("Add rate limiting to login").as_deref(),
        Some("2-3h")
    );
    assert_eq!(effort("拆分 AuthContext").as_deref(), Some("2d"));
}
