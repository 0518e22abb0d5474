//! The roadmap as the planner sees it: plain data with no knowledge of files or
//! terminals. The store maps it to and from TOML; the metrics read it.

use super::effort::{Calendar, Effort};
use super::kinds::{FindingKind, Priority, Severity, Status};
use super::money::Money;
use super::people::Person;
use chrono::NaiveDate;

/// The newest file format version this build understands.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq)]
pub struct Roadmap {
    pub version: u32,
    pub project: Project,
    pub maturity: Option<Maturity>,
    pub findings: Vec<Finding>,
    pub phases: Vec<Phase>,
    /// Who does the work and how many hours each has (`model::schedule`);
    /// empty: the project's calendar stands for one person.
    pub people: Vec<Person>,
    pub tasks: Vec<Task>,
    /// Merge conflicts not yet resolved, in file order; empty in a settled file.
    pub conflicts: Vec<Conflict>,
}

// A loaded roadmap is shared (`store::Loaded`, the planner's state); it
// compares by content with a plain one, as the roadmap it points to.
impl PartialEq<Roadmap> for std::sync::Arc<Roadmap> {
    fn eq(&self, other: &Roadmap) -> bool {
        **self == *other
    }
}

impl PartialEq<std::sync::Arc<Roadmap>> for Roadmap {
    fn eq(&self, other: &std::sync::Arc<Roadmap>) -> bool {
        *self == **other
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub name: String,
    pub summary: Option<String>,
    /// Which report the roadmap came from.
    pub source: Option<String>,
    pub audit_date: Option<NaiveDate>,
    /// ISO code (`USD`, `EUR`) or symbol.
    pub currency: String,
    pub hours_per_day: f64,
    pub days_per_week: f64,
}

/// The report's own maturity model.
#[derive(Debug, Clone, PartialEq)]
pub struct Maturity {
    /// Where the project stands before any task is done.
    pub baseline: f64,
    pub scale: Scale,
    /// Ordered by `level`.
    pub levels: Vec<Level>,
}

/// The scale scores are written in: a percentage or "out of N".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    Percent,
    OutOf(f64),
}

impl Scale {
    pub fn max(self) -> f64 {
        match self {
            Scale::Percent => 100.0,
            Scale::OutOf(n) => n,
        }
    }

    /// `percent` or `/10`, as written in the file.
    pub fn as_file_str(self) -> String {
        match self {
            Scale::Percent => "percent".into(),
            Scale::OutOf(n) => format!("/{}", super::range::format_number(n)),
        }
    }

    pub fn parse(text: &str) -> Option<Scale> {
        let t = text.trim().to_lowercase();
        if t == "percent" || t == "%" {
            return Some(Scale::Percent);
        }
        let n: f64 = t.trim_start_matches('/').parse().ok()?;
        (n.is_finite() && n > 0.0).then_some(Scale::OutOf(n))
    }

