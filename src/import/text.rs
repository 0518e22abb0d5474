//! Small text tools shared by the recognisers: a tokenizer that keeps byte
//! positions (so a recogniser can cut the value it found out of a title),
//! and cleaning of titles and names.

/// A token of a line of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A lower-cased word; hyphenated words stay whole (`short-term`).
    Word(String),
    /// A number as written (`1.5`, `1,200`).
    Num(f64),
    /// Any other single character that is not white space.
    Sym(char),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn num(&self) -> Option<f64> {
        match self.kind {
            Kind::Num(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }

    pub fn is_word(&self, w: &str) -> bool {
        self.word() == Some(w)
    }

    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Sym('-' | '–' | '—'))
    }
}

/// CJK ideographs are words of their own (`高`), since they are not spaced.
fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x3040..=0x30FF | 0xAC00..=0xD7AF)
}

/// Splits `text` into words, numbers and symbols. Linear in the input.
pub fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_first(text, usize::MAX)
}

/// The first `limit` tokens of [`tokenize`], reading no further into the
/// text than they reach: a leading label needs three, not a long line's all.
pub fn tokenize_first(text: &str, limit: usize) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if toks.len() >= limit {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        if is_ideograph(c) {
            toks.push(Tok {
                kind: Kind::Word(c.to_string()),
                start,
                end: start + c.len_utf8(),
            });
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                let next_is_digit = text[i + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || (matches!(d, '.' | ',') && next_is_digit) {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let raw = &text[start..end];
            // "1,200" groups thousands; "1,5" is a decimal comma.
            let normal = match raw.rsplit_once(',') {
                Some((_, tail)) if tail.len() == 3 && !raw.contains('.') => raw.replace(',', ""),
                _ => raw.replace(',', "."),
            };
            match normal.parse::<f64>() {
                Ok(n) if n.is_finite() => toks.push(Tok {
                    kind: Kind::Num(n),
                    start,
                    end,
                }),
                _ => toks.push(Tok {
                    kind: Kind::Sym('#'),
                    start,
                    end,
                }),
            }
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                let joins = matches!(d, '-' | '\'' | '’')
                    && text[i + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphabetic());
                if (d.is_alphanumeric() && !is_ideograph(d)) || joins {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            let lower = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                word.to_lowercase()
            };
            toks.push(Tok {
                kind: Kind::Word(lower),
                start,
                end,
            });
        } else {
            toks.push(Tok {
                kind: Kind::Sym(c),
                start,
                end: start + c.len_utf8(),
            });
        }
    }
    toks
}

/// True when `text` contains `needle` (ASCII, lower case) ignoring case:
/// a cheap filter before tokenizing a line.
pub fn contains_ci(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    needle.is_empty()
        || hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// True when the first letters of `text` (after any decoration) spell
/// `prefix` (ASCII, lower case), ignoring case.
pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    t.len() >= prefix.len() && t.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Lower-case alphanumeric words of `text`, for matching and keys.
pub fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter_map(|t| match t.kind {
            Kind::Word(w) => Some(w),
            Kind::Num(n) => Some(crate::model::range::format_number(n)),
            // "4.0.13" is no number, but it is what tells two version
            // upgrades apart.
            Kind::Sym('#') if text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit()) => {
                Some(text[t.start..t.end].to_string())
            }
            Kind::Sym(_) => None,
        })
        .collect()
}

/// True for pictographs, dingbats, arrows, box drawing and the like: the
/// decoration reports put around titles.
pub fn is_decoration(c: char) -> bool {
    let code = c as u32;
    matches!(code,
        0x2190..=0x21FF | 0x2300..=0x27BF | 0x2900..=0x297F | 0x2B00..=0x2BFF
        | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D | 0x20E3 | 0xF8FF
        | 0x2022 | 0x2023)
        || matches!(c, '*' | '_' | '#' | '>' | '|' | '`' | '~' | '•' | '·')
}

/// Removes list numbering (`1.`, `2)`, `3.2`), checkbox glyphs, emoji,
/// markdown leftovers and trailing colons from a title; collapses spaces.
pub fn clean_title(text: &str) -> String {
    let mut t = text.trim();
    loop {
        let before = t.len();
        t = t.trim_start_matches(|c: char| is_decoration(c) || c.is_whitespace() || c == '-');
        t = strip_numbering(t);
        if t.len() == before {
            break;
        }
    }
    let t = t.trim_end_matches(|c: char| {
        is_decoration(c) || c.is_whitespace() || matches!(c, ':' | '-' | '–')
    });
    collapse_spaces(t)
}

/// `1. `, `2) `, `3.2 `, `A. ` at the start of a title.
fn strip_numbering(t: &str) -> &str {
    let digits = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .count();
    if digits > 0 && digits < t.len() {
        let rest = &t[digits..];
        if t.as_bytes()[0].is_ascii_digit() {
            if let Some(r) = rest.strip_prefix(')') {
                return r.trim_start();
            }
            if t[..digits].ends_with('.') && rest.starts_with(' ') {
                return rest.trim_start();
            }
            if rest.starts_with(' ') && t[..digits].contains('.') {
                return rest.trim_start();
            }
        }
    }
    t
}

