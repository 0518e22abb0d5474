//! What a style is *for*. Themes name meanings ("priority.critical", "muted"),
//! never widgets, and every meaning falls back to a parent, so a theme that
//! sets only a handful of them still colours everything sensibly.

/// One meaning a theme gives a style to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    Base,
    Muted,
    Title,
    Accent,
    Border,
    Selected,
    Phase,
    Key,
    Overlay,
    TabActive,
    TabInactive,
    GaugeDone,
    GaugeTodo,
    PriorityCritical,
    PriorityHigh,
    PriorityMedium,
    PriorityLow,
    StatusTodo,
    StatusDoing,
    StatusDone,
    StatusSkipped,
    SeverityCritical,
    SeverityHigh,
    SeverityMedium,
    SeverityLow,
    SeverityInfo,
    Blocked,
    Warning,
    Error,
    Success,
    Match,
    BarOnce,
    BarMonthly,
    BarEffort,
    BarScore,
    BarTarget,
    Dirty,
}

impl Meaning {
    pub const ALL: &'static [Meaning] = &[
        Meaning::Base,
        Meaning::Muted,
        Meaning::Title,
        Meaning::Accent,
        Meaning::Border,
        Meaning::Selected,
        Meaning::Phase,
        Meaning::Key,
        Meaning::Overlay,
        Meaning::TabActive,
        Meaning::TabInactive,
        Meaning::GaugeDone,
        Meaning::GaugeTodo,
        Meaning::PriorityCritical,
        Meaning::PriorityHigh,
        Meaning::PriorityMedium,
        Meaning::PriorityLow,
        Meaning::StatusTodo,
        Meaning::StatusDoing,
        Meaning::StatusDone,
        Meaning::StatusSkipped,
        Meaning::SeverityCritical,
        Meaning::SeverityHigh,
        Meaning::SeverityMedium,
        Meaning::SeverityLow,
        Meaning::SeverityInfo,
        Meaning::Blocked,
        Meaning::Warning,
        Meaning::Error,
        Meaning::Success,
        Meaning::Match,
        Meaning::BarOnce,
        Meaning::BarMonthly,
        Meaning::BarEffort,
        Meaning::BarScore,
        Meaning::BarTarget,
        Meaning::Dirty,
    ];

    /// The key a theme file uses for this meaning.
    pub fn key(self) -> &'static str {
        match self {
            Meaning::Base => "base",
            Meaning::Muted => "muted",
            Meaning::Title => "title",
            Meaning::Accent => "accent",
            Meaning::Border => "border",
            Meaning::Selected => "selected",
            Meaning::Phase => "phase",
            Meaning::Key => "key",
            Meaning::Overlay => "overlay",
            Meaning::TabActive => "tab.active",
            Meaning::TabInactive => "tab.inactive",
            Meaning::GaugeDone => "gauge.done",
            Meaning::GaugeTodo => "gauge.todo",
            Meaning::PriorityCritical => "priority.critical",
            Meaning::PriorityHigh => "priority.high",
            Meaning::PriorityMedium => "priority.medium",
            Meaning::PriorityLow => "priority.low",
            Meaning::StatusTodo => "status.todo",
            Meaning::StatusDoing => "status.doing",
            Meaning::StatusDone => "status.done",
            Meaning::StatusSkipped => "status.skipped",
            Meaning::SeverityCritical => "severity.critical",
            Meaning::SeverityHigh => "severity.high",
            Meaning::SeverityMedium => "severity.medium",
            Meaning::SeverityLow => "severity.low",
            Meaning::SeverityInfo => "severity.info",
            Meaning::Blocked => "blocked",
            Meaning::Warning => "warning",
            Meaning::Error => "error",
            Meaning::Success => "success",
            Meaning::Match => "match",
            Meaning::BarOnce => "bar.once",
            Meaning::BarMonthly => "bar.monthly",
            Meaning::BarEffort => "bar.effort",
            Meaning::BarScore => "bar.score",
            Meaning::BarTarget => "bar.target",
            Meaning::Dirty => "dirty",
        }
    }

    pub fn from_key(key: &str) -> Option<Meaning> {
        Meaning::ALL.iter().copied().find(|m| m.key() == key)
    }

    /// Where the style comes from when a theme does not set this meaning.
    pub fn parent(self) -> Option<Meaning> {
        use Meaning::*;
        Some(match self {
            Base => return None,
            Muted | Title | Accent | Border | Selected | Phase | Key | Overlay => Base,
            Warning | Error | Success | StatusTodo => Base,
            TabActive | Match | BarTarget | PriorityMedium | SeverityMedium | BarOnce => Accent,
            TabInactive | GaugeTodo | PriorityLow | StatusSkipped | SeverityLow | SeverityInfo
            | BarScore => Muted,
            GaugeDone | StatusDone | BarEffort => Success,
            PriorityCritical | SeverityCritical | Blocked => Error,
            PriorityHigh | SeverityHigh | StatusDoing | BarMonthly | Dirty => Warning,
        })
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_meaning_is_listed_once_in_declaration_order() {
        for (i, m) in Meaning::ALL.iter().enumerate() {
            assert_eq!(m.index(), i, "{m:?}");
            assert_eq!(Meaning::from_key(m.key()), Some(*m));
        }
    }

    #[test]
    fn every_meaning_falls_back_to_base() {
        for m in Meaning::ALL {
            let mut cur = *m;
            let mut steps = 0;
            while let Some(p) = cur.parent() {
                cur = p;
                steps += 1;
                assert!(steps < 5, "{m:?} has a long or cyclic parent chain");
            }
            assert_eq!(cur, Meaning::Base);
        }
    }
}
