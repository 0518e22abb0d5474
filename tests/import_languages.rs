//! The importer on reports in the languages audits are written in beyond
//! English: priority words, effort units and windows, statuses, section
//! headings and table columns, each in a short report written for the test.

#[path = "support/import.rs"]
mod support;
use support::*;

use roadmap::model::{Priority, Status, Task};

fn effort(t: &Task) -> Option<String> {
    t.effort.map(|e| e.to_string())
}

#[test]
fn czech_steps_with_time_and_importance_lines_are_the_tasks() {
    let r = import(
        "# Audit aplikace\n\n\
         ## Akční plán\n\n\
         ### Krok 1: Zapnout šifrování záloh\n\n\
         **Čas:** 3-4 hodiny  \n\
         **Důležitost:** 🔴 KRITICKÁ\n\n\
         ### Krok 2: Sjednotit logování\n\n\
         **Čas:** 2 dny  \n\
         **Důležitost:** STŘEDNÍ\n",
    );
    let backups = task(&r, "Zapnout šifrování záloh");
    assert_eq!(backups.priority, Priority::Critical);
    assert_eq!(effort(backups).as_deref(), Some("3-4h"));
    let logs = task(&r, "Sjednotit logování");
    assert_eq!(logs.priority, Priority::Medium);
    assert_eq!(effort(logs).as_deref(), Some("2d"));
}

#[test]
fn priority_words_and_effort_units_in_more_languages() {
    // Polish, Hebrew and Korean tables; Ukrainian, Russian, Dutch, Turkish,
    // Italian, German and Vietnamese keyed lines.
    let r = import(
        "# Przegląd\n\n\
         ## Plan\n\n\
         | Zadanie | Priorytet | Czas |\n\
         |---|---|---|\n\
         | Włączyć szyfrowanie dysków | Krytyczny | 8 godzin |\n\
         | Dodać monitoring kolejek | Niski | 3 dni |\n\n\
         | משימה | עדיפות | הערכה |\n\
         |---|---|---|\n\
         | להוסיף גיבוי יומי | גבוהה | 4 שעות |\n\n\
         | 작업 | 우선순위 | 공수 |\n\
         |---|---|---|\n\
         | 로그 보존 정책 적용 | 높음 | 3일 |\n\n\
         ### Налаштувати резервні копії\n\n\
         - **Пріоритет:** Високий\n\
         - **Оцінка:** 2 дні\n\n\
         ### Закрыть порт Redis\n\n\
         - **Приоритет:** КРИТИЧЕСКИЙ\n\
         - **Время исправления:** 2 часа\n\n\
         ### Certificaten vernieuwen\n\n\
         - **Prioriteit:** Laag\n\
         - **Inspanning:** 3 dagen\n\n\
         ### Yedekleri şifrele\n\n\
         - **Öncelik:** Yüksek\n\
         - **Süre:** 2 gün\n\n\
         ### Ruotare le chiavi\n\n\
         - **Priorità:** Bassa\n\
         - **Tempo:** 4 ore\n\n\
         ### Backups verschlüsseln\n\n\
         - **Priorität:** Mittlere\n\
         - **Zeitaufwand:** 2 Stunden\n\n\
         ### Cấu hình tường lửa\n\n\
         - **Ưu tiên:** Trung bình\n\
         - **Thời gian:** 2 ngày\n",
    );
    let cases = [
        ("Włączyć szyfrowanie dysków", Priority::Critical, "8h"),
        ("Dodać monitoring kolejek", Priority::Low, "3d"),
        ("להוסיף גיבוי יומי", Priority::High, "4h"),
        ("로그 보존 정책 적용", Priority::High, "3d"),
        ("Налаштувати резервні копії", Priority::High, "2d"),
        ("Закрыть порт Redis", Priority::Critical, "2h"),
        ("Certificaten vernieuwen", Priority::Low, "3d"),
        ("Yedekleri şifrele", Priority::High, "2d"),
        ("Ruotare le chiavi", Priority::Low, "4h"),
        ("Backups verschlüsseln", Priority::Medium, "2h"),
        ("Cấu hình tường lửa", Priority::Medium, "2d"),
    ];
    for (title, priority, est) in cases {
        let t = task(&r, title);
        assert_eq!(t.priority, priority, "{title}");
        assert_eq!(effort(t).as_deref(), Some(est), "{title}");
    }
}

#[test]
fn vietnamese_work_packages_carry_their_days() {
    let r = import(
        "# Kế hoạch hệ thống\n\n\
         ## Lộ trình triển khai\n\n\
         ### Giai đoạn 1: Backend (2 tuần)\n\n\
         #### 1.1 Environment Setup (2 ngày)\n\n\
         - Docker compose cho môi trường dev\n\n\
         #### 1.2 API Gateway (5 ngày)\n\n\
         - Rate limiting và xác thực\n",
    );
    assert_eq!(effort(task(&r, "Environment Setup")).as_deref(), Some("2d"));
    assert_eq!(effort(task(&r, "API Gateway")).as_deref(), Some("5d"));
}

