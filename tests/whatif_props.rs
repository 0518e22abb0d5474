//! The what-if answers (`model::whatif::plan`) against brute force: on
//! random ladders of up to 20 open tasks with random gates, dependencies,
//! effort and money, every subset closed under `depends_on` is measured by
//! the maturity code and the best kept; the search must match it and say
//! it is exact. The answers' own figures are checked against
//! `Metrics::compute` on the roadmap with those tasks done.

use chrono::NaiveDate;
use proptest::prelude::*;
use roadmap::model::metrics::Metrics;
use roadmap::model::whatif::{plan, Ask, Kind, Pick, Prepared};
use roadmap::model::{Effort, Level, Maturity, Money, Project, Roadmap, Scale, Status, Task};

/// One random task: level (0 = none), hours (0 = unestimated), one-time
/// and monthly money, status (0..3: todo, 3: done, 4: skipped) and
/// dependencies as offsets back to earlier tasks.
type Spec = (u32, u32, u32, u32, u8, Vec<usize>);

fn build(levels: &[(u32, Option<u32>, Option<usize>)], specs: &[Spec]) -> Roadmap {
    let mut r = Roadmap::new(Project::new("props"));
    let n = specs.len();
    r.tasks = specs
        .iter()
        .enumerate()
        .map(|(i, (level, hours, once, monthly, status, deps))| {
            let mut t = Task::new(format!("t{i}"), "p", format!("t{i}"));
            t.level = (*level > 0 && *level as usize <= levels.len()).then_some(*level);
            t.effort = (*hours > 0).then(|| Effort::hours(*hours as f64));
            t.cost_once = (*once > 0).then(|| Money::point(*once as f64 * 100.0));
            t.cost_monthly = (*monthly > 0).then(|| Money::point(*monthly as f64 * 10.0));
            t.status = match status {
                3 => Status::Done,
                4 => Status::Skipped,
                _ => Status::Todo,
            };
            t.depends_on = deps
                .iter()
                .filter(|&&d| d > 0 && d <= i)
                .map(|d| format!("t{}", i - d))
                .collect();
            t
        })
        .collect();
    let mut score = 0.0;
    r.maturity = Some(Maturity {
        baseline: 0.0,
        scale: Scale::Percent,
        levels: levels
            .iter()
            .enumerate()
            .map(|(k, (step, min, requires))| {
                score += *step as f64;
                Level {
                    level: k as u32 + 1,
                    name: format!("L{}", k + 1),
                    score: score.min(100.0),
                    description: None,
                    requires: requires
                        .filter(|_| n > 0)
                        .map(|t| format!("t{}", t % n))
                        .into_iter()
                        .collect(),
                    min_score: min.map(|m| m as f64),
                }
            })
            .collect(),
    });
    r
}

/// The best of every closed subset: (cost, other cost) of the least-effort
/// path, of the least-money path, and (score, hours) of the best budget.
#[derive(Debug, Default)]
struct Brute {
    effort: Option<(f64, f64)>,
    money: Option<(f64, f64)>,
    budget: (f64, f64),
}

fn brute(r: &Roadmap, ask: &Ask, target: u32) -> Brute {
    let p = Prepared::new(r);
    let n = p.items.len();
    let dep_mask: Vec<u32> = p
        .items
        .iter()
        .map(|it| it.deps.iter().fold(0, |m, &d| m | 1 << d))
        .collect();
    // What the ladder up to the target needs: unestimated tasks there may
    // be on the least-effort path, none elsewhere.
    let m = r.maturity.as_ref().unwrap();
    let needed: Vec<usize> = m
        .levels
        .iter()
        .filter(|l| l.level <= target)
        .flat_map(|l| p.level_items(l.level))
        .collect();
    let given = p.closure(&needed).iter().fold(0u32, |m, &i| m | 1 << i);
    let mut out = Brute::default();
    let keep = |slot: &mut Option<(f64, f64)>, c: (f64, f64)| {
        if slot.is_none_or(|b| c.0 < b.0 - 1e-9 || (c.0 <= b.0 + 1e-9 && c.1 < b.1 - 1e-9)) {
            *slot = Some(c);
        }
    };
    let mut best_budget: Option<(f64, f64)> = None;
    for mask in 0u32..(1u32 << n) {
        if (0..n).any(|i| mask & 1 << i != 0 && dep_mask[i] & !mask != 0) {
            continue;
        }
        let set: Vec<usize> = (0..n).filter(|i| mask & 1 << i != 0).collect();
        let sum = |f: &dyn Fn(usize) -> f64| set.iter().map(|&i| f(i)).sum::<f64>();
        let hours = sum(&|i| p.items[i].hours);
        let once = sum(&|i| p.items[i].once);
        let monthly = sum(&|i| p.items[i].monthly);
        let all_estimated = set.iter().all(|&i| p.items[i].estimated);
        let status = p.evaluate(&set).unwrap();
        if status.levels.iter().any(|l| l.level == target && l.reached) {
            let money = once + 12.0 * monthly;
            if set
                .iter()
                .all(|&i| p.items[i].estimated || given & 1 << i != 0)
            {
                keep(&mut out.effort, (hours, money));
            }
            keep(&mut out.money, (money, hours));
        }
        let fits = |used: f64, l: Option<f64>| l.is_none_or(|l| used <= l + 1e-9);
        if fits(hours, ask.hours)
            && fits(once, ask.once)
            && fits(monthly, ask.monthly)
            && (ask.hours.is_none() || all_estimated)
        {
            // Most score, then fewest hours: stored negated to reuse `keep`.
            keep(&mut best_budget, (-status.score, hours));
        }
    }
    out.budget = best_budget.map(|(s, h)| (-s, h)).unwrap();
    out
}

