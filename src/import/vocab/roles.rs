//! The terms of each section role, in the languages of [`super`].

use super::Role;

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
            "kabul kriterleri", "acceptatie", "acceptatiecriteria", "akzeptanz", "abnahme",
            // A checklist of tests checks the plan's work; it is not more work.
            "testing checklist", "test checklist", "qa checklist", "verification checklist",
            "validation checklist", "checklist de pruebas", "checklist de testes",
            "checklist de tests", "testcheckliste", "чек-лист тестирования", "测试清单",
            "测试检查清单", "テストチェックリスト", "테스트 체크리스트",
            "checklist de validation", "liste de verification", "checklist de validacion",
            "lista de verificacion", "checklist de validacao", "lista de verificacao",
            "checklist di validazione", "checklist di verifica", "validierungscheckliste",
            "prufcheckliste", "чек-лист проверки", "验证清单", "検証チェックリスト", "검증 체크리스트",
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
            // What the work should bring, dated or sized: no work itself.
            "success milestone*", "business milestone*", "estimated improvement*",
            "expected improvement*", "projected improvement*", "expected gains",
            "mejoras esperadas", "mejoras estimadas", "hitos de exito", "melhorias esperadas",
            "marcos de sucesso", "ameliorations attendues", "gains attendus", "jalons de succes",
            "erwartete verbesserung*", "miglioramenti attesi", "ожидаемые улучшения",
            "预期改进", "预期提升", "期待される改善", "예상 개선",
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
            // Checks repeated after each step of the work recur; they are no step.
            "after each", "after every", "apres chaque", "despues de cada", "apos cada",
            "nach jeder", "nach jedem", "dopo ogni", "после каждого", "после каждой", "na elke",
            "how-to", "usage", "installation", "getting started", "procedimiento*",
            "procedimento*", "procedure*", "verfahren", "ablauf", "регламент*", "процедур*",
            "инструкци*", "流程", "手册", "操作指南", "手順", "절차", "prosedur",
            // How the team reports on the plan, not the plan.
            "communication plan", "stakeholder update*", "status report*", "plan de communication",
            "plan de comunicacion", "plano de comunicacao", "kommunikationsplan", "piano di comunicazione",
            "план коммуникаций", "沟通计划", "コミュニケーション計画",
        ],
    ),
    (
        Role::Appendix,
        &[
            "appendix", "appendices", "annex*", "reference*", "glossary", "links",
            "further reading", "sources", "commands", "code example*", "examples", "tools used",
            // Products the report names, not work: the work that adopts one
            // is a task of the plan ("Add Snyk to CI").
            "recommended tool*", "tool recommendation*", "outils recommandes",
            "herramientas recomendadas", "ferramentas recomendadas", "empfohlene tools",
            "empfohlene werkzeuge", "strumenti consigliati", "рекомендуемые инструменты",
            "推荐工具", "推奨ツール", "권장 도구",
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
            "进度", "progress", "progress tracking", "進捗", "진행", "прогресс", "прогрес", "progreso", "progresso", "avancement", "fortschritt*",
            "voortgang", "postep*", "ilerleme", "kemajuan", "tien do", "progressi",
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
