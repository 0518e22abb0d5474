//! Scores as reports write them: "3/10", "72/100", "8.8/10", "35%", and
//! "currently 10% → target 95%".

use super::text::{tokenize, Tok};

/// A score and the maximum it is out of (100 for percentages).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub value: f64,
    pub max: f64,
    pub percent: bool,
}

impl Score {
    pub fn ratio(&self) -> f64 {
        if self.max > 0.0 {
            self.value / self.max
        } else {
            0.0
        }
    }
}

fn score_at(toks: &[Tok], i: usize) -> Option<(Score, usize)> {
    let value = toks.get(i)?.num()?;
    // Not the high end of a range ("1-2/10" is rare; "Weeks 5-8" is not a score).
    if i > 0 && toks[i - 1].is_dash() && toks.get(i.wrapping_sub(2)).and_then(Tok::num).is_some() {
        return None;
    }
    if toks.get(i + 1).is_some_and(|t| t.is_sym('/')) {
        let max = toks.get(i + 2)?.num()?;
        let adjacent = toks[i + 1].start == toks[i].end && toks[i + 2].start == toks[i + 1].end;
        if adjacent && max > 0.0 && value <= max && matches!(max as u32, 3..=10 | 20 | 100 | 1000) {
            return Some((
                Score {
                    value,
                    max,
                    percent: false,
                },
                i + 3,
            ));
        }
        return None;
    }
    if toks.get(i + 1).is_some_and(|t| t.is_sym('%')) && (0.0..=100.0).contains(&value) {
        return Some((
            Score {
                value,
                max: 100.0,
                percent: true,
            },
            i + 2,
        ));
    }
    None
}

/// The first score in `text`.
pub fn find(text: &str) -> Option<Score> {
    let toks = tokenize(text);
    (0..toks.len()).find_map(|i| score_at(&toks, i).map(|(s, _)| s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_as_reports_write_them() {
        assert_eq!(
            find("**3/10**").map(|s| (s.value, s.max)),
            Some((3.0, 10.0))
        );
        assert_eq!(
            find("72/100").map(|s| (s.value, s.max)),
            Some((72.0, 100.0))
        );
        assert_eq!(
            find("Overall: 8.8/10 - EXCELLENT").map(|s| s.value),
            Some(8.8)
        );
        assert_eq!(
            find("10% (test infra only)").map(|s| (s.value, s.percent)),
            Some((10.0, true))
        );
        assert_eq!(find("24/7 on-call"), None);
        assert_eq!(find("Railway/Render"), None);
    }
}
