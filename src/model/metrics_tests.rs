//! Hand-computed examples for metrics, maturity and the scorecard.

use super::kinds::{FindingKind, Priority, Severity, Status};
use super::metrics::Metrics;
use super::range::Range;
use super::roadmap::*;
use super::{Effort, Money};

/// A Jewelshot-shaped ladder: baseline 30 %, levels at 30/60/85/98, seven
/// 4-hour level-2 tasks, two level-3 tasks and one level-4 task.
fn ladder() -> Roadmap {
    let mut r = Roadmap::new(Project::new("Ladder"));
    r.maturity = Some(Maturity {
        baseline: 30.0,
        scale: Scale::Percent,
        levels: [
            (1, "Manual", 30.0),
            (2, "Basic Automation", 60.0),
            (3, "Production-Grade", 85.0),
            (4, "Enterprise-Grade", 98.0),
        ]
        .into_iter()
        .map(|(level, name, score)| Level {
            level,
            name: name.into(),
            score,
            description: None,
            requires: vec![],
            min_score: None,
        })
        .collect(),
    });
    r.phases.push(Phase {
        id: "now".into(),
        name: "This week".into(),
        window: None,
        start: None,
        end: None,
        description: None,
    });
    for i in 0..7 {
        let mut t = Task::new(format!("l2-{i}"), "now", format!("Level two task {i}"));
        t.level = Some(2);
        t.priority = Priority::Critical;
        t.effort = Some(Effort::hours(4.0));
        r.tasks.push(t);
    }
    for i in 0..2 {
        let mut t = Task::new(format!("l3-{i}"), "now", format!("Level three task {i}"));
        t.level = Some(3);
        t.effort = Some(Effort::parse("1-3d").unwrap());
        t.cost_monthly = Some(Money::point(50.0));
        r.tasks.push(t);
    }
    let mut t = Task::new("l4", "now", "Level four");
    t.level = Some(4);
    t.cost_once = Some(Money::range(400.0, 850.0));
    r.tasks.push(t);
    r
}

fn done(r: &mut Roadmap, ids: &[&str]) {
    for id in ids {
        r.task_mut(id).unwrap().status = Status::Done;
    }
}

#[test]
fn checking_off_level_two_moves_the_score_from_30_to_60() {
    let mut r = ladder();
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(m.score, 30.0);
    assert_eq!(m.level, Some((1, "Manual".into())));
    assert_eq!(m.next.as_ref().unwrap().level, 2);

    done(&mut r, &["l2-0", "l2-1", "l2-2"]);
    let m = Metrics::compute(&r).maturity.unwrap();
    assert!((m.score - (30.0 + 30.0 * 3.0 / 7.0)).abs() < 1e-9);
    assert_eq!(
        m.line(),
        "Level 1 Manual 43 % → Level 2 Basic Automation at 60 % (3 of 7 tasks)"
    );

    done(&mut r, &["l2-3", "l2-4", "l2-5", "l2-6"]);
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(m.score, 60.0);
    assert_eq!(m.level, Some((2, "Basic Automation".into())));
    let next = m.next.unwrap();
    assert_eq!((next.level, next.tasks_total, next.tasks_done), (3, 2, 0));
    assert_eq!(next.effort_left, Range::new(16.0, 48.0), "two 1-3d tasks");
    assert_eq!(next.cost_monthly_left, Range::point(100.0));
}

#[test]
fn skipping_a_task_takes_it_out_of_its_level() {
    let mut r = ladder();
    done(&mut r, &["l2-0", "l2-1", "l2-2", "l2-3", "l2-4", "l2-5"]);
    r.task_mut("l2-6").unwrap().status = Status::Skipped;
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(m.score, 60.0);
    assert_eq!(m.level.unwrap().0, 2);
}

#[test]
fn a_level_is_reached_only_as_part_of_an_unbroken_ladder() {
    let mut r = ladder();
    done(&mut r, &["l3-0", "l3-1"]);
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(m.level.unwrap().0, 1, "level 3 done but level 2 is not");
    assert_eq!(
        m.score,
        30.0 + 25.0,
        "level 3's effort still moves the score"
    );
    assert!(m.levels[2].fraction == 1.0 && !m.levels[2].reached);
}

