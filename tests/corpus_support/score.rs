//! One imported roadmap against its gold: pairing and the tallies.

use super::gold::{gold_money, Gold, GoldTask};
use roadmap::import::similarity::overlap;
use roadmap::model::{Calendar, Effort, Money, Roadmap, Task};

/// Least pair score for an imported task to stand for a gold task.
pub const MATCH: f64 = 0.6;
/// What the same source line adds to a pair's title similarity.
pub const LINE_BONUS: f64 = 0.3;
/// Least name similarity for an imported phase to stand for a gold phase.
const PHASE_MATCH: f64 = 0.5;

/// Counts for one document or a sum of documents.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub docs: usize,
    pub gold: usize,
    pub imported: usize,
    pub matched: usize,
    pub priority_of: usize,
    pub priority: usize,
    pub effort_of: usize,
    pub effort: usize,
    pub cost_of: usize,
    pub cost: usize,
    pub phase_of: usize,
    pub phase: usize,
    pub gold_phases: usize,
    pub imported_phases: usize,
    pub gold_findings: usize,
    pub imported_findings: usize,
    pub gold_levels: usize,
    pub imported_levels: usize,
    /// Documents under half recall or half precision.
    pub weak_docs: usize,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.docs += o.docs;
        self.gold += o.gold;
        self.imported += o.imported;
        self.matched += o.matched;
        self.priority_of += o.priority_of;
        self.priority += o.priority;
        self.effort_of += o.effort_of;
        self.effort += o.effort;
        self.cost_of += o.cost_of;
        self.cost += o.cost;
        self.phase_of += o.phase_of;
        self.phase += o.phase;
        self.gold_phases += o.gold_phases;
        self.imported_phases += o.imported_phases;
        self.gold_findings += o.gold_findings;
        self.imported_findings += o.imported_findings;
        self.gold_levels += o.gold_levels;
        self.imported_levels += o.imported_levels;
        self.weak_docs += o.weak_docs;
    }

    pub fn recall(&self) -> f64 {
        share(self.matched, self.gold)
    }

    pub fn precision(&self) -> f64 {
        share(self.matched, self.imported)
    }

    pub fn priority_right(&self) -> f64 {
        share(self.priority, self.priority_of)
    }

    pub fn effort_right(&self) -> f64 {
        share(self.effort, self.effort_of)
    }

    pub fn cost_right(&self) -> f64 {
        share(self.cost, self.cost_of)
    }
}

/// `n / of`, and 1 when there is nothing to count.
pub fn share(n: usize, of: usize) -> f64 {
    if of == 0 {
        1.0
    } else {
        n as f64 / of as f64
    }
}

/// What went wrong for one gold task or one imported task, for the verbose listing.
pub enum Miss {
    NotFound(GoldTask),
    NotATask(Task),
    Attribute {
        gold: String,
        imported: String,
        what: Vec<String>,
    },
}

