//! The five views of a planning session: Roadmap, Findings, Maturity, Costs,
//! Timeline.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Roadmap,
    Findings,
    Maturity,
    Costs,
    Timeline,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Roadmap,
        View::Findings,
        View::Maturity,
        View::Costs,
        View::Timeline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Roadmap => "roadmap",
            View::Findings => "findings",
            View::Maturity => "maturity",
            View::Costs => "costs",
            View::Timeline => "timeline",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            View::Roadmap => "Roadmap",
            View::Findings => "Findings",
            View::Maturity => "Maturity",
            View::Costs => "Costs",
            View::Timeline => "Timeline",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The next view, wrapping around; `-1` goes back.
    pub fn step(self, by: isize) -> View {
        let n = View::ALL.len() as isize;
        View::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown view `{0}`; allowed: roadmap, findings, maturity, costs, timeline")]
pub struct UnknownView(pub String);

impl FromStr for View {
    type Err = UnknownView;
    fn from_str(s: &str) -> Result<View, UnknownView> {
        View::ALL
            .into_iter()
            .find(|v| v.as_str() == s.trim().to_lowercase())
            .ok_or_else(|| UnknownView(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_parse_print_and_cycle() {
        for v in View::ALL {
            assert_eq!(v.as_str().parse::<View>().unwrap(), v);
        }
        assert_eq!("Costs".parse::<View>().unwrap(), View::Costs);
        assert_eq!(
            "gantt".parse::<View>().unwrap_err().to_string(),
            "unknown view `gantt`; allowed: roadmap, findings, maturity, costs, timeline"
        );
        assert_eq!(View::Costs.step(1), View::Timeline);
        assert_eq!(View::Timeline.step(1), View::Roadmap);
        assert_eq!(View::Roadmap.step(-1), View::Timeline);
    }
}
