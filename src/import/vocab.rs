//! The words reports use to say what a section is, in the languages audits
//! are written in: English, Spanish, Portuguese, French, German, Italian,
//! Russian, Chinese, Japanese, Korean, Indonesian and Turkish here, and
//! Czech, Polish, Ukrainian, Vietnamese, Hebrew and Dutch (with more
//! Italian) in [`super::vocab_roles`]; the words of priorities, efforts,
//! keys and statuses in those languages are in [`super::vocab_words`].
//!
//! A term is a word or a phrase. `*` at the end of a word matches any ending
//! (`recommend*` meets "recommendations", `рекоменд*` meets "рекомендации").
//! Terms in Chinese, Japanese or Korean match anywhere in the text, since
//! those scripts do not space their words. Latin letters are compared without
//! accents ("próximos" meets "proximos").

/// What a section of a report holds, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Work to do: a plan, roadmap, recommendations, next steps.
    Plan,
    /// Problems found: findings, issues, vulnerabilities, gaps.
    Findings,
    /// Success metrics, KPIs, targets to measure.
    Metrics,
    /// Acceptance criteria, definitions of done, release gates.
    Criteria,
    /// Deliverables, outputs, expected outcomes, benefits, impact.
    Outcomes,
    /// Staffing, team, roles, resources needed.
    Resources,
    /// Cost breakdowns, budgets, investment, ROI.
    Costs,
    /// Risks, pros and cons, trade-offs.
    Risks,
    /// What already is: strengths, completed work, current setup.
    Record,
    /// Executive summary, overview, conclusion, introduction.
    Summary,
    /// Appendix, references, glossary, commands, examples.
    Appendix,
    /// A procedure to repeat: runbooks, pre-deployment checks, templates.
    Procedure,
}