/// Pairs gold and imported tasks, best pair first; each at most once.
fn pair(gold: &[GoldTask], imported: &[Task]) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, t) in imported.iter().enumerate() {
            let mut s = if g.title.trim().eq_ignore_ascii_case(t.title.trim()) {
                2.0
            } else {
                overlap(&g.title, &t.title)
            };
            let line = t.source_line.map(|l| l as usize);
            if g.line > 0 && line.is_some_and(|l| l == g.line || g.also.contains(&l)) {
                s += LINE_BONUS;
            }
            if s >= MATCH {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_i) = (vec![false; gold.len()], vec![false; imported.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !used_g[i] && !used_i[j] {
            used_g[i] = true;
            used_i[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs()) + 1e-9
}

fn same_money(gold: Option<Money>, imported: Option<Money>) -> bool {
    let g = gold.map_or((0.0, 0.0), |m| (m.0.low, m.0.high));
    let i = imported.map_or((0.0, 0.0), |m| (m.0.low, m.0.high));
    close(g.0, i.0) && close(g.1, i.1)
}

/// Scores `imported` against `gold`; the misses for the verbose listing.
pub fn score(gold: &Gold, imported: &Roadmap) -> (Tally, Vec<Miss>) {
    let cal = Calendar::default();
    let mut t = Tally {
        docs: 1,
        gold: gold.tasks.len(),
        imported: imported.tasks.len(),
        gold_phases: gold.phases.len(),
        imported_phases: imported.phases.len(),
        gold_findings: gold.findings,
        imported_findings: imported.findings.len(),
        gold_levels: gold.maturity_levels,
        imported_levels: imported.maturity.as_ref().map_or(0, |m| m.levels.len()),
        ..Tally::default()
    };
    let pairs = pair(&gold.tasks, &imported.tasks);
    let mut misses = Vec::new();
    let (mut found_g, mut found_i) = (
        vec![false; gold.tasks.len()],
        vec![false; imported.tasks.len()],
    );
    for &(i, j) in &pairs {
        found_g[i] = true;
        found_i[j] = true;
        let (g, task) = (&gold.tasks[i], &imported.tasks[j]);
        t.matched += 1;
        let mut what = Vec::new();
        if let Some(p) = &g.priority {
            t.priority_of += 1;
            if task.priority.to_string() == *p {
                t.priority += 1;
            } else {
                what.push(format!("priority {p} ≠ {}", task.priority));
            }
        }
        if let Some(e) = &g.effort {
            t.effort_of += 1;
            let want = Effort::parse(e).expect("checked on load").in_hours(&cal);
            let got = task.effort.map(|e| e.in_hours(&cal));
            if got.is_some_and(|h| close(h.low, want.low) && close(h.high, want.high)) {
                t.effort += 1;
            } else {
                what.push(format!(
                    "effort {e} ≠ {}",
                    task.effort.map_or("none".into(), |e| e.to_string())
                ));
            }
        }
        let (once, monthly) = (gold_money(&g.cost_once), gold_money(&g.cost_monthly));
        if once.is_some() || monthly.is_some() {
            t.cost_of += 1;
            if same_money(once, task.cost_once) && same_money(monthly, task.cost_monthly) {
                t.cost += 1;
            } else {
                what.push(format!(
                    "cost {:?}/{:?} ≠ {:?}/{:?}",
                    once.map(|m| m.0),
                    monthly.map(|m| m.0),
                    task.cost_once.map(|m| m.0),
                    task.cost_monthly.map(|m| m.0)
                ));
            }
        }
        if let Some(p) = &g.phase {
            t.phase_of += 1;
            let name = imported.phase(&task.phase).map_or("", |p| p.name.as_str());
            let window = imported
                .phase(&task.phase)
                .and_then(|p| p.window.as_deref())
                .unwrap_or("");
            if overlap(p, name) >= PHASE_MATCH || (!window.is_empty() && overlap(p, window) >= 0.99)
            {
                t.phase += 1;
            } else {
                what.push(format!("phase `{p}` ≠ `{name}`"));
            }
        }
        if g.done != task.status.is_closed() {
            what.push(format!("done {} ≠ {}", g.done, task.status));
        }
        if !what.is_empty() {
            misses.push(Miss::Attribute {
                gold: g.title.clone(),
                imported: task.title.clone(),
                what,
            });
        }
    }
    for (i, g) in gold.tasks.iter().enumerate() {
        if !found_g[i] {
            misses.push(Miss::NotFound(g.clone()));
        }
    }
    for (j, task) in imported.tasks.iter().enumerate() {
        if !found_i[j] {
            misses.push(Miss::NotATask(task.clone()));
        }
    }
    if (t.gold > 0 && t.recall() < 0.5) || (t.imported > 0 && t.precision() < 0.5) {
        t.weak_docs = 1;
    }
    (t, misses)
}

/// Mojibake left in what the import shows a user: titles, phase names, the project name.
pub fn mojibake_left(r: &Roadmap) -> Vec<String> {
    // Two-character sequences that UTF-8 read as Windows-1252 or Mac Roman
    // leaves behind and that no language writes.
    const MARKS: &[&str] = &[
        "â€", "âœ", "ðŸ", "Ã©", "Ã¨", "Ã¡", "Ã³", "Ã§", "Ã£", "Ã\u{AD}", "Ãº", "Ã±", "Â·", "üî",
        "üì", "üö", "‚Ä", "‚ú", "‚ö", "Ô∏", "√©", "√≥", "√°", "Ð°", "Ðµ", "Ñ\u{80}", "æ\u{9c}",
    ];
    let texts = std::iter::once(&r.project.name)
        .chain(r.phases.iter().map(|p| &p.name))
        .chain(r.tasks.iter().map(|t| &t.title));
    texts
        .filter(|s| MARKS.iter().any(|m| s.contains(m)))
        .cloned()
        .collect()
}
