//! Task tables: the role of each column is read from its header (in many
//! languages) and, where the header says nothing, from its cells; each row of
//! a table that names work becomes a candidate whose title comes from the
//! column that names the action, never from the fix-time or the owner.

use super::super::cost;
use super::super::effort;
use super::super::priority::{self, Legend};
use super::super::text::clean_title;
use super::super::vocab::{fold, folded_words, has_term};
use super::super::vocab_words as more;
use super::candidate::{Attrs, Candidate, Scope, Shape};
use super::done;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Action,
    Severity,
    Issue,
    Priority,
    Effort,
    Cost,
    When,
    Status,
    Owner,
    Id,
    Area,
    Other,
}

const HEADERS: &[(Col, &[&str])] = &[
    (
        Col::Id,
        &[
            "#", "id", "no", "no.", "nr", "n", "№", "ref", "序号", "编号", "番号", "번호", "num*",
        ],
    ),
    (
        Col::Priority,
        &[
            "priority",
            "prio",
            "urgency",
            "importance",
            "p",
            "prioridad",
            "prioridade",
            "priorite",
            "prioritat",
            "priorita",
            "prioritas",
            "oncelik",
            "приоритет*",
            "优先级",
            "优先",
            "優先度",
            "優先順位",
            "우선순위",
        ],
    ),
    (
        Col::Severity,
        &[
            "severity",
            "sev",
            "risk level",
            "risk rating",
            "severidad",
            "severidade",
            "gravite",
            "schweregrad",
            "gravita",
            "критичност*",
            "серьезност*",
            "важност*",
            "严重程度",
            "严重性",
            "等级",
            "重要度",
            "深刻度",
            "심각도",
            "tingkat",
        ],
    ),
    (
        Col::Effort,
        &[
            "effort",
            "estimate*",
            "est",
            "est.",
            "hours",
            "hrs",
            "time",
            "duration",
            "days",
            "work",
            "size",
            "esfuerzo",
            "estimacion",
            "horas",
            "esforco",
            "estimativa",
            "charge",
            "estimation",
            "duree",
            "jours",
            "aufwand",
            "schatzung",
            "dauer",
            "impegno",
            "stima",
            "трудозатрат*",
            "оценк*",
            "время",
            "часы",
            "трудоемк*",
            "длительност*",
            "工时",
            "工作量",
            "预估",
            "人天",
            "耗时",
            "工数",
            "見積*",
            "所要時間",
            "공수",
            "예상 시간",
            "소요",
            "upaya",
            "estimasi",
            "waktu",
            "sure",
            "efor",
        ],
    ),
    (
        Col::Cost,
        &[
            "cost*",
            "budget",
            "price",
            "costo",
            "coste",
            "custo",
            "cout",
            "kosten",
            "preis",
            "стоимост*",
            "бюджет",
            "затрат*",
            "成本",
            "费用",
            "预算",
            "コスト",
            "費用",
            "비용",
            "biaya",
            "maliyet",
        ],
    ),
    (
        Col::When,
        &[
            "phase",
            "timeline",
            "when",
            "window",
            "sprint",
            "week",
            "deadline",
            "due",
            "target date",
            "target",
            "quarter",
            "milestone",
            "timeframe",
            "schedule",
            "eta",
            "fase",
            "plazo",
            "cuando",
            "prazo",
            "quando",
            "echeance",
            "delai",
            "calendrier",
            "frist",
            "termin",
            "zeitraum",
            "scadenza",
            "срок*",
            "этап",
            "фаза",
            "когда",
            "阶段",
            "时间",
            "截止",
            "期限",
            "时间线",
            "时限",
            "時期",
            "フェーズ",
            "期日",
            "기한",
            "단계",
            "일정",
            "tenggat",
            "jadwal",
            "tahap",
        ],
    ),
    (
        Col::Status,
        &[
            "status",
            "state",
            "done",
            "estado",
            "statut",
            "stato",
            "статус",
            "состояние",
            "状态",
            "進捗",
            "状態",
            "상태",
            "durum",
        ],
    ),
    (
        Col::Owner,
        &[
            "owner",
            "responsible",
            "assignee",
            "who",
            "team",
            "lead",
            "responsable",
            "responsavel",
            "verantwortlich",
            "zustandig",
            "responsabile",
            "ответственн*",
            "исполнител*",
            "负责人",
            "负责",
            "担当",
            "担当者",
            "담당",
            "담당자",
            "pic",
            "penanggung jawab",
            "sorumlu",
        ],
    ),
    (
        Col::Action,
        &[
            "task*",
            "action*",
            "recommend*",
            "item",
            "title",
            "what",
            "initiative*",
            "activit*",
            "work item*",
            "fix",
            "fixes",
            "remediation*",
            "improvement*",
            "step*",
            "todo",
            "to-do",
            "measure*",
            "solution*",
            "change*",
            "mitigation*",
            "proposal*",
            "tarea*",
            "accion*",
            "recomendacion*",
            "mejora*",
            "solucion*",
            "tarefa*",
            "acao",
            "acoes",
            "recomendaca*",
            "melhoria*",
            "solucao",
            "tache*",
            "recommandation*",
            "mesure*",
            "amelioration*",
            "chantier*",
            "massnahme*",
            "maßnahme*",
            "aufgabe*",
            "empfehlung*",
            "azion*",
            "attivita",
            "raccomandazion*",
            "задач*",
            "действи*",
            "мероприяти*",
            "рекомендаци*",
            "мер*",
            "решени*",
            "работ*",
            "任务",
            "措施",
            "行动",
            "建议",
            "事项",
            "工作项",
            "改进项",
            "优化项",
            "改进",
            "修复",
            "整改",
            "解决方案",
            "タスク",
            "対策",
            "対応",
            "施策",
            "作業",
            "改善",
            "作業項目",
            "작업",
            "조치",
            "과제",
            "개선",
            "tugas",
            "tindakan",
            "rekomendasi",
            "perbaikan",
            "gorev",
            "eylem",
            "oneri",
        ],
    ),
    (
        Col::Issue,
        &[
            "issue*",
            "finding*",
            "problem*",
            "vulnerabilit*",
            "gap*",
            "risk*",
            "weakness*",
            "description",
            "hallazgo*",
            "problema*",
            "brecha*",
            "achado*",
            "constat*",
            "probleme*",
            "befund*",
            "проблем*",
            "уязвимост*",
            "описание",
            "замечани*",
            "问题",
            "发现",
            "漏洞",
            "风险",
            "描述",
            "問題",
            "課題",
            "指摘",
            "문제",
            "이슈",
            "취약점",
            "temuan",
            "masalah",
            "sorun",
        ],
    ),
    (
        Col::Area,
        &[
            "area",
            "category",
            "component",
            "domain",
            "module",
            "scope",
            "service",
            "file",
            "location",
            "категори*",
            "область",
            "компонент",
            "модуль",
            "类别",
            "分类",
            "模块",
            "领域",
            "文件",
            "位置",
            "領域",
            "分類",
            "カテゴリ",
            "분야",
            "범주",
            "área",
            "categoria",
            "categoría",
            "categorie",
            "kategorie",
            "kategori",
        ],
    ),
];

