//! Titles read on small cases: labels, ids, steps and length.

use super::*;

fn line(text: &str, lead: Option<&str>) -> Line {
    Line {
        text: text.into(),
        line: 1,
        strong_lead: lead.map(str::to_string),
        all_strong: false,
        ..Line::default()
    }
}

#[test]
fn titles_come_out_of_their_lines() {
    assert_eq!(
        split(
            &line(
                "CI/CD Pipeline - Implement GitHub Actions",
                Some("CI/CD Pipeline")
            ),
            true
        ),
        Split::Title(
            "CI/CD Pipeline".into(),
            Some("Implement GitHub Actions".into())
        )
    );
    assert_eq!(
        split(&line("Fix: enable automated backups", Some("Fix:")), true),
        Split::Fix("enable automated backups".into())
    );
    assert_eq!(
        split(&line("Impact: users lose data", None), true),
        Split::Note("Impact".into(), "users lose data".into())
    );
    assert_eq!(
        split(&line("解决方案：添加索引", None), true),
        Split::Fix("添加索引".into())
    );
}

#[test]
fn labels_around_a_title_go() {
    assert_eq!(strip_labels("[P1] Rotate keys"), "Rotate keys");
    assert_eq!(strip_labels("P0: Rotate keys"), "Rotate keys");
    assert_eq!(strip_labels("Rotate keys (Critical)"), "Rotate keys");
    assert_eq!(strip_labels("E2.1: Add caching"), "Add caching");
    assert_eq!(strip_labels("SEC-3 - Patch OpenSSL"), "Patch OpenSSL");
    assert_eq!(strip_labels("1.2.3 Patch OpenSSL"), "Patch OpenSSL");
    assert_eq!(
        strip_labels("High availability setup"),
        "High availability setup"
    );
    assert_eq!(
        strip_labels("Critical user flows (Playwright)"),
        "Critical user flows (Playwright)"
    );
    assert_eq!(strip_labels("S3 bucket policy"), "S3 bucket policy");
    assert_eq!(strip_labels("CVE-2024-1234 patch"), "CVE-2024-1234 patch");
    assert_eq!(strip_labels("HIGH: rotate keys"), "rotate keys");
    // A level in the report's own language labels the title too.
    assert_eq!(
        strip_labels("ALTA: Implementar Rate Limiting"),
        "Implementar Rate Limiting"
    );
    assert_eq!(strip_labels("Clés SSH (critique)"), "Clés SSH");
    assert_eq!(strip_labels("[高] 修复 CORS 配置"), "修复 CORS 配置");
    assert_eq!(strip_labels("Высокий: ротация ключей"), "ротация ключей");
    // ... but an id that names its level stays: it is how mentions join.
    assert_eq!(
        strip_labels("Implement Base64 validation (HIGH-01)"),
        "Implement Base64 validation (HIGH-01)"
    );
    assert_eq!(
        strip_labels("[BUG-F001] Search timeout cancels"),
        "Search timeout cancels"
    );
    assert!(is_id("F601/F005"));
    assert_eq!(
        leading_ids("[BUG-F001] Search timeout"),
        ["F001", "BUG-F001"]
    );
    assert_eq!(
        leading_ids("F601/F005: Remove auto-advance"),
        ["F601", "F005"]
    );
    assert!(leading_ids("1. Add backups").is_empty());
    assert!(is_id("BUG-F001"));
    assert!(!is_id("Fix backups"));
    assert!(!is_id("S3 bucket"));
}
