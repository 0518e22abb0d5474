//! Properties of the store over generated roadmaps: canonical text loads
//! back to the same roadmap, and saving after any edits loads back to the
//! edited roadmap with the comments of surviving tasks still in place.

use chrono::NaiveDate;
use proptest::prelude::*;
use roadmap::model::{
    Effort, EffortUnit, Finding, FindingKind, Level, Maturity, Money, Phase, Priority, Project,
    Roadmap, Scale, Severity, Status, Task,
};
use roadmap::store::{load, parse, render, save, to_toml};
use std::sync::Arc;

fn words() -> impl Strategy<Value = String> {
    // Never blank; quotes, backslashes, `#` and non-ASCII included on purpose.
    "[A-Za-z][A-Za-z0-9 '\"\\\\#=é€中-]{0,20}"
}

fn notes() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 '\"\\\\#\n\t]{0,40}"
}

fn slug() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,10}"
}

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..100_000).prop_map(f64::from),
        (0u32..1_000_000, 1u32..100).prop_map(|(a, c)| f64::from(a) + f64::from(c) / 100.0),
        0.0f64..1e9,
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
}

fn effort() -> impl Strategy<Value = Effort> {
    let unit = prop::sample::select(vec![
        EffortUnit::Minutes,
        EffortUnit::Hours,
        EffortUnit::Days,
        EffortUnit::Weeks,
        EffortUnit::Months,
    ]);
    (amount(), 0.0f64..1000.0, any::<bool>(), unit).prop_map(|(low, extra, range, unit)| {
        let low = low.min(1e6);
        let high = if range { low + extra } else { low };
        Effort::new(low, high, unit)
    })
}

fn money() -> impl Strategy<Value = Money> {
    (amount(), prop::option::of(amount())).prop_map(|(low, extra)| match extra {
        Some(e) => Money::range(low, low + e),
        None => Money::point(low),
    })
}

fn project() -> impl Strategy<Value = Project> {
    (
        words(),
        prop::option::of(notes()),
        prop::option::of(words()),
        prop::option::of(date()),
        prop::sample::select(vec!["USD", "EUR", "BRL"]),
        prop::sample::select(vec![8.0, 6.0, 7.5]),
        prop::sample::select(vec![5.0, 4.0, 4.5]),
    )
        .prop_map(
            |(name, summary, source, audit_date, currency, h, d)| Project {
                name,
                summary,
                source,
                audit_date,
                currency: currency.into(),
                hours_per_day: h,
                days_per_week: d,
            },
        )
}

fn maturity() -> impl Strategy<Value = Maturity> {
    let scale = prop_oneof![
        Just(Scale::Percent),
        prop::sample::select(vec![5.0, 10.0, 3.5]).prop_map(Scale::OutOf)
    ];
    (
        scale,
        0.0f64..1.0,
        prop::collection::vec((words(), 0.0f64..1.0, prop::option::of(notes())), 0..4),
    )
        .prop_map(|(scale, base, raw_levels)| {
            let max = scale.max();
            let mut fractions: Vec<f64> = raw_levels.iter().map(|l| l.1).collect();
            fractions.sort_by(f64::total_cmp);
            let levels = raw_levels
                .into_iter()
                .zip(fractions)
                .enumerate()
                .map(|(i, ((name, _, description), f))| Level {
                    level: i as u32 + 1,
                    name,
                    score: f * max,
                    description,
                    requires: Vec::new(),
                    min_score: None,
                })
                .collect();
            Maturity {
                baseline: base * max,
                scale,
                levels,
            }
        })
}

fn finding() -> impl Strategy<Value = Finding> {
    (
        slug(),
        words(),
        prop::sample::select(FindingKind::ALL.to_vec()),
        prop::sample::select(Severity::ALL.to_vec()),
        words(),
        prop::option::of(notes()),
        prop::option::of((0.0f64..1.0, 0.0f64..1.0, 1u32..100)),
    )
        .prop_map(
            |(id, category, kind, severity, title, detail, scores)| Finding {
                id,
                category,
                kind,
                severity,
                title,
                detail,
                score: scores.map(|(s, _, m)| s * f64::from(m)),
                target: scores.map(|(_, t, m)| t * f64::from(m)),
                max: scores.map(|(_, _, m)| f64::from(m)),
            },
        )
}

fn phase() -> impl Strategy<Value = Phase> {
    (
        slug(),
        words(),
        prop::option::of(words()),
        prop::option::of((date(), 0i64..200)),
        prop::option::of(notes()),
    )
        .prop_map(|(id, name, window, dates, description)| Phase {
            id,
            name,
            window,
            start: dates.map(|(s, _)| s),
            end: dates.map(|(s, days)| s + chrono::Duration::days(days)),
            description,
        })
}

/// A task whose references are picked later, once the roadmap's ids exist.
#[derive(Debug, Clone)]
struct TaskSeed {
    task: Task,
    phase: usize,
    level: Option<usize>,
    findings: Vec<usize>,
    depends: Vec<usize>,
}