/// The headers of each column in the languages of [`more`].
fn more_headers(col: Col) -> &'static [&'static str] {
    match col {
        Col::Priority => more::PRIORITY_HEADERS,
        Col::Severity => more::SEVERITY_HEADERS,
        Col::Effort => more::EFFORT_HEADERS,
        Col::Cost => more::COST_HEADERS,
        Col::When => more::WHEN_HEADERS,
        Col::Status => more::STATUS_HEADERS,
        Col::Owner => more::OWNER_HEADERS,
        Col::Action => more::ACTION_HEADERS,
        Col::Issue => more::ISSUE_HEADERS,
        _ => &[],
    }
}

fn role_of_header(header: &str) -> Col {
    let folded = fold(&clean_title(header));
    let words = folded_words(&folded);
    for (col, terms) in HEADERS {
        if terms
            .iter()
            .chain(more_headers(*col))
            .any(|t| has_term(&folded, &words, t) && (words.len() <= 4 || *col == Col::Action))
        {
            return *col;
        }
    }
    Col::Other
}

struct Columns {
    roles: Vec<Col>,
    title: usize,
    /// The issue column, shown in the notes when the title is the fix.
    issue: Option<usize>,
    /// No header names the work and its cells are labels: the table is read
    /// for the estimates it gives them.
    labels: bool,
}

impl Columns {
    fn find(&self, col: Col) -> Option<usize> {
        self.roles.iter().position(|r| *r == col)
    }
}

/// Average words per non-empty cell of column `i`.
fn wordiness(rows: &[(usize, Vec<String>)], i: usize) -> f64 {
    let cells: Vec<&String> = rows
        .iter()
        .filter_map(|(_, c)| c.get(i))
        .filter(|c| !c.trim().is_empty())
        .collect();
    if cells.is_empty() {
        return 0.0;
    }
    let words: usize = cells
        .iter()
        .map(|c| c.split_whitespace().count().max(c.chars().count() / 3))
        .sum();
    words as f64 / cells.len() as f64
}