/// The terms of each role, most specific roles first: a heading that names
/// two roles takes the first one listed here ("Success Criteria for the
/// Plan" is criteria, "Risk Mitigation Plan" is a plan).
#[rustfmt::skip]
pub const ROLE_TERMS: &[(Role, &[&str])] = &[
    (
        Role::Criteria,
        &[
            "requirements", "testing validation", "testing and validation", "testing requirements", "test plan", "validation plan", "verification plan", "test cases", "verification", "requisitos", "exigences", "anforderungen", "требования", "要求", "要件",
            "acceptance", "definition of done", "dod", "exit criteria", "success criteria",
            "done criteria", "release gate*", "quality gate*", "gates", "go/no-go",
            "go-live criteria", "criterios de aceptacion", "criterios de exito",
            "criterio de aceptacion", "criterios de aceitacao", "criterios de sucesso",
            "criteres d'acceptation", "criteres de succes", "criteres de reussite",
            "abnahmekriterien", "akzeptanzkriterien", "erfolgskriterien",
            "criteri di accettazione", "criteri di successo", "критерии", "критерий", "验收", "完成标准",
            "成功标准", "验收标准", "受け入れ基準", "完了条件", "成功基準", "완료 조건", "수용 기준", "kriteria",
            "kabul kriterleri",
        ],
    ),
    (
        Role::Metrics,
        &[
            "metric*", "kpi*", "measure*", "indicator*", "measurement", "targets", "slo*",
            "sla targets", "metrica*", "indicador*", "metrique*", "indicateur*", "kennzahl*",
            "metrik*", "metrich*", "indicator*", "метрик*", "показател*", "kpi", "指标", "度量", "指標",
            "メトリクス", "지표", "메트릭", "metrik", "indikator", "ölçüt*",
        ],
    ),
    (
        Role::Outcomes,
        &[
            "输出", "输出文件", "产出", "目标", "适合场景", "适用场景", "预期", "期待効果", "목표",
            "deliverable*", "output*", "outcome*", "success factor*", "key principles",
            "principles", "best practice*", "guidelines", "lessons learned", "why", "rationale",
            "justification", "reasoning", "target architecture", "target state", "future state",
            "to-be", "end state", "vision", "expected result*", "benefit*", "impact",
            "business impact", "value", "results", "entregable*", "resultado*", "beneficio*",
            "impacto", "entregave*", "livrable*", "resultat*", "benefice*", "ergebnis*", "nutzen",
            "lieferobjekt*", "risultat*", "beneficio*", "результат*", "эффект", "преимуществ*",
            "выгод*", "交付物", "预期效果", "预期收益", "收益", "成果", "效果", "成果物", "期待される効果", "効果", "기대 효과",
            "산출물", "hasil", "manfaat", "dampak", "çıktı*", "fayda*",
        ],
    ),
    (
        Role::Resources,
        &[
            "sign-off", "signoff", "approval*", "stakeholders", "contacts", "owners",
            "resource*", "staffing", "team", "headcount", "roles", "people", "who",
            "responsibilit*", "raci", "recurso*", "equipo", "equipe", "ressource*", "equipe*",
            "personnel", "ressourcen", "personal", "risorse", "ресурс*", "команда", "персонал",
            "资源", "人员", "团队", "人力", "リソース", "体制", "要員", "리소스", "인력", "sumber daya", "tim",
            "kaynak*", "ekip",
        ],
    ),
    (
        Role::Costs,
        &[
            "cost*", "budget*", "pricing", "investment", "roi", "spend", "financial*",
            "estimates summary", "costo*", "coste*", "presupuesto*", "inversion", "custo*",
            "orcamento*", "investimento", "cout*", "kosten", "budget", "investition*", "stoimost*",
            "стоимост*", "бюджет*", "затрат*", "расход*", "成本", "预算", "费用", "投入", "コスト", "予算",
            "費用", "비용", "예산", "biaya", "anggaran", "maliyet*", "bütçe",
        ],
    ),
    (
        Role::Risks,
        &[
            "方案a", "方案b", "方案c", "方案一", "方案二", "方案三", "选项", "备选方案", "オプション", "옵션",
            "risk*", "pros and cons", "pros", "cons", "trade-off*", "option a", "option b",
            "option c", "option 1", "option 2", "option 3", "alternative*", "alternativa*",
            "unless", "caveat*", "consideration*", "assumption*", "limitation*", "constraint*",
            "tradeoff*", "threat*", "riesgo*", "risco*", "risque*", "risiken", "risiko*",
            "rischi*", "риск*", "угроз*", "风险", "リスク", "위험", "리스크", "risiko", "risk*",
        ],
    ),
    (
        Role::Procedure,
        &[
            "procedure*", "runbook*", "playbook*", "template*", "pre-deployment", "post-deployment", "pre-release", "post-release", "pre-flight", "preflight", "pre-launch checks", "how to",
            "how-to", "usage", "installation", "getting started", "procedimiento*",
            "procedimento*", "procedure*", "verfahren", "ablauf", "регламент*", "процедур*",
            "инструкци*", "流程", "手册", "操作指南", "手順", "절차", "prosedur",
        ],
    ),
    (
        Role::Appendix,
        &[
            "appendix", "appendices", "annex*", "reference*", "glossary", "links",
            "further reading", "sources", "commands", "code example*", "examples", "tools used",
            "anexo*", "referencia*", "glosario", "referencias", "annexe*", "glossaire", "anhang",
            "referenzen", "glossar", "appendice", "riferimenti", "приложени*", "ссылк*",
            "глоссари*", "附录", "参考", "术语", "付録", "参考資料", "用語", "부록", "참고", "lampiran", "referensi",
            "ek", "kaynakça",
        ],
    ),
    (
        Role::Findings,
        &[
            "finding*", "issue*", "problem*", "vulnerabilit*", "gap*", "weakness*", "observation*",
            "discover*", "key insights", "current state", "current status", "as-is", "analysis",
            "assessment", "audit results", "bottleneck*", "concern*", "defect*", "smell*",
            "hallazgo*", "problema*", "vulnerabilidad*", "deficiencia*", "debilidad*",
            "estado actual", "analisis", "diagnostico", "achado*", "lacuna*", "fraqueza*",
            "estado atual", "constat*", "probleme*", "vulnerabilite*", "lacune*", "faiblesse*",
            "etat actuel", "befund*", "schwachstelle*", "schwache*", "ist-zustand", "analyse",
            "problemi", "criticita", "vulnerabilita", "stato attuale", "проблем*", "уязвимост*",
            "недостат*", "находк*", "замечани*", "текущее состояние", "анализ", "слабые", "问题",
            "发现", "漏洞", "现状", "缺陷", "隐患", "风险点", "不足", "問題", "脆弱性", "現状", "指摘", "문제", "취약점", "현황",
            "발견", "temuan", "masalah", "kerentanan", "kelemahan", "bulgu*", "sorun*", "zafiyet*",
        ],
    ),
    (
        Role::Record,
        &[
            "进度", "progress", "progress tracking", "進捗", "진행", "прогресс", "progreso", "progresso", "avancement", "fortschritt",
            "strength*", "what works", "what's working", "working well", "positive*", "highlights",
            "completed", "complete", "done", "achievement*", "accomplish*", "changelog", "history",
            "existing", "current", "in place", "status", "inventory", "already", "implemented",
            "fortaleza*", "puntos fuertes", "completado*", "logro*", "pontos fortes", "concluido*",
            "point* fort*", "termine*", "acquis", "starken", "erledigt", "punti di forza",
            "completat*", "сильные стороны", "выполнен*", "сделано", "готово", "достижени*", "优势",
            "亮点", "已完成", "优点", "強み", "完了済", "良い点", "강점", "완료", "kekuatan", "selesai", "güçlü",
            "tamamlan*",
        ],
    ),
    (
        Role::Summary,
        &[
            "summary", "executive summary", "final recommendation*", "final verdict",
            "final thoughts", "final assessment", "verdict", "overview", "tl;dr", "tldr",
            "conclusion*", "introduction", "scope", "methodology", "context", "background",
            "purpose", "about", "resumen", "conclusion*", "introduccion", "alcance", "metodologia",
            "contexto", "resumo", "conclusao", "introducao", "escopo", "resume", "synthese",
            "introduction", "perimetre", "methodologie", "zusammenfassung", "fazit", "einleitung",
            "uberblick", "umfang", "sommario", "riepilogo", "conclusioni", "introduzione",
            "резюме", "итог*", "заключени*", "введени*", "обзор", "контекст", "методологи*", "摘要",
            "总结", "概述", "结论", "背景", "范围", "概要", "まとめ", "結論", "はじめに", "요약", "개요", "결론", "ringkasan",
            "kesimpulan", "pendahuluan", "özet", "sonuç", "giriş",
        ],
    ),
    (
        Role::Plan,
        &[
            "plan", "action plan", "action item*", "actions to take", "recommended actions",
            "corrective action*", "next actions", "immediate actions", "key actions",
            "actions required", "required actions", "fix", "fixes", "fixing", "must fix",
            "should fix", "remediacion*", "remediacao", "remédiation", "plan de remediacion",
            "plano de remediacao", "roadmap", "road map", "planning", "recommend*", "next step*",
            "todo*", "to-do", "to do", "task*", "backlog", "remediation*", "improvement*",
            "priorit*", "quick win*", "phase*", "sprint*", "milestone*", "timeline", "work items",
            "what to do", "proposal*", "proposed", "mitigation*", "implementation plan",
            "implementation roadmap", "implementation steps", "implementation phase*",
            "hoja de ruta", "plan de accion", "recomendacion*", "accion*", "tarea*", "mejora*",
            "proximos pasos", "fase*", "correccion*", "plano de acao", "plano", "roteiro",
            "recomendaco*", "acao", "acoes", "tarefa*", "melhoria*", "proximos passos", "correco*",
            "feuille de route", "plan d'action", "recommandation*", "tache*", "amelioration*",
            "prochaines etapes", "chantier*", "correctif*", "massnahme*", "maßnahme*",
            "empfehlung*", "aufgabe*", "nachste schritte", "verbesserung*", "piano d'azione",
            "raccomandazion*", "azion*", "attivita", "miglioramen*", "prossimi passi", "план*",
            "дорожная карта", "рекоменд*", "действи*", "задач*", "улучшени*", "следующие шаги",
            "этап*", "фаза", "фазы", "приоритет*", "исправлени*", "мероприяти*", "计划", "规划", "路线图",
            "建议", "行动", "任务", "改进", "优化", "下一步", "阶段", "整改", "修复", "待办", "措施", "方案", "計画",
            "ロードマップ", "推奨", "対応", "タスク", "改善", "次のステップ", "フェーズ", "修正", "対策", "계획", "로드맵", "권장",
            "조치", "작업", "개선", "다음 단계", "단계", "rencana", "peta jalan", "rekomendasi", "tindakan",
            "tugas", "perbaikan", "langkah", "tahap", "yol haritasi", "oneri*", "eylem*", "gorev*",
            "iyilestirme*", "asama*",
        ],
    ),
];