#[test]
fn gates_hold_a_level_back() {
    let mut r = ladder();
    let m = r.maturity.as_mut().unwrap();
    m.levels[1].requires = vec!["l3-0".into()];
    m.levels[1].min_score = Some(70.0);
    done(
        &mut r,
        &["l2-0", "l2-1", "l2-2", "l2-3", "l2-4", "l2-5", "l2-6"],
    );
    let s = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(s.level.unwrap().0, 1, "gate l3-0 is open");
    assert_eq!(
        s.levels[1].tasks.len(),
        8,
        "the gate joins the level's checklist"
    );
    done(&mut r, &["l3-0"]);
    let s = Metrics::compute(&r).maturity.unwrap();
    // 60 + 25 * (fraction of level 3 done: one of two equal tasks) = 72.5 ≥ 70.
    assert_eq!(s.score, 72.5);
    assert_eq!(s.level.unwrap().0, 2);
}

#[test]
fn totals_keep_ranges_and_skip_skipped_tasks() {
    let mut r = ladder();
    done(&mut r, &["l3-0", "l2-0"]);
    r.task_mut("l2-1").unwrap().status = Status::Skipped;
    let m = Metrics::compute(&r);
    assert_eq!(m.overall.tasks_total, 10);
    assert_eq!(m.overall.tasks_skipped, 1);
    assert_eq!(m.overall.tasks_done, 2);
    // 6 × 4h + 2 × (8-24h) + l4 without effort.
    assert_eq!(m.effort.total, Range::new(40.0, 72.0));
    assert_eq!(m.effort.done, Range::new(12.0, 28.0));
    assert_eq!(m.effort.remaining, Range::new(28.0, 44.0));
    assert_eq!(m.cost_monthly.done, Range::point(50.0));
    assert_eq!(m.cost_once.total, Range::new(400.0, 850.0));
    assert_eq!(m.run_rate_total(), Range::new(1600.0, 2050.0));
    assert_eq!(m.run_rate_committed(), Range::point(600.0));
    assert!((m.overall.percent_by_count() - 2.0 / 9.0 * 100.0).abs() < 1e-9);
    assert!((m.overall.percent_by_effort() - 20.0 / 56.0 * 100.0).abs() < 1e-9);
    assert_eq!(m.priority(Priority::Critical).progress.tasks_total, 7);
    assert_eq!(m.by_level.len(), 4);
    assert_eq!(m.by_phase[0].progress.tasks_done, 2);
}

#[test]
fn blocked_tasks_wait_for_open_dependencies() {
    let mut r = ladder();
    r.task_mut("l3-0").unwrap().depends_on = vec!["l2-0".into(), "missing".into()];
    let m = Metrics::compute(&r);
    let idx = r.task_index("l3-0").unwrap();
    assert_eq!(m.blocked, vec![idx]);
    done(&mut r, &["l2-0"]);
    assert!(Metrics::compute(&r).blocked.is_empty());
}

#[test]
fn findings_move_toward_target_and_unaddressed_ones_are_listed() {
    let mut r = ladder();
    for (id, kind, score) in [
        ("cicd", FindingKind::Gap, Some(1.0)),
        ("tests", FindingKind::Strength, None),
        ("backups", FindingKind::Risk, None),
    ] {
        r.findings.push(Finding {
            id: id.into(),
            category: "Ops".into(),
            kind,
            severity: Severity::High,
            title: id.into(),
            detail: None,
            score,
            target: score.map(|_| 9.0),
            max: score.map(|_| 10.0),
        });
    }
    r.task_mut("l2-0").unwrap().findings = vec!["cicd".into()];
    r.task_mut("l2-1").unwrap().findings = vec!["cicd".into()];
    done(&mut r, &["l2-0"]);
    let m = Metrics::compute(&r);
    assert_eq!(m.scorecard.len(), 1);
    assert_eq!(m.scorecard[0].current, 5.0);
    assert_eq!(
        m.unaddressed,
        vec![2],
        "the risk nobody addresses; strengths need no task"
    );
    r.task_mut("l2-0").unwrap().status = Status::Skipped;
    r.task_mut("l2-1").unwrap().status = Status::Skipped;
    assert_eq!(Metrics::compute(&r).unaddressed, vec![0, 2]);
}