fn columns(header: &[String], rows: &[(usize, Vec<String>)]) -> Option<Columns> {
    let mut roles: Vec<Col> = header.iter().map(|h| role_of_header(h)).collect();
    // One column per role: a second "Priority" is something else.
    for i in 0..roles.len() {
        if roles[..i].contains(&roles[i]) && roles[i] != Col::Other {
            roles[i] = Col::Other;
        }
    }
    let action = roles.iter().position(|r| *r == Col::Action);
    let issue = roles.iter().position(|r| *r == Col::Issue);
    let planned = roles.iter().any(|r| {
        matches!(
            r,
            Col::Priority | Col::Severity | Col::Effort | Col::Cost | Col::When | Col::Owner
        )
    });
    // A table of the plan's phases ("Phase 1 | Week 1-2 | Critical Fixes")
    // describes stages, not work.
    let stages = rows
        .iter()
        .filter(|(_, c)| {
            c.first().is_some_and(|first| {
                let t = clean_title(first);
                let toks = super::super::text::tokenize(&t);
                super::super::window::is_phase_marker_in(&toks)
                    || super::super::window::find_window(&t).is_some()
            })
        })
        .count();
    if action.is_none() && stages * 2 > rows.len() {
        return None;
    }
    let mut labels = false;
    let title = match (action, issue) {
        (Some(a), _) => a,
        (None, Some(i)) if planned => i,
        (None, _) if planned => {
            // No header names the work: the wordiest free column does, when
            // its cells read as work (instructions, or more than a label).
            let best = (0..header.len())
                .filter(|i| matches!(roles[*i], Col::Other | Col::Area))
                .max_by(|a, b| {
                    wordiness(rows, *a)
                        .total_cmp(&wordiness(rows, *b))
                        .then(b.cmp(a))
                })?;
            let worklike = rows
                .iter()
                .filter_map(|(_, c)| c.get(best))
                .filter(|c| worded(c))
                .count();
            // A row that is given an effort and a priority, or an effort
            // and the identifier the report names its work by, is planned
            // work whatever its first words ("| Content Moderation | High |
            // 6 hours |", "| SYS-05 | Env Vars | 8h |"): its name is the
            // work's name.
            let estimated = roles.contains(&Col::Effort)
                && (roles.contains(&Col::Priority)
                    || roles.contains(&Col::Severity)
                    || roles.contains(&Col::Id));
            // Labels name something: "1.2 days" in an "Avg Effort" column
            // is a figure.
            let named = rows
                .iter()
                .filter_map(|(_, c)| c.get(best))
                .filter(|c| c.chars().any(char::is_alphabetic) && effort::as_value(c).is_none())
                .count();
            if worklike * 2 < rows.len() {
                if !estimated || named * 2 < rows.len() {
                    return None;
                }
                labels = true;
            }
            best
        }
        _ => return None,
    };
    Some(Columns {
        roles,
        title,
        issue: issue.filter(|i| *i != title),
        labels,
    })
}

/// A cell worded as work: an instruction, or more than a label.
fn worded(cell: &str) -> bool {
    super::super::vocab::starts_with_action(cell) || cell.split_whitespace().count() >= 4
}

/// Rows (and labels) that sum or label rather than name work.
pub(super) fn is_total_row(title: &str) -> bool {
    let folded = fold(title);
    let words = folded_words(&folded);
    [
        "total",
        "totals",
        "subtotal",
        "sub-total",
        "sum",
        "grand total",
        "итого",
        "всего",
        "合计",
        "总计",
        "小计",
        "合計",
        "小計",
        "합계",
        "총계",
        "jumlah",
        "toplam",
        "gesamt",
        "totale",
    ]
    .iter()
    .any(|t| words.first().is_some_and(|w| w == t) || folded.starts_with(t) && !t.is_ascii())
}

