//! The relations picker: a task's dependencies or the findings it
//! addresses, chosen from a list narrowed by a fuzzy query (nucleo, as the
//! search is). Space toggles the item under the cursor; enter applies the
//! whole list as one change. The candidates are kept as positions in the
//! roadmap, so opening it over a 100,000-task plan copies no text.

use super::input::Input;
use crate::model::Roadmap;
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// Which list of the task the picker edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// `depends_on`: other tasks.
    DependsOn,
    /// `findings`: the roadmap's findings.
    Findings,
}

impl Relation {
    pub fn title(self) -> &'static str {
        match self {
            Relation::DependsOn => "Depends on",
            Relation::Findings => "Addresses findings",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub relation: Relation,
    /// The id of the task whose list is edited.
    pub task: String,
    pub input: Input,
    /// The list as it will be applied, in order: what the task had, less
    /// what was taken out, then what was added.
    pub chosen: Vec<String>,
    /// The list as the task had it.
    pub original: Vec<String>,
    /// Positions (in `tasks` or `findings`) matching the query, best first;
    /// with no query, the chosen ones first, then the rest in plan order.
    pub matches: Vec<usize>,
    pub cursor: usize,
    /// Why the last toggle or apply was refused.
    pub error: Option<String>,
}

impl Picker {
    pub fn open(roadmap: &Roadmap, relation: Relation, task: &str) -> Picker {
        let original = roadmap
            .task(task)
            .map_or_else(Vec::new, |t| match relation {
                Relation::DependsOn => t.depends_on.clone(),
                Relation::Findings => t.findings.clone(),
            });
        let mut picker = Picker {
            relation,
            task: task.to_string(),
            input: Input::default(),
            chosen: original.clone(),
            original,
            matches: Vec::new(),
            cursor: 0,
            error: None,
        };
        picker.refilter(roadmap);
        picker
    }

    /// The id and the label of candidate `at` (a position in the roadmap).
    pub fn candidate<'r>(&self, roadmap: &'r Roadmap, at: usize) -> Option<(&'r str, &'r str)> {
        match self.relation {
            Relation::DependsOn => roadmap
                .tasks
                .get(at)
                .map(|t| (t.id.as_str(), t.title.as_str())),
            Relation::Findings => roadmap
                .findings
                .get(at)
                .map(|f| (f.id.as_str(), f.title.as_str())),
        }
    }

    fn len(&self, roadmap: &Roadmap) -> usize {
        match self.relation {
            Relation::DependsOn => roadmap.tasks.len(),
            Relation::Findings => roadmap.findings.len(),
        }
    }

    /// The id under the cursor.
    pub fn current<'r>(&self, roadmap: &'r Roadmap) -> Option<&'r str> {
        let at = *self.matches.get(self.cursor)?;
        self.candidate(roadmap, at).map(|(id, _)| id)
    }

    pub fn is_chosen(&self, id: &str) -> bool {
        self.chosen.iter().any(|c| c == id)
    }

    /// Recomputes the matches for the query; the cursor goes to the best.
    pub fn refilter(&mut self, roadmap: &Roadmap) {
        let query = self.input.text.trim();
        let own = |id: &str| self.relation == Relation::DependsOn && id == self.task;
        self.cursor = 0;
        if query.is_empty() {
            let (mut chosen, mut rest) = (Vec::new(), Vec::new());
            for at in 0..self.len(roadmap) {
                match self.candidate(roadmap, at) {
                    Some((id, _)) if own(id) => {}
                    Some((id, _)) if self.is_chosen(id) => chosen.push(at),
                    Some(_) => rest.push(at),
                    None => {}
                }
            }
            chosen.extend(rest);
            self.matches = chosen;
            return;
        }
        let pattern = Pattern::new(
            query,
            CaseMatching::Smart,
            Normalization::Smart,
            AtomKind::Fuzzy,
        );
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for at in 0..self.len(roadmap) {
            let Some((id, label)) = self.candidate(roadmap, at) else {
                continue;
            };
            if own(id) {
                continue;
            }
            let best = [label, id]
                .into_iter()
                .filter_map(|text| pattern.score(Utf32Str::new(text, &mut buf), &mut matcher))
                .max();
            if let Some(score) = best {
                scored.push((score, at));
            }
        }
        // Best first; a tie keeps plan order.
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.matches = scored.into_iter().map(|(_, at)| at).collect();
    }

    pub fn move_cursor(&mut self, by: isize) {
        let last = self.matches.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(by).min(last);
    }

    /// Takes `id` out of the list if it is in, else puts it at the end.
    pub fn toggle(&mut self, id: &str) {
        match self.chosen.iter().position(|c| c == id) {
            Some(i) => {
                self.chosen.remove(i);
            }
            None => self.chosen.push(id.to_string()),
        }
    }

    pub fn changed(&self) -> bool {
        self.chosen != self.original
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, Task};

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        for (id, title) in [
            ("backups", "Automate nightly backups"),
            ("health", "Add health checks"),
            ("restore", "Restore a backup"),
            ("ci", "CI pipeline"),
        ] {
            r.tasks.push(Task::new(id, "p1", title));
        }
        r.tasks[2].depends_on = vec!["ci".into()];
        r
    }

    fn listed(p: &Picker, r: &Roadmap) -> Vec<String> {
        p.matches
            .iter()
            .map(|&at| p.candidate(r, at).unwrap().0.to_string())
            .collect()
    }

    #[test]
    fn lists_the_chosen_first_and_never_the_task_itself() {
        let r = roadmap();
        let p = Picker::open(&r, Relation::DependsOn, "restore");
        assert_eq!(listed(&p, &r), ["ci", "backups", "health"]);
        assert!(p.is_chosen("ci"));
    }

    #[test]
    fn the_query_narrows_fuzzily_best_first() {
        let r = roadmap();
        let mut p = Picker::open(&r, Relation::DependsOn, "health");
        p.input = Input::new("backup");
        p.refilter(&r);
        assert_eq!(listed(&p, &r), ["backups", "restore"]);
        p.input = Input::new("bkp");
        p.refilter(&r);
        assert!(listed(&p, &r).contains(&"backups".to_string()));
    }

    #[test]
    fn toggling_adds_at_the_end_and_removes_in_place() {
        let r = roadmap();
        let mut p = Picker::open(&r, Relation::DependsOn, "restore");
        p.toggle("backups");
        assert_eq!(p.chosen, ["ci", "backups"]);
        p.toggle("ci");
        assert_eq!(p.chosen, ["backups"]);
        assert!(p.changed());
        p.toggle("ci");
        p.toggle("backups");
        assert!(!p.changed());
    }
}
