//! How alike two titles are: the share of their meaningful words they have
//! in common. Used to tag tasks with the maturity level whose checklist
//! names them, and by the seed comparison tests to match curated tasks.

use super::text::words;
use std::collections::HashSet;

/// Words that carry no meaning for matching titles.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "by",
    "at",
    "from",
    "via",
    "set",
    "up",
    "setup",
    "add",
    "implement",
    "configure",
    "create",
    "deploy",
    "enable",
    "e",
    "g",
    "de",
    "da",
    "do",
    "para",
    "com",
    "la",
    "le",
    "et",
];

/// Reduces a word to a rough stem so "backups" meets "backup" and
/// "deployed" meets "deploy".
fn stem(word: &str) -> String {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 {
            if let Some(s) = w.strip_suffix(suffix) {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// The meaningful word stems of a title.
pub fn key_words(title: &str) -> HashSet<String> {
    words(title)
        .into_iter()
        .flat_map(|w| w.split(['-', '/']).map(str::to_string).collect::<Vec<_>>())
        .map(|w| stem(&w))
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

/// The stems of a title's meaningful words by the Snowball rules of its
/// script's language (English for Latin letters, Russian for Cyrillic), for
/// telling two wordings of one action apart from two actions: "Optimize RLS
/// policies" and "RLS policy optimization" share every stem here, and only
/// "rls" by [`key_words`]. The scorer keeps [`key_words`], so a change here
/// never moves the ruler the importer is measured with.
pub fn action_words(title: &str) -> HashSet<String> {
    use rust_stemmers::{Algorithm, Stemmer};
    thread_local! {
        static STEMMERS: (Stemmer, Stemmer) =
            (Stemmer::create(Algorithm::English), Stemmer::create(Algorithm::Russian));
    }
    // Chinese and Japanese are read apart: their runs are not spaced into
    // words, so the spaced words are read with the runs blanked out.
    let unspaced = title.chars().any(is_unspaced);
    let spaced: std::borrow::Cow<str> = if unspaced {
        title
            .chars()
            .map(|c| if is_unspaced(c) { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        title.into()
    };
    let mut found = if unspaced {
        unspaced_terms(title)
    } else {
        HashSet::new()
    };
    STEMMERS.with(|(latin, cyrillic)| {
        found.extend(
            words(&spaced)
                .into_iter()
                .flat_map(|w| {
                    w.split(['-', '/'])
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()) && !generic_verb(w))
                .map(|w| {
                    let stemmer = if w.chars().any(|c| matches!(c, '\u{400}'..='\u{4FF}')) {
                        cyrillic
                    } else {
                        latin
                    };
                    stemmer.stem(&w).into_owned()
                })
                .filter(|w| !STOP.contains(&w.as_str()) && !generic_verb(w)),
        );
    });
    found
}

/// Verbs that say a problem is to be made right and nothing of which work
/// does it: "Fix the redirect loop" and "Redirect loop" name one action.
/// Their stems too, as the Snowball rules leave them. Only for
/// [`action_words`]: the scorer's [`key_words`] keeps them.
#[rustfmt::skip]
const FIX_VERBS: &[&str] = &[
    "fix", "resolv", "resolve", "address", "implement", "remedi", "remediate",
    "corregir", "corrigir", "resolver", "solucionar", "implementar",
    "corriger", "résoudre", "implémenter", "beheben", "korrigieren", "implementieren",
    "correggere", "risolvere", "implementare", "oplossen", "herstellen",
    "napraw", "naprawić", "opravit", "düzelt", "perbaiki",
    "исправ", "исправить", "устран", "устранить", "виправ", "виправити",
];

/// "Add", "create", "configure", "enable" in the other spaced languages,
/// as [`STOP`] has them in English: "Добавить resource limits" is the
/// finding's "resource limits", "Agregar índice" the gap's "índice".
/// Infinitives and the stems Snowball leaves of them and their nouns.
#[rustfmt::skip]
const GENERIC_VERBS: &[&str] = &[
    "agregar", "añadir", "crear", "configurar", "habilitar", "activar",
    "adicionar", "criar", "ativar", "ajouter", "créer", "configurer", "activer",
    "hinzufügen", "erstellen", "konfigurieren", "aktivieren", "einrichten",
    "aggiungere", "creare", "configurare", "abilitare", "attivare",
    "toevoegen", "aanmaken", "configureren", "inschakelen",
    "dodać", "utworzyć", "skonfigurować", "włączyć", "přidat", "vytvořit", "nastavit",
    "ekle", "eklenmesi", "oluştur", "yapılandır", "tambahkan", "buat", "konfigurasi",
    "добавить", "добав", "добавлен", "создать", "созда", "создан", "настроить",
    "настро", "настройк", "включить", "включ", "додати", "дода", "створити",
    "створ", "налаштувати", "налаштува",
];

fn generic_verb(w: &str) -> bool {
    FIX_VERBS.contains(&w) || GENERIC_VERBS.contains(&w)
}

/// Chinese ideographs and Japanese kana: scripts written without spaces.
/// Hangul is spaced into words, and read as the other scripts are.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x3040..=0x30FF)
}

/// What an unspaced title says besides its action and its particles: "add",
/// "fix", "of" in Chinese and Japanese, which name no work apart from
/// another, as "add" and "implement" are in [`STOP`]: "添加单元测试" (add
/// unit tests) names the same work as "单元测试" in a table of gaps.
#[rustfmt::skip]
const UNSPACED_STOP: &[&str] = &[
    // Chinese: add, create, implement, fix, use, set up, introduce, improve,
    // complete, support, strengthen, raise, need, suggest.
    "添加", "增加", "新增", "创建", "建立", "实现", "修复", "修正", "使用", "进行", "设置",
    "配置", "引入", "改进", "完善", "支持", "加强", "增强", "提高", "提升", "需要", "建议",
    // Japanese (修正, fix, is above): add, implement, create, introduce, set
    // up, improve, handle, do.
    "追加", "実装", "作成", "導入", "設定", "改善", "対応", "する", "します", "した",
    // Particles and function words of both.
    "的", "了", "和", "与", "及", "或", "在", "对", "为", "等",
    "の", "を", "に", "は", "が", "と", "で", "へ", "や", "も",
];

/// The terms of a title's unspaced runs: the characters of each run
/// without the words of [`UNSPACED_STOP`], as the spaced scripts' words
/// are their stems: no dictionary here says where such words end.
fn unspaced_terms(title: &str) -> HashSet<String> {
    let mut terms = HashSet::new();
    let mut rest = title;
    while let Some(c) = rest.chars().next() {
        if !is_unspaced(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        // The longest stop word here, or the character itself.
        let stop = UNSPACED_STOP
            .iter()
            .filter(|w| rest.starts_with(**w))
            .map(|w| w.len())
            .max();
        let step = stop.unwrap_or(c.len_utf8());
        if stop.is_none() {
            terms.insert(c.to_string());
        }
        rest = &rest[step..];
    }
    terms
}

/// Dice coefficient of the two titles' key words: 1.0 for the same words,
/// 0.0 for none in common.
pub fn overlap(a: &str, b: &str) -> f64 {
    dice(&key_words(a), &key_words(b))
}

/// Dice coefficient of two sets of key words.
pub fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count() as f64;
    2.0 * common / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_titles_score_high() {
        assert_eq!(
            overlap(
                "Deploy Worker to Railway/Render",
                "Deploy worker to Railway/Render"
            ),
            1.0
        );
        assert!(overlap("Setup Automated Backups (database)", "Automated backups") > 0.6);
        assert!(
            overlap(
                "Worker deployed to Railway",
                "Deploy Worker to Railway/Render"
            ) >= 0.5
        );
        assert!(overlap("Canary Deployments", "Implement Redis caching layer") < 0.2);
        assert_eq!(overlap("", "x"), 0.0);
    }

    #[test]
    fn two_wordings_of_one_action_share_their_stems() {
        let (a, b) = (
            action_words("Optimize RLS policies"),
            action_words("RLS policy optimization"),
        );
        assert_eq!(a, b, "{a:?} {b:?}");
        // The ruler the corpus is scored with does not see it.
        assert!(overlap("Optimize RLS policies", "RLS policy optimization") < 0.5);
        let ru = action_words("Настроить резервное копирование");
        assert_eq!(ru, action_words("настроить резервного копирования"));
        assert!(action_words("Canary deployments").is_disjoint(&action_words("Redis caching")));
    }

    #[test]
    fn generic_verbs_name_no_work_in_any_spaced_language() {
        // As "add" and "create" are not words of an action in English.
        assert_eq!(
            action_words("Добавить resource limits"),
            action_words("resource limits")
        );
        assert_eq!(
            action_words("Agregar índice compuesto"),
            action_words("Índice compuesto")
        );
        assert_eq!(action_words("Backups einrichten"), action_words("Backups"));
        // The work itself stays.
        assert!(!action_words("Crear capa de servicios").is_empty());
    }

    #[test]
    fn unspaced_titles_are_read_without_their_verbs_and_particles() {
        // "Add unit tests" and the gap table's "unit tests".
        let fix = action_words("添加单元测试");
        assert_eq!(fix, action_words("单元测试"));
        // "Create the API layer" and the gap "no API layer"; spaced words
        // beside them are read as before.
        let api = action_words("创建 API 抽象层");
        assert!(api.contains("api") && api.contains("抽") && !api.contains("创"));
        assert!(dice(&api, &action_words("没有 API 抽象层")) >= 0.75);
        // Japanese: "implement the input check" is the "input check".
        assert_eq!(
            action_words("入力チェックの実装"),
            action_words("入力チェック")
        );
        // Work on different things stays apart.
        assert!(dice(&fix, &action_words("添加集成测试")) < 0.75);
    }
}
