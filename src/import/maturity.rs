//! Maturity models: a ladder of levels ("Level 2: Basic Automation (60% - 2
//! weeks)", "├── Level 3 (Defined): ✅ Current"), a statement of where the
//! project stands ("Maturity Level: 3/5 (Defined)"), or a current and a
//! target score ("Current: 30% → Target: 98%", "Current State: 7/10").

use super::outline::{Block, Line};
use super::score::{self, Score};
use super::text::{
    calm_case, clean_title, contains_ci, is_decoration, starts_with_ci, tokenize, words,
};
use crate::model::{Level, Maturity, Scale};

/// A level as read, with the checklist under it.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelDraft {
    pub level: u32,
    pub name: String,
    pub score: Option<Score>,
    pub current: bool,
    pub items: Vec<String>,
}

/// The maturity model of a report, and each level's checklist (used to tag
/// tasks with their level).
#[derive(Debug, Default)]
pub struct Read {
    pub maturity: Option<Maturity>,
    pub checklists: Vec<(u32, Vec<String>)>,
}

/// Every line of the document in order, with whether it is a heading.
fn all_lines(blocks: &[Block]) -> Vec<(&Line, bool)> {
    let mut out = Vec::new();
    let mut stack: Vec<&Block> = blocks.iter().rev().collect();
    while let Some(block) = stack.pop() {
        match block {
            Block::Heading { line, .. } => out.push((line, true)),
            Block::Paragraph { lines } | Block::Code { lines, .. } => {
                out.extend(lines.iter().map(|l| (l, false)))
            }
            Block::List { items, .. } => {
                // Items in order, each followed by its children.
                for item in items.iter().rev() {
                    for child in item.children.iter().rev() {
                        stack.push(child);
                    }
                }
                for item in items {
                    out.push((&item.line, false));
                    out.extend(item.extra.iter().map(|l| (l, false)));
                }
            }
            Block::Table { .. } => {}
        }
    }
    out
}

/// Strips tree characters, bullets and emoji from the start of a line.
fn strip_lead(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || is_decoration(c)
            || matches!(c, '├' | '└' | '─' | '│' | '-' | '*' | '•' | '+')
    })
}

/// "Level 2: Basic Automation (60% - 2 weeks)" and its kin.
fn level_line(text: &str) -> Option<LevelDraft> {
    let text = strip_lead(text);
    let toks = tokenize(text);
    let first = toks.first()?.word()?;
    if !matches!(
        first,
        "level" | "nível" | "nivel" | "niveau" | "stufe" | "tier"
    ) {
        return None;
    }
    let number = toks.get(1)?.num()?;
    if number.fract() != 0.0 || !(0.0..=20.0).contains(&number) {
        return None;
    }
    let rest = text[toks[1].end..].trim_start();
    let (name, tail) = if let Some(inner) = rest.strip_prefix('(') {
        // "Level 3 (Defined): ✅ Current"
        let close = inner.find(')')?;
        (inner[..close].to_string(), inner[close + 1..].to_string())
    } else {
        let rest = rest.trim_start_matches([':', '-', '–', '—', '.', ' ']);
        let stop = rest.find(['(', ':']).unwrap_or(rest.len());
        (rest[..stop].to_string(), rest[stop..].to_string())
    };
    let name = calm_case(&clean_title(&name));
    if name.is_empty() || name.split_whitespace().count() > 6 {
        return None;
    }
    let current = words(&tail)
        .iter()
        .any(|w| w == "current" || w == "atual" || w == "actuel");
    Some(LevelDraft {
        level: number as u32,
        name,
        score: score::find(&tail),
        current,
        items: Vec::new(),
    })
}

/// What a "Current…" or "Target…" line says: its score, or the level it names.
fn current_or_target(text: &str) -> Option<(bool, Option<Score>, Option<u32>)> {
    let text = strip_lead(text);
    let keyed = [
        "current", "target", "atual", "actual", "meta", "objetivo", "goal",
    ];
    if !keyed.iter().any(|k| starts_with_ci(text, k)) {
        return None;
    }
    let (key, value) = text.split_once(':')?;
    let key_words = words(key);
    let is_current = match key_words.first().map(String::as_str) {
        Some("current" | "atual" | "actual") => true,
        Some("target" | "meta" | "objetivo" | "goal") => false,
        _ => return None,
    };
    if key_words.len() > 3 {
        return None;
    }
    let toks = tokenize(value);
    let level = toks
        .windows(2)
        .find(|w| w[0].is_word("level"))
        .and_then(|w| w[1].num())
        .map(|n| n as u32);
    // "Current: 30% → Target: 98%" holds both; this returns the first.
    let value = value.split(['→', '➜']).next().unwrap_or(value);
    Some((is_current, score::find(value), level))
}