/// Folds a text for matching: lower case, Latin accents removed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c) {
            let plain = deunicode::deunicode_char(c).unwrap_or("");
            out.push_str(&plain.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The words of a folded text: letters and digits, apostrophes and inner
/// hyphens kept (`short-term`, `d'action`).
pub fn folded_words(folded: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for w in folded
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | ';' | '/')))
        .map(|w| w.trim_matches(|c: char| matches!(c, '-' | '\'' | '’' | ';' | '/')))
        .filter(|w| !w.is_empty())
    {
        // "issueテンプレート": a Latin word and an unspaced script written
        // together are two words.
        let mut start = 0;
        let mut prev: Option<bool> = None;
        for (i, c) in w.char_indices() {
            let cjk = is_cjk(c);
            if prev.is_some_and(|p| p != cjk) {
                words.push(&w[start..i]);
                start = i;
            }
            prev = Some(cjk);
        }
        words.push(&w[start..]);
    }
    words
}

fn word_matches(term: &str, word: &str) -> bool {
    match term.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == term,
    }
}

/// True when the folded text holds `term`.
pub fn has_term(folded: &str, words: &[&str], term: &str) -> bool {
    if term.chars().any(is_cjk) {
        return folded.contains(term.trim_end_matches('*'));
    }
    let parts: Vec<&str> = term.split(' ').collect();
    if parts.len() == 1 {
        return words.iter().any(|w| word_matches(term, w));
    }
    words
        .windows(parts.len())
        .any(|win| win.iter().zip(&parts).all(|(w, p)| word_matches(p, w)))
}