#[test]
fn statuses_say_done_in_more_languages() {
    let r = import(
        "# Herziening\n\n\
         ## Actieplan\n\n\
         | Taak | Status | Inspanning |\n\
         |---|---|---|\n\
         | Back-ups versleutelen | Afgerond | 2 uur |\n\
         | Toegang loggen | Bezig | 1 dag |\n\n\
         | Úkol | Stav | Čas |\n\
         |---|---|---|\n\
         | Omezit přístup k API | Hotovo | 4 hodiny |\n",
    );
    assert_eq!(task(&r, "Back-ups versleutelen").status, Status::Done);
    assert_eq!(task(&r, "Toegang loggen").status, Status::Todo);
    assert_eq!(task(&r, "Omezit přístup k API").status, Status::Done);
}

#[test]
fn sections_are_read_by_their_headings_in_more_languages() {
    // Czech recommendations are the plan, its findings are not tasks;
    // the same in Polish and Ukrainian.
    let r = import(
        "# Audit\n\n\
         ## Zjištění\n\n\
         - Chybí zálohy databáze\n\
         - Hesla jsou v repozitáři\n\n\
         ## Doporučení\n\n\
         - Zavést denní zálohy databáze\n\
         - Přesunout hesla do trezoru\n\n\
         ## Zalecenia\n\n\
         - Dodać limity zapytań do API\n\n\
         ## Наступні кроки\n\n\
         - Додати сповіщення про збої\n",
    );
    let titles: Vec<&str> = r.tasks.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Zavést denní zálohy databáze",
            "Přesunout hesla do trezoru",
            "Dodać limity zapytań do API",
            "Додати сповіщення про збої"
        ]
    );
}

#[test]
fn windows_written_with_a_tilde_or_in_more_languages_are_phases() {
    // "1~2주" (Korean, Japanese and Chinese write ranges with a tilde) and
    // "2-3 tygodnie" (Polish) are windows, so their sections are phases of
    // the plan and the checklist under them is its tasks.
    let r = import(
        "# 점검 목록\n\n\
         ## P1: 단기 (1~2주)\n\n\
         ### 보안\n\n\
         - [ ] 로그인 실패 횟수 제한 추가\n\
         - [x] 세션 만료 설정\n\n\
         ## P2: 중기 (1~2개월)\n\n\
         - [ ] 테스트 커버리지 확대\n\n\
         ## Etap 3 (2-3 tygodnie)\n\n\
         - [ ] Dodać alerty dla kolejek\n",
    );
    let session = task(&r, "세션 만료 설정");
    assert_eq!(session.status, Status::Done);
    assert_eq!(window(&r, session), Some("1~2주"));
    let tests = task(&r, "테스트 커버리지 확대");
    assert_eq!(window(&r, tests), Some("1~2개월"));
    let alerts = task(&r, "Dodać alerty dla kolejek");
    assert_eq!(window(&r, alerts), Some("2-3 tygodnie"));
}

#[test]
fn a_numbered_heading_with_its_own_estimate_is_a_work_package() {
    // "Phân tích" (analysis) names findings, but a numbered heading that
    // carries its own days under a phase is a piece of the plan.
    let r = import(
        "# Kế hoạch\n\n\
         ## Lộ trình\n\n\
         ### Giai đoạn 1 (2 tuần)\n\n\
         #### 1.1 Phân tích log hệ thống (3 ngày)\n\n\
         - Thu thập log từ các máy chủ\n\n\
         #### 1.2 Cấu hình cảnh báo (2 ngày)\n\n\
         - Gửi cảnh báo qua email\n",
    );
    let logs = task(&r, "Phân tích log hệ thống");
    assert_eq!(effort(logs).as_deref(), Some("3d"));
}

#[test]
fn the_content_column_titles_a_japanese_or_korean_task_table() {
    // "内容" / "내용" (content) names the work; the acceptance column beside
    // it, however wordy, does not.
    let r = import(
        "# 改善計画\n\n\
         ## 対応一覧\n\n\
         | ID | ファイル | 内容 | 優先度 | 受け入れ基準 |\n\
         |----|---------|------|--------|-------------|\n\
         | A-1 | `auth.ts` | ログイン試行回数の制限 | P0 | 5回失敗で15分ロックされ、管理画面に記録が残ること |\n\
         | A-2 | `api.ts` | エラーメッセージの統一 | P2 | すべてのAPIが同じ形式のエラーJSONを返すこと |\n",
    );
    let login = task(&r, "ログイン試行回数の制限");
    assert_eq!(login.priority, Priority::Critical);
    assert_eq!(
        task(&r, "エラーメッセージの統一").priority,
        Priority::Medium
    );
}

