//! The name of each planning action, as the `[keys]` table of the user's
//! `config.toml` writes it (`toggle = "x"`, `save = "ctrl-s"`). README.md
//! lists them; a test checks every action of the planning table has one.

use crate::model::Status;
use crate::tui::action::Action;
use crate::tui::view::View;

/// Name → action, in the order of the planning table.
pub const ACTION_NAMES: &[(&str, Action)] = &[
    ("down", Action::Move(1)),
    ("up", Action::Move(-1)),
    ("page_down", Action::Page(1)),
    ("page_up", Action::Page(-1)),
    ("first", Action::Home),
    ("last", Action::End),
    ("fold", Action::Collapse),
    ("unfold", Action::Expand),
    ("details_down", Action::ScrollDetails(3)),
    ("details_up", Action::ScrollDetails(-3)),
    ("fold_all", Action::CollapseAll),
    ("unfold_all", Action::ExpandAll),
    ("open", Action::Submit),
    ("next_view", Action::CycleView(1)),
    ("previous_view", Action::CycleView(-1)),
    ("roadmap_view", Action::ShowView(View::Roadmap)),
    ("findings_view", Action::ShowView(View::Findings)),
    ("maturity_view", Action::ShowView(View::Maturity)),
    ("costs_view", Action::ShowView(View::Costs)),
    ("timeline_view", Action::ShowView(View::Timeline)),
    ("earlier", Action::ShiftTime(-1)),
    ("later", Action::ShiftTime(1)),
    ("today", Action::TimeToday),
    ("time_scale", Action::TimeScale),
    ("time_done", Action::TimeDone),
    ("toggle", Action::ToggleDone),
    ("doing", Action::ToggleStatus(Status::Doing)),
    ("skip", Action::ToggleStatus(Status::Skipped)),
    ("edit", Action::EditTask),
    ("estimate_next", Action::EstimateNext),
    ("add", Action::AddTask),
    ("delete", Action::DeleteTask),
    ("mark", Action::ToggleMark),
    ("mark_down", Action::ExtendMark(1)),
    ("mark_up", Action::ExtendMark(-1)),
    ("set_marked", Action::BulkSet),
    ("sort", Action::CycleSort),
    ("group", Action::CycleGroup),
    ("move_down", Action::ReorderTask(1)),
    ("move_up", Action::ReorderTask(-1)),
    (
        "dependencies",
        Action::Relate(crate::tui::picker::Relation::DependsOn),
    ),
    (
        "findings",
        Action::Relate(crate::tui::picker::Relation::Findings),
    ),
    ("rename", Action::RenameTask),
    ("edit_notes", Action::EditNotes),
    ("next_phase", Action::MoveToPhase(1)),
    ("previous_phase", Action::MoveToPhase(-1)),
    ("phases", Action::ManagePhases),
    ("add_finding", Action::AddFinding),
    ("project", Action::EditProject),
    ("undo", Action::Undo),
    ("redo", Action::Redo),
    ("search", Action::Search),
    ("next_hit", Action::StepHit(1)),
    ("previous_hit", Action::StepHit(-1)),
    ("filter", Action::Filter),
    ("clear_filters", Action::ClearFilters),
    ("cancel", Action::Cancel),
    ("save", Action::Save),
    ("save_as", Action::SaveAs),
    ("quit", Action::Quit),
    ("help", Action::Help),
    ("log", Action::Log),
    ("what_if", Action::WhatIf),
];

pub fn action_named(name: &str) -> Option<Action> {
    ACTION_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| *a)
}

pub fn name_of(action: Action) -> Option<&'static str> {
    ACTION_NAMES
        .iter()
        .find(|(_, a)| *a == action)
        .map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::NORMAL;

    #[test]
    fn every_planning_action_has_one_name() {
        for b in NORMAL {
            assert!(
                name_of(b.action).is_some(),
                "{:?} ({}) has no name in ACTION_NAMES",
                b.action,
                b.help
            );
        }
        let mut seen = std::collections::HashSet::new();
        for (name, action) in ACTION_NAMES {
            assert!(seen.insert(*name), "{name} named twice");
            assert!(
                NORMAL.iter().any(|b| b.action == *action),
                "{name} is not in the planning table"
            );
        }
    }
}