/// Reads a table's rows as candidates; none when the table names no work.
/// "| 🔴 Critical | 5 | Must fix immediately |": one row per priority level,
/// each with a count. It tells how many findings each level has and what the
/// level means; its rows are not work.
fn counts_by_level(cols: &Columns, rows: &[(usize, Vec<String>)], legend: &Legend) -> bool {
    let Some(level) = cols.find(Col::Severity).or(cols.find(Col::Priority)) else {
        return false;
    };
    // A legend leads with the level and estimates nothing.
    if rows.len() < 3 || level != 0 || cols.find(Col::Effort).is_some() {
        return false;
    }
    let mut seen = Vec::new();
    for (_, cells) in rows {
        let Some(p) = cells.get(level).and_then(|c| legend.priority(c.trim())) else {
            return false;
        };
        if seen.contains(&p) {
            return false;
        }
        seen.push(p);
        let counted = cells.iter().enumerate().any(|(i, c)| {
            let c = c.trim().trim_matches('*');
            i != level && !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())
        });
        if !counted {
            return false;
        }
    }
    true
}

pub fn candidates(
    header: &[String],
    rows: &[(usize, Vec<String>)],
    legend: &Legend,
) -> Vec<Candidate> {
    let Some(cols) = columns(header, rows) else {
        return Vec::new();
    };
    if counts_by_level(&cols, rows, legend) {
        return Vec::new();
    }
    // The unit the effort header names for bare numbers ("Hours" › "6").
    let unit = cols
        .find(Col::Effort)
        .and_then(|i| header.get(i))
        .and_then(|h| effort::unit_in_header(h));
    let mut out = Vec::new();
    for (line, cells) in rows {
        let cell = |i: Option<usize>| {
            i.and_then(|i| cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty() && !matches!(*c, "-" | "—" | "–" | "n/a" | "N/A"))
        };
        let raw = cell(Some(cols.title)).unwrap_or("");
        let title = super::title::strip_labels(&clean_title(raw));
        if title.is_empty()
            || is_total_row(&title)
            || is_total_row(cells.first().map_or("", |c| c.as_str()))
        {
            continue;
        }
        let mut attrs = Attrs::default();
        if let Some(p) = cell(cols.find(Col::Severity)) {
            if let Some(p) = legend.priority(p) {
                attrs.priority = Some((p, Scope::Severity));
            }
        }
        if let Some(p) = cell(cols.find(Col::Priority)) {
            if let Some(p) = legend.priority(p) {
                attrs.priority = Some((p, Scope::Column));
            }
        }
        if let Some(e) = cell(cols.find(Col::Effort)) {
            if let Some(Ok(effort)) = effort::as_value(e)
                .or_else(|| effort::in_title(e))
                .or_else(|| unit.as_deref().and_then(|u| effort::in_unit_of(e, u)))
                .map(|f| f.effort)
            {
                attrs.effort = Some(effort);
            }
        }
        if let Some(c) = cell(cols.find(Col::Cost)) {
            if let Some(found) = cost::find(c) {
                super::gather::apply_cost(&mut attrs, found);
            }
        }
        if let Some(w) = cell(cols.find(Col::When)) {
            // "修复时间 | 2-3 天": a time column that gives only a duration
            // says how long the work takes, not when: no phase is named "2-3 天".
            match effort::only_duration(w) {
                Some(e) => attrs.span = Some(e),
                None => attrs.phase = Some(clean_title(w)),
            }
        }
        if let Some(s) = cell(cols.find(Col::Status)) {
            attrs.done = Some(done::says_done(s));
        }
        if let Some(o) = cell(cols.find(Col::Owner)) {
            attrs.owner = Some(clean_title(o));
        }
        if let Some(a) = cell(cols.find(Col::Area)) {
            attrs.category = Some(clean_title(a));
        }
        // The row's own text may carry what no column does: "(4h)", "🔴".
        if attrs.effort.is_none() {
            if let Some(Ok(e)) = effort::in_title(raw).map(|f| f.effort) {
                attrs.effort = Some(e);
            }
        }
        if attrs.priority.is_none() {
            if let Some(p) = priority::from_item(raw, legend) {
                attrs.priority = Some((p, Scope::Own));
            }
        }
        let mut c = Candidate::new(title, cells.join(" | "), *line, Shape::Row);
        c.attrs = attrs;
        c.label = cols.labels;
        // An id column names the row the way findings elsewhere are named.
        if let Some(id) = cell(cols.find(Col::Id)) {
            c.ids.extend(super::title::all_ids(id));
        }
        if let Some(issue) = cell(cols.issue) {
            c.notes.push(format!(
                "{}: {issue}",
                clean_title(&header[cols.issue.unwrap_or(0)])
            ));
        }
        for (i, role) in cols.roles.iter().enumerate() {
            if *role == Col::Other && i != cols.title {
                if let (Some(h), Some(v)) = (header.get(i), cell(Some(i))) {
                    c.notes.push(format!("{}: {v}", clean_title(h)));
                }
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[path = "rows_tests.rs"]
mod tests;