/// "To reach 90%+ compliance": the score and what it measures.
fn reach_target(text: &str) -> Option<(Score, String)> {
    let s = score::find(text)?;
    let pos = text.find('%').or_else(|| text.find('/'))?;
    let after: String = text[pos..]
        .trim_start_matches(|c: char| !c.is_alphabetic())
        .split(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let name = if after.is_empty() {
        "Target".to_string()
    } else {
        calm_case(&after)
    };
    Some((s, capitalise(&name)))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn read(blocks: &[Block]) -> Read {
    let mut levels: Vec<LevelDraft> = Vec::new();
    let mut statement: Option<Score> = None;
    let mut current: Option<Score> = None;
    let mut target: Option<Score> = None;
    let mut target_name: Option<String> = None;
    let mut open_level: Option<usize> = None;
    for (line, heading) in all_lines(blocks) {
        let text = line.text.as_str();
        // Most lines say nothing about maturity: skip them before tokenizing.
        let level_like = ["level", "niv", "ní", "stufe", "tier"]
            .iter()
            .any(|p| starts_with_ci(text, p));
        if !level_like
            && !heading
            && open_level.is_none()
            && !text.contains(':')
            && !contains_ci(text, "matur")
            && !contains_ci(text, "reach")
            && !contains_ci(text, "achieve")
        {
            continue;
        }
        if let Some(level) = level_like.then(|| level_line(text)).flatten() {
            if !levels.iter().any(|l| l.level == level.level) {
                levels.push(level);
                open_level = heading.then_some(levels.len() - 1);
            } else {
                open_level = None;
            }
            continue;
        }
        if heading {
            open_level = None;
        }
        let ws = if contains_ci(text, "matur")
            || contains_ci(text, "reach")
            || contains_ci(text, "achieve")
        {
            words(text)
        } else {
            Vec::new()
        };
        if ws
            .iter()
            .any(|w| w == "maturity" || w == "maturidade" || w == "madurez")
        {
            if let Some(s) = score::find(text).filter(|s| !s.percent || text.contains("Level")) {
                statement.get_or_insert(s);
                continue;
            }
        }
        if target.is_none() && ws.iter().take(3).any(|w| w == "reach" || w == "achieve") {
            // "To reach 90%+ compliance, implement:": the report's target.
            if let Some((s, name)) = reach_target(text) {
                target = Some(s);
                target_name = Some(name);
                continue;
            }
        }
        if let Some((is_current, s, _)) = current_or_target(text) {
            let rhs = text.split_once('→').map(|(_, r)| r);
            if is_current {
                if let Some(s) = s {
                    current.get_or_insert(s);
                }
                if let Some(t) = rhs.and_then(score::find) {
                    target.get_or_insert(t);
                }
            } else if let Some(s) = s {
                if target.is_none() {
                    target = Some(s);
                    target_name = text.split_once(':').map(|(_, v)| clean_title(v));
                }
            }
            continue;
        }
        if let Some(i) = open_level {
            let item = clean_title(text);
            if !item.is_empty() && !item.contains(':') {
                levels[i].items.push(item);
            }
        }
    }
    build(levels, statement, current, target, target_name)
}

fn build(
    mut levels: Vec<LevelDraft>,
    statement: Option<Score>,
    current: Option<Score>,
    target: Option<Score>,
    target_name: Option<String>,
) -> Read {
    levels.sort_by_key(|l| l.level);
    let checklists = levels.iter().map(|l| (l.level, l.items.clone())).collect();
    if levels.len() >= 2 {
        let percent = levels.iter().any(|l| l.score.is_some_and(|s| s.percent));
        let top = levels.last().map(|l| l.level).unwrap_or(1).max(1) as f64;
        let scale = if percent {
            Scale::Percent
        } else {
            Scale::OutOf(statement.map(|s| s.max).unwrap_or(top))
        };
        let mut last = 0.0;
        let model_levels: Vec<Level> = levels
            .iter()
            .map(|l| {
                let score = match (scale, l.score) {
                    (Scale::Percent, Some(s)) if s.percent => s.value,
                    (Scale::OutOf(max), _) => (l.level as f64).min(max),
                    _ => last,
                };
                let score = score.max(last);
                last = score;
                Level {
                    level: l.level,
                    name: l.name.clone(),
                    score,
                    description: (!l.items.is_empty()).then(|| l.items.join("; ")),
                    requires: Vec::new(),
                    min_score: None,
                }
            })
            .collect();
        let baseline = levels
            .iter()
            .zip(&model_levels)
            .find(|(l, _)| l.current)
            .map(|(_, m)| m.score)
            .or_else(|| match scale {
                Scale::Percent => current.filter(|c| c.percent).map(|c| c.value),
                Scale::OutOf(max) => statement.filter(|s| s.max == max).map(|s| s.value),
            })
            .unwrap_or(0.0);
        return Read {
            maturity: Some(Maturity {
                baseline: baseline.clamp(0.0, scale.max()),
                scale,
                levels: model_levels,
            }),
            checklists,
        };
    }
    if let (Some(c), Some(t)) = (current.or(statement), target) {
        if c.max == t.max && t.value >= c.value {
            let scale = if c.percent {
                Scale::Percent
            } else {
                Scale::OutOf(c.max)
            };
            let name = target_name
                .map(|n| {
                    n.split(['(', '-', '–'])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string()
                })
                .filter(|n| !n.is_empty() && score::find(n).is_none())
                .unwrap_or_else(|| "Target".to_string());
            return Read {
                maturity: Some(Maturity {
                    baseline: c.value,
                    scale,
                    levels: vec![Level {
                        level: 1,
                        name: calm_case(&name),
                        score: t.value,
                        description: None,
                        requires: Vec::new(),
                        min_score: None,
                    }],
                }),
                checklists,
            };
        }
    }
    if let Some(s) = statement {
        return Read {
            maturity: Some(Maturity {
                baseline: s.value,
                scale: if s.percent {
                    Scale::Percent
                } else {
                    Scale::OutOf(s.max)
                },
                levels: Vec::new(),
            }),
            checklists,
        };
    }
    Read::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline;

    #[test]
    fn a_ladder_with_percentages() {
        let md = "### Level 1: Manual (Current - 30%)\n❌ Worker runs on laptop\n❌ Manual deployments\n\n**Risk:** High\n\n### Level 2: Basic Automation (60% - 2 weeks)\n✅ Worker deployed to Railway\n\n### Level 3: Production-Grade (85% - 6 weeks)\n✅ Full CI/CD pipeline\n";
        let r = read(&outline::read(md));
        let m = r.maturity.unwrap();
        assert_eq!(m.scale, Scale::Percent);
        assert_eq!(m.baseline, 30.0);
        assert_eq!(m.levels.len(), 3);
        assert_eq!(m.levels[1].name, "Basic Automation");
        assert_eq!(m.levels[1].score, 60.0);
        assert_eq!(
            r.checklists[0].1,
            vec!["Worker runs on laptop", "Manual deployments"]
        );
    }

    #[test]
    fn a_cmmi_ladder_in_a_code_block() {
        let md = "```\nInfrastructure Maturity Level: 3/5 (Defined)\n├── Level 1 (Initial): ✅ Passed\n├── Level 2 (Managed): ✅ Passed\n├── Level 3 (Defined): ✅ Current - Good processes\n├── Level 4 (Quantitatively Managed): ❌ Missing metrics\n└── Level 5 (Optimizing): ❌ Missing continuous improvement\n```\n";
        let m = read(&outline::read(md)).maturity.unwrap();
        assert_eq!(m.scale, Scale::OutOf(5.0));
        assert_eq!(m.baseline, 3.0);
        assert_eq!(m.levels.len(), 5);
        assert_eq!(m.levels[3].name, "Quantitatively Managed");
        assert_eq!(m.levels[4].score, 5.0);
    }

    #[test]
    fn current_and_target_make_a_one_level_model() {
        let md = "**Current State: 7/10** - Good foundations\n**Target State: 9/10** - Enterprise-grade scalable infrastructure\n";
        let m = read(&outline::read(md)).maturity.unwrap();
        assert_eq!(m.scale, Scale::OutOf(10.0));
        assert_eq!(m.baseline, 7.0);
        assert_eq!(m.levels[0].score, 9.0);
        let m = read(&outline::read("Current: 30% → Target: 98%\n"))
            .maturity
            .unwrap();
        assert_eq!((m.baseline, m.levels[0].score), (30.0, 98.0));
    }

    #[test]
    fn a_stated_target_completes_a_current_score() {
        let md = "### Current Compliance: 35%\n\nTo reach **90%+ compliance**, implement:\n";
        let m = read(&outline::read(md)).maturity.unwrap();
        assert_eq!(m.scale, Scale::Percent);
        assert_eq!((m.baseline, m.levels[0].score), (35.0, 90.0));
        assert_eq!(m.levels[0].name, "Compliance");
    }

    #[test]
    fn no_model_no_maturity() {
        assert!(read(&outline::read("# Plan\n\n- [ ] Do things\n"))
            .maturity
            .is_none());
    }
}