pub fn collapse_spaces(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// "IMMEDIATE ENHANCEMENTS" → "Immediate Enhancements": names shouted in
/// capitals read better in a planner; mixed case is kept as written.
pub fn calm_case(text: &str) -> String {
    // Judge by the part before any bracket: "CRITICAL (Do First)" shouts.
    let head = text.split('(').next().unwrap_or(text);
    let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() < 4 || upper * 10 < letters.len() * 9 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut start_of_word = true;
    for c in text.chars() {
        if c.is_alphabetic() {
            if start_of_word {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start_of_word = false;
        } else {
            out.push(c);
            start_of_word = !matches!(c, '\'' | '’' | '/');
        }
    }
    // Acronyms that should stay upper case after lowering.
    for acronym in [
        "Ci/cd", "Api", "Dr", "Iac", "Apm", "Sla", "Ssl", "Cdn", "Aws",
    ] {
        let upper: String = acronym.to_uppercase();
        out = replace_word(&out, acronym, &upper);
    }
    out
}

fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(from) {
        let before_ok = rest[..i]
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = rest[i + from.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..i]);
        out.push_str(if before_ok && after_ok { to } else { from });
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Removes the byte range `range` from `text` along with the brackets and
/// separators that held it, e.g. `CI/CD Pipeline (16 hours)` → `CI/CD Pipeline`.
pub fn cut(text: &str, range: std::ops::Range<usize>) -> String {
    let (mut start, mut end) = (range.start, range.end);
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let bracketed = (before.ends_with('(') && after.starts_with(')'))
        || (before.ends_with('[') && after.starts_with(']'));
    if bracketed {
        start = before.len() - 1;
        end = text.len() - after.len() + 1;
    }
    let mut out = String::new();
    out.push_str(text[..start].trim_end_matches([' ', ',', ';', '-', '–', '—']));
    let rest = text[end..].trim_start_matches([' ', ',', ';']);
    if !out.is_empty() && !rest.is_empty() && !rest.starts_with([')', ']']) {
        out.push(' ');
    }
    out.push_str(rest);
    let out = out
        .trim()
        .trim_end_matches([':', '-', '–', '—', '(', ','])
        .trim_start_matches([':', '-', '–', '—', ',', ')'])
        .trim();
    collapse_spaces(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_positions_and_hyphenated_words() {
        let toks = tokenize("SHORT-TERM (Next 2 Weeks) 1,5d €1,200");
        assert_eq!(toks[0].word(), Some("short-term"));
        assert!(toks[1].is_sym('('));
        assert_eq!(toks[3].num(), Some(2.0));
        assert_eq!(toks[6].num(), Some(1.5));
        assert_eq!(toks[7].word(), Some("d"));
        assert_eq!(toks[9].num(), Some(1200.0));
        assert_eq!(
            &"SHORT-TERM (Next 2 Weeks)"[toks[2].start..toks[2].end],
            "Next"
        );
    }

    #[test]
    fn cheap_filters_ignore_case() {
        assert!(contains_ci("Infrastructure MATURITY Level", "maturity"));
        assert!(!contains_ci("Mature", "maturity"));
        assert!(starts_with_ci("**Score: 1/10**", "score"));
        assert!(starts_with_ci("├── Level 1 (Initial)", "level"));
        assert!(!starts_with_ci("Sc", "score"));
    }

    #[test]
    fn ideographs_are_words() {
        let toks = tokenize("優先度: 高");
        assert_eq!(toks.last().and_then(|t| t.word()), Some("高"));
    }

    #[test]
    fn titles_are_cleaned() {
        assert_eq!(
            clean_title("1. **Enhanced Monitoring**"),
            "Enhanced Monitoring"
        );
        assert_eq!(
            clean_title("🔴 CRITICAL (This Week)"),
            "CRITICAL (This Week)"
        );
        assert_eq!(clean_title("✅ **Strengths:**"), "Strengths");
        assert_eq!(
            clean_title("3.2 Configuration Management"),
            "Configuration Management"
        );
        assert_eq!(
            clean_title("├── Level 1 (Initial): ✅ Passed"),
            "Level 1 (Initial): ✅ Passed"
        );
        assert_eq!(
            clean_title("24/7 on-call coverage"),
            "24/7 on-call coverage"
        );
        assert_eq!(clean_title("2FA for admins"), "2FA for admins");
    }

    #[test]
    fn shouting_is_calmed() {
        assert_eq!(
            calm_case("IMMEDIATE ENHANCEMENTS"),
            "Immediate Enhancements"
        );
        assert_eq!(
            calm_case("CI/CD PIPELINE ANALYSIS"),
            "CI/CD Pipeline Analysis"
        );
        assert_eq!(calm_case("Deploy to AWS"), "Deploy to AWS");
    }

    #[test]
    fn values_are_cut_out_of_titles() {
        assert_eq!(cut("CI/CD Pipeline (16 hours)", 16..24), "CI/CD Pipeline");
        assert_eq!(cut("Add checks - 4h", 13..15), "Add checks");
        assert_eq!(cut("Month 1: Foundation", 0..7), "Foundation");
    }
}
