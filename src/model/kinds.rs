//! The closed vocabularies of a roadmap: priority, status, severity, finding kind.
//! Parsing an unknown word lists the allowed ones, because that is what a person
//! fixing the file needs to read.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// An unknown word for one of the vocabularies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{value}`; allowed: {}", allowed.join(", "))]
pub struct UnknownWord {
    pub what: &'static str,
    pub value: String,
    pub allowed: &'static [&'static str],
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                match s.trim().to_lowercase().as_str() {
                    $($word => Ok($name::$variant),)+
                    _ => Err(UnknownWord { what: $what, value: s.to_string(), allowed: Self::WORDS }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// How urgent a task is; ordered from most to least urgent.
    Priority, "priority", {
        Critical => "critical",
        High => "high",
        Medium => "medium",
        Low => "low",
    }
);

vocabulary!(
    /// Where a task stands.
    Status, "status", {
        Todo => "todo",
        Doing => "doing",
        Done => "done",
        Skipped => "skipped",
    }
);

vocabulary!(
    /// How serious a finding is.
    Severity, "severity", {
        Critical => "critical",
        High => "high",
        Medium => "medium",
        Low => "low",
        Info => "info",
    }
);

vocabulary!(
    /// What a finding says about the project.
    FindingKind, "finding kind", {
        Gap => "gap",
        Strength => "strength",
        Risk => "risk",
    }
);

impl Priority {
    /// The badge letter, so priority is never told by colour alone.
    pub fn letter(self) -> char {
        match self {
            Priority::Critical => 'C',
            Priority::High => 'H',
            Priority::Medium => 'M',
            Priority::Low => 'L',
        }
    }
}

impl Status {
    /// Done and skipped tasks are closed: they no longer block anything.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Skipped)
    }

    /// The checkbox drawn for the status, never colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Todo => "[ ]",
            Status::Doing => "[~]",
            Status::Done => "[x]",
            Status::Skipped => "[-]",
        }
    }
}

impl FindingKind {
    /// Gaps and risks call for work; strengths do not.
    pub fn needs_work(self) -> bool {
        !matches!(self, FindingKind::Strength)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_list_the_allowed_ones() {
        let err = "urgent".parse::<Priority>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown priority `urgent`; allowed: critical, high, medium, low"
        );
    }

    #[test]
    fn words_round_trip_and_ignore_case() {
        for p in Priority::ALL {
            assert_eq!(p.as_str().parse::<Priority>().unwrap(), *p);
        }
        assert_eq!("DONE".parse::<Status>().unwrap(), Status::Done);
        assert!(
            Priority::Critical < Priority::Low,
            "ordered most urgent first"
        );
    }
}