/// True when the text holds any of `terms`.
pub fn has_any(text: &str, terms: &[&str]) -> bool {
    let folded = fold(text);
    let words = folded_words(&folded);
    terms.iter().any(|t| has_term(&folded, &words, t))
}

/// Roles that hold even when the heading also names a plan: "Plan Success
/// Criteria" is criteria, "Phase 1 Deliverables" outcomes.
fn overrides_plan(role: Role) -> bool {
    matches!(
        role,
        Role::Criteria
            | Role::Metrics
            | Role::Outcomes
            | Role::Resources
            | Role::Procedure
            | Role::Appendix
    )
}

/// A role term, ready to match: its words (a trailing `*` matches any
/// ending), and its weight (words, or pairs of unspaced characters).
struct Term {
    role: Role,
    parts: Vec<&'static str>,
    cjk: Option<&'static str>,
    weight: usize,
}

/// The role terms indexed by their first word (exact, or the stem before
/// `*`), and the unspaced ones, which match anywhere.
struct TermIndex {
    terms: Vec<Term>,
    exact: std::collections::HashMap<&'static str, Vec<usize>>,
    stems: std::collections::HashMap<&'static str, Vec<usize>>,
    unspaced: Vec<usize>,
}

fn term_index() -> &'static TermIndex {
    static INDEX: std::sync::OnceLock<TermIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = TermIndex {
            terms: Vec::new(),
            exact: Default::default(),
            stems: Default::default(),
            unspaced: Vec::new(),
        };
        for (role, terms) in ROLE_TERMS.iter().chain(super::vocab_roles::MORE_ROLE_TERMS) {
            for t in *terms {
                let i = index.terms.len();
                if t.chars().any(is_cjk) {
                    index.terms.push(Term {
                        role: *role,
                        parts: Vec::new(),
                        cjk: Some(t.trim_end_matches('*')),
                        weight: t.chars().count().div_ceil(2),
                    });
                    index.unspaced.push(i);
                    continue;
                }
                let parts: Vec<&'static str> = t.split(' ').collect();
                let first = parts[0];
                match first.strip_suffix('*') {
                    Some(stem) => index.stems.entry(stem).or_default().push(i),
                    None => index.exact.entry(first).or_default().push(i),
                }
                index.terms.push(Term {
                    role: *role,
                    weight: parts.len(),
                    parts,
                    cjk: None,
                });
            }
        }
        index
    })
}

