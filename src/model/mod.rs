//! The domain model: roadmaps, tasks, effort and money arithmetic, metrics,
//! maturity and validation. Pure: no files, no terminals, no clocks (callers
//! pass "today" in). `tests/architecture.rs` fails the build if that changes.

pub mod effort;
pub mod kinds;
pub mod money;
pub mod people;
pub mod range;
pub mod roadmap;

pub use effort::{Calendar, Effort, EffortUnit};
pub use kinds::{FindingKind, Priority, Severity, Status};
pub use money::Money;
pub use people::{DayRange, Person};
pub use range::Range;
pub use roadmap::{Conflict, Finding, Level, Maturity, Part, Phase, Project, Roadmap, Scale, Task};

pub mod arrange;
pub mod burnup;
pub mod change;
pub mod dates;
pub mod escape;
pub mod fields;
pub mod history;
pub mod maturity;
pub mod metrics;
pub mod pace;
pub mod reported;
pub mod schedule;
pub mod scorecard;
pub mod select;
pub mod synthetic;
pub mod validate;
pub mod whatif;
pub mod wording;

#[cfg(test)]
mod metrics_tests;