fn task_seed() -> impl Strategy<Value = TaskSeed> {
    let fields = (
        slug(),
        words(),
        prop::sample::select(Priority::ALL.to_vec()),
        prop::sample::select(Status::ALL.to_vec()),
        prop::option::of(effort()),
        prop::option::of(money()),
        prop::option::of(money()),
        prop::option::of(words()),
    );
    let more = (
        prop::option::of(words()),
        prop::option::of(date()),
        date(),
        prop::option::of(notes()),
        prop::option::of(1u32..5000),
    );
    let refs = (
        any::<usize>(),
        prop::option::of(any::<usize>()),
        prop::collection::vec(any::<usize>(), 0..3),
        prop::collection::vec(any::<usize>(), 0..3),
    );
    (fields, more, refs).prop_map(|(f, m, r)| {
        let (id, title, priority, status, effort, cost_once, cost_monthly, category) = f;
        let (owner, due, done, notes, source_line) = m;
        let mut task = Task::new(id, "", title);
        task.priority = priority;
        task.status = status;
        task.effort = effort;
        task.cost_once = cost_once;
        task.cost_monthly = cost_monthly;
        task.category = category;
        task.owner = owner;
        task.due = due;
        task.done_on = (status == Status::Done).then_some(done);
        task.notes = notes;
        task.source_line = source_line;
        TaskSeed {
            task,
            phase: r.0,
            level: r.1,
            findings: r.2,
            depends: r.3,
        }
    })
}

/// Makes ids unique and every reference point at something that exists;
/// dependencies only point backwards, so there are no cycles.
fn assemble(
    project: Project,
    maturity: Option<Maturity>,
    mut findings: Vec<Finding>,
    mut phases: Vec<Phase>,
    seeds: Vec<TaskSeed>,
) -> Roadmap {
    for (i, f) in findings.iter_mut().enumerate() {
        f.id = format!("{}-f{i}", f.id);
    }
    for (i, p) in phases.iter_mut().enumerate() {
        p.id = format!("{}-p{i}", p.id);
    }
    let levels: Vec<u32> = maturity
        .iter()
        .flat_map(|m| m.levels.iter().map(|l| l.level))
        .collect();
    let mut tasks: Vec<Task> = Vec::new();
    for (i, seed) in seeds.into_iter().enumerate() {
        let mut t = seed.task;
        t.id = format!("{}-t{i}", t.id);
        t.phase = phases[seed.phase % phases.len()].id.clone();
        t.level = seed
            .level
            .filter(|_| !levels.is_empty())
            .map(|l| levels[l % levels.len()]);
        if !findings.is_empty() {
            t.findings = seed
                .findings
                .iter()
                .map(|f| findings[f % findings.len()].id.clone())
                .collect();
            t.findings.dedup();
        }
        if i > 0 {
            t.depends_on = seed
                .depends
                .iter()
                .map(|d| tasks[d % i].id.clone())
                .collect();
            t.depends_on.dedup();
        }
        tasks.push(t);
    }
    let mut roadmap = Roadmap::new(project);
    roadmap.maturity = maturity;
    roadmap.findings = findings;
    roadmap.phases = phases;
    roadmap.tasks = tasks;
    roadmap
}

fn roadmap() -> impl Strategy<Value = Roadmap> {
    (
        project(),
        prop::option::of(maturity()),
        prop::collection::vec(finding(), 0..4),
        prop::collection::vec(phase(), 1..4),
        prop::collection::vec(task_seed(), 0..8),
    )
        .prop_map(|(p, m, f, ph, t)| assemble(p, m, f, ph, t))
}

/// One edit a planning session might make.
#[derive(Debug, Clone)]
enum Edit {
    Status(usize, Status, NaiveDate),
    Effort(usize, Option<Effort>),
    Notes(usize, Option<String>),
    Cost(usize, Option<Money>),
    Priority(usize, Priority),
    Remove(usize),
    Insert(usize, Box<TaskSeed>),
    Swap(usize, usize),
    RenamePhase(usize, String),
    DropFinding(usize),
    AddFinding(Finding),
    Summary(Option<String>),
    DropMaturity,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (
            any::<usize>(),
            prop::sample::select(Status::ALL.to_vec()),
            date()
        )
            .prop_map(|(i, s, d)| Edit::Status(i, s, d)),
        (any::<usize>(), prop::option::of(effort())).prop_map(|(i, e)| Edit::Effort(i, e)),
        (any::<usize>(), prop::option::of(notes())).prop_map(|(i, n)| Edit::Notes(i, n)),
        (any::<usize>(), prop::option::of(money())).prop_map(|(i, m)| Edit::Cost(i, m)),
        (any::<usize>(), prop::sample::select(Priority::ALL.to_vec()))
            .prop_map(|(i, p)| Edit::Priority(i, p)),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), task_seed()).prop_map(|(i, s)| Edit::Insert(i, Box::new(s))),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Edit::Swap(i, j)),
        (any::<usize>(), words()).prop_map(|(i, n)| Edit::RenamePhase(i, n)),
        any::<usize>().prop_map(Edit::DropFinding),
        finding().prop_map(Edit::AddFinding),
        prop::option::of(notes()).prop_map(Edit::Summary),
        Just(Edit::DropMaturity),
    ]
}

