//! The importer finding work it used to drop: items the report marks as
//! still to do (⏳) even when written as `name: value` or outside an
//! estimated plan: a pending mark ticks like an open checkbox.

#[path = "support/import.rs"]
mod support;
use roadmap::model::Status;
use support::*;

#[test]
fn pending_marked_name_value_items_are_work() {
    let r = import(
        "# Review of Lantern\n\n\
         ## Plan\n\n\
         1. Rotate the signing keys (2h)\n\
         2. Pin the base images (3h)\n\
         3. Add rate limits to login (4h)\n\
         4. Turn on audit logging (1h)\n\n\
         ## Test coverage\n\n\
         ### Checks not run yet\n\n\
         - ⏳ **Load testing:** replay a peak day against staging\n\
         - ⏳ **Fuzzing:** feed the parser random frames\n\
         - ⏳ **Chaos drills:** kill a replica during a deploy\n",
    );
    let t = titles(&r);
    for want in [
        "Load testing",
        "Fuzzing",
        "Chaos drills",
        "Rotate the signing keys",
    ] {
        assert!(
            t.iter().any(|x| x.starts_with(want)),
            "no `{want}` in {t:?}"
        );
    }
}

#[test]
fn horizons_day_ranges_and_open_checklists_in_any_language() {
    let r = import(
        "# Code-Audit\n\n\
         ## Empfehlungen\n\n\
         ### KURZFRISTIG (1-2 Tage)\n\n\
         1. **Projektname-Inkonsistenz fixen**\n   - **Aufwand**: 30 Minuten\n\n\
         ### MITTELFRISTIG (1 Woche)\n\n\
         2. **Test-Coverage messen und erhöhen**\n\n\
         ## 📈 Uzun Vadeli İyileştirmeler\n\n\
         ### 1. Audit Logging System (1 hafta)\n\ntext\n\n\
         ### 2. Error Logging & Monitoring (3-4 gün)\n\ntext\n\n\
         ## ✅ Güvenlik Kontrol Listesi\n\n\
         #### Immediate (Haftaya)\n\
         - [ ] Rate limiting implementasyonu\n\
         - [ ] Logout CSRF token fix\n\n\
         #### Short Term (1 ay)\n\
         - [ ] Custom error pages\n",
    );
    let t = titles(&r);
    for want in [
        "Projektname-Inkonsistenz fixen",
        "Test-Coverage messen und erhöhen",
        "Error Logging & Monitoring",
        "Rate limiting implementasyonu",
        "Custom error pages",
    ] {
        assert!(
            t.iter().any(|x| x.starts_with(want)),
            "no `{want}` in {t:?}"
        );
    }
    // A horizon is a stage of the plan, never a task of its own.
    for not in ["KURZFRISTIG", "MITTELFRISTIG", "Short Term"] {
        assert!(!t.iter().any(|x| x.starts_with(not)), "`{not}` in {t:?}");
    }
    let e = task(&r, "Error Logging & Monitoring");
    assert_eq!(
        e.effort.as_ref().map(|x| x.to_string()).as_deref(),
        Some("3-4d")
    );
}

/// A finding's "**Fix:**" that the estimated plan does not list is a task
/// of its own, placed at the finding; one the plan restates stays its detail.
#[test]
fn a_fix_the_plan_does_not_list_is_a_task() {
    let r = import(
        "# Review of Lantern\n\n\
         ## Plan\n\n\
         1. Rotate the signing keys (2h)\n\
         2. Pin the base images (3h)\n\
         3. Add rate limits to the login route (4h)\n\
         4. Turn on audit logging (1h)\n\n\
         ## Findings\n\n\
         ### 1. Slow report export\n\n\
         **Problem:** the export builds the whole file in memory.\n\n\
         **Fix:** Add streaming to the CSV export\n\n\
         ### 2. Login can be brute-forced\n\n\
         **Problem:** nothing limits login attempts.\n\n\
         **Fix:** Add a limiter to the login route\n",
    );
    let t = titles(&r);
    let fix = task(&r, "Add streaming to the CSV export");
    assert_eq!(fix.source_line, Some(12), "{t:?}");
    // The limiter is the plan's third task, not a second one.
    assert_eq!(r.tasks.len(), 5, "{t:?}");
}

