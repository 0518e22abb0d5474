//! The Timeline's rows: a header per group (phase or person), then its
//! tasks, built once per forecast (or change of grouping) so a frame only
//! reads the screenful it shows. Open tasks come with their place in the
//! forecast; done tasks are listed as done (or left out, `c`); skipped
//! tasks are left out (nobody will do them).

use crate::model::schedule::Forecast;
use crate::model::{Roadmap, Status};
use std::collections::HashMap;

/// How the rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    Phase,
    /// By the person the forecast booked (done tasks: their `owner`).
    Owner,
}

impl Grouping {
    pub fn other(self) -> Grouping {
        match self {
            Grouping::Phase => Grouping::Owner,
            Grouping::Owner => Grouping::Phase,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Grouping::Phase => "phase",
            Grouping::Owner => "owner",
        }
    }
}

/// One row of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The header of group `n` (an index into [`Model::groups`]).
    Group(u32),
    /// The task at this position in `roadmap.tasks`.
    Task(u32),
}

/// A group: its name, and for a phase its position in `forecast.phases`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub phase: Option<usize>,
}

const NONE: u32 = u32::MAX;

/// Groups by key, in the order first seen, with their tasks.
#[derive(Default)]
struct Builder {
    groups: Vec<Group>,
    members: Vec<Vec<u32>>,
    at: HashMap<String, usize>,
}

impl Builder {
    fn group(&mut self, key: &str, name: &str, phase: Option<usize>) -> usize {
        if let Some(&g) = self.at.get(key) {
            return g;
        }
        self.groups.push(Group {
            name: name.to_string(),
            phase,
        });
        self.members.push(Vec::new());
        self.at.insert(key.to_string(), self.groups.len() - 1);
        self.groups.len() - 1
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    pub lines: Vec<Line>,
    pub groups: Vec<Group>,
    /// Task position → its position in `forecast.tasks` (`u32::MAX`: not
    /// placed: done, skipped or stuck in a dependency loop).
    slot: Vec<u32>,
}

impl Model {
    /// The forecast of the task at `task` (a position in `roadmap.tasks`).
    pub fn slot(&self, task: usize) -> Option<usize> {
        self.slot
            .get(task)
            .filter(|&&s| s != NONE)
            .map(|&s| s as usize)
    }

    /// The row of the task at `task`, if listed.
    pub fn row_of(&self, task: usize) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| *l == Line::Task(task as u32))
    }
}