/// The best weight of each role's terms that the text holds.
fn role_weights(folded: &str, words: &[&str]) -> Vec<(Role, usize)> {
    let index = term_index();
    let mut best: Vec<(Role, usize)> = Vec::new();
    let mut note = |t: &Term| match best.iter_mut().find(|(r, _)| *r == t.role) {
        Some(entry) => entry.1 = entry.1.max(t.weight),
        None => best.push((t.role, t.weight)),
    };
    for (at, w) in words.iter().enumerate() {
        let exact = index.exact.get(w).into_iter().flatten();
        let stems = (1..=w.len())
            .filter(|&k| w.is_char_boundary(k))
            .filter_map(|k| index.stems.get(&w[..k]))
            .flatten();
        for &i in exact.chain(stems) {
            let t = &index.terms[i];
            let rest = &t.parts[1..];
            let fits = words.len() >= at + t.parts.len()
                && rest
                    .iter()
                    .zip(&words[at + 1..])
                    .all(|(p, w)| word_matches(p, w));
            if fits {
                note(t);
            }
        }
    }
    if folded.chars().any(is_cjk) {
        for &i in &index.unspaced {
            let t = &index.terms[i];
            if t.cjk.is_some_and(|c| folded.contains(c)) {
                note(t);
            }
        }
    }
    best
}

/// The role a heading names, if any: the role whose term it holds is the
/// longest ("Final Recommendation" is the summary, not a plan); among
/// equals, the first of [`ROLE_TERMS`], except that a plan wins over
/// findings, risks, costs, the record and the summary ("Findings and
/// Recommendations", "Risk Mitigation Plan", "Phase 1 (Completed)").
pub fn role_of(heading: &str) -> Option<Role> {
    role_strength(heading).map(|(role, _)| role)
}

/// The role a heading names and the number of words of the term that named it.
pub fn role_strength(heading: &str) -> Option<(Role, usize)> {
    let folded = fold(heading);
    let words = folded_words(&folded);
    let weights = role_weights(&folded, &words);
    let weight = |role: Role| {
        weights
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(0, |(_, n)| *n)
    };
    let mut best: Option<(usize, Role)> = None;
    for (role, _) in ROLE_TERMS {
        let n = weight(*role);
        if n > best.map_or(0, |b| b.0) {
            best = Some((n, *role));
        }
    }
    let (n, first) = best?;
    // A section's role is named by a short heading ("Risks", "Key
    // Findings"); one word of it in a long heading ("Memory leak risk in
    // the auth provider") names the content, not the section.
    let content_words = words
        .iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    if n == 1 && content_words > SHORT_HEADING && !folded.chars().any(is_cjk) {
        return None;
    }
    if !overrides_plan(first) && first != Role::Plan && weight(Role::Plan) == n {
        return Some((Role::Plan, n));
    }
    Some((first, n))
}

/// The most words a heading named by a one-word role term may have.
const SHORT_HEADING: usize = 5;

/// Japanese and Chinese name work verb-last too: "テンプレートの作成",
/// "监控告警的配置".
pub fn ends_with_action(text: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "作成", "追加", "導入", "設定", "削除", "修正", "改善", "整備", "実装", "対応", "強化", "見直し", "整理", "移行", "統一",
        "自動化", "構築", "最適化", "検討", "配置", "实现", "优化", "重构", "部署", "迁移", "完善", "建设", "개선", "추가", "구현",
        "도입", "제거", "전환", "업그레이드", "분할", "통일", "달성", "작성", "마이그레이션", "리팩토링", "적용", "설정", "정리",
        "교체", "확보", "최적화", "수정", "삭제", "변경", "강화", "구성",
    ];
    let t = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    !t.is_ascii() && ENDINGS.iter().any(|e| t.ends_with(e))
}