/// "立即执行" (execute immediately) opens a sequence of time-word stages
/// like "Immediate" does: its tasks are the plan's first stage.
#[test]
fn chinese_immediate_stage_heads_the_plan() {
    let r = import(
        "# 架构审查报告\n\n\
         ## 改进建议优先级\n\n\
         ### 立即执行\n\
         - 统一错误处理机制\n\
         - 数据库性能监控\n\n\
         ### 短期优化（1-2周）\n\
         - 明确API版本策略\n\
         - 提升测试覆盖率\n\
         - 完善关键业务流程文档\n\n\
         ### 长期优化（1-3个月）\n\
         - 完善性能监控系统\n\
         - 集成代码质量工具\n",
    );
    let t = task(&r, "统一错误处理机制");
    assert_eq!(r.phase(&t.phase).map(|p| p.name.as_str()), Some("立即执行"));
}

#[test]
fn a_total_line_under_the_work_it_sums_is_not_a_task_in_any_language() {
    let r = import(
        "# 代码审计报告\n\n\
         ## 修复计划\n\n\
         ### 高优先级问题（立即修复）\n\n\
         | ID | 问题 | 修复时间 |\n\
         |----|------|---------|\n\
         | S3-001 | 添加输入清理 | 1 天 |\n\
         | D4-004 | 支付接口增加幂等性 | 2 天 |\n\n\
         **总计：** 约 3-4 天\n\n\
         ### Низкий приоритет\n\n\
         - [ ] Добавить виртуальную прокрутку (1 день)\n\
         - [ ] Переименовать файлы (2 часа)\n\n\
         **Итого:** около 1-2 дней\n",
    );
    let t = titles(&r);
    assert_eq!(t.len(), 4, "{t:?}");
    assert!(
        !t.iter().any(|t| t.contains("总计") || t.contains("Итого")),
        "{t:?}"
    );
}

#[test]
fn checks_repeated_after_each_step_are_no_step_in_any_language() {
    let r = import(
        "# Plan de réduction de la dette\n\n\
         ## Plan d'action\n\n\
         - [ ] Migrer le module documents (2 jours)\n\
         - [ ] Migrer le module facturation (3 jours)\n\n\
         ## Checklist de validación\n\n\
         - [ ] **Pruebas de regresión**\n\
         - [ ] **Revisión de calidad**\n\n\
         ## Suivi\n\n\
         ### Après chaque migration\n\n\
         - [ ] **Tests de non-régression**\n\
         - [ ] **Vérification qualité**\n",
    );
    let t = titles(&r);
    assert_eq!(
        t,
        ["Migrer le module documents", "Migrer le module facturation"],
        "{t:?}"
    );
}

#[test]
fn what_the_plan_leaves_out_of_its_scope_is_no_work_in_any_language() {
    let r = import(
        "# Verbeterplan\n\n\
         ## Gefaseerde aanpak\n\n\
         - [ ] Contextvelden doorgeven aan prompts (4 uur)\n\
         - [ ] E2E-tests voor de generator toevoegen (1 dag)\n\n\
         ### Gaps / Niet gedekt door dit plan (bewust uit scope of vervolg)\n\n\
         - EPIC-009 Advanced Features (bulk operations, API): niet gedekt door P0-P2.\n\
         - A11y en multi-language: niet in P0; plan kan P3 uitbreiden.\n\n\
         ## Fuera del alcance de este plan\n\n\
         - Pruebas de penetración dinámicas (P2)\n",
    );
    let t = titles(&r);
    assert_eq!(
        t,
        [
            "Contextvelden doorgeven aan prompts",
            "E2E-tests voor de generator toevoegen"
        ],
        "{t:?}"
    );
}

#[test]
fn a_priority_tag_after_the_title_in_any_language_is_not_part_of_it() {
    // The title keeps the work, not the level beside it. An identifier the title cites ("(CRIT-001)") is no tag; a word
    // that describes the work ("(blocking)") stays.
    let r = import(
        "# Audit\n\n\
         ## Plan d'action\n\n\
         - [ ] Ajouter des timeouts aux appels externes (BASSE)\n\
         - [ ] Opravit bezpečnostní chyby v API (PRIORITA 1)\n\
         - [ ] Add image verification to uploads (LOW - Priority 4)\n\
         - [ ] Make database writes asynchronous (blocking)\n",
    );
    task(&r, "Ajouter des timeouts aux appels externes");
    task(&r, "Opravit bezpečnostní chyby v API");
    task(&r, "Add image verification to uploads");
    task(&r, "Make database writes asynchronous (blocking)");
}