    /// A score as people read it: `41 %`, `3.2/5`.
    pub fn format(self, score: f64) -> String {
        match self {
            Scale::Percent => super::range::format_percent(score),
            Scale::OutOf(n) => format!(
                "{}/{}",
                super::range::format_number((score * 10.0).round() / 10.0),
                super::range::format_number(n)
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub level: u32,
    pub name: String,
    /// The score reached when the level is complete.
    pub score: f64,
    pub description: Option<String>,
    /// Tasks that gate the level whatever their `level` tag.
    pub requires: Vec<String>,
    /// A score the project must have reached for the level to count.
    pub min_score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub id: String,
    pub category: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub title: String,
    pub detail: Option<String>,
    pub score: Option<f64>,
    pub target: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub id: String,
    pub name: String,
    /// As the report words it: "Week 1-2", "Month 2".
    pub window: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// Stable, human-readable slug.
    pub id: String,
    pub phase: String,
    pub title: String,
    pub priority: Priority,
    pub status: Status,
    pub effort: Option<Effort>,
    pub cost_once: Option<Money>,
    pub cost_monthly: Option<Money>,
    pub category: Option<String>,
    /// The maturity level this task belongs to.
    pub level: Option<u32>,
    pub findings: Vec<String>,
    pub depends_on: Vec<String>,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub notes: Option<String>,
    /// Line in the imported report the task came from.
    pub source_line: Option<u32>,
    /// What the report said when the task was imported (`model::reported`).
    pub reported: Option<String>,
}

impl Task {
    /// A new open task with only the required fields set.
    pub fn new(id: impl Into<String>, phase: impl Into<String>, title: impl Into<String>) -> Task {
        Task {
            id: id.into(),
            phase: phase.into(),
            title: title.into(),
            priority: Priority::Medium,
            status: Status::Todo,
            effort: None,
            cost_once: None,
            cost_monthly: None,
            category: None,
            level: None,
            findings: Vec::new(),
            depends_on: Vec::new(),
            owner: None,
            due: None,
            done_on: None,
            notes: None,
            source_line: None,
            reported: None,
        }
    }
}

impl Project {
    pub fn new(name: impl Into<String>) -> Project {
        Project {
            name: name.into(),
            summary: None,
            source: None,
            audit_date: None,
            currency: "USD".into(),
            hours_per_day: 8.0,
            days_per_week: 5.0,
        }
    }

    pub fn calendar(&self) -> Calendar {
        Calendar {
            hours_per_day: self.hours_per_day,
            days_per_week: self.days_per_week,
        }
    }
}

impl Roadmap {
    pub fn new(project: Project) -> Roadmap {
        Roadmap {
            version: FORMAT_VERSION,
            project,
            maturity: None,
            findings: Vec::new(),
            phases: Vec::new(),
            people: Vec::new(),
            tasks: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    pub fn calendar(&self) -> Calendar {
        self.project.calendar()
    }

    /// How many of the tasks the effort figures count (all but skipped)
    /// carry an estimate: (estimated, counted). The sums cover only those.
    pub fn estimate_coverage(&self) -> (usize, usize) {
        self.tasks
            .iter()
            .filter(|t| t.status != Status::Skipped)
            .fold((0, 0), |(e, n), t| {
                (e + usize::from(t.effort.is_some()), n + 1)
            })
    }

    /// "; 3 of 5 tasks estimated" when the effort figures leave tasks out,
    /// nothing when every counted task is estimated.
    pub fn estimate_coverage_note(&self) -> String {
        match self.estimate_coverage() {
            (e, n) if e < n => format!("; {e} of {n} tasks estimated"),
            _ => String::new(),
        }
    }

    pub fn task_index(&self, id: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.id == id)
    }

    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id == id)
    }

    pub fn task_mut(&mut self, id: &str) -> Option<&mut Task> {
        self.tasks.iter_mut().find(|t| t.id == id)
    }

    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    pub fn person(&self, name: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.name == name)
    }

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }
}

/// A field both sides of a merge changed differently (or an item one side
/// deleted and the other changed), kept in the file until a person settles
/// it. The roadmap holds OURS's value meanwhile; see docs/FORMAT.md.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub part: Part,
    /// The field at issue, as the file names it, or [`Conflict::WHOLE`].
    pub field: String,
    /// Each side's value as text (`"4h"`, `"done"`); `None` when unset.
    pub ours: Option<String>,
    pub theirs: Option<String>,
    pub base: Option<String>,
}

impl Conflict {
    /// The `field` of a conflict over a whole item: one side deleted it,
    /// the other changed it; it is kept.
    pub const WHOLE: &'static str = "*";
}

/// Which table of a roadmap something belongs to: tasks, phases and
/// findings by id, maturity levels by number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Project,
    Maturity,
    Level(u32),
    Finding(String),
    Phase(String),
    /// A `[[people]]` table, by the person's name.
    Person(String),
    Task(String),
}

impl std::fmt::Display for Part {
    /// As messages name it: ``task `deploy` ``, `maturity level 2`, `[project]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Part::Project => f.write_str("[project]"),
            Part::Maturity => f.write_str("[maturity]"),
            Part::Level(n) => write!(f, "maturity level {n}"),
            Part::Finding(id) => write!(f, "finding `{id}`"),
            Part::Phase(id) => write!(f, "phase `{id}`"),
            Part::Person(name) => write!(f, "person `{name}`"),
            Part::Task(id) => write!(f, "task `{id}`"),
        }
    }
}