/// Words that open an instruction: "Add", "Implementar", "Настроить", "添加".
#[rustfmt::skip]
pub const ACTION_VERBS: &[&str] = &[
    // English
    "resolve", "address", "eliminate", "complete", "finish", "expand", "extend", "assess",
    "conduct", "perform", "hire", "buy", "purchase", "procure", "obtain", "achieve", "launch",
    "benchmark", "profile", "tune", "prioritize", "prioritise", "triage", "decommission", "retire",
    "unify", "simplify", "modularize", "modularise", "parallelize", "notify", "onboard",
    "strengthen", "tighten", "sanitise", "debounce", "throttle", "memoize", "avoid", "add",
    "adopt", "automate", "audit", "build", "configure", "consolidate", "create", "define",
    "deploy", "design", "disable", "document", "enable", "enforce", "establish", "extract", "fix",
    "harden", "implement", "improve", "install", "integrate", "introduce", "limit", "migrate",
    "monitor", "move", "optimize", "optimise", "patch", "pin", "prevent", "reduce", "refactor",
    "remove", "rename", "replace", "require", "restrict", "review", "rewrite", "rotate", "run",
    "schedule", "secure", "separate", "set", "setup", "split", "standardize", "standardise",
    "switch", "test", "track", "update", "upgrade", "use", "validate", "write", "clean", "delete",
    "drop", "encrypt", "ensure", "evaluate", "investigate", "plan", "prepare", "provision",
    "publish", "restore", "scan", "sanitize", "verify", "wrap", "convert", "centralize",
    "centralise", "containerize", "containerise", "deprecate", "increase", "isolate", "make",
    "handle", "apply", "check", "keep", "alert",
    // Spanish, Portuguese, Italian
    "agregar", "anadir", "implementar", "configurar", "crear", "migrar", "eliminar", "actualizar",
    "corregir", "documentar", "habilitar", "establecer", "mejorar", "revisar", "reemplazar",
    "refactorizar", "separar", "validar", "optimizar", "automatizar", "definir", "asegurar",
    "reducir", "agregar", "adicionar", "criar", "remover", "atualizar", "corrigir", "melhorar",
    "substituir", "garantir", "aggiungere", "implementare", "configurare", "creare", "rimuovere",
    "aggiornare", "correggere", "migliorare",
    // French, German
    "ajouter", "implementer", "configurer", "creer", "migrer", "supprimer", "mettre", "corriger",
    "documenter", "activer", "ameliorer", "remplacer", "securiser", "valider", "automatiser",
    "reduire", "definir", "hinzufugen", "implementieren", "konfigurieren", "erstellen",
    "migrieren", "entfernen", "aktualisieren", "beheben", "dokumentieren", "aktivieren",
    "verbessern", "ersetzen", "einfuhren", "einrichten",
    // More Spanish, Portuguese, French, German and Italian instructions.
    "arreglar", "limpiar", "pasar", "enviar", "mostrar", "persistir", "cancelar", "mover", "usar",
    "utilizar", "evitar", "cambiar", "manejar", "proteger", "restringir", "incluir", "integrar",
    "instalar", "probar", "verificar", "monitorear", "registrar", "unificar", "centralizar",
    "extraer", "dividir", "renombrar", "reescribir", "activar", "desactivar", "trocar", "incluir",
    "instalar", "testar", "monitorar", "registrar", "extrair", "dividir", "renomear", "reescrever",
    "ativar", "desativar", "mover", "usar", "consertar", "utiliser", "eviter", "proteger",
    "deplacer", "limiter", "verifier", "tester", "nettoyer", "installer", "integrer", "surveiller",
    "extraire", "diviser", "renommer", "reecrire", "desactiver", "centraliser", "unifier",
    "passer", "migrer", "verwenden", "vermeiden", "schutzen", "prufen", "testen", "installieren",
    "integrieren", "uberwachen", "extrahieren", "aufteilen", "umbenennen", "deaktivieren",
    "zentralisieren", "vereinheitlichen", "umstellen", "usare", "evitare", "proteggere",
    "spostare", "limitare", "verificare", "testare", "installare", "integrare", "monitorare",
    // Russian
    "исправьте", "добавьте", "удалите", "замените", "используйте", "настройте", "внедрите",
    "реализуйте", "перенесите", "проверьте", "создайте", "обновите", "включите", "заменить",
    "использовать", "избегать", "протестировать", "очистить", "мигрировать", "покрыть",
    "переписать", "разбить", "унифицировать", "централизовать", "логировать", "мониторить",
    "документировать", "зафиксировать", "отключить", "подключить", "перейти", "заменить",
    "ограничить", "вынести", "объединить", "устранить", "добавить", "внедрить", "настроить",
    "создать", "перенести", "удалить", "обновить", "исправить", "документировать", "включить",
    "улучшить", "заменить", "реализовать", "провести", "вынести", "разделить", "оптимизировать",
    "автоматизировать", "установить", "ввести", "перейти", "ограничить", "защитить", "покрыть",
    "написать", "убрать", "проверить", "сделать", "обеспечить", "разработать", "выполнить",
    // Indonesian, Turkish
    "tambahkan", "terapkan", "konfigurasi", "buat", "hapus", "perbarui", "perbaiki", "tingkatkan",
    "ganti", "ekle", "uygula", "yapılandır", "oluştur", "kaldır", "güncelle", "düzelt",
    "iyileştir",
];