#[test]
fn an_empty_roadmap_computes_without_dividing_by_zero() {
    let r = Roadmap::new(Project::new("Empty"));
    let m = Metrics::compute(&r);
    assert_eq!(m.overall.percent_by_count(), 0.0);
    assert_eq!(m.overall.percent_by_effort(), 0.0);
    assert!(m.maturity.is_none());
    assert_eq!(m.by_priority.len(), 4);
}

#[test]
fn effort_figures_count_the_tasks_they_cover() {
    let mut r = ladder();
    r.task_mut("l2-1").unwrap().status = Status::Skipped;
    r.task_mut("l2-2").unwrap().effort = None;
    done(&mut r, &["l2-0"]);
    let o = Metrics::compute(&r).overall;
    // Ten tasks, one skipped: l2-2 and l4 carry no estimate, both open.
    assert_eq!(o.tasks_counted(), 9);
    assert_eq!(o.tasks_estimated, 7);
    assert_eq!(o.tasks_unestimated(), 2);
    assert_eq!(o.open_unestimated, 2);
    done(&mut r, &["l4"]);
    let o = Metrics::compute(&r).overall;
    assert_eq!((o.tasks_unestimated(), o.open_unestimated), (2, 1));
    assert!(o.percent_by_effort_known().is_some());

    for t in &mut r.tasks {
        t.effort = None;
    }
    let o = Metrics::compute(&r).overall;
    assert_eq!(o.tasks_estimated, 0);
    assert_eq!(o.percent_by_effort_known(), None, "no share of nothing");
}

#[test]
fn a_level_reached_through_skipped_tasks_says_so_and_strictly_is_not() {
    let mut r = ladder();
    done(&mut r, &["l2-0", "l2-1", "l2-2", "l2-3", "l2-4"]);
    for id in ["l2-5", "l2-6"] {
        r.task_mut(id).unwrap().status = Status::Skipped;
    }
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!(m.level.as_ref().unwrap().0, 2);
    assert_eq!(m.levels[1].tasks_skipped, 2);
    assert_eq!(m.skipped_to_reach(), 2);
    assert!(m
        .line()
        .starts_with("Level 2 Basic Automation 60 % · 2 skipped →"));
    assert_eq!(m.level_strict(), Some((1, "Manual")));

    r.task_mut("l2-5").unwrap().status = Status::Done;
    r.task_mut("l2-6").unwrap().status = Status::Done;
    let m = Metrics::compute(&r).maturity.unwrap();
    assert_eq!((m.skipped_to_reach(), m.level_strict().unwrap().0), (0, 2));
}

#[test]
fn a_level_no_task_is_tagged_for_says_so() {
    let mut r = ladder();
    r.tasks.retain(|t| t.level != Some(2));
    let m = Metrics::compute(&r).maturity.unwrap();
    let next = m.next.unwrap();
    assert_eq!(next.level, 2);
    assert_eq!(next.open_words(), "no tasks tagged for Level 2");

    let next = Metrics::compute(&ladder()).maturity.unwrap().next.unwrap();
    assert_eq!(next.open_words(), "7 open tasks");
}

#[test]
fn a_finding_without_a_target_has_none_on_its_score_line() {
    let mut r = ladder();
    let mut finding = Finding {
        id: "cicd".into(),
        category: "Ops".into(),
        kind: FindingKind::Gap,
        severity: Severity::High,
        title: "No CI".into(),
        detail: None,
        score: Some(2.0),
        target: None,
        max: Some(10.0),
    };
    r.findings.push(finding.clone());
    finding.id = "tests".into();
    finding.target = Some(8.0);
    r.findings.push(finding);
    let lines = Metrics::compute(&r).scorecard;
    assert_eq!(
        lines.iter().map(|l| l.has_target).collect::<Vec<_>>(),
        [false, true]
    );
}