/// Applies an edit, keeping every reference valid as the planner would.
fn apply(r: &mut Roadmap, edit: Edit, serial: usize) {
    let n = r.tasks.len();
    match edit {
        Edit::Status(i, status, day) if n > 0 => {
            let t = &mut r.tasks[i % n];
            t.status = status;
            t.done_on = (status == Status::Done).then_some(day);
        }
        Edit::Effort(i, e) if n > 0 => r.tasks[i % n].effort = e,
        Edit::Notes(i, notes) if n > 0 => r.tasks[i % n].notes = notes,
        Edit::Cost(i, m) if n > 0 => r.tasks[i % n].cost_monthly = m,
        Edit::Priority(i, p) if n > 0 => r.tasks[i % n].priority = p,
        Edit::Remove(i) if n > 0 => {
            let gone = r.tasks.remove(i % n).id;
            r.tasks
                .iter_mut()
                .for_each(|t| t.depends_on.retain(|d| *d != gone));
        }
        Edit::Insert(i, seed) => {
            let seed = *seed;
            let mut t = seed.task;
            t.id = format!("{}-new{serial}", t.id);
            t.phase = r.phases[seed.phase % r.phases.len()].id.clone();
            r.tasks.insert(i % (n + 1), t);
        }
        Edit::Swap(i, j) if n > 0 => {
            // Swapping may put a task before one it depends on: fine, order is not dependency.
            r.tasks.swap(i % n, j % n);
        }
        Edit::RenamePhase(i, name) => {
            let len = r.phases.len();
            r.phases[i % len].name = name;
        }
        Edit::DropFinding(i) if !r.findings.is_empty() => {
            let len = r.findings.len();
            let gone = r.findings.remove(i % len).id;
            r.tasks
                .iter_mut()
                .for_each(|t| t.findings.retain(|f| *f != gone));
        }
        Edit::AddFinding(mut f) => {
            f.id = format!("{}-nf{serial}", f.id);
            r.findings.push(f);
        }
        Edit::Summary(s) => r.project.summary = s,
        Edit::DropMaturity => {
            r.maturity = None;
            r.tasks.iter_mut().for_each(|t| t.level = None);
        }
        _ => {}
    }
}

/// The canonical text with a comment above every task and at the end of
/// every status line, as a person editing by hand would leave it.
fn commented(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line == "[[tasks]]" {
            let id = lines
                .peek()
                .and_then(|l| l.strip_prefix("id = "))
                .unwrap_or("?");
            out.push_str(&format!("# about {id}\n"));
        }
        out.push_str(line);
        if line.starts_with("status = ") {
            out.push_str("  # set by hand");
        }
        out.push('\n');
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn canonical_text_loads_back_to_the_same_roadmap(r in roadmap()) {
        let text = to_toml(&r);
        let loaded = parse(&text, "gen.toml").map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.roadmap, &r);
        prop_assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn saving_after_edits_loads_back_to_the_edited_roadmap(
        r in roadmap(),
        edits in prop::collection::vec(edit(), 1..8),
        more_edits in prop::collection::vec(edit(), 0..4),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("roadmap.toml");
        std::fs::write(&path, commented(&to_toml(&r))).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut loaded = load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&loaded.roadmap, &r);
        let mut edited = r.clone();
        for (serial, e) in edits.into_iter().enumerate() {
            apply(&mut edited, e, serial);
        }
        save(&mut loaded, &Arc::new(edited.clone()), &path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let reloaded = load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&reloaded.roadmap, &edited);
        let text = std::fs::read_to_string(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for task in r.tasks.iter().filter(|t| edited.task(&t.id).is_some()) {
            let kept = format!("# about \"{}\"\n[[tasks]]\nid = \"{}\"\n", task.id, task.id);
            prop_assert!(text.contains(&kept), "comment of {} lost:\n{}", task.id, text);
        }
        // A second save in the same session patches the document kept from the first.
        let mut again = edited.clone();
        for (serial, e) in more_edits.into_iter().enumerate() {
            apply(&mut again, e, 100 + serial);
        }
        save(&mut loaded, &Arc::new(again.clone()), &path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let reloaded = load(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&reloaded.roadmap, &again);
    }

    #[test]
    fn check_then_uncheck_restores_the_bytes(r in roadmap(), pick in any::<usize>(), day in date()) {
        let open: Vec<usize> = (0..r.tasks.len()).filter(|&i| r.tasks[i].status != Status::Done).collect();
        prop_assume!(!open.is_empty());
        let text = commented(&to_toml(&r));
        let loaded = parse(&text, "gen.toml").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut checked = r.clone();
        let t = &mut checked.tasks[open[pick % open.len()]];
        t.status = Status::Done;
        t.done_on = Some(day);
        let once = render(&loaded, &checked).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let added = once.lines().count() - text.lines().count();
        prop_assert_eq!(added, 1, "only done_on is a new line");
        let between = parse(&once, "gen.toml").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = render(&between, &r).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, text);
    }
}