/// Verbs that open an instruction in Chinese, Japanese and Korean, which
/// match at the start of the text.
#[rustfmt::skip]
pub const ACTION_VERBS_CJK: &[&str] = &[
    "添加", "增加", "实现", "实施", "配置", "创建", "迁移", "删除", "移除", "更新", "修复", "完善", "启用", "优化", "替换", "重构",
    "拆分", "引入", "建立", "部署", "编写", "统一", "加强", "规范", "补充", "改进", "提升", "降低", "限制", "使用", "采用", "接入",
    "集成", "追加", "導入", "設定", "作成", "移行", "削除", "更新", "修正", "有効化", "改善", "置換", "実装", "整備", "추가",
    "구현", "설정", "생성", "삭제", "수정", "개선", "도입", "적용",
];

/// The instruction verbs, folded once.
fn folded_verbs() -> &'static std::collections::HashSet<String> {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        ACTION_VERBS
            .iter()
            .chain(super::vocab_roles::MORE_ACTION_VERBS)
            .map(|v| fold(v))
            .collect()
    })
}

/// True when the text opens with an instruction.
pub fn starts_with_action(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    if ACTION_VERBS_CJK.iter().any(|v| trimmed.starts_with(v)) {
        return true;
    }
    let folded = fold(trimmed);
    let first = folded_words(&folded).first().copied().unwrap_or("");
    folded_verbs().contains(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_their_role_in_many_languages() {
        let cases = [
            ("Recommendations", Some(Role::Plan)),
            ("Plan de acción", Some(Role::Plan)),
            ("Próximos passos", Some(Role::Plan)),
            ("Feuille de route", Some(Role::Plan)),
            ("Maßnahmenplan", Some(Role::Plan)),
            ("Рекомендации", Some(Role::Plan)),
            ("整改计划", Some(Role::Plan)),
            ("改善計画", Some(Role::Plan)),
            ("Rencana perbaikan", Some(Role::Plan)),
            ("Success Metrics", Some(Role::Metrics)),
            ("Acceptance Criteria", Some(Role::Criteria)),
            ("Критерии приемки", Some(Role::Criteria)),
            ("验收标准", Some(Role::Criteria)),
            ("Deliverables", Some(Role::Outcomes)),
            ("Entregables", Some(Role::Outcomes)),
            ("Resources Required", Some(Role::Resources)),
            ("Cost Breakdown", Some(Role::Costs)),
            ("Риски", Some(Role::Risks)),
            ("Strengths", Some(Role::Record)),
            ("Executive Summary", Some(Role::Summary)),
            ("Appendix A: Commands", Some(Role::Appendix)),
            ("Key Findings", Some(Role::Findings)),
            ("Hallazgos", Some(Role::Findings)),
            ("Pre-Deployment Checks", Some(Role::Procedure)),
            ("Database", None),
            ("Findings and Recommendations", Some(Role::Plan)),
            ("Risk Mitigation Plan", Some(Role::Plan)),
            ("Phase 1 Deliverables", Some(Role::Outcomes)),
            ("Risk Register", Some(Role::Risks)),
            ("🎖️ FINAL RECOMMENDATION:", Some(Role::Summary)),
            ("Summary of Recommendations", Some(Role::Plan)),
            ("✅ CURRENT PIPELINE IMPLEMENTATION", Some(Role::Record)),
        ];
        for (heading, role) in cases {
            assert_eq!(role_of(heading), role, "{heading}");
        }
    }

    #[test]
    fn instructions_are_recognised() {
        assert!(starts_with_action("Add health checks"));
        assert!(starts_with_action("**Implementar** caché"));
        assert!(starts_with_action("Настроить бэкапы"));
        assert!(starts_with_action("添加健康检查"));
        assert!(starts_with_action("Améliorer les logs"));
        assert!(!starts_with_action("Health checks are missing"));
    }

    #[test]
    fn folding_drops_latin_accents_only() {
        assert_eq!(fold("Próximos Pasos"), "proximos pasos");
        assert_eq!(fold("Задачи"), "задачи");
        assert_eq!(fold("Maßnahmen"), "massnahmen");
    }
}