/// "Immediate", "Short-term (1-2 weeks)", "Long-term (1-3 months)" under one
/// heading are the stages of the plan, the untimed first one too: its
/// tasks are not details outside the plan.
#[test]
fn an_untimed_time_word_stage_is_a_stage_of_the_plan() {
    let r = import(
        "# Architecture review\n\n\
         ## Findings\n\n\
         ### Logging\n\
         - Rotate the audit logs nightly\n\n\
         ## Improvement priorities\n\n\
         ### Immediate\n\
         - Unify the error handler\n\
         - Add database performance monitoring\n\n\
         ### Short-term (1-2 weeks)\n\
         - Define the API versioning policy\n\
         - Raise the test coverage\n\
         - Document the key business flows\n\n\
         ### Long-term (1-3 months)\n\
         - Build a performance monitoring dashboard\n\
         - Integrate code quality tools\n",
    );
    let t = titles(&r);
    for want in [
        "Unify the error handler",
        "Add database performance monitoring",
    ] {
        assert!(t.contains(&want), "no `{want}` in {t:?}");
    }
}

/// A list whose items the report estimates is part of the estimated plan
/// even when the estimates are merged into the roadmap table's rows: each
/// action counts under the heading of every mention of it, so the one
/// item there without an estimate is still a task.
#[test]
fn a_section_estimated_through_joined_mentions_is_part_of_the_plan() {
    let r = import(
        "# Hardening plan\n\n\
         ## Roadmap\n\n\
         | Task | Effort | Priority |\n\
         |---|---|---|\n\
         | Rotate the signing keys | 2h | High |\n\
         | Pin the base images | 3h | High |\n\
         | Add rate limits to login | 4h | Medium |\n\
         | Turn on audit logging | 1h | Low |\n\n\
         ## Hardening work\n\n\
         - Rotate the signing keys (2h)\n\
         - Pin the base images (3h)\n\
         - Add rate limits to login (4h)\n\
         - Write the incident runbook\n\n\
         ## Notes\n\n\
         - Consider a bug bounty later\n",
    );
    let t = titles(&r);
    assert!(t.contains(&"Write the incident runbook"), "{t:?}");
    assert!(!t.contains(&"Consider a bug bounty later"), "{t:?}");
}

/// A table that gives labels a priority and an effort ("| Content
/// Moderation | High | 6 hours |") sizes the work the report words
/// elsewhere: each label joins the one action that holds its words and lends
/// it its estimate; a label no action holds is work of its own.
#[test]
fn a_label_row_with_an_estimate_sizes_the_action_it_names() {
    let r = import(
        "# Readiness audit\n\n\
         ## Production checklist\n\n\
         - [ ] Content moderation tools integration\n\
         - [ ] Webhook notifications for status changes\n\
         - [ ] Implement rate limiting on the submit endpoint\n\n\
         ## Compliance matrix\n\n\
         | Requirement | Status | Priority | Effort |\n\
         |---|---|---|---|\n\
         | Content Moderation | ❌ Not Implemented | High | 6 hours |\n\
         | Notifications | ❌ Not Implemented | Medium | 3 hours |\n\
         | Load Testing | ❌ Missing | Low | 5 hours |\n",
    );
    assert_eq!(r.tasks.len(), 4, "{:?}", titles(&r));
    let effort = |title| task(&r, title).effort.map(|e| e.to_string());
    // The worded mention titles the work; the label lends its estimate.
    assert_eq!(
        effort("Content moderation tools integration").as_deref(),
        Some("6h")
    );
    assert_eq!(
        effort("Webhook notifications for status changes").as_deref(),
        Some("3h")
    );
    assert_eq!(effort("Load Testing").as_deref(), Some("5h"));
    assert_eq!(
        effort("Implement rate limiting on the submit endpoint"),
        None
    );
}

