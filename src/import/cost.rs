//! Cost in titles, labels and values: "$50/month", "~$15k", "$400-850/month",
//! "€1.200 per year", "R$ 300/mês", "No additional cost". The amount's
//! substring is found here; `model::money::Money::parse` reads it.

use super::text::{tokenize, Kind, Tok};
use crate::model::Money;

/// How often an amount is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Once,
    Monthly,
    /// Converted to monthly (÷ 12) when stored, since the file has no yearly field.
    Yearly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundCost {
    pub money: Result<Money, String>,
    pub period: Period,
    /// ISO code of the currency written, when one was.
    pub currency: Option<&'static str>,
    pub start: usize,
    pub end: usize,
}

fn currency_symbol(c: char) -> Option<&'static str> {
    match c {
        '$' => Some("USD"),
        '€' => Some("EUR"),
        '£' => Some("GBP"),
        '¥' => Some("JPY"),
        _ => None,
    }
}

fn currency_word(w: &str) -> Option<&'static str> {
    match w {
        "usd" | "dollars" => Some("USD"),
        "eur" | "euros" | "euro" => Some("EUR"),
        "gbp" => Some("GBP"),
        "brl" | "reais" => Some("BRL"),
        _ => None,
    }
}

fn period_word(w: &str) -> Option<Period> {
    match w {
        "month" | "mo" | "monthly" | "mês" | "mes" | "mensal" | "mois" | "monat" | "mth" => {
            Some(Period::Monthly)
        }
        "year" | "yr" | "annually" | "yearly" | "annual" | "ano" | "año" | "an" | "jahr" => {
            Some(Period::Yearly)
        }
        _ => None,
    }
}

/// An amount starting at token `i`: `$N`, `$N-M`, `$Nk`, `$N-$M`, `N USD`.
/// Returns the index after it and the currency.
fn amount_at(toks: &[Tok], i: usize) -> Option<(usize, &'static str)> {
    let mut j = i;
    let mut currency = None;
    if toks.get(j).is_some_and(|t| t.is_word("r")) && toks.get(j + 1).is_some_and(|t| t.is_sym('$'))
    {
        currency = Some("BRL");
        j += 2;
    } else if let Some(c) = toks.get(j).and_then(|t| match t.kind {
        Kind::Sym(c) => currency_symbol(c),
        _ => None,
    }) {
        currency = Some(c);
        j += 1;
    } else if let Some(c) = toks.get(j).and_then(Tok::word).and_then(currency_word) {
        currency = Some(c);
        j += 1;
    }
    toks.get(j)?.num()?;
    j += 1;
    j = skip_suffix(toks, j);
    // A range: "-850", "-$300", " to $300".
    if toks.get(j).is_some_and(|t| t.is_dash() || t.is_word("to")) {
        let mut k = j + 1;
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Sym(c) if currency_symbol(c).is_some()))
        {
            k += 1;
        }
        if toks.get(k).and_then(Tok::num).is_some() {
            j = skip_suffix(toks, k + 1);
        }
    }
    if currency.is_none() {
        currency = Some(toks.get(j).and_then(Tok::word).and_then(currency_word)?);
        j += 1;
    }
    Some((j, currency?))
}

/// Skips a `k`/`m` multiplier glued to the number.
fn skip_suffix(toks: &[Tok], j: usize) -> usize {
    match toks.get(j) {
        Some(t) if (t.is_word("k") || t.is_word("m")) && toks[j - 1].end == t.start => j + 1,
        _ => j,
    }
}

/// The period after an amount: "/month", "per month", "a month", "monthly".
fn period_after(toks: &[Tok], j: usize) -> Option<(usize, Period)> {
    let t = toks.get(j)?;
    if t.is_sym('/') || t.is_word("per") || t.is_word("a") || t.is_word("por") || t.is_word("par") {
        let p = toks.get(j + 1)?.word().and_then(period_word)?;
        return Some((j + 2, p));
    }
    t.word().and_then(period_word).map(|p| (j + 1, p))
}

/// The first amount of money in `text`, with its period. A "monthly" word
/// shortly before the amount ("Monthly budget: $200") also makes it monthly.
pub fn find(text: &str) -> Option<FoundCost> {
    // No currency sign and no currency word: no amount, and no tokenizing.
    let has_currency = text.contains(['$', '€', '£', '¥'])
        || ["usd", "eur", "gbp", "brl", "dollar", "reais"]
            .iter()
            .any(|w| super::text::contains_ci(text, w));
    if !has_currency {
        return None;
    }
    let toks = tokenize(text);
    for i in 0..toks.len() {
        let Some((after_amount, currency)) = amount_at(&toks, i) else {
            continue;
        };
        let start = if i > 0 && toks[i - 1].is_sym('~') {
            toks[i - 1].start
        } else {
            toks[i].start
        };
        let amount_text = &text[start..toks[after_amount - 1].end];
        let (end, mut period) = match period_after(&toks, after_amount) {
            Some((end, p)) => (end, p),
            None => (after_amount, Period::Once),
        };
        if period == Period::Once {
            let lead = &toks[i.saturating_sub(4)..i];
            if let Some(p) = lead.iter().filter_map(Tok::word).find_map(period_word) {
                period = p;
            }
        }
        return Some(FoundCost {
            money: Money::parse(
                amount_text
                    .trim_end_matches(|c: char| {
                        c.is_alphabetic() && !matches!(c, 'k' | 'K' | 'm' | 'M')
                    })
                    .trim(),
            )
            .map_err(|e| e.to_string()),
            period,
            currency: Some(currency),
            start,
            end: toks[end - 1].end,
        });
    }
    None
}

/// "No additional cost", "free", "$0": the text says the work costs nothing.
pub fn says_free(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "no additional cost",
        "no cost",
        "no extra cost",
        "free",
        "sem custo",
        "gratuito",
        "none",
    ]
    .iter()
    .any(|p| lower.trim() == *p || lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost(text: &str) -> Option<(String, Period)> {
        find(text).map(|f| {
            (
                f.money.map(|m| m.to_string()).unwrap_or_else(|e| e),
                f.period,
            )
        })
    }

    #[test]
    fn amounts_as_reports_write_them() {
        let cases = [
            ("Cost: $50/month additional", Some(("50", Period::Monthly))),
            ("~$15k (DevOps time)", Some(("15000", Period::Once))),
            ("Total: $400-850/month", Some(("400-850", Period::Monthly))),
            (
                "Monitoring Stack: $150-300",
                Some(("150-300", Period::Once)),
            ),
            ("Monthly budget: $200", Some(("200", Period::Monthly))),
            ("€1,200 per year", Some(("1200", Period::Yearly))),
            ("R$ 300/mês", Some(("300", Period::Monthly))),
            ("$150-$300 per month", Some(("150-300", Period::Monthly))),
            ("500 USD a month", Some(("500", Period::Monthly))),
            ("No additional cost", None),
            ("Cost per 1000 Users", None),
        ];
        for (text, expected) in cases {
            let expected = expected.map(|(m, p)| (m.to_string(), p));
            assert_eq!(cost(text), expected, "{text}");
        }
        assert!(says_free("No additional cost"));
        assert!(!says_free("$50/month"));
    }

    #[test]
    fn the_currency_is_reported() {
        assert_eq!(find("€50/month").and_then(|f| f.currency), Some("EUR"));
        assert_eq!(find("$50").and_then(|f| f.currency), Some("USD"));
    }
}