/// The rows of `roadmap` under `forecast`, grouped by `grouping`; done
/// tasks too when `done` is set.
pub fn build(roadmap: &Roadmap, forecast: &Forecast, grouping: Grouping, done: bool) -> Model {
    let mut slot = vec![NONE; roadmap.tasks.len()];
    for (k, f) in forecast.tasks.iter().enumerate() {
        if let Some(s) = slot.get_mut(f.index) {
            *s = k as u32;
        }
    }
    let listed = |i: &usize| match roadmap.tasks[*i].status {
        Status::Skipped => false,
        Status::Done => done,
        Status::Todo | Status::Doing => true,
    };
    let mut b = Builder::default();
    match grouping {
        Grouping::Phase => {
            // The file's phase order; a task naming no known phase (a file
            // still being fixed) goes under its phase's id, after them.
            for p in &roadmap.phases {
                let forecast_at = forecast.phases.iter().position(|f| f.id == p.id);
                b.group(&p.id, &p.name, forecast_at);
            }
            for i in (0..roadmap.tasks.len()).filter(listed) {
                let t = &roadmap.tasks[i];
                let g = b.group(&t.phase, &t.phase, None);
                b.members[g].push(i as u32);
            }
        }
        Grouping::Owner => {
            for (name, _) in &forecast.people {
                b.group(name, name, None);
            }
            for i in (0..roadmap.tasks.len()).filter(listed) {
                let t = &roadmap.tasks[i];
                let name = match slot[i] {
                    NONE => t.owner.as_deref().unwrap_or("(no owner)"),
                    s => forecast.who(&forecast.tasks[s as usize]),
                };
                let g = b.group(name, name, None);
                b.members[g].push(i as u32);
            }
            // A person's row reads left to right: what is done, then by start.
            for m in &mut b.members {
                m.sort_by_key(|&i| match slot[i as usize] {
                    NONE => (0, roadmap.tasks[i as usize].done_on, i),
                    s => (1, Some(forecast.tasks[s as usize].start.low), i),
                });
            }
        }
    }
    let Builder {
        groups, members, ..
    } = b;
    let mut lines = Vec::with_capacity(roadmap.tasks.len() + groups.len());
    for (g, m) in members.iter().enumerate() {
        if m.is_empty() && grouping == Grouping::Owner {
            continue;
        }
        lines.push(Line::Group(g as u32));
        lines.extend(m.iter().map(|&i| Line::Task(i)));
    }
    Model {
        lines,
        groups,
        slot,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schedule;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()
    }

    fn names(m: &Model, r: &Roadmap) -> Vec<String> {
        m.lines
            .iter()
            .map(|l| match *l {
                Line::Group(g) => format!("# {}", m.groups[g as usize].name),
                Line::Task(i) => r.tasks[i as usize].id.clone(),
            })
            .collect()
    }

    #[test]
    fn by_phase_lists_every_phase_in_file_order_with_its_tasks() {
        let mut r = crate::tui::fixture::roadmap();
        r.tasks[1].status = Status::Skipped;
        let f = schedule::forecast(&r, today());
        let m = build(&r, &f, Grouping::Phase, true);
        let got = names(&m, &r);
        // Every phase header, in order; every task but the skipped one.
        let headers: Vec<&String> = got.iter().filter(|n| n.starts_with("# ")).collect();
        assert_eq!(headers.len(), r.phases.len());
        let listed = r
            .tasks
            .iter()
            .filter(|t| t.status != Status::Skipped)
            .count();
        assert_eq!(got.len(), r.phases.len() + listed);
        assert!(!got.contains(&r.tasks[1].id));
        // Tasks sit under their own phase, in file order.
        let mut phase = None;
        for l in &m.lines {
            match *l {
                Line::Group(g) => phase = Some(&r.phases[g as usize]),
                Line::Task(i) => assert_eq!(r.tasks[i as usize].phase, phase.unwrap().id),
            }
        }
    }

    #[test]
    fn open_tasks_point_at_their_forecast_and_done_ones_at_none() {
        let r = crate::tui::fixture::roadmap();
        let f = schedule::forecast(&r, today());
        let m = build(&r, &f, Grouping::Phase, true);
        for (i, t) in r.tasks.iter().enumerate() {
            match m.slot(i) {
                Some(s) => assert_eq!(f.tasks[s].id, t.id),
                None => assert!(!matches!(t.status, Status::Todo | Status::Doing)),
            }
        }
        let open = r
            .tasks
            .iter()
            .position(|t| t.status == Status::Todo)
            .unwrap();
        assert!(m.row_of(open).is_some());
    }

    #[test]
    fn by_owner_groups_by_the_person_booked_in_start_order() {
        let r = crate::tui::fixture::roadmap();
        let f = schedule::forecast(&r, today());
        let m = build(&r, &f, Grouping::Owner, true);
        let mut group = "";
        let mut last_start = None;
        for l in &m.lines {
            match *l {
                Line::Group(g) => {
                    group = &m.groups[g as usize].name;
                    last_start = None;
                }
                Line::Task(i) => {
                    if let Some(s) = m.slot(i as usize) {
                        assert_eq!(f.who(&f.tasks[s]), group);
                        let start = f.tasks[s].start.low;
                        assert!(last_start <= Some(start), "{group}: sorted by start");
                        last_start = Some(start);
                    }
                }
            }
        }
        // Every listed task appears once.
        let tasks = m
            .lines
            .iter()
            .filter(|l| matches!(l, Line::Task(_)))
            .count();
        let listed = r
            .tasks
            .iter()
            .filter(|t| t.status != Status::Skipped)
            .count();
        assert_eq!(tasks, listed);
    }

    #[test]
    fn done_tasks_can_be_left_out() {
        let r = crate::tui::fixture::roadmap();
        let f = schedule::forecast(&r, today());
        for grouping in [Grouping::Phase, Grouping::Owner] {
            let m = build(&r, &f, grouping, false);
            for l in &m.lines {
                if let Line::Task(i) = *l {
                    let t = &r.tasks[i as usize];
                    assert!(matches!(t.status, Status::Todo | Status::Doing), "{}", t.id);
                }
            }
            let open = r
                .tasks
                .iter()
                .filter(|t| matches!(t.status, Status::Todo | Status::Doing))
                .count();
            let tasks = m
                .lines
                .iter()
                .filter(|l| matches!(l, Line::Task(_)))
                .count();
            assert_eq!(tasks, open);
        }
    }
}