impl Conflict {
    /// The conflict in words, naming the sides `ours` and `theirs` as
    /// given: git's own labels in a merge driver (`HEAD`, a branch, a
    /// commit being replayed), which a rebase swaps around.
    pub fn describe(&self, ours: &str, theirs: &str) -> String {
        let show = |v: &Option<String>| match v {
            Some(text) => format!("{text:?}"),
            None => "none".to_string(),
        };
        let field = if self.field == Conflict::WHOLE {
            String::new()
        } else {
            format!(" field `{}`", self.field)
        };
        format!(
            "conflict in {}{field}: {ours} {}, {theirs} {} (base {})",
            self.part,
            show(&self.ours),
            show(&self.theirs),
            show(&self.base)
        )
    }
}

impl std::fmt::Display for Conflict {
    /// `conflict in task `a` field `effort`: ours "4h", theirs "6h" (base "3h")`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe("ours", "theirs"))
    }
}

/// Turns a title into a stable id: lower case ASCII words joined by `-`,
/// at most 48 characters. Non-ASCII letters are dropped rather than guessed.
pub fn slugify(title: &str) -> String {
    // Any script reads as Latin: "Réplica de leitura — São Paulo" →
    // `replica-de-leitura-sao-paulo`, Cyrillic and CJK titles → readable
    // transliterations instead of `task`.
    let latin = deunicode::deunicode_with_tofu(title, "-");
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    // Cut at a word boundary: `set-up-automated-backups`, never `set-up-autom`.
    let mut slug = String::new();
    for w in &words {
        let needed = if slug.is_empty() {
            w.len()
        } else {
            w.len() + 1
        };
        if slug.len() + needed > MAX_SLUG {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w);
    }
    if slug.is_empty() {
        // One word longer than the limit is cut; no words at all is `task`.
        slug = words.first().map_or_else(
            || "task".to_string(),
            |w| w.chars().take(MAX_SLUG).collect(),
        );
    }
    slug
}

/// The longest slug `slugify` makes, in bytes.
const MAX_SLUG: usize = 48;

/// An id not yet used by `taken`: `slug`, then `slug-2`, `slug-3`…
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("an unbounded range always yields a free id")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_stable() {
        assert_eq!(
            slugify("Deploy Worker to Railway/Render"),
            "deploy-worker-to-railway-render"
        );
        assert_eq!(
            slugify("  CI/CD Pipeline (GitHub Actions) "),
            "ci-cd-pipeline-github-actions"
        );
        assert_eq!(slugify("高優先"), "gao-you-xian");
        assert_eq!(
            slugify("Réplica de leitura — São Paulo"),
            "replica-de-leitura-sao-paulo"
        );
        assert_eq!(
            slugify("Настроить резервное копирование"),
            "nastroit-rezervnoe-kopirovanie"
        );
        assert_eq!(slugify("très"), "tres");
        assert_eq!(slugify("—"), "task");
        let long =
            slugify("Implement automated database backups with point in time recovery everywhere");
        assert_eq!(long, "implement-automated-database-backups-with-point");
        assert!(long.len() <= 48);
        assert_eq!(slugify(&"x".repeat(60)).len(), 48);
    }

    #[test]
    fn unique_ids_count_up() {
        let taken = ["a", "a-2"];
        assert_eq!(unique_id("a", |id| taken.contains(&id)), "a-3");
        assert_eq!(unique_id("b", |id| taken.contains(&id)), "b");
    }

    #[test]
    fn scales_read_and_print() {
        assert_eq!(Scale::parse("percent"), Some(Scale::Percent));
        assert_eq!(Scale::parse("/10"), Some(Scale::OutOf(10.0)));
        assert_eq!(Scale::parse("/0"), None);
        assert_eq!(Scale::Percent.format(41.4), "41 %");
        assert_eq!(Scale::OutOf(5.0).format(3.25), "3.3/5");
    }
}