#[test]
fn ticked_items_of_a_ranked_bucket_marked_complete_are_done_work() {
    let r = import(
        "# Launch readiness\n\n\
         ## ✅ Launch-Critical Items (P0) - COMPLETE\n\n\
         ### Security\n\
         - [x] Row-level security migration written\n\
         - [x] Brand-scoped access control enforced\n\n\
         ### CI\n\
         - [x] Typecheck blocking on merge\n\n\
         ## Launch checklist\n\n\
         - [ ] Apply the migration to production\n\
         - [ ] Deploy the production build\n\n\
         ## 🎯 Success Criteria\n\n\
         **Must Have (P0)** ✅\n\
         - [x] All tests compile\n\
         - [x] Zero linter errors\n",
    );
    let t = titles(&r);
    for want in [
        "Row-level security migration written",
        "Brand-scoped access control enforced",
        "Typecheck blocking on merge",
    ] {
        let k = task(&r, want);
        assert_eq!(k.status, Status::Done, "`{want}` is not done");
    }
    // Ticked criteria are no work, whatever their label ranks.
    assert!(
        !t.iter().any(|x| x.starts_with("All tests compile")),
        "{t:?}"
    );
}

#[test]
fn a_plan_line_worded_as_an_instruction_keeps_its_title_over_the_findings_fix() {
    let r = import(
        "# Code review\n\n\
         ## Findings\n\n\
         ### 🔴 CRIT-001: Authorization Bypass Vulnerability\n\n\
         **Description**: the tenant id from the client is not checked.\n\n\
         **Recommended Fix**: Create middleware `requireTenant` to verify tenant ownership\n\n\
         **Effort**: 1 day\n\
         **Priority**: **IMMEDIATE**\n\n\
         ### 🟡 HIGH-002: Inconsistent Soft Delete Implementation\n\n\
         **Description**: soft delete is implemented on some tables only.\n\n\
         **Recommended Solution**: Add `deleted_at` to all main entities\n\n\
         **Effort**: 2-3 hours\n\
         **Priority**: **HIGH**\n\n\
         ## Recommendations by Priority\n\n\
         ### 🔴 IMMEDIATE (Fix This Week)\n\n\
         1. **CRIT-001**: Fix authorization bypass vulnerability (1 day)\n\n\
         ### 🟡 HIGH PRIORITY (Fix Next 2-4 Weeks)\n\n\
         1. **HIGH-002**: Implement consistent soft delete (2-3 hours)\n",
    );
    let t = titles(&r);
    for want in [
        "Fix authorization bypass vulnerability",
        "Implement consistent soft delete",
    ] {
        assert!(
            t.iter().any(|x| x.starts_with(want)),
            "no `{want}` in {t:?}"
        );
    }
}

#[test]
fn a_fix_after_an_impact_list_is_not_one_of_its_lines() {
    let r = import(
        "# Code audit\n\n\
         ## Code quality issues\n\n\
         ### 16. **TypeScript `any` Types**\n\
         **Location:** Throughout codebase\n\n\
         **Impact:**\n\
         - Loses TypeScript benefits\n\
         - Potential runtime errors\n\n\
         **Fix:** Replace with proper types\n\n\
         ### 17. **Magic Numbers**\n\
         **Impact:**\n\
         - Hard to tune\n\n\
         **Fix:** Define named constants for the limits\n",
    );
    let t = titles(&r);
    for want in ["Replace with proper types", "Define named constants"] {
        assert!(
            t.iter().any(|x| x.starts_with(want)),
            "no `{want}` in {t:?}"
        );
    }
    assert!(!t.iter().any(|x| x.starts_with("Loses")), "{t:?}");
}
