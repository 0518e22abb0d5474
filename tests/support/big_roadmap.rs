//! Generated roadmaps of any size, for scale tests and benchmarks. Shared by
//! `tests/validate_scale.rs` and `benches/validate.rs` through `#[path]`.
#![allow(dead_code)]

use roadmap::model::{
    Effort, Finding, FindingKind, Level, Maturity, Phase, Priority, Project, Roadmap, Scale,
    Severity, Status, Task,
};

const PHASES: usize = 20;
const FINDINGS: usize = 50;
const LEVELS: u32 = 4;

/// A deterministic xorshift generator: the same roadmap on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// `n` tasks over 20 phases, 50 findings and 4 levels, with no problems: each
/// task depends on up to three earlier tasks (so there is no cycle), addresses
/// one or two findings, and a third of them are done.
pub fn generate(n: usize) -> Roadmap {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut r = Roadmap::new(Project::new("Generated"));
    r.maturity = Some(Maturity {
        baseline: 10.0,
        scale: Scale::Percent,
        levels: (1..=LEVELS)
            .map(|level| Level {
                level,
                name: format!("Level {level}"),
                score: f64::from(level) * 25.0,
                description: None,
                requires: (n > 0)
                    .then(|| format!("task-{}", rng.below(n)))
                    .into_iter()
                    .collect(),
                min_score: None,
            })
            .collect(),
    });
    r.findings = (0..FINDINGS)
        .map(|i| Finding {
            id: format!("finding-{i}"),
            category: format!("Category {}", i % 7),
            kind: FindingKind::Gap,
            severity: Severity::High,
            title: format!("Finding {i}"),
            detail: None,
            score: Some(2.0),
            target: Some(8.0),
            max: Some(10.0),
        })
        .collect();
    r.phases = (0..PHASES)
        .map(|i| Phase {
            id: format!("phase-{i}"),
            name: format!("Phase {i}"),
            window: Some(format!("Week {}", i + 1)),
            start: None,
            end: None,
            description: None,
        })
        .collect();
    r.tasks = (0..n)
        .map(|i| {
            let mut t = Task::new(
                format!("task-{i}"),
                format!("phase-{}", i * PHASES / n),
                format!("Task number {i}"),
            );
            t.priority = Priority::ALL[rng.below(Priority::ALL.len())];
            t.effort = Some(Effort::hours((1 + rng.below(40)) as f64));
            t.level = Some(1 + rng.below(LEVELS as usize) as u32);
            t.findings = (0..1 + rng.below(2))
                .map(|_| format!("finding-{}", rng.below(FINDINGS)))
                .collect();
            if i > 0 {
                t.depends_on = (0..rng.below(4))
                    .map(|_| format!("task-{}", i - 1 - rng.below(i.min(1_000))))
                    .collect();
            }
            if rng.below(3) == 0 {
                t.status = Status::Done;
            }
            t
        })
        .collect();
    r
}

/// `n` tasks in one ring, each depending on the next and the last on the
/// first: the worst case for cycle detection.
pub fn ring(n: usize) -> Roadmap {
    let mut r = generate(0);
    r.phases.truncate(1);
    r.tasks = (0..n)
        .map(|i| {
            let mut t = Task::new(format!("t{i}"), "phase-0", format!("Step {i}"));
            t.depends_on = vec![format!("t{}", (i + 1) % n)];
            t
        })
        .collect();
    r
}