fn pick(w: &roadmap::model::whatif::WhatIf, kind: Kind) -> Result<&Pick, &String> {
    w.scenarios
        .iter()
        .find(|s| s.kind == kind)
        .unwrap()
        .answer
        .as_ref()
}

/// The pick's score and level as the whole-roadmap metrics see them.
fn check_with_metrics(r: &Roadmap, p: &Pick) {
    let mut done = r.clone();
    p.tasks
        .iter()
        .for_each(|&i| done.tasks[i].status = Status::Done);
    let m = Metrics::compute(&done).maturity.unwrap();
    assert!(
        (m.score - p.score).abs() < 1e-9,
        "{} vs {}",
        m.score,
        p.score
    );
    assert_eq!(m.level, p.level);
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0u32..5,
        prop_oneof![1 => Just(0u32), 6 => 1u32..40],
        prop_oneof![2 => Just(0u32), 1 => 1u32..10],
        prop_oneof![3 => Just(0u32), 1 => 1u32..10],
        prop_oneof![8 => Just(0u8), 1 => Just(3u8), 1 => Just(4u8)],
        prop::collection::vec(0usize..6, 0..3),
    )
}

fn ladder() -> impl Strategy<Value = Vec<(u32, Option<u32>, Option<usize>)>> {
    prop::collection::vec(
        (
            1u32..40,
            prop_oneof![3 => Just(None), 1 => (0u32..100).prop_map(Some)],
            prop_oneof![3 => Just(None), 1 => (0usize..30).prop_map(Some)],
        ),
        1..5,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn answers_match_brute_force(
        levels in ladder(),
        specs in prop::collection::vec(spec(), 0..23),
        target in 1u32..5,
        ask in ask(),
    ) {
        check(&levels, &specs, target, ask)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// The size the issue asks for, every time: 20 open tasks (about a
    /// million subsets each).
    #[test]
    fn twenty_open_tasks_match_brute_force(
        levels in ladder(),
        specs in prop::collection::vec(spec().prop_map(|mut s| { s.4 = 0; s }), 20),
        target in 1u32..5,
        ask in ask(),
    ) {
        check(&levels, &specs, target, ask)?;
    }
}

fn ask() -> impl Strategy<Value = (Option<f64>, Option<f64>, Option<f64>)> {
    (
        prop_oneof![Just(None), (0u32..120).prop_map(|h| Some(h as f64))],
        prop_oneof![Just(None), (0u32..20).prop_map(|m| Some(m as f64 * 100.0))],
        prop_oneof![Just(None), (0u32..40).prop_map(|m| Some(m as f64 * 10.0))],
    )
}

fn check(
    levels: &[(u32, Option<u32>, Option<usize>)],
    specs: &[Spec],
    target: u32,
    (hours, once, monthly): (Option<f64>, Option<f64>, Option<f64>),
) -> Result<(), TestCaseError> {
    let r = build(levels, specs);
    let open = r.tasks.iter().filter(|t| !t.status.is_closed()).count();
    prop_assume!(open <= 20);
    let target = target.min(levels.len() as u32);
    let ask = Ask {
        hours,
        once,
        monthly,
        level: Some(target),
        by: None,
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let w = plan(&r, &ask, today).unwrap();
    let b = brute(&r, &ask, target);
    for (kind, best) in [(Kind::LeastEffort, b.effort), (Kind::LeastMoney, b.money)] {
        match (pick(&w, kind), best) {
            (Ok(p), Some((cost, other))) => {
                prop_assert!(p.exact);
                prop_assert!(
                    p.level.as_ref().is_some_and(|l| l.0 >= target),
                    "{kind:?} does not reach {target}: {p:?}"
                );
                let money = p.once + 12.0 * p.monthly;
                let (c, o) = if kind == Kind::LeastEffort {
                    (p.hours, money)
                } else {
                    (money, p.hours)
                };
                prop_assert!((c - cost).abs() < 1e-6, "{kind:?}: {c} vs brute {cost}");
                prop_assert!(o <= other + 1e-6, "{kind:?} tie: {o} vs brute {other}");
                check_with_metrics(&r, p);
            }
            (Err(why), None) => {
                prop_assert!(why.contains("cannot be reached") || why.contains("needs a score"))
            }
            (got, want) => prop_assert!(false, "{kind:?}: got {got:?}, brute force {want:?}"),
        }
    }
    let p = pick(&w, Kind::MostMaturity).unwrap();
    prop_assert!(p.exact);
    prop_assert!(
        (p.score - b.budget.0).abs() < 1e-6,
        "budget score {} vs brute {}",
        p.score,
        b.budget.0
    );
    prop_assert!(
        p.hours <= b.budget.1 + 1e-6,
        "budget hours {} vs brute {}",
        p.hours,
        b.budget.1
    );
    prop_assert!(hours.is_none_or(|h| p.hours <= h + 1e-9));
    prop_assert!(once.is_none_or(|m| p.once <= m + 1e-9));
    prop_assert!(monthly.is_none_or(|m| p.monthly <= m + 1e-9));
    check_with_metrics(&r, p);
    Ok(())
}
